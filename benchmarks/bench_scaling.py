"""Benchmark: does parsing stay linear up to 100 MB? (issue #10)

    python -m benchmarks.bench_scaling [--sizes 1 5 20 100] [--tolerance 1.5] [--shape lines one-line]

Builds one input per size from the bundled corpus codes (varied copies, see
`benchmarks/scaled.py`, joined into one file, as a careless export would), in two
shapes: with its line breaks, and as one line (a PDF copied as text, where the
run-in headings rule of `codes/run_in.py` works on the whole document), and
parses each in a fresh process: time, MB/s, CPU time per MB and peak memory (the process's
high-water mark, and what parsing added to it). Exits 1 with "superlinear
growth" when the CPU time per MB at the largest size is more than `--tolerance`
times that at the smallest. Each process first parses one bundled code, so that
loading the law registry is not counted as time for the smallest input.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

MB = 1_000_000  # decimal megabytes, as the sizes are stated


def build(megabytes: float, shape: str = "lines") -> bytes:
    """About `megabytes` MB of code text: varied copies of the bundled codes, one after
    another; as one line for `shape` "one-line"."""
    from benchmarks.scaled import scaled_corpus

    texts = [text for _, text in scaled_corpus(40)]
    pieces, size, index = [], 0, 0
    while size < megabytes * MB:
        text = texts[index % len(texts)]
        pieces.append(text)
        size += len(text.encode("utf-8")) + 2
        index += 1
    text = "\n\n".join(pieces)
    return (" ".join(text.split("\n")) if shape == "one-line" else text).encode("utf-8")


def measure_one(megabytes: float, shape: str = "lines") -> dict[str, float]:
    """Parse one input of `megabytes` MB in this process (call it in a fresh one)."""
    import resource

    from codes import parse_bytes, parse_file
    from codes.corpus import catalog

    parse_file(catalog()[0].path)  # warm up: the law registry, compiled patterns
    data = build(megabytes, shape)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time()
    code = parse_bytes(data, f"scaled-{megabytes:g}mb.txt", max_size=len(data))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "mb": len(data) / MB,
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak,
        "parse_mb": peak - before,
        "articles": len(code.articles()),
        "references": len(code.references),
    }


def run(sizes: list[float], shape: str = "lines") -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.bench_scaling",
                "--one",
                str(size),
                "--shape",
                shape,
            ],
            cwd=Path(__file__).resolve().parents[1],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20, 100])
    parser.add_argument("--tolerance", type=float, default=1.5)
    parser.add_argument(
        "--shape", nargs="+", choices=("lines", "one-line"), default=["lines", "one-line"]
    )
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.one is not None:
        print(json.dumps(measure_one(arguments.one, arguments.shape[0])))
        return 0
    superlinear = False
    for shape in arguments.shape:
        rows = run(sorted(arguments.sizes), shape)
        print(f"{shape}:")
        print("| MB | seconds | MB/s | CPU s per MB | peak MB | MB added per input MB |")
        print("|---|---|---|---|---|---|")
        for row in rows:
            print(
                f"| {row['mb']:.3g} | {row['seconds']:.2f} | {row['mb'] / row['seconds']:.2f} "
                f"| {row['cpu'] / row['mb']:.3f} | {row['peak_mb']:.0f} "
                f"| {row['parse_mb'] / row['mb']:.1f} |"
            )
        # CPU time, not wall time: other processes on a shared machine do not count against us.
        first, last = rows[0], rows[-1]
        growth = (last["cpu"] / last["mb"]) / (first["cpu"] / first["mb"])
        print(
            f"CPU time per MB at {last['mb']:.3g} MB is {growth:.2f} x that at "
            f"{first['mb']:.3g} MB (limit {arguments.tolerance})"
        )
        superlinear = superlinear or growth > arguments.tolerance
    if superlinear:
        print("superlinear growth", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
