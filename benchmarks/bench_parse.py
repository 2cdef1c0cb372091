"""Benchmark: `gedragscode parse FILES --format json` as a user runs it, on the bundled
corpus and a scaled corpus of 400 codes.

    python -m benchmarks.bench_parse [--count 400]

Each run parses the codes (with references), builds the JSON contract and writes it
to a file, on one core. Prints MB/s, ms per code, the share of the time spent on the
JSON, peak memory (tracemalloc, in a separate run), and the ratio to a baseline
measured in the same run: one compiled-regex scan for "artikel N" over the same texts.

Target (issue 11): at least 5 MB/s with the JSON written, at most 40 regex scans.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
import tracemalloc

from benchmarks.scaled import scaled_corpus
from codes import parse_bytes
from codes.corpus import catalog
from codes.export import to_json

BASELINE = re.compile(r"\bartikel(?:en)?\s+\d+[a-z]?", re.I)


def run(payload: list[tuple[str, bytes]], target: str) -> tuple[float, float, list]:
    """Parse and write the JSON as `parse --format json -o target`; (total s, JSON s, codes)."""
    start = time.perf_counter()
    codes = [parse_bytes(data, name) for name, data in payload]
    parsed = time.perf_counter()
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(to_json(codes if len(codes) > 1 else codes[0]))
    end = time.perf_counter()
    return end - start, end - parsed, codes


def measure(label: str, texts: list[tuple[str, str]], folder: str) -> dict[str, object]:
    payload = [(name, text.encode("utf-8")) for name, text in texts]
    size = sum(len(data) for _, data in payload) / 1e6
    target = os.path.join(folder, "out.json")
    start = time.perf_counter()
    for _, text in texts:
        BASELINE.findall(text)
    baseline = time.perf_counter() - start
    elapsed, json_seconds, codes = run(payload, target)
    articles = sum(len(c.articles()) for c in codes)
    references = sum(len(c.references) for c in codes)
    del codes
    again, json_again, _ = run(payload, target)  # the faster of two runs: less noise
    if again < elapsed:
        elapsed, json_seconds = again, json_again
    tracemalloc.start()
    run(payload, target)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "label": label,
        "codes": len(texts),
        "mb": size,
        "seconds": elapsed,
        "mb_s": size / elapsed,
        "ms_code": 1000 * elapsed / len(texts),
        "json_share": json_seconds / elapsed,
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
    with tempfile.TemporaryDirectory() as folder:
        rows = [
            measure("bundled corpus", corpus, folder),
            measure(f"scaled corpus ({args.count})", scaled_corpus(args.count), folder),
        ]
    print(
        f"{'corpus (1 core, JSON written)':30} {'codes':>5} {'MB':>6} {'s':>7} {'MB/s':>6} "
        f"{'ms/code':>8} {'JSON %':>6} {'peak MB':>8} {'x regex scan':>12} {'articles':>8} {'refs':>7}"
    )
    for r in rows:
        print(
            f"{r['label']:30} {r['codes']:5d} {r['mb']:6.2f} {r['seconds']:7.2f} {r['mb_s']:6.2f} "
            f"{r['ms_code']:8.1f} {100 * r['json_share']:6.1f} {r['peak_mb']:8.1f} {r['ratio']:12.0f} "
            f"{r['articles']:8d} {r['references']:7d}"
        )
    met = min(r["mb_s"] for r in rows) >= 5 and max(r["ratio"] for r in rows) <= 40
    print(f"target: >= 5 MB/s and <= 40 regex scans on one core; {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
