"""Divisions of a law named with its articles: "255 en afdeling 4.2 van de Gemeentewet",
"hoofdstuk IVa. en artikel 149 van de Gemeentewet". The law is named for the division too."""

from __future__ import annotations

import re

from ..scan import Anchors, lowered, near
from .law_phrase import defined_after
from .names import Law

# "de artikelen 10, ..., 255 en afdeling 4.2 van de Gemeentewet": a division of the law
# closes the list of articles; the law after it holds for both.
# A division of a law by its number: "afdeling 4.2", "hoofdstuk IVa", "§ 3".
_DIVISION_WORD = r"(?:afdeling|hoofdstuk|paragraaf|titel|§)\s*"
_NAME = _DIVISION_WORD + r"[\dIVX][\w.:]*?"
DIVISION_NAME = _NAME  # for the rules that read a division beside a law (`law_first`)
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


# A division of the act a code defines, without an article: "Klachtadviesprocedure als bedoeld
# in afdeling 9.1.3 van De Wet" (uy05, "Wet: De Algemene wet bestuursrecht"), "op grond van
# hoofdstuk 4 van de wet". The defined act is named, as "hoofdstuk IV van de Wet WOZ" names it.
# Read on the lowercase copy (`scan.lowered`, its offsets the text's) and tried only where a
# division's word stands (`scan.near`): a case-blind pattern behind a lookbehind is tried at every
# place of the text, about 50 MB/s, a tenth of the parse of a code that defines "de wet".
_DIVISION_ALONE = re.compile(rf"(?<![\w.§]){_DIVISION_WORD}[\divx][\w.:]*?\.?(?=[\s,])")
_DIVISION_WORDS = Anchors.of("afdeling", "hoofdstuk", "paragraaf", "titel", "§", before=0, after=80)


def defined_divisions(text: str, words: dict[str, Law]) -> list[tuple[int, int, Law]]:
    """(start, end, act) of each division of an act that the code defines ("de wet"), named
    without an article; a word the code does not define names no act here."""
    if not words:
        return []
    found = []
    for division in near(_DIVISION_ALONE, lowered(text), _DIVISION_WORDS):
        phrase = defined_after(text, division.end())
        law = words.get(phrase.word or "") if phrase is not None else None
        if law is not None:
            found.append((division.start(), phrase.end, law))
    return found
