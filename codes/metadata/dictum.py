"""The date in force that a decision's dictum states (`in_force_from`).

The dictum is written in the infinitive: "... vast te stellen en per 1 april 2026 in werking
te laten treden" (ze01), "... in werking te laten treden met ingang van 1 januari 2013"
(zh09), "... vast te stellen, met terugwerkende kracht vanaf 1 januari 2015" (uk02), and the
date may follow the name of what is adopted, within its item: "Vast te
stellen: 1. De Gedragscode integriteit volksvertegenwoordigers in Eijsden-Margraten 2025 per
1 juni 2025 (bijlage 1)" (zm01). The sentences in the indicative ("treedt in werking op
...") are `in_force.in_force_from`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import DATE, parse_date
from ..scan import Anchors, lowered, near
from .candidates import SENTENCE, Candidate
from .in_force import other_clause

# An item ends at a full stop, a semicolon, a colon or the line's end, so the date of the
# next item ("2. De Gedragscodes ... in te trekken per 1 juni 2025") is not the first's.
_ITEM = r"[^.;:\n]{0,250}?"
_DICTUM = re.compile(
    rf"(?:per|op|met\s+ingang\s+van)\s+({DATE}),?\s+in\s*werking\s+te\s+laten\s+treden"
    rf"|in\s*werking\s+te\s+laten\s+treden\s+(?:per|op|met\s+ingang\s+van)\s+({DATE})"
    rf"|vast\s+te\s+stellen\s*:?\s*(?:[•-]\s*)?(?:\d{{1,2}}[.)]\s+)?{_ITEM}"
    # "... vast te stellen, met terugwerkende kracht vanaf 1 januari 2015" (uk02): the
    # date a retroactive decision applies from is its date in force, as `in_force`'s
    # "werkt terug tot en met".
    rf"\s(?:per|met\s+ingang\s+van|met\s+terugwerkende\s+kracht\s+(?:vanaf|tot\s+en\s+met))"
    rf"\s+(?P<adopted>{DATE})"  # the date after what the decision adopts
)
_ANCHORS = Anchors.of(r"werking", r"vast te stellen", before=40, after=320)
# A proposal's dictum is what the proposal asks, not what was decided: "Het college van
# burgemeester & wethouders stelt voor: ... 2. De Nota ... vast te stellen en inwerking te
# laten treden per 1 januari 2020" (x03, a raadsvoorstel), "Voorgesteld besluit".
_PROPOSED = re.compile(r"stel(?:t|len)\s+(?:u\s+)?voor\b|voorgestelde?\s+besluit")
_PROPOSED_REACH = 600


def in_force_from(text: str) -> Iterator[Candidate]:
    """The date in force of the first dictum that states one, unless a proposal's."""
    low = lowered(text)
    for match in near(_DICTUM, low, _ANCHORS):
        group = next(g for g in range(1, _DICTUM.groups + 1) if match.group(g))
        value = parse_date(match.group(group))
        start = match.start()
        proposed = _PROPOSED.search(low, max(0, start - _PROPOSED_REACH), start)
        adopted = match.group("adopted") is not None
        if value and proposed is None and not other_clause(low, start, adopted):
            yield Candidate("in_force_from", value, *match.span(group), "dictum", SENTENCE)
            return
