"""Accuracy on the development set as other copies of the same texts give them.

    python -m benchmarks.bench_variants [--only REGEX] [--variant NAME] [--json] [--details]

Users bring a regulation as they have it: saved from a web page, converted to
Markdown, printed from a PDF with `pdftotext` (lines wrapped at the page's width, a
left margin, ligatures such as "ﬁ"), with Windows line ends, or pasted into Word and saved as .docx. Each variant below is
made from every text of the development set, and scored against the same hand-typed
truth as `bench_accuracy`; a parser that follows the language and not the layout scores
each about as the texts as saved ("saved"). `--details` lists on stderr, per variant,
the error lines of `bench_accuracy --details` that the saved texts do not have: the
errors that are the layout's fault.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable

from benchmarks import bench_accuracy

_HEADING = re.compile(r"(?:Artikel|Hoofdstuk|Paragraaf|§) *[\dIVX]")
_ITEM = re.compile(r"[a-z]\. ")


def hard_wrapped(text: str, width: int) -> str:
    """Every line wrapped at `width` columns, as a PDF's text or a mail has it."""
    return "\n".join(
        wrapped for line in text.split("\n") for wrapped in (textwrap.wrap(line, width) or [""])
    )


def left_margin(text: str) -> str:
    return "\n".join("    " + line if line.strip() else line for line in text.split("\n"))


def pdf_layout(text: str) -> str:
    """As `pdftotext -layout` writes a page: wrapped at 84 columns, short lines centred
    on a 90-column page, the rest with a margin of six."""
    return "\n".join(
        line.strip().center(90).rstrip()
        if 0 < len(line.strip()) < 50
        else ("      " + line if line.strip() else line)
        for line in hard_wrapped(text, 84).split("\n")
    )


def markdown(text: str) -> str:
    """Headings of articles and chapters as "## ", lettered items as "- a. "."""
    lines = []
    for line in text.split("\n"):
        body = line.strip()
        if _HEADING.match(body):
            lines.append("## " + body)
        elif _ITEM.match(body):
            lines.append("- " + body)
        else:
            lines.append(line)
    return "\n".join(lines)


_CHAPTER = re.compile(r"(?:Hoofdstuk|Paragraaf|§) *[\dIVX]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def word(text: str) -> bytes:
    """As a .docx a user makes by pasting the page into Word: a paragraph per line (no
    blank ones), chapter and article headings in Word's heading styles."""
    import io

    import docx

    document = docx.Document()
    for line in _NOT_XML.sub("", text).split("\n"):
        body = line.strip()
        if not body:
            continue
        style = (
            "Heading 2" if _CHAPTER.match(body) else "Heading 3" if _HEADING.match(body) else None
        )
        document.add_paragraph(line.rstrip(), style)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def ligatures(text: str) -> str:
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


VARIANTS: dict[str, Callable[[str], str | bytes] | None] = {
    "saved": None,
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "ligatures": ligatures,
    "markdown": markdown,
    "wrapped 78": lambda text: hard_wrapped(text, 78),
    "wrapped 60": lambda text: hard_wrapped(text, 60),
    "left margin": left_margin,
    "pdftotext -layout": pdf_layout,
    "Word .docx": word,
}
_COLUMNS = ("direct", "law named", "organisation", "title", "adopted_on", "headings")


def row(result: dict) -> dict[str, float]:
    metadata = result["metadata"]
    return {
        "direct": result["direct"]["f1"],
        "law named": result["law named"]["f1"],
        "organisation": metadata["organisation"]["share"],
        "title": metadata["title"]["share"],
        "adopted_on": metadata["adopted_on"]["share"],
        "headings": result["article headings"]["f1"],
    }


def _cell(value: float | None) -> str:
    return f"{value:>14.3f}" if value is not None else f"{'-':>14}"


def layout_errors(errors: list[str], saved: list[str]) -> list[str]:
    """The error lines of a variant that the saved texts do not have (each as often as it
    is new), in the variant's order."""
    new = Counter(errors) - Counter(saved)
    kept = []
    for line in errors:
        if new[line]:
            new[line] -= 1
            kept.append(line)
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", help="only the documents whose id matches this regular expression"
    )
    parser.add_argument(
        "--variant",
        action="append",
        choices=[name for name in VARIANTS if name != "saved"],
        help="only this copy (and the texts as saved); may be given more than once",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--details",
        action="store_true",
        help="list per variant on stderr the errors the saved texts do not have",
    )
    args = parser.parse_args(argv)
    chosen = {"saved", *args.variant} if args.variant else set(VARIANTS)
    rows, errors = {}, {}
    for name, variant in VARIANTS.items():
        if name not in chosen:
            continue
        scores, count = bench_accuracy.evaluate(args.only, args.details, variant)
        rows[name] = row(bench_accuracy.summary(scores, count))
        errors[name] = scores.errors
    if args.details:
        for name in rows:
            if name == "saved":
                continue
            new = layout_errors(errors[name], errors["saved"])
            print(f"\n== {name}: {len(new)} errors the saved texts do not have", file=sys.stderr)
            print(*new, sep="\n", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"development set: {count} documents, F1 or share right")
    print(f"{'variant':<20}" + "".join(f"{c:>14}" for c in _COLUMNS))
    for name, values in rows.items():
        # "-": the texts state no such value (a round of web pages dates nothing)
        print(f"{name:<20}" + "".join(_cell(values[c]) for c in _COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
