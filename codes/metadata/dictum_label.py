"""The body named under the dictum's label, where a decision states its motives first.

A provincie's verkeersbesluit in the Staatscourant gives its considerations under headings
("Overwegingen ten aanzien van het besluit", "Vereiste van besluit", "Motivering van het
besluit") and then the decision under the label "Besluit", the body on the line below it:
"Besluit / Gedeputeerde Staten van Noord-Brabant" (zv06, its excerpt ending there). No preamble
opens with the body, so `adopter.adopted_by` finds none; the body under the label decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import opening_matches
from . import adopter
from .candidates import SENTENCE, Candidate

# The label alone on its line ("Besluit", "BESLUIT:"), then the next line that holds words.
_LABEL = re.compile(
    r"(?im)^[ \t]*besluit[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<body>[^\n]{3,120})$"
)
_LABEL_LINE = re.compile(r"\n[ \t]*besluit", re.I)  # where a `_LABEL` may start (scan.py)


def adopted_by(text: str) -> Iterator[Candidate]:
    """The body on the line under the dictum's label (`_LABEL`), where the line opens with a
    body of the vocabulary ("Gedeputeerde Staten van Noord-Brabant"): the first such."""
    for match in opening_matches(_LABEL, text, _LABEL_LINE):
        body = match.group("body").strip()
        if adopter.OPENS_WITH_BODY.match(body.lower()) and adopter.term(body) not in (
            None,
            "other",
        ):
            start = match.start("body")
            yield Candidate("adopted_by", body, start, start + len(body), "dictum label", SENTENCE)
            return
