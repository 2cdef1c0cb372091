"""Divisions of a law named with its articles: "255 en afdeling 4.2 van de Gemeentewet",
"hoofdstuk IVa. en artikel 149 van de Gemeentewet". The law is named for the division too."""

from __future__ import annotations

import re

# "de artikelen 10, ..., 255 en afdeling 4.2 van de Gemeentewet": a division of the law
# closes the list of articles; the law after it holds for both.
# A division of a law by its number: "afdeling 4.2", "hoofdstuk IVa", "§ 3".
_NAME = r"(?:afdeling|hoofdstuk|paragraaf|titel|§)\s*[\dIVX][\w.:]*?"
DIVISION = re.compile(
    rf"\s*,?\s+(?:en|of|alsmede)\s+(?P<division>{_NAME})\.?(?=[\s,])",
    re.I,
)

# "gelet op hoofdstuk IVa. en artikel 149 van de Gemeentewet" (w03): a division joined by
# "en" before the articles shares their law, unless a law stands just before it
# ("de Wet publieke gezondheid, hoofdstuk 2 en de artikelen 2.6.1 ... van de Wmo 2015", q13).
_BEFORE = re.compile(
    rf"(?<![\w.]){_NAME}\.?"
    r"\s*,?\s+(?:en|of|alsmede)\s+(?:de\s+|het\s+)?$",
    re.I,
)


def division_before(text: str, start: int, law_ends: set[int]) -> bool:
    """Whether a division of the citation's law is named just before it (at `start`)."""
    window = max(0, start - 40)
    before = text[window:start]
    if "en " not in before and "of " not in before and "alsmede" not in before:
        return False  # most citations: no connector before "artikel"
    match = _BEFORE.search(text, window, start)
    if match is None:
        return False
    head = text[max(0, match.start() - 4) : match.start()]
    return match.start() - (len(head) - len(head.rstrip(" \t\n,"))) not in law_ends
