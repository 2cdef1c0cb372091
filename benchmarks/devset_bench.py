"""What the development-set benchmarks share (`bench_accuracy`, `bench_norms`): the texts
with one kind of truth, the scoring loop, the F1 of a precision and a recall, and the
command line (`--json`, `--details`, `--only REGEX`)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).resolve().parent / "devset"


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def documents(truth_folder: str, only: str | None = None) -> list[tuple[str, Path, dict]]:
    """(id, text path, truth) of every text with a truth file in `devset/<truth_folder>`
    whose id matches `only`."""
    found = []
    for truth_path in sorted((DEVSET / truth_folder).glob("*.toml")):
        doc_id = truth_path.stem
        if only and not re.search(only, doc_id):
            continue
        with truth_path.open("rb") as handle:
            found.append((doc_id, DEVSET / "texts" / f"{doc_id}.txt", tomllib.load(handle)))
    return found


def evaluate(
    truth_folder: str, scores: Any, score_document: Callable, only: str | None, details: bool
) -> tuple[Any, int]:
    """`score_document(id, text path, truth, scores, details)` over the texts: (scores, count)."""
    docs = documents(truth_folder, only)
    for doc_id, text_path, truth in docs:
        score_document(doc_id, text_path, truth, scores, details)
    return scores, len(docs)


def main(
    description: str,
    evaluate: Callable[[str | None, bool], tuple[Any, int]],
    summary: Callable[[Any, int], dict],
    render: Callable[[dict], str],
    argv: list[str] | None,
    only_help: str,
) -> int:
    """The benchmark's command: the figures as a table (or JSON), the errors on stderr."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every error")
    parser.add_argument("--only", help=only_help)
    args = parser.parse_args(argv)
    scores, count = evaluate(args.only, args.details)
    result = summary(scores, count)
    print(json.dumps(result, indent=2) if args.json else render(result))
    if args.details:
        print("", *scores.errors, sep="\n", file=sys.stderr)
    return 0
