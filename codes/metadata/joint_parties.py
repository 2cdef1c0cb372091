"""The parties of a regulation that several public bodies enter together, a
gemeenschappelijke regeling: where its preamble opens with them, it is none of theirs
(`metadata.extract_metadata`), and only their kinds are read."""

from __future__ import annotations

import re

from ..scan import first, line_start

# The parties that open a regulation entered into by several bodies, a gemeenschappelijke
# regeling: "De colleges van burgemeester en wethouders van de gemeenten Asten, Bergeijk, ...",
# the organ in the plural followed by "van", "en" or a comma, as every such opening in the
# devset is; not a sentence about them ("De gemeenteraden in de Kromme Rijn Heuvelrug ...
# laten de schulddienstverlening uitvoeren door de RDWI", zh05).
# "Het college van gedeputeerde staten van de provincie Utrecht en de colleges van ...", "De
# dagelijkse besturen van de waterschappen ..., en de colleges van ...". The organ in the plural
# opens the clause: at a line's start, glued to the intitulé ("... (PG&Z)De colleges van",
# "... Rottemeren 2024De colleges van", zj11) or, in a transcript's one line, after the name's
# year ("... Utrecht 2015 De colleges van").
_PARTIES = re.compile(
    r"(?:^[ \t]*|(?<=\d )|(?<=[\d)]))(?:De (?:colleges|raden|gemeenteraden|dagelijkse besturen|"
    r"algemene besturen|besturen)(?=[ \t]*(?:,|en\b|van\b))|Het college van [^\n;]{0,80}? en de colleges\b)"
    r"[^\n;]{0,800}",
    re.M,
)
# What every _PARTIES match holds on its line.
_PARTIES_WORDS = (
    "De colleges",
    "De raden",
    "De gemeenteraden",
    "De dagelijkse besturen",
    "De algemene besturen",
    "De besturen",
    "Het college van ",
)
_ARTICLE = re.compile(r"(?m)^[ \t]*Artikel\s+\d")
# The clause ends where the considerations or the legal basis begin.
_PARTIES_END = re.compile(r"(?i)\b(?:overwegende|overwegen|gelet op|gezien|gelezen|besluiten)\b")
# What tells the kind of each party.
_PARTY_KINDS = (
    ("gemeente", re.compile(r"gemeente|burgemeester")),
    ("waterschap", re.compile(r"waterscha|hoogheemraadscha|dijkgraaf|wetterskip")),
    ("provincie", re.compile(r"provincie|gedeputeerde staten|provinciale staten")),
)
# The parties are read where the preamble opens, before the body's first article.
_PARTIES_WINDOW = 4000


def parties(text: str) -> tuple[set[str], int, int] | None:
    """The kinds of the bodies that enter a regulation together, where its preamble opens
    with several ("De colleges van burgemeester en wethouders van de gemeenten ..."): such
    a regulation is no one body's, whichever of them publishes it. The kinds and the clause's
    span; None where one body adopts it."""
    head = text[:_PARTIES_WINDOW]
    at = head.find("Artikel")
    article = _ARTICLE.search(head, line_start(head, at)) if at >= 0 else None
    end = article.start() if article else len(head)
    at = first(head, _PARTIES_WORDS, end)
    match = _PARTIES.search(head, line_start(head, at), end) if at >= 0 else None
    if match is None:
        return None
    clause = match.group()
    if end := _PARTIES_END.search(clause):
        clause = clause[: end.start()]
    clause = clause.lower()
    kinds = {kind for kind, words in _PARTY_KINDS if words.search(clause)}
    return (kinds, match.start(), match.start() + len(clause)) if kinds else None
