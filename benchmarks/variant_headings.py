"""Article headings that another copy of a devset text loses or gains, line by line.

    python -m benchmarks.variant_headings [--variant NAME] [--only REGEX]

For every devset text with typed article headings, the articles parsed from the text as
saved and from the copy that `bench_variants` makes (default "wrapped 78") are compared
by number: each article the copy misses is shown with the lines of the copy where its
heading stands, each one it gains with the line it was read from. What `bench_variants`
scores as a loss of headings F1, to read and group by cause.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from benchmarks import devset_bench
from benchmarks.bench_variants import VARIANTS


def _numbers(code) -> Counter:
    return Counter(
        " ".join(str(node.number or "").split()).casefold() for node, _ in code.articles()
    )


def _line_at(text: str, offset: int, following: int = 1) -> str:
    start = text.rfind("\n", 0, offset) + 1
    lines = text[start:].split("\n")[: following + 1]
    return " ⏎ ".join(lines)


def differences(doc_id: str, saved: str, copy: str) -> list[str]:
    from codes import parse_text

    name = doc_id + ".txt"
    before, after = parse_text(saved, name), parse_text(copy, name)
    lost = _numbers(before) - _numbers(after)
    gained = _numbers(after) - _numbers(before)
    found = []
    for number in sorted(lost.elements()):
        pattern = re.compile(rf"(?im)^\s*(?:artikel|art\.)\s+{re.escape(number)}\b")
        where = [m.start() for m in pattern.finditer(copy)]
        shown = " | ".join(_line_at(copy, at) for at in where[:2]) or "(no line)"
        found.append(f"{doc_id}: lost {number}: {shown}")
    for node, _ in after.articles():
        number = " ".join(str(node.number or "").split()).casefold()
        if gained[number] > 0:
            gained[number] -= 1
            found.append(f"{doc_id}: gained {number}: {_line_at(copy, node.span.start)}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", default="wrapped 78", choices=[v for v in VARIANTS if v])
    parser.add_argument("--only", help="only the documents whose id matches this expression")
    args = parser.parse_args(argv)
    variant = VARIANTS[args.variant]
    for doc_id, path, truth in devset_bench.documents("truth", args.only):
        if "articles" not in truth:
            continue
        saved = path.read_text(encoding="utf-8")
        for line in differences(doc_id, saved, variant(saved)):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
