"""An abbreviation that two laws share: which of them a text means.

"Wvg" is the Wet voorkeursrecht gemeenten and the Wet voorzieningen gehandicapten
(repealed 2007); "WVG" is written for both. A verordening voorzieningen gehandicapten
of 2005 that cites "artikel 1, lid 2 tot en met 7 WVG" means the latter. A reader
decides by what the text is about: the claimant whose subject ("voorzieningen
gehandicapten", the name without its head word) the text writes; where the text
writes both subjects or neither, the claimant in force on the text's date; else the
one still in force.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .law import Law, Mention

# The head of a title that every law shares, dropped to leave its subject.
_HEAD = re.compile(r"^(?:wet|besluit|regeling)\s+(?:op\s+(?:de|het)\s+|inzake\s+)?")


def subject(law: Law) -> str:
    """ "Wet voorzieningen gehandicapten" -> "voorzieningen gehandicapten"."""
    return _HEAD.sub("", law.name.lower())


def meant(claimants: tuple[Law, ...], low: str, day: Callable[[], str | None]) -> Law:
    """The claimant a text means; `low` is the text in lowercase, `day()` its date."""
    about = [law for law in claimants if subject(law) in low]
    if len(about) == 1:
        return about[0]
    when = day()
    if when:
        in_force = [
            law
            for law in claimants
            if (law.repealed_on or "9999") > when and (law.in_force_from or "") <= when
        ]
        if len(in_force) == 1:
            return in_force[0]
    current = [law for law in claimants if not law.repealed_on]
    return current[0] if current else claimants[0]


def disambiguate(
    mentions: list[Mention],
    text: str,
    low: str,
    shared: dict[str, tuple[Law, ...]],
    day: Callable[[], str | None],
) -> list[Mention]:
    """`mentions` with each shared abbreviation given the law the text means."""
    if not shared:
        return mentions
    chosen: dict[str, Law] = {}
    found = []
    for mention in mentions:
        spelling = text[mention.start : mention.end]
        claimants = shared.get(spelling) if mention.via == "abbreviation" else None
        if claimants:
            if spelling not in chosen:
                chosen[spelling] = meant(claimants, low, day)
            mention = replace(mention, law=chosen[spelling])
        found.append(mention)
    return found
