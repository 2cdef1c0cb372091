"""Joint bodies named after the place they serve: "Omgevingsdienst Regio Arnhem", "GGD
Drenthe", "Veiligheidsregio Zeeland". The register's scan leaves the place's name inside
such a name alone (`organisations._JOINT_BEFORE`); the body itself, outside the register,
is read here, of type other, as a guess: a preamble, label or heading that names the
adopting body outranks it, and the parties of a gemeenschappelijke regeling take it away
(`metadata.extract_metadata`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..many_words import WordPlaces
from ..organisations import JOINT_KINDS, register
from ..scan import first, word_char
from .candidates import GUESS, Candidate
from .opening_bodies import pair

# The kind's word, an optional "Regio", and the place: one to four capitalised words (with
# "aan", "op", "en", "den", "de" between them), or a hyphenated name ("Brabant-Zuidoost").
_JOINT_NAME = re.compile(
    rf"(?:{'|'.join(JOINT_KINDS)})(?:[ \t]+Regio)?[ \t]+"
    r"(?P<place>[A-Z][\w'-]*(?:[ \t]+(?:aan|op|en|den|de|[A-Z])[\w'-]*){0,3})"
)


# The 25 regions of the bijlage of the Wet veiligheidsregio's: the veiligheidsregio's, and the
# GGD's that serve the same gemeenten, are named after them. Most are no register name, a
# provincie's with its part ("GGD Gelderland-Zuid", va11) or a region's ("GGD Twente", va12).
SAFETY_REGIONS = frozenset(
    {
        "Groningen", "Fryslân", "Drenthe", "IJsselland", "Twente", "Noord- en Oost-Gelderland",
        "Gelderland-Midden", "Gelderland-Zuid", "Utrecht", "Noord-Holland-Noord",
        "Zaanstreek-Waterland", "Kennemerland", "Amsterdam-Amstelland", "Gooi en Vechtstreek",
        "Haaglanden", "Hollands Midden", "Rotterdam-Rijnmond", "Zuid-Holland-Zuid", "Zeeland",
        "Midden- en West-Brabant", "Brabant-Noord", "Brabant-Zuidoost", "Limburg-Noord",
        "Zuid-Limburg", "Flevoland",
    }
)  # fmt: skip


def _known_place(place: str) -> bool:
    return register().lookup(place) is not None or " ".join(place.split()) in SAFETY_REGIONS


def joint_body(head: str, places: WordPlaces | None = None) -> Iterator[Candidate]:
    """The first joint body of `head` whose name ends in a register name or a safety
    region's, type other."""
    at = first(head, JOINT_KINDS, places=places)
    while at >= 0:
        match = _JOINT_NAME.match(head, at)
        # The whole place is a register name: "Omgevingsdienst Zuid-Holland Zuid" is no
        # "Omgevingsdienst Zuid-Holland" (zj03), a name is never cut.
        if match is not None and not word_char(head, at - 1) and _known_place(match.group("place")):
            end = match.end("place")
            name = " ".join(head[at:end].split())
            yield from pair(name, "other", at, end, "joint body", GUESS)
            return
        at = first(head, JOINT_KINDS, start=at + 1, places=places)
