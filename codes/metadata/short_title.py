"""The short title (citeertitel) a title ends with in brackets: "Besluit van de raad ...
houdende ... (Gedragscode X 2024)"."""

from __future__ import annotations

import re

from .candidates import LINE, Candidate

_SHORT_TITLE = re.compile(r"\(([^()]{8,200})\)\.?$")
# A bracket that numbers the version is no short title: "... Omgevingsverordening NH2022
# (vierde herziening)" (xn10), "(tweede wijziging)" (c03), "(eerste wijziging)" (n09), "(vierde
# wijziging)" (o14), and also not in figures, "(1e wijziging)", which the test below would pass
# for its digit. The ordinals all end in -ste or -de ("1e", "eerste", "achtste", "derde").
_VERSION_NOTE = re.compile(r"(?i)(?:\d+e|\d*[a-z]*(?:ste|de))\s+(?:wijziging|herziening)")
# A short title names a regulation: its kind's word, in a compound too ("Organisatieverordening
# Bonaire", "Vergoedingenregeling waterschapsverkiezingen 2015"), or its year or number ("ASV
# 2017"). A page's heading whose bracket names a body, "Meldregeling Integriteit (Huis voor
# Klokkenluiders)" (xl12), gives none.
_NAMES_A_REGULATION = re.compile(
    r"(?i)verordening|regeling|besluit|reglement|code|beleid|regels|protocol|keur|statuut|"
    r"instructie|mandaat|\d"
)


def short_title(title: Candidate) -> Candidate | None:
    """The short title a title ends with in parentheses: "... (Gedragscode X 2024)"."""
    match = _SHORT_TITLE.search(title.value)
    if (
        match is None
        or match.group(1).lower().startswith(("hierna", "zie "))
        or _VERSION_NOTE.fullmatch(match.group(1).strip())
        or not _NAMES_A_REGULATION.search(match.group(1))
    ):
        return None
    start = title.start + match.start(1)
    return Candidate(
        "citeertitel", match.group(1).strip(), start, start + len(match.group(1)), "title", LINE
    )
