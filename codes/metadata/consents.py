"""The parties' consents listed in a gemeenschappelijke regeling's publication.

An amendment of a regeling that several bodies entered is published with the list of each
party's decision, one line each: "De Raad van de gemeente Alblasserdam heeft in zijn
vergadering op 16 april 2019;" / "De Raad van de gemeente Albrandswaard heeft in zijn
vergadering op 6 mei 2019;" / ... / "Het Algemeen Bestuur van het Waterschap Hollandse Delta
heeft ..." (zu07). Each line names one party and its date: neither the first party nor its
date is the regulation's, which no one of them adopted alone.
"""

from __future__ import annotations

import re

from ..dates import DATE
from ..scan import opening_matches

# One party's consent on a line of its own: its body, "heeft" and the date of its meeting.
_CONSENT = re.compile(
    r"^[ \t]*(?:De|Het)\s+(?i:raad|gemeenteraad|college|algemeen\s+bestuur|dagelijks\s+bestuur|"
    r"provinciale\s+staten|gedeputeerde\s+staten)\b[^\n;]{0,80}?\bheeft\b[^\n;]{0,80}?"
    rf"\b(?:op|van)\s+{DATE}[^\n]{{0,40}}$",
    re.M,
)
_CONSENT_LINE = re.compile(r"\n[ \t]*(?:De|Het)")  # where a `_CONSENT` may start (scan.py)
_BETWEEN = re.compile(r"\s*")
_HEAD = 20000


def listed(text: str) -> tuple[int, int] | None:
    """The span of the first run of two consents or more, one line after the other (blank
    lines between them), or None where the text lists none."""
    run: list[re.Match] = []
    for match in opening_matches(_CONSENT, text, _CONSENT_LINE, 0, _HEAD):
        if run and _BETWEEN.fullmatch(text, run[-1].end(), match.start()) is None:
            if len(run) >= 2:
                break
            run = []
        run.append(match)
    return (run[0].start(), run[-1].end()) if len(run) >= 2 else None


def within(span: tuple[int, int] | None, start: int) -> bool:
    """Whether `start` lies in `span` (a list of consents, `listed`)."""
    return span is not None and span[0] <= start < span[1]
