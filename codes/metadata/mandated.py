"""An official who decides by mandate, named where a body would open the preamble.

A verkeersbesluit or an ondermandaatbesluit is taken by an official in the body's name: "Het
afdelingshoofd beleid waterkeringen en wegen van waterschap Scheldestromen, / gelet op ..."
(zv05), "De directeur van de Omgevingsdienst Midden-Holland, voor zover het zijn bevoegdheid
betreft; / Gelet op:" (zf10). No body of the vocabulary decided: `adopted_by` is "other". Read
below a body's own rules (`adopter.adopted_by`): where a body opens the preamble with its
officials after it ("Het dagelijks bestuur ..., / De secretaris-directeur voor zover ...", j15),
the body decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .candidates import SENTENCE, Candidate

# One official by function, at a line's start, the preamble's first words on the next line
# that holds any. The plural ("De directeuren voor zover ...", j15) is a list of officials
# after a body, never the preamble's opening.
_OFFICIAL = re.compile(
    r"(?im)^[ \t•*-]*(?P<official>(?:het|de)\s+(?:afdelingshoofd|hoofd\s+van\s+de\s+afdeling|"
    r"directeur|gemeentesecretaris|secretaris-directeur|teamleider|teammanager|sectorhoofd)\b)"
    r"[^;\n]{0,160}[,;:]?[ \t]*\n(?:[ \t]*\n)*[ \t•*-]*(?:gelet|gelezen|gezien|overwegende)\b"
)
# How far into the text the preamble stands (`adopter._HEAD`).
_HEAD = 6000


def adopted_by(text: str) -> Iterator[Candidate]:
    """'other' where an official opens the preamble (`_OFFICIAL`), the first such."""
    match = _OFFICIAL.search(text, 0, _HEAD)
    if match is not None:
        start, end = match.span("official")
        yield Candidate("adopted_by", "other", start, end, "mandated official", SENTENCE)
