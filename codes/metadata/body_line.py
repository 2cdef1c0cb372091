"""The body named alone on the line under the regulation's title, where the copy lost the
preamble's words after it.

The Gemeenteblad sets the preamble's labels ("Gelet op", "Overwegende dat", "Besluiten") in
cells of their own, and a copy of the page may drop them, so that the body that opens the
preamble stands under the title with no word after it that `adopter` reads:
"Beleidsregels toezicht en handhaving kinderopvang Twenterand 2026" / "Burgemeester en
wethouders van Twenterand;" / "Bepalingen van de Wet kinderopvang ..." (zz11), "Gemeenschappelijke
regeling Zaffier" / "De colleges van Burgemeester en Wethouders van de gemeenten Alkmaar, ...,
Dijk en Waard en Uitgeest," / "Genoemde gemeenten ..." (r15; zr12's GGD Brabant-Zuidoost the
same, its list closed by a full stop). Under a title, a line that holds nothing but bodies and
the names of their organisations is that opening: a definition's value ("a. minister:" /
"Minister van Sociale Zaken en Werkgelegenheid;", d15) or a notice's body whose verb follows
("Provinciale Staten van Limburg," / "maken ... bekend", under the publication's row, zt05)
stands under no title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import lowered
from .adopter import BODIES, candidate
from .candidates import SENTENCE, Candidate
from .name_edges import NAME_START

_HEAD = 3000
# The bodies, "van", their organisations' names, and the line's closing stop.
_BODY_LINE = re.compile(rf"{BODIES}\s+van\s+(?P<names>[^\n;:]{{1,800}}?)[;,.][ \t]*$", re.M)
# The lowercase words of organisations' names ("de gemeenten ... Son en Breugel", "Alphen aan
# den Rijn", "Bergen op Zoom"); any other lowercase word makes the line a sentence.
_NAME_WORDS = frozenset(
    {"de", "het", "van", "en", "der", "den", "aan", "op", "gemeente", "gemeenten", "waterschap"}
)


def adopted_by(text: str, candidates: list[Candidate]) -> Iterator[Candidate]:
    """The bodies on the line under the title, where no preamble names the body."""
    if any(c.field == "adopted_by" and c.rule == "preamble" for c in candidates):
        return
    head = text[:_HEAD]
    # A slice of the whole text's cached copy: a copy of the head alone would evict the
    # whole text's from `lowered`'s two entries, and the references would make it again.
    low = lowered(text)[:_HEAD]
    position = 0
    while (end := head.find("\n", position)) >= 0:
        if NAME_START.match(head[position:end].strip()):
            start = end
            while start < len(head) and head[start].isspace():
                start += 1  # the next line that holds words
            match = _BODY_LINE.match(low, start)
            if match is not None and head[start].isupper() and _names(head, match):
                yield candidate(match, "body under title", SENTENCE)
                return
        position = end + 1


def _names(head: str, match: re.Match) -> bool:
    """Whether the words after "van" are names only (`_NAME_WORDS`), as the source writes them."""
    words = head[match.start("names") : match.end("names")].replace(",", " ").split()
    return all(word[0].isupper() or word in _NAME_WORDS for word in words)
