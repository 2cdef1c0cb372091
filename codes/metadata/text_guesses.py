"""Guesses at the organisation from the running text, read where no stronger place names
it (`organisation.named` asks for them only then): the place most often written after
"gemeente", "provincie" or "waterschap", and the kind of body alone from words only one
kind uses ("wethouders", "Gedeputeerde Staten", "dijkgraaf")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..scan import Anchors, near
from .candidates import GUESS, Candidate
from .opening_bodies import pair

# A place named after its kind of body: "gemeente Rheden", "provincie Noord-Brabant".
_NAMED = re.compile(
    r"\b([Gg]emeente|[Pp]rovincie|[Ww]aterschap)[ \t]+"
    r"((?:De |Den |Het |'s-)?[A-Z][a-zà-ÿ]+(?:[- ](?:aan |op |en )?[A-Z][a-zà-ÿ]+)*)"
)
# The lookahead is part of every match too ("gemeente" + a name in capitals): most
# mentions of "gemeente" ("de gemeente", "gemeenteraad") then make no window at all.
_KIND_WORDS = Anchors.of(
    *(word + r"(?=[ \t]+[A-Z'])" for word in ("emeente", "rovincie", "aterschap")),
    before=1,
    after=160,
)
# Words that tell the kind of body where no name is stated: a gemeente's college is
# "B&W" ("vastgesteld in B&W op 12 juli 2005"); a decree of the Crown or a ministerial
# regulation says "Onze Minister"; only a waterschap has a dijkgraaf and (hoog)heemraden,
# lives by the Waterschapswet and calls itself "het waterschap" ("het college van
# dijkgraaf en hoogheemraden", "Dat is zo vastgelegd in de Waterschapswet"). Only the
# type, the lowest trust of all; the earliest such word decides (a gemeente's code may
# name the commissaris van de Koning, after its own wethouders).
_KIND_ONLY = (
    ("gemeente", re.compile(r"\bB(?:&amp;|&| en )W\b")),
    # Only a gemeente has wethouders, raadsleden, raadscommissies and a gemeenteraad ("Onder
    # bestuurders worden verstaan de burgemeester, de wethouders en de raadsleden"; "lid: lid van
    # een raadscommissie", a provincie's are Statencommissies), and an Algemene plaatselijke
    # verordening ("de artikelen in de huidige APV", y10; t14, u12); only a provincie
    # has Staten, gedeputeerden and a commissaris van de Koning, and a page that says "de
    # provincie" of itself ("Iedere nieuwe medewerker van de provincie is wettelijk verplicht
    # een eed- of belofte af te leggen") is a provincie's, as "het waterschap" is a waterschap's
    # and "de gemeente" or "het gemeentehuis" a gemeente's ("De gemeente neemt binnen vier weken
    # een besluit", u13's Woo page; u14, h09). Gemeenteraden are a gemeente's too ("besluiten van
    # gemeenteraden", v05: the toelichting on a regeling of six gemeenten). So is "het
    # gemeentebestuur" in the singular, of itself ("diensten door of vanwege het gemeentebestuur
    # verstrekt", the leges and precario verordeningen: xf07, which names no gemeente). A raad
    # that meets in a "raadsvergadering" and is sent a "raadsvoorstel" is a gemeenteraad (Staten
    # meet in a Statenvergadering, an algemeen bestuur in its own): ut09's "Voorstel aan de Raad
    # ... Raadsvergadering: 17 december 2014", which names no gemeente. A page that speaks of
    # itself "als gemeente" is a gemeente's: "Als gemeente verstrekken wij uit eigen beweging al
    # veel informatie" (vh12, Eindhoven's Woo page; "die we als gemeente willen aannemen", x10).
    (
        "gemeente",
        re.compile(
            r"\b(?:[Ww]ethouders?|[Rr]aadsle(?:den|d)|[Gg]emeentera(?:ad(?:sleden)?|den)|[Rr]aadscommissies?|"
            r"[Rr]aadsvergadering(?:en)?|[Rr]aadsvoorstel(?:len)?|"
            r"APV|Algemene [Pp]laatselijke [Vv]erordening|[Dd]e gemeente|[Hh]et gemeentehuis|"
            r"[Hh]et gemeentebestuur|[Aa]ls gemeente)\b"
        ),
    ),
    (
        "provincie",
        re.compile(
            r"\b(?:Provinciale Staten|Gedeputeerde Staten|[Gg]edeputeerden?|[Ss]tatenle(?:den|d)|"
            r"[Cc]ommissaris van de Koning|Provinciewet|Provincies|[Dd]e provincie)\b"
        ),
    ),
    ("other", re.compile(r"\bOnze Minister\b")),
    (
        "waterschap",
        re.compile(r"\b(?:[Dd]ijkgraaf|(?:[Hh]oog)?heemraden|Waterschapswet|[Hh]et waterschap)\b"),
    ),
)
# The words each _KIND_ONLY match starts with, in one pattern that starts with a literal in
# every branch (codes/scan.py): one scan finds where the first of them may stand, instead of
# five patterns that open with "\b" each tried at every position of the head.
_KIND_START = re.compile(
    r"B&|B en |Wethouder|wethouder|Raadsle|raadsle|Raadsv|raadsv|Gemeentera|gemeentera|Raadscommissie|"
    r"raadscommissie|APV|Algemene |De gemeente|de gemeente|Het gemeente|het gemeente|"
    r"Als gemeente|als gemeente|"
    r"Provinciale Staten|Gedeputeerde|gedeputeerde|Statenle|statenle|"
    r"Commissaris van de Koning|commissaris van de Koning|Provinciewet|Provincies|De provincie|"
    r"de provincie|Onze Minister|Dijkgraaf|dijkgraaf|Hoogheemraden|hoogheemraden|heemraden|"
    r"Waterschapswet|Het waterschap|het waterschap"
)
_KIND_WINDOW = 6000
# A text that speaks of the decentral bodies together before any word of one kind is about
# all of them, a national body's (a ministry's news on the "Wet bevorderen integriteit en
# functioneren decentraal bestuur", which then names the commissaris van de Koning, zp09; also
# zj04's "decentrale politieke ambtsdragers" and w13's "decentrale overheden", settled
# otherwise). Its kind word tells no kind. Not "decentrale politieke partijen" (f04, a
# waterschap's nota citing BZK's handreiking for them). Starts with its literal ("d" or "D"
# before it).
_ALL_KINDS = re.compile(
    r"ecentra(?:al|le)[ \t]+(?:bestuur|overhe(?:id|den)|politieke[ \t]+ambtsdragers)\b"
)
_NOT_A_NAME = {"Gemeentewet", "Nederland", "Nederlandse", "Europese", "De", "Het"}


def named_in_text(text: str) -> Iterator[Candidate]:
    """The name most often written after "gemeente", "provincie" or "waterschap"."""
    counts: Counter[str] = Counter()
    earliest: dict[str, re.Match] = {}
    for match in near(_NAMED, text, _KIND_WORDS):
        name = match.group(2).split(" en ")[0]
        if name.split()[0] in _NOT_A_NAME and len(name.split()) == 1:
            continue
        counts[name] += 1
        earliest.setdefault(name, match)
    if counts:
        match = earliest[counts.most_common(1)[0][0]]
        name = match.group(2).split(" en ")[0]
        yield from pair(
            name,
            match.group(1).lower(),
            match.start(2),
            match.start(2) + len(name),
            "text",
            GUESS - 2,
        )


def kind_word(head: str) -> tuple[re.Match, str] | None:
    """The first word of the head that tells the kind of body (`_KIND_ONLY`), and the kind;
    of two at one place, the one listed first. What the five searches give, in one scan.
    After words for all decentral bodies (`_ALL_KINDS`) the kind is "other"."""
    start = _KIND_START.search(head, 0, _KIND_WINDOW)
    while start is not None:
        at = start.start()
        for kind, pattern in _KIND_ONLY:
            if word := pattern.match(head, at, _KIND_WINDOW):
                return word, "other" if _ALL_KINDS.search(head, 0, at) else kind
        start = _KIND_START.search(head, at + 1, _KIND_WINDOW)
    return None
