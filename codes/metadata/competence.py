"""The body a decision names as competent, where it decides in the first person.

A decision that applies the law often opens by saying who may take it ("Bevoegdheid / Op grond
van artikel 18, lid 1, sub d, van de Wegenverkeerswet 1994 (WVW) is het college van burgemeester
en wethouders bevoegd tot het nemen van verkeersbesluiten", uz05, the Staatscourant's
verkeersbesluit) and then decides as "wij" ("Wij besluiten ...", "besluiten wij ..."): the
"wij" is that competent body. Without the first-person dictum the clause only states a power
(an article's "het college is bevoegd tot het nemen van besluiten over ..."), and is not read.
"""

from __future__ import annotations

import re

from ..scan import Anchors, near
from .body_terms import SINGLE

# "is het college ... bevoegd" (inverted after "Op grond van ...") or "het college is (op grond
# van ...) bevoegd", then "tot het nemen van" a decision or a kind of decisions.
_TAKES = r"\s+bevoegd\s+tot\s+het\s+nemen\s+van\s+(?:dit\s+|deze\s+|een\s+|het\s+)?[a-z]*besluit(?:en)?\b"
_COMPETENT = re.compile(
    rf"\b(?:is|zijn)\s+(?P<bodies>{SINGLE}(?:\s+van\s+[^,.;\n]{{1,60}}?)?){_TAKES}"
    + rf"|(?P<first>{SINGLE})(?:\s+van\s+[^,.;\n]{{1,60}}?)?\s+(?:is|zijn)\s+(?:[^.;\n]{{0,120}}?\s)?"
    + _TAKES.removeprefix(r"\s+")
)
_FIRST_PERSON = re.compile(r"\bwij\s+besluiten\b|\bbesluiten\s+wij\b")
# Searched only around "besluiten" (`scan.near`): `re` tries "\b" at every place of the text.
_FIRST_PERSON_ANCHORS = Anchors.of("besluiten", before=12, after=12)


def competent_body(low: str) -> re.Match | None:
    """The clause naming the competent body, in lowered text whose dictum is "wij"'s; its
    group "bodies" or "first" holds the body's words."""
    if next(near(_FIRST_PERSON, low, _FIRST_PERSON_ANCHORS), None) is None:
        return None
    return _COMPETENT.search(low)
