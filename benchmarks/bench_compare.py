"""Benchmark: `compare` of the bundled corpus (the whole report) and of 50, 100, 200 and
400 codes (scaled copies of the corpus, see `scaled.py`).

    python -m benchmarks.bench_compare [--counts 50,100,200,400] [--jobs N]

Per size: seconds for the alignment (`compare.align.compare`, all pairs of codes) on
one core and with `--jobs` processes (default: all cores), seconds for the whole HTML
report on one core, and the peak memory of the alignment (tracemalloc, in separate
runs on one core and with `--jobs`; the parsed codes it gets are not counted; with a
pool, what the parent allocates plus the high-water mark of the largest worker). Parsing is not timed
except in the first row, which is the whole `gedragscode compare` report. The last
column is difflib.SequenceMatcher over the same provision pairs, estimated from a
sample of 3,000 pairs drawn by index (all pairs would take hours).

Targets (issue 11): compare of 400 codes under 20 s with all cores, under 1 GB.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import random
import time
import tracemalloc

from benchmarks.scaled import scaled_corpus
from codes import parse_bytes, parse_file
from codes.corpus import catalog
from codes.pool import cores
from compare.align import PARALLEL_FROM, compare
from compare.provisions import provisions
from compare.report import build_report
from compare.similarity import words


def difflib_estimate(codes, sample: int = 3000) -> float:
    """Seconds difflib would take over all provision pairs of different codes (estimated)."""
    groups = [[words(p.text) for p in provisions(c)] for c in codes]
    sizes = [len(g) for g in groups]
    total = sum(sizes) ** 2 - sum(s * s for s in sizes)
    rng = random.Random(1)
    chosen = []
    while len(chosen) < min(sample, total):
        i, j = rng.randrange(len(groups)), rng.randrange(len(groups))
        if i != j and groups[i] and groups[j]:
            chosen.append((rng.choice(groups[i]), rng.choice(groups[j])))
    start = time.perf_counter()
    for a, b in chosen:
        difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    return (time.perf_counter() - start) * total / max(len(chosen), 1)


def timed(function, *args, **kwargs) -> float:
    gc.collect()
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def peak_mb(function, *args, **kwargs) -> float:
    gc.collect()
    tracemalloc.start()
    function(*args, **kwargs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def worker_peak_mb() -> float:
    """The high-water mark of the largest worker process so far (RSS, shared pages included)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="50,100,200,400")
    parser.add_argument("--jobs", type=int, default=cores())
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]

    start = time.perf_counter()
    corpus = [parse_file(e.path) for e in catalog()]
    build_report(corpus)
    report_seconds = time.perf_counter() - start
    print(f"corpus report (5 codes, parse + compare + HTML): {report_seconds:.2f} s", flush=True)

    print(f"parsing {max(counts)} scaled codes ...", flush=True)
    scaled = [parse_bytes(text.encode("utf-8"), name) for name, text in scaled_corpus(max(counts))]
    header = (
        f"{'codes':>5} {'provisions':>10} {'matches':>10} {'1 core s':>9} {f'{args.jobs} cores s':>10} "
        f"{'peak MB':>8} {f'peak {args.jobs}':>8} {'worker MB':>9} {'report s':>9} {'difflib s':>10}"
    )
    print(header)
    for count in counts:
        codes = scaled[:count]
        comparison = compare(codes)
        items, matches = len(comparison.provisions), len(comparison.matches)
        del comparison
        one = timed(compare, codes)
        many = timed(compare, codes, jobs=args.jobs) if args.jobs > 1 else one
        peak = peak_mb(compare, codes)
        peak_many = peak_mb(compare, codes, jobs=args.jobs) if args.jobs > 1 else peak
        pooled = args.jobs > 1 and items >= PARALLEL_FROM  # else compare starts no pool
        worker = f"{worker_peak_mb():.0f}" if pooled else "-"
        report = timed(build_report, codes)
        estimate = difflib_estimate(codes)
        print(
            f"{count:5d} {items:10,d} {matches:10,d} {one:9.2f} {many:10.2f} {peak:8.0f} "
            f"{peak_many:8.0f} {worker:>9} "
            f"{report:9.2f} {estimate:9.0f}*",
            flush=True,
        )
    print("* difflib timed on 3,000 sampled pairs and extrapolated to all pairs of two codes")


if __name__ == "__main__":
    main()
