"""Benchmark: the HTML comparison report of 50, 100, 200 and 400 codes (scaled copies of
the corpus, see `scaled.py`), as `gedragscode compare` writes it (a folder of pages
above 10 codes).

    python -m benchmarks.bench_report [--counts 50,100,200,400] [--no-browser]

Per size, in a fresh process: seconds to build and write the report (parsing not
counted), the total size of its HTML and of its largest page, the process's peak
memory (its high-water mark, parsed codes included) and how much building and writing
the report raised it, and, with Chromium and Playwright, the
seconds until the largest page has loaded.

Targets (issue 12): 400 codes under 20 MB of HTML, every page loaded in under 3 s,
compare under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(count: int, folder: Path) -> dict[str, float]:
    """Runs in the child process: parse, then build and write the report into `folder`."""
    import gc
    import resource

    from benchmarks.scaled import scaled_corpus
    from codes import parse_bytes
    from codes.files import write_all
    from compare.report_site import build_site, page_names

    codes = [parse_bytes(text.encode("utf-8"), name) for name, text in scaled_corpus(count)]
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    site = build_site(codes)
    write_all([folder / name for name in page_names()], site.pages)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    largest = max(sizes, key=sizes.get)
    return {
        "seconds": seconds,
        "total_mb": sum(sizes.values()) / 1e6,
        "largest": largest,
        "largest_mb": sizes[largest] / 1e6,
        "pages": len(sizes),
        "report_mb": after - before,
        "process_mb": after,
    }


def load_seconds(page: Path) -> float | None:
    """Seconds until Chromium has loaded `page` (None without Chromium or Playwright)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu"]
        )
        tab = browser.new_page(viewport={"width": 1440, "height": 900})
        start = time.perf_counter()
        tab.goto(page.as_uri(), wait_until="load", timeout=60_000)
        tab.evaluate("document.body.scrollHeight")  # layout done
        seconds = time.perf_counter() - start
        browser.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="50,100,200,400")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("COUNT", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(int(args.child[0]), Path(args.child[1]))))
        return
    print(
        f"{'codes':>5} {'seconds':>8} {'HTML MB':>8} {'pages':>5} {'largest page':>30} "
        f"{'peak MB':>8} {'report MB':>9} {'load s':>7}",
        flush=True,
    )
    for count in (int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp) / "vergelijking"
            child = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.bench_report",
                    "--child",
                    str(count),
                    str(folder),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(child.stdout.strip().splitlines()[-1])
            load = None if args.no_browser else load_seconds(folder / result["largest"])
            largest = f"{result['largest']} {result['largest_mb']:.2f} MB"
            print(
                f"{count:5d} {result['seconds']:8.1f} {result['total_mb']:8.2f} "
                f"{result['pages']:5d} {largest:>30} {result['process_mb']:8.0f} "
                f"{result['report_mb']:9.0f} {'-' if load is None else f'{load:.2f}':>7}",
                flush=True,
            )


if __name__ == "__main__":
    main()
