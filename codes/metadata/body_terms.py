"""The bodies that adopt regulations: their names as decisions write them, and the one term
of `VOCABULARY` each name stands for (`term`), so that a researcher can count raad against
college across codes.
"""

from __future__ import annotations

import re

VOCABULARY = (
    "gemeenteraad",
    "college van burgemeester en wethouders",
    "burgemeester",
    "provinciale staten",
    "gedeputeerde staten",
    "commissaris van de koning",
    "algemeen bestuur",
    "dagelijks bestuur",
    "voorzitter",
    "other",
)
# The bodies of several organisations that decide together, in the plural: "De colleges van
# burgemeester en wethouders van de gemeenten Delft, Den Haag, ...", "De raden en de colleges
# ...", "De dagelijkse besturen van het Waterschap Groot Salland, ..." (a gemeenschappelijke
# regeling's parties).
PLURAL = (
    r"colleges\s+van\s+(?:burgemeester\s+en\s+wethouders|gedeputeerde\s+staten|"
    r"dijkgraaf\s+en\s+(?:hoog)?heemraden)|colleges|raden|burgemeesters|(?:dagelijkse|algemene)\s+besturen"
)
# A body's name as decisions write it (lowercase: the rules read `lowered`), longest
# first so that "burgemeester en wethouders" is not read as "burgemeester", nor the Raad van
# State, a national body, as a gemeenteraad ("DE RAAD VAN STATE, / Gelet op ...", zp15; "De
# Raad van State gehoord" in the royal decrees j14, w15, zo09 and zq01). "De Staten der
# provincie Zeeland" is the older spelling of provinciale staten (the Provinciewet of 1850 says
# "de Staten"; xd10's preamble; "Gedeputeerde Staten der provincie Groningen", s03, is read as
# gedeputeerde staten, the longer name at the same place). A plusregio's algemeen bestuur is
# its "regioraad" (uq09), no gemeenteraad.
NAMES = (
    r"college\s+van\s+burgemeester\s+en\s+wethouders|"
    r"burgemeester\s+en\s+wethouders|b\s?&\s?w|college\s+van\s+gedeputeerde\s+staten|gedeputeerde\s+staten|"
    r"provinciale\s+staten|staten\s+der\s+provincie|(?:college\s+van\s+)?dijkgraaf\s+en\s+(?:hoog)?heemraden|"
    r"dagelijks\s+bestuur|algemeen\s+bestuur|(?:algemene|verenigde)\s+vergadering|regioraad|"
    r"gemeenteraad|raad\s+van\s+state|raad|commissaris\s+van\s+de\s+koning(?:in)?|burgemeester|voorzitter|"
    r"dijkgraaf|college|bestuur|minister-president|minister"
)
# Not inside a word ("Zeewolde\n\nBurgemeester"), but glued to a year ("2025Het college").
OUTSIDE_WORD = r"(?<![a-zà-ÿ])"
ARTICLE = OUTSIDE_WORD + r"(?:(?:het|de)[ \t]+)?"
SINGLE = rf"{ARTICLE}(?:{NAMES})\b"
BODY = rf"{ARTICLE}(?:{NAMES}|{PLURAL})\b"
# Where several bodies decide together, each for its own powers, the collegial body is
# the one that adopts the regulation's general part (g09: the register records "De
# burgemeester en het college ..." as the college).
_RANK = (
    # Also where the raad decides with the college and the burgemeester, each for its own
    # powers (r08's klachtenregeling, a gemeenschappelijke regeling of raden and colleges):
    # the register records r08 as the college's.
    "college van burgemeester en wethouders",
    "gedeputeerde staten",
    "dagelijks bestuur",
    "gemeenteraad",
    "provinciale staten",
    "algemeen bestuur",
    "commissaris van de koning",
    "burgemeester",
    "voorzitter",
    "other",
)
# A body by its letters: a provincie's, as its own pages write its meetings ("Type besluit:
# GS-vergadering", zm08; "PS-besluit"; "Besluittype: GS Besluit", vg06), and the algemeen and
# dagelijks bestuur of a waterschap or joint body ("Vastgesteld door het DB d.d. 10 februari
# 2011", uw06).
ABBREVIATED = {
    "gs": "gedeputeerde staten",
    "ps": "provinciale staten",
    "ab": "algemeen bestuur",
    "db": "dagelijks bestuur",
}


def term(words: str, organisation_type: str | None = None) -> str | None:
    """The vocabulary term for the words naming a body, or None where only the
    organisation's type can tell: "het college" of a gemeente is its college van
    burgemeester en wethouders, of a provincie gedeputeerde staten, of a waterschap its
    dagelijks bestuur. A body outside the vocabulary (a minister, a directeur) is "other";
    of several that decide together, the collegial one (`_RANK`)."""
    words = " ".join(words.lower().split())
    if words in VOCABULARY:
        return words
    if (abbreviated := ABBREVIATED.get(re.split(r"[- ]", words, maxsplit=1)[0])) is not None:
        return abbreviated
    named = [match.group() for match in re.finditer(BODY, words)] or [words]
    bodies = [_term(body, organisation_type) for body in named]
    return None if None in bodies else min(bodies, key=_RANK.index)


def _term(words: str, organisation_type: str | None) -> str | None:
    if "wethouders" in words or "&" in words:
        return "college van burgemeester en wethouders"
    for key, value in (
        ("raad van state", "other"),
        ("gedeputeerde", "gedeputeerde staten"),
        ("provinciale", "provinciale staten"),
        ("staten der", "provinciale staten"),
        ("heemraden", "dagelijks bestuur"),
        ("dagelijks", "dagelijks bestuur"),
        ("algemeen", "algemeen bestuur"),
        # The algemeen bestuur of a plusregio (Wgr-plus) bore the name regioraad: "De regioraad
        # van de Stadsregio Amsterdam" (uq09), Rotterdam's and Arnhem Nijmegen's alike.
        ("regioraad", "algemeen bestuur"),
        ("raad", "gemeenteraad"),  # before "vergadering": "Vastgesteld in de raadsvergadering"
        ("raden", "gemeenteraad"),
        ("vergadering", "algemeen bestuur"),
        ("commissaris", "commissaris van de koning"),
        ("burgemeester", "burgemeester"),
        ("voorzitter", "voorzitter"),
        ("dijkgraaf", "voorzitter"),
    ):
        if key in words:
            return value
    if words.endswith(("college", "colleges")):
        return {
            "gemeente": "college van burgemeester en wethouders",
            "provincie": "gedeputeerde staten",
            "waterschap": "dagelijks bestuur",
        }.get(organisation_type or "")
    # "Het bestuur" of a joint body with one bestuur (a bedrijfsvoeringsorganisatie): the
    # register records "Het bestuur van de Samenwerkingsorganisatie ..." as its algemeen bestuur.
    return "algemeen bestuur" if words.endswith("bestuur") else "other"
