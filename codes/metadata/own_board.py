"""The bestuur of a named body that states its own adoption: "Het bestuur van het Huis voor
klokkenluiders heeft op 15 maart 2021 dit adviesprotocol vastgesteld" (xg02, xm02). Such a
bestuur is the body's own board, not the algemeen bestuur of a joint body: only a body of
several bodies under the Wgr (a gemeenschappelijke regeling, a bedrijfsvoeringsorganisatie,
a samenwerkingsorganisatie) has one "bestuur" that the register records as its algemeen
bestuur ("Het bestuur van de Samenwerkingsorganisatie De Wolden Hoogeveen,", i05; "Het
bestuur van de gemeenschappelijke regeling Tribuut belastingsamenwerking;", zj15), and a
waterschap's is in the register. The name runs from "van" to the verb "heeft" on its line,
lowercase words and all (the Huis's legal name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..organisations import JOINT_KINDS, register
from ..scan import opens_line
from .candidates import SENTENCE, Candidate
from .opening_bodies import pair

_OWN_BOARD = re.compile(
    r"[ \t]*Het bestuur van (?:de |het )?(?P<name>[A-Z][^\n,;:()]{1,80}?) heeft\b"
    r"[^\n]{0,120}?\bvastgesteld\b"
)
_JOINT = re.compile(
    r"(?i:gemeenschappelijke|openbaar lichaam|bedrijfsvoerings|samenwerkings|lichaam)|"
    + "|".join(JOINT_KINDS)
)
_WORDS = "Het bestuur van "


def own_board(text: str, start: int) -> re.Match | None:
    """The named body whose own bestuur opens the line at `start` and adopts, or None."""
    board = _OWN_BOARD.match(text, start)
    if board is None:
        return None
    name = board.group("name")
    if _JOINT.match(name) or register().lookup(name) is not None:
        return None
    return board


def organisation(head: str) -> Iterator[Candidate]:
    """The body whose bestuur opens a line of the head and states its adoption, type other."""
    at = head.find(_WORDS)
    while at >= 0:
        if opens_line(head, at) and (board := own_board(head, at)) is not None:
            name = board.group("name")
            yield from pair(
                name, "other", board.start("name"), board.end("name"), "preamble", SENTENCE
            )
            return
        at = head.find(_WORDS, at + 1)
