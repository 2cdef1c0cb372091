"""Benchmark: comparison of the bundled corpus (all pairs), one code against 400, and all
pairs of 400 codes (the scaled corpus of the parse benchmark).

    python -m benchmarks.bench_compare [--count 400]

Prints times and the ratio to difflib.SequenceMatcher over the same provision pairs,
measured in the same run (for the 400-code runs difflib is timed on a random sample of
pairs and extrapolated, as all pairs would take hours). Parsing is not included except
in the first row, which is the whole `gedragscode compare` report.
Targets: corpus report under 2 s; one against 400 under 10 s; all pairs of 400 under 60 s.
"""

from __future__ import annotations

import argparse
import difflib
import random
import time

from benchmarks.scaled import scaled_corpus
from codes import parse_bytes, parse_file
from codes.corpus import catalog
from compare.align import compare
from compare.provisions import provisions
from compare.report import build_report
from compare.similarity import words


def difflib_seconds(
    groups: list[list[list[str]]], pairs_of_codes: list[tuple[int, int]], sample: int | None
):
    """Time SequenceMatcher.ratio over provision pairs of the given code pairs; return (seconds, pairs)."""
    pairs = [(a, b) for i, j in pairs_of_codes for a in groups[i] for b in groups[j]]
    total = len(pairs)
    chosen = random.Random(1).sample(pairs, sample) if sample and total > sample else pairs
    start = time.perf_counter()
    for a, b in chosen:
        difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    elapsed = time.perf_counter() - start
    return elapsed * total / max(len(chosen), 1), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400)
    args = parser.parse_args()
    results = []

    start = time.perf_counter()
    corpus = [parse_file(e.path) for e in catalog()]
    build_report(corpus)
    report_seconds = time.perf_counter() - start
    groups = [[words(p.text) for p in provisions(c)] for c in corpus]
    code_pairs = [(i, j) for i in range(len(corpus)) for j in range(len(corpus)) if i != j]
    base_seconds, pairs = difflib_seconds(groups, code_pairs, None)
    results.append(
        (
            "corpus report (5 codes, parse+compare+html)",
            report_seconds,
            2.0,
            base_seconds,
            pairs,
            False,
        )
    )

    print(f"parsing {args.count} scaled codes ...", flush=True)
    scaled = [parse_bytes(text.encode("utf-8"), name) for name, text in scaled_corpus(args.count)]
    scaled_groups = [[words(p.text) for p in provisions(c)] for c in scaled]

    start = time.perf_counter()
    compare(scaled, base=corpus[1])
    one_seconds = time.perf_counter() - start
    base_groups = [[words(p.text) for p in provisions(corpus[1])], *scaled_groups]
    one_pairs = [(0, j) for j in range(1, len(base_groups))]
    base_one, pairs_one = difflib_seconds(base_groups, one_pairs, 3000)
    results.append((f"one against {args.count}", one_seconds, 10.0, base_one, pairs_one, True))

    start = time.perf_counter()
    compare(scaled)
    all_seconds = time.perf_counter() - start
    all_pairs = [(i, j) for i in range(len(scaled)) for j in range(len(scaled)) if i != j]
    base_all, pairs_all = difflib_seconds(scaled_groups, all_pairs, 3000)
    results.append((f"all pairs of {args.count}", all_seconds, 60.0, base_all, pairs_all, True))

    print(
        f"{'run':46} {'seconds':>8} {'target':>7} {'provision pairs':>16} {'difflib s':>10} {'speed-up':>9}"
    )
    for label, seconds, target, baseline, pairs, estimated in results:
        mark = "" if seconds <= target else "  (over target)"
        note = "*" if estimated else ""
        print(
            f"{label:46} {seconds:8.2f} {target:7.0f} {pairs:16,d} {baseline:9.1f}{note} {baseline / seconds:8.0f}x{mark}"
        )
    print("* difflib timed on a sample of 3,000 pairs and extrapolated to all pairs")


if __name__ == "__main__":
    main()
