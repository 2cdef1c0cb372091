"""Where a citation starts: the word "artikel" in its spellings, before a number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import lowered

# "artikel", "artikelen", "art.", "artt.", "Artikel", "ARTIKEL", OCR "IArtikel" is repaired earlier.
# A model regulation marks its optional words with square brackets, and a gelet op copied
# from it keeps them: "[de ]artikel[en] [3.1.1, vijfde lid,] 3.1.3" (f10), "2.12 [en 8.1.1,
# vierde lid,] van de Jeugdwet" (p08). The brackets join the words they hold like commas.
# A model leaves the number open in round brackets too: "de artikel(en) 216, 219 en 229,
# eerste lid, ... van de Gemeentewet" (xa04) is a plural, as "artikelen" is.
ANCHOR = re.compile(
    r"(?:[Aa]rt(?:ikel(?:en|s|\[en\]|\(en\))?|t?\.|(?=\s+\d))|ARTIKEL(?:EN)?)\s*\[?"
    r"(?=\d|[IVX]+\b|[A-Z]\s?\d)"
)
_ART = re.compile("art")  # every ANCHOR starts with it, on the lowercase copy (scan.lowered)


def anchors(text: str) -> Iterator[re.Match[str]]:
    """`ANCHOR.finditer(text)`, which opens with a class and so is tried at every
    position: tried only where "art" stands in any case (no anchor holds another)."""
    for art in _ART.finditer(lowered(text)):
        if (anchor := ANCHOR.match(text, art.start())) is not None:
            yield anchor
