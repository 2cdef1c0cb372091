"""The regulation's name as its own sentences state it, where no title line does: the
citation clause ("wordt aangehaald als: X"), the decision that adopts it ("besluit: vast
te stellen de Gedragscode ... 2015"), the sentence that announces its text ("... en luidt
zij als volgt:" and the name on the next line), and a page's sentence that says it was
adopted ("De 'X' is door de gemeenteraad vastgesteld op ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..scan import Anchors, first, near
from .candidates import GUESS, LINE, SENTENCE, Candidate
from .furniture import is_furniture
from .name_edges import REGULATION

_ENACT_WORDS = Anchors.of("vast te stellen", before=200, after=260)  # in every _ENACTED match
_CITED_AS = re.compile(
    r"(?:aangehaald|geciteerd|worden aangehaald) (?:wordt )?als:?\s*[\"“'‘]?(.+?)[\"”'’]?"
    r"(?:\.\s*$|\.\s+[A-Z]|$)",
    re.M,
)
_CITED_WORDS = (
    "aangehaald",
    "geciteerd",
    "worden aangehaald",
)  # what every _CITED_AS match starts with
# "besluit: vast te stellen de Gedragscode ... 2015", "de Verordening X vast te stellen". Before
# the verb the decision may say how it adopts: "de Actualisatie 2025 Omgevingsverordening
# Overijssel gewijzigd vast te stellen" (xn02), "opnieuw vast te stellen" (s07); the adverb
# or participle goes with the verb, not with the name.
_ENACTED = re.compile(
    r"(?:vast te stellen[:\s]+(?:de (?:volgende|navolgende) \w+:\s*)?(?:(?:de|het)\b\s*:?\s*)?[\"“‘']?"
    r"(?P<after>[A-Z][^\n;:\"”’]{4,200}?)[\"”’']?\s*(?:[.;:\n]|$)"
    r"|\b(?:[Dd]e|[Hh]et)\s+[\"“‘']?(?P<before>[A-Z][^\n;:\"”’]{4,160}?)[\"”’']?"
    r"(?:\s+(?:gewijzigd|opnieuw|ongewijzigd))?\s+vast te stellen)"
)
# "De 'X' is door de gemeenteraad vastgesteld op ...": a quoted name, then "is" or "werd",
# up to 80 characters for who adopted it, then "vastgesteld". Without the quotes a name has
# no edge; "die is vastgesteld" (a relative clause) dates another regulation.
_QUOTED_ADOPTED = re.compile(
    r"[\"“‘'](?P<name>[A-Z][^\"”’'\n]{4,200}?)[\"”’']\s+(?:is|werd)\s+(?:[^.\n]{0,80}?\s)?vastgesteld\b"
)
_ADOPTED_WORDS = Anchors.of("vastgesteld", before=300, after=12)
# The name on the line after the sentence that announces the text: "Met ingang van 1 januari
# 2018 draagt de gemeenschappelijke regeling de naam: ... en luidt zij als volgt:" and the
# next line "Gemeenschappelijke Regeling GGD-VT Haaglanden". "komt als volgt te luiden:" in
# an amendment announces a quoted provision, not a name.
_ANNOUNCED = re.compile(
    r"\bluidt(?:\s+(?:zij|hij|het|deze|de\s+\w+))?\s+als\s+volgt\s*:[ \t]*\n\s*"
    r"(?P<name>[A-Z][^\n]{7,160}?)[ \t]*\n"
)
_ANNOUNCED_WORDS = Anchors.of(r"als\s+volgt", before=40, after=200)


def cited_as(text: str) -> Iterator[Candidate]:
    """ "Deze regeling wordt aangehaald als: X"."""
    at = first(text, _CITED_WORDS)
    match = _CITED_AS.search(text, at) if at >= 0 else None
    if match:
        value = match.group(1).strip(" :")
        yield Candidate(
            "citeertitel",
            value,
            match.start(1),
            match.start(1) + len(value),
            "citation clause",
            SENTENCE + 1,
        )


def enacted(text: str) -> Iterator[Candidate]:
    """The name the decision gives the regulation it adopts, when no title line states it."""
    for match in near(_ENACTED, text[:30000], _ENACT_WORDS):
        group = "after" if match.group("after") else "before"
        name = match.group(group).strip().rstrip(".,")
        if group == "after":
            name = _before_run_in_heading(name)
        if name.count("(") > name.count(")"):
            # The name stopped at a full stop inside a bracket: "... Heerde 2019 (incl. 1e
            # wijziging)." The bracket is a note on the version, the name ends before it.
            name = name[: name.rindex("(")].rstrip()
        # A PDF may set the name in capitals: "vast te stellen de: VERORDENING STARTERSLENING
        # GEMEENTEN GRAAFSTROOM, LIESVELD EN NIEUW-LEKKERLAND 2012" (xb11; zc07 the same).
        if re.search(REGULATION, name.lower() if name.isupper() else name):
            yield Candidate(
                "title", name, match.start(group), match.start(group) + len(name), "decision", GUESS
            )
            return


# The dictum of a STOP decision (the Gemeenteblad's template for an omgevingsdocument or a
# programme): 'Besluit: "Programma Duurzaamheid" opgenomen in Bijlage A vast te stellen.'
# (xy05), '"Omgevingsplan gemeente Oost Gelre" opgenomen in Bijlage A wordt vastgesteld.'
# (zh01). The template quotes what it adopts, so any name goes (a programme has no regulation
# word); a draft laid open for inspection ("... opgenomen in Bijlage A voor ontwerp ter
# inzage wordt gelegd", xy07) is not adopted.
_STOP_DICTUM = re.compile(
    r"[\"“”‘'](?P<name>[A-Z][^\"“”’'\n]{3,200}?)\s*[\"”’']\s+opgenomen\s+in\s+[Bb]ijlage\s+\w+\s+"
    r"(?:vast\s+te\s+stellen|wordt\s+vastgesteld)\b"
)
_STOP_WORDS = Anchors.of("opgenomen in", before=220, after=60)


def stop_dictum(text: str) -> Iterator[Candidate]:
    """The name a STOP decision's dictum quotes as what it adopts, where no title line states it."""
    for match in near(_STOP_DICTUM, text[:30000], _STOP_WORDS):
        name = match.group("name").strip()
        start = match.start("name")
        yield Candidate("title", name, start, start + len(name), "STOP dictum", GUESS)
        return


# A PDF copied as one line goes on from the name to the first heading: "vast te stellen de:
# Verordening zuiveringsheffing waterschap Hollandse Delta 2018 Begripsbepalingen Artikel 1
# Deze verordening verstaat onder:" (zc01). A name cites an article in lowercase or in
# brackets ("Beleidsregel artikel 13b Opiumwet"), never a capitalised heading word.
_RUN_IN_HEADING = re.compile(r"\s(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Paragraaf|§)\s*[\dIVX]")
# ... and the article's title before its number, after the year that ends the name.
_TITLE_AFTER_YEAR = re.compile(r"(?<=\b(?:19|20)\d\d)\s+[A-Z][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3}$")


def _before_run_in_heading(name: str) -> str:
    heading = _RUN_IN_HEADING.search(name)
    if heading is None:
        return name
    return _TITLE_AFTER_YEAR.sub("", name[: heading.start()]).rstrip()


def announced(text: str) -> Iterator[Candidate]:
    """The name on the line after "... en luidt zij als volgt:", where no title line states it."""
    for match in near(_ANNOUNCED, text[:30000], _ANNOUNCED_WORDS):
        name = match.group("name")
        if (
            re.search(REGULATION, name)
            and not name.endswith((".", ",", ";", ":"))
            and not re.match(r"(?i)(?:artikel|hoofdstuk|paragraaf|§)\s", name)
            and not is_furniture(name)
        ):
            start = match.start("name")
            yield Candidate("title", name, start, start + len(name), "announced name", LINE)
            return


def quoted_adopted(text: str) -> Iterator[Candidate]:
    """The name a page gives in quotes where it says it was adopted: "De 'Gedragscode voor
    politiek ambtsdragers van de gemeente Winterswijk' is door de gemeenteraad vastgesteld
    op 26 januari 2012." A web page about a code heads it with a bare word ("Gedragscode");
    the sentence names the code in full."""
    for match in near(_QUOTED_ADOPTED, text[:30000], _ADOPTED_WORDS):
        name = match.group("name").strip()
        if re.search(REGULATION, name):
            start = match.start("name")
            yield Candidate("title", name, start, start + len(name), "adoption sentence", SENTENCE)
            return
