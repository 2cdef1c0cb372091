"""Where a name ends that runs on into the text after it on one line.

A document site's transcript gives a PDF's page as one line ("1 Financiële verordening BEL
Combinatie Het Algemeen Bestuur van ..."), and so do the copies of studylib and adoc
("Gedragscode voor de leden van het college ... Bunnik 2013 Deel I: Kernbegrippen ..."):
the regulation's name opens the line and runs to the words that open its preamble, or else
to its year.
"""

from __future__ import annotations

import re

from ..unfinished import UNFINISHED_WORDS
from .name_edges import NAME_START, without_number

# The words that open a preamble: the body that decides, or the parties of a gemeenschappelijke
# regeling ("De colleges van burgemeester en wethouders van de gemeenten Almelo, ...", r14, za07;
# "De dagelijkse besturen van de waterschappen ...", zn14 and the belastingsamenwerkingen).
PREAMBLE = re.compile(
    r"\s+(?:De raad van|Het college van|Burgemeester en wethouders|Gedeputeerde Staten|"
    r"Provinciale Staten|Het [Aa]lgemeen [Bb]estuur|Het [Dd]agelijks [Bb]estuur|Vastgesteld|Gelet op|"
    r"gelezen|De colleges van|De dagelijkse besturen van)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A PDF's cover may go on with its table of contents, which the name does not run into:
# "VERORDENING VOORZIENINGEN GEHANDICAPTEN GEMEENTE BOXTEL INHOUDSOPGAVE AFDELING I ..." (ud01).
CONTENTS = re.compile(r"\s+(?:INHOUDSOPGAVE|Inhoudsopgave)\b")
# How far a name runs at most: a page run into one line is longer.
WINDOW = 300


def name_end(window: str, heading: re.Match | None = None) -> int | None:
    """Where the name that opens `window` ends: before the preamble or the decision's
    `heading` that follows it, or else after its year; None where no end can be told."""
    ends = [m.start() for m in (PREAMBLE.search(window), heading, CONTENTS.search(window)) if m]
    if ends:
        return min(ends)
    year = _YEAR.search(window)
    return year.end() if year else None


def name_before(window: str, end: int) -> str | None:
    """The name in `window` up to `end`, less the punctuation and a document number before
    the cut (`name_edges.without_number`), where it can be a whole name: two words or more,
    not ending on a word that leaves it open ("Besluit van" before "Gedeputeerde Staten" is
    a decision, not a name)."""
    name = without_number(window[:end].rstrip(" ,;:"))
    words = name.split()
    return name if len(words) >= 2 and words[-1].lower() not in UNFINISHED_WORDS else None


def opening_name(line: str) -> str | None:
    """The name that opens a line a PDF's page was run into : "GEMEENSCHAPPELIJKE
    REGELING OMGEVINGSDIENST MIDDEN HOLLAND Het Algemeen Bestuur ..." (zf02, studylib),
    "Gedragscode voor de leden ... van de gemeente Bunnik 2013 Deel I: ..." (l03, adoc)."""
    if NAME_START.match(line) is None:
        return None
    end = name_end(line[:WINDOW])
    return name_before(line, end) if end is not None else None
