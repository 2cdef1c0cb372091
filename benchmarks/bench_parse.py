"""Benchmark: parse plus references on the bundled corpus and a scaled corpus of 400 codes.

    python -m benchmarks.bench_parse [--count 400]

Prints MB/s, ms per code and peak memory, and the ratio to a baseline measured
in the same run: one compiled-regex scan for "artikel N" over the same texts.
Target: at least 2 MB/s for parse plus references on one core.
"""

from __future__ import annotations

import argparse
import re
import time
import tracemalloc

from benchmarks.scaled import scaled_corpus
from codes import parse_bytes
from codes.corpus import catalog

BASELINE = re.compile(r"\bartikel(?:en)?\s+\d+[a-z]?", re.I)


def measure(label: str, texts: list[tuple[str, str]]) -> dict[str, float]:
    payload = [(name, text.encode("utf-8")) for name, text in texts]
    size = sum(len(data) for _, data in payload) / 1e6
    start = time.perf_counter()
    for _, text in texts:
        BASELINE.findall(text)
    baseline = time.perf_counter() - start
    tracemalloc.start()
    start = time.perf_counter()
    articles = references = 0
    for name, data in payload:
        code = parse_bytes(data, name)
        articles += len(code.articles())
        references += len(code.references)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # tracemalloc slows Python down; time once more without it for the speed figures
    start = time.perf_counter()
    for name, data in payload:
        parse_bytes(data, name)
    elapsed = min(elapsed, time.perf_counter() - start)
    return {
        "label": label,
        "codes": len(texts),
        "mb": size,
        "seconds": elapsed,
        "mb_s": size / elapsed,
        "ms_code": 1000 * elapsed / len(texts),
        "peak_mb": peak / 1e6,
        "ratio": elapsed / baseline,
        "articles": articles,
        "references": references,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400, help="codes in the scaled corpus")
    args = parser.parse_args()
    corpus = [(e.path.name, e.path.read_text(encoding="utf-8")) for e in catalog()]
    rows = [
        measure("bundled corpus", corpus),
        measure(f"scaled corpus ({args.count})", scaled_corpus(args.count)),
    ]
    print(
        f"{'corpus':24} {'codes':>5} {'MB':>6} {'s':>7} {'MB/s':>6} {'ms/code':>8} {'peak MB':>8} "
        f"{'x regex scan':>12} {'articles':>8} {'refs':>7}"
    )
    for r in rows:
        print(
            f"{r['label']:24} {r['codes']:5d} {r['mb']:6.2f} {r['seconds']:7.2f} {r['mb_s']:6.2f} "
            f"{r['ms_code']:8.1f} {r['peak_mb']:8.1f} {r['ratio']:12.0f} {r['articles']:8d} {r['references']:7d}"
        )
    print(
        "target: >= 2 MB/s for parse plus references on one core;"
        f" {'met' if min(r['mb_s'] for r in rows) >= 2 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
