"""Words no name of a regulation ends in: an article, a preposition or a conjunction.

A name that ends in one was cut short: a PDF or a narrow page wrapped it after that word
("Gedragscode integriteit voor de burgemeester en de" / "wethouders ..."), a transcript's
heading stops before its body ("Besluit van" / "Gedeputeerde Staten"), or a copied
excerpt ends in it ("... van de Wet op het"). Titles, transcripts and law names read it
from this one list.
"""

from __future__ import annotations

UNFINISHED_WORDS = frozenset(
    "de het een der den van voor en of tot op in met te bij aan uit over om "
    "inzake houdende betreffende omtrent".split()
)
