"""Benchmark: where a parse spends its time, stage by stage, in CPU seconds.

    python -m benchmarks.bench_stages [--codes 100] [--repeat 5]

Parses N scaled codes (`benchmarks.scaled`) and renders each code's JSON as `parse
--format json` does, with every stage of `codes.parse.parse_source` timed in process CPU
time (other work on the machine disturbs it little, unlike the wall clock of
`bench_parse`); prints the best of `--repeat` runs as a table of seconds and shares.
Compare two versions by running it in each, back to back. The stages are timed by
wrapping the functions `codes.parse` calls, so this process's parses are a little
slower than a user's; the shares are what to read.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

STAGES = (
    "normalize",
    "split_lines",
    "freeze",
    "extract_metadata",
    "find_references",
    "impossible_dates",
    "classify_annexes",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codes", type=int, default=100, help="scaled codes to parse")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the fastest is shown")
    args = parser.parse_args(argv)

    import codes.parse as parse
    from codes.corpus import catalog
    from codes.read import read_bytes
    from gedragscode.cli import render

    from .scaled import scaled_corpus

    spent: dict[str, float] = defaultdict(float)

    def timed(name, function):
        def run(*arguments, **options):
            start = time.process_time()
            try:
                return function(*arguments, **options)
            finally:
                spent[name] += time.process_time() - start

        return run

    originals = {name: getattr(parse, name) for name in STAGES}
    build = parse.Builder.build
    read, to_json = timed("read", read_bytes), timed("json", render)
    parse.parse_file(catalog()[0].path)  # the registry and the patterns, loaded once as a run does
    documents = [(name, text.encode()) for name, text in scaled_corpus(args.codes)]
    size = sum(len(data) for _, data in documents) / 1e6
    best, shares = float("inf"), {}
    try:
        for name, function in originals.items():
            setattr(parse, name, timed(name, function))
        parse.Builder.build = timed("build", build)
        for _ in range(args.repeat):
            spent.clear()
            start = time.process_time()
            for name, data in documents:
                to_json("json", True, parse.parse_source(read(data, name)))
            total = time.process_time() - start
            if total < best:
                best, shares = total, dict(spent)
    finally:  # the library as it was, for whoever imports it after (the tests)
        for name, function in originals.items():
            setattr(parse, name, function)
        parse.Builder.build = build
    shares["other (glue)"] = best - sum(shares.values())
    print(f"{args.codes} scaled codes, {size:.2f} MB: {best:.2f} CPU s, {size / best:.2f} MB/s")
    print("| stage | CPU s | share |\n|---|---|---|")
    for name, seconds in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / best:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
