"""The act a royal decree executes: its "de wet".

An algemene maatregel van bestuur opens "Op de voordracht van Onze Minister ...; Gelet op
<its legal bases>;" and names first the act it executes, the further bases after it:
"Gelet op de artikelen 8, 12a ... van de Wet inburgering, 18b ... van de Participatiewet, en
16 ... van de Vreemdelingenwet 2000" (zh08), "Gelet op ... van de Wet normering bezoldiging
topfunctionarissen ..., artikel 190 ... van de Provinciewet" (ze13), "Gelet op artikel 7 van
de Ambtenarenwet 2017" (p04, p15, s13). An undefined "de wet" in the decree, or in the
decree it amends ("Het Besluit inburgering wordt als volgt gewijzigd"), is that first act,
not the one its gelet op names last.
"""

from __future__ import annotations

import re

from .law import Law, Mention

# The royal decree's opening: a minister's or staatssecretaris's proposal, not "op de
# voordracht van gedeputeerde staten" of a provincial code (f01).
_PROPOSAL = re.compile(r"op de voordracht van (?:onze |de )?(?:minister|staatssecretaris)")
# The Grondwet's article 89, the general basis of every AMvB (h15), and the Awb are never
# the act a decree calls "de wet".
_NEVER_THE_ACT = {"BWBR0001840", "BWBR0005537"}


def decree_act(low: str, mentions: list[Mention]) -> Law | None:
    """The first national act the gelet op of a royal decree names; None in any other text.
    `low` is the lowercased text (`scan.lowered`)."""
    proposal = low.find("op de voordracht van ")
    if proposal == -1 or not _PROPOSAL.match(low, proposal):
        return None
    basis = low.find("gelet op ", proposal)
    if basis == -1:
        return None
    end = low.find(";", basis)
    end = len(low) if end == -1 else end
    for mention in mentions:
        if mention.start < basis:
            continue
        if mention.start >= end:
            break
        law = mention.law
        if law.national and law.kind == "wet" and law.bwb not in _NEVER_THE_ACT:
            return law
    return None
