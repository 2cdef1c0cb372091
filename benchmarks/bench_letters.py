"""Benchmark: generate 1,000 letters (kennisgeving) from a CSV batch.

    python -m benchmarks.bench_letters [--count 1000]

Prints letters per second for the toolkit (read and validate the CSV, check each case
against Best's protocol, render, write the .docx) and the ratio to rendering the same
docxtpl template with the same contexts directly, measured in the same run.
Target: overhead at most 1.5 times raw docxtpl.
"""

from __future__ import annotations

import argparse
import csv
import io
import tempfile
import time
from pathlib import Path

from codes.files import write_all
from codes.resources import template_path
from generator.cases import load_batch
from generator.letters import prepare, render_docx

COLUMNS = [
    "gemeente",
    "datum",
    "kenmerk",
    "afzender.naam",
    "afzender.functie",
    "betrokkene.naam",
    "betrokkene.functie",
    "betrokkene.adres",
    "gedraging",
]


def make_csv(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(count):
            writer.writerow(
                [
                    "best",
                    "2026-11-24",
                    f"INT-2026-{i:04d}",
                    "J. de Vries",
                    "burgemeester",
                    f"Raadslid {i:04d}",
                    "raadslid",
                    f"Dorpsstraat {i}, 5681 AA Best",
                    f"Het aannemen van geschenk nummer {i} van een leverancier van de gemeente.",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        batch = folder / "cases.csv"
        make_csv(batch, args.count)
        prepare("kennisgeving", load_batch(batch)[0])  # warm up: parse Best's protocol once

        start = time.perf_counter()
        cases = load_batch(batch)
        prepared = [prepare("kennisgeving", case) for case in cases]
        write_all(  # as 'generate --batch' does: all or nothing, each letter fsynced
            [folder / f"letter-{i:04d}.docx" for i in range(len(prepared))],
            (render_docx(letter) for letter in prepared),
            private=True,
        )
        toolkit = time.perf_counter() - start

        from docxtpl import DocxTemplate

        contexts = [p.context for p in prepared]
        start = time.perf_counter()
        for i, context in enumerate(contexts):
            document = DocxTemplate(str(template_path("letters/brief.docx")))
            document.render(context, autoescape=True)
            buffer = io.BytesIO()
            document.save(buffer)
            (folder / f"raw-{i:04d}.docx").write_bytes(buffer.getvalue())
        raw = time.perf_counter() - start

    print(f"{'run':34} {'letters':>7} {'seconds':>8} {'letters/s':>10} {'x raw docxtpl':>14}")
    print(
        f"{'gedragscode generate --batch':34} {args.count:7d} {toolkit:8.2f} {args.count / toolkit:10.1f} {toolkit / raw:14.2f}"
    )
    print(
        f"{'raw docxtpl, same contexts':34} {args.count:7d} {raw:8.2f} {args.count / raw:10.1f} {1.0:14.2f}"
    )
    print(f"target: at most 1.5 x raw docxtpl; {'met' if toolkit / raw <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
