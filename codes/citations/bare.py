"""Article numbers written without the word "artikel", right before a law's name.

Lists of offences and notes cite this way: "(272 WbvSr; 125a AW en 2:5 Algemene Wet
Bestuursrecht)", "(61 ARAR)", "handhavingsbeleid 13b Opiumwet". A bare number before a
name is an article only where nothing else reads it: a number with a letter ("13b",
"125a") or a colon ("2:5") is an article wherever it stands; a plain number ("272") only
where it opens an item of a list - after "(", ";", ",", "en" or "of" - so that "hoofdstuk 4
Awb", "lid 2 Gemeentewet", "Boek 3 BW" and dates keep their own readings.

A colon number is never a count or a date, so it is an article also where "van de" joins it
to the name, as "artikel 1:2 van de Awb" would ("in de zin van 1:2 van de Awb", zg01) -
unless a division word reads it first: "Titel 4:3 van de Algemene wet bestuursrecht" (d08).
A plain number joined so is an article only where it opens a line, as an item of a list laid
out one per line, whose line break opens the item as ";" does: the register's grondslag cell
"9. Archiefwet 1995, art. 31 / 10. 9 van het Archiefbesluit 1995" (zk12), where the clerk
split "de artikelen 15 en 31 van de Archiefwet 1995 en 9 van het Archiefbesluit 1995" into
items; and right after "gelet op", whose words name the basis and never a count: "gelet op
149 van de Gemeentewet" (xa05, the word "artikel" lost). Elsewhere "3 van de" may be a count
("3 van de leden").

An item of such a list may hold a lid or a second number, as "artikel" items do: "artt. 2 en
3 WGS (...), 285 lid 2 Failissementswet, 47 en 48 WCK" (zh14) cites article 285 lid 2 and
articles 47 and 48; a lone "lid 2 Gemeentewet" still opens no item.

The same number may follow the name: "sluitingen van woningen op basis van Opiumwet 13b"
(Gemert-Bakel, zr04), as a lettered or colon number only, for a plain one after a name is a
count or a year ("Wmo 2015", "Participatiewet 2 jaar") and an ordinal ("1e") is no article.
Inside a regulation's name the law and its number are a part of the name, not a citation
("Beleidsregel Opiumwet 13b Gemert-Bakel 2024", the page's own title).

The Aanwijzingen voor de regelgeving number their provisions as aanwijzingen, and are
cited by that word instead of "artikel": "aanwijzing 2.38 van de Aanwijzingen voor de
regelgeving" (BZK's letter on the Besluit kwaliteitsborging, zh13).
"""

from __future__ import annotations

import re

from ..covered import Covered
from .grammar import Citation
from .items import Item
from .law import Mention
from .law_phrase import LawPhrase
from .other_names import RegulationNames, in_regulation_name

# A book and its article ("2:5", "7:274d"). Neither part is ever written with a leading zero,
# which a clock time or a time zone has: "2014-03-25T00:00:00+01:00 BW: BW140218", the
# agenda codes of a raadsvoorstel's header (ux03), is no article 1:00 of the BW.
_COLON_NUMBER = r"[1-9]\d?:[1-9]\d{0,2}[a-z]?"
# The number just before a law's name (the text up to the name ends in it).
_LETTERED = re.compile(rf"(?<![\w.:/-])(?P<n>\d{{1,3}}[a-z]|{_COLON_NUMBER})[ \t]+$")
_LISTED = re.compile(r"(?:[(;,]|\b(?:en|of))[ \t]*(?P<n>\d{1,3})[ \t]+$")
# A listed item with its lid, or two numbers joined: "; 285 lid 2 ", ", 47 en 48 ".
_LISTED_LID = re.compile(
    r"(?:[(;,]|\b(?:en|of))[ \t]*(?P<n>\d{1,3}[a-z]?)[ \t]+lid[ \t]+(?P<lid>\d{1,2})[ \t]+$"
)
_LISTED_PAIR = re.compile(
    r"[(;,][ \t]*(?P<n>\d{1,3}[a-z]?)[ \t]+(?:en|of)[ \t]+(?P<m>\d{1,3}[a-z]?)[ \t]+$"
)
# "1:2 van de " before "Awb"; the word before it must not make it a division ("Titel 4:3").
_COLON_OF = re.compile(
    rf"(?<![\w.:/-])(?P<n>{_COLON_NUMBER})[ \t]+(?:van|uit)[ \t]+(?:de|het)[ \t]+$"
)
# "\n  10. 9 van het " before "Archiefbesluit 1995": the number opens the line, after the
# list's own number or bullet if it has one. A law divided in chapters numbers its articles
# with a point, and its items are laid out so too: "gelet op de artikelen:" / "- 149 van de
# Gemeentewet;" / "- 10.33 van de Wet milieubeheer;" / "- 6.18 van het Bouwbesluit 2012." (xv01).
_LINE_OF = re.compile(
    r"\n[ \t]*(?:(?:\d{1,2}[.)]|[•·-])[ \t]+)?(?P<n>\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)"
    r"[ \t]+van[ \t]+(?:de|het)[ \t]+$"
)
# "gelet op 149 van de " before "Gemeentewet": the preamble's basis with its word "artikel"
# lost (xa05). A count never follows "gelet op" ("gelet op 3 van de leden" is no Dutch).
_BASIS_OF = re.compile(
    r"\b[Gg]elet[ \t]+op[ \t]+(?P<n>\d{1,3}[a-z]?)[ \t]+van[ \t]+(?:de|het)[ \t]+$"
)
# A lettered or colon number right after a law's name, not an ordinal ("1e", "2de").
_NUMBER_AFTER = re.compile(
    rf"[ \t]+(?P<n>\d{{1,3}}(?!(?:e|de|ste)\b)[a-z]{{1,2}}|{_COLON_NUMBER})(?![\w:-])"
)
# A plain number after the name where the two fill a line: a list of the provisions a
# document applies, one law and article a line, as rechtspraak.nl's "Wetsverwijzingen" block
# ("Gemeentewet 25" / "Wetboek van Strafrecht 272", xm06). Alone on its line the number is no
# count ("2 jaar") and, of at most three digits, no year ("Wmo 2015").
_NUMBER_CLOSING_LINE = re.compile(r"[ \t]+(?P<n>\d{1,3})[ \t]*(?=\n|$)")
# also across a line break: a copy wrapped at its page's width may put the word at a line's
# end and its number at the next line's start ("afdeling" / "10.1.1 van de Algemene wet ...")
_DIVISION_WORD = re.compile(r"(?:afdeling|hoofdstuk|paragraaf|titel|titeldeel|boek|§)\s*$", re.I)
# "; 125a ", "(272 " and "zin van 1:2 van de " fit, and a division word before a line's
# number with the margin of a page copy ("afdeling\n      10.1.1 van de ")
_LOOK_BACK = 40
# Regulations whose provisions have a word of their own, by BWB id.
_PROVISION_WORDS = {"BWBR0005730": "aanwijzing"}  # the Aanwijzingen voor de regelgeving
_PROVISION = re.compile(
    r"(?<![\w-])(?P<word>[a-z]+)[ \t]+(?P<n>\d{1,2}(?:\.\d{1,3})*[a-z]?)"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+)(?P<m>\d{1,2}(?:\.\d{1,3})*[a-z]?))?"
    r",?[ \t]+van[ \t]+de[ \t]+$",
    re.I,
)
_PROVISION_LOOK_BACK = 48  # "aanwijzingen 2.38 en 2.39 van de " fits


def bare_citations(
    text: str, mentions: list[Mention], found: list[Citation], others: RegulationNames
) -> list[Citation]:
    """`found` with the bare citations added, in text order; a number that a citation of
    `found` already covers ("artikel 15, 16 Gemeentewet") is left to it. `others`: the
    names of other regulations in `text`, which the caller looks up again afterwards."""
    taken = Covered((c.start, c.end) for c in found)
    added = []
    for mention in mentions:
        if not mention.law.national:
            continue
        word = _PROVISION_WORDS.get(mention.law.bwb or "")
        look_back = _PROVISION_LOOK_BACK if word else _LOOK_BACK
        window = text[max(0, mention.start - look_back) : mention.start]
        match = _provision_before(window, word) if word else _number_before(window)
        if match is None:
            if word is None and (after := _cited_after(text, mention, taken, others)) is not None:
                added.append(after)
            continue
        opening = "word" if word else "n"  # "aanwijzing 2.38": the word opens the citation
        start = mention.start - len(window) + match.start(opening)
        if start in taken:
            continue
        law = LawPhrase("name", mention.start, mention.end, mention=mention)
        added.append(Citation(start, mention.end, _items(match), law))
    return sorted(found + added, key=lambda c: c.start) if added else found


def _cited_after(
    text: str, mention: Mention, taken: Covered, others: RegulationNames
) -> Citation | None:
    """ "Opiumwet 13b": the article number right after a law's name, outside a name."""
    after = _NUMBER_AFTER.match(text, mention.end) or _line_of_provision(text, mention)
    if after is None or mention.start in taken:
        return None
    # rare, so the names of regulations closed by a year are looked for only here
    if in_regulation_name(text, mention.start, others):
        return None
    law = LawPhrase("name", mention.start, mention.end, mention=mention)
    return Citation(mention.start, after.end(), _items(after), law)


def _line_of_provision(text: str, mention: Mention) -> re.Match[str] | None:
    """ "Gemeentewet 25" filling its line (`_NUMBER_CLOSING_LINE`): the name opens the line."""
    after = _NUMBER_CLOSING_LINE.match(text, mention.end)
    if after is None or text[text.rfind("\n", 0, mention.start) + 1 : mention.start].strip():
        return None
    return after


def _number_before(window: str) -> re.Match[str] | None:
    """The bare article number that `window` (the text just before a law's name) ends in."""
    number = window.rstrip(" \t\n")  # the first two patterns end in a number, blanks and `$`
    if len(number) < len(window) and (number[-1:].isdecimal() or number[-2:-1].isdecimal()):
        match = (
            _LISTED_LID.search(window)
            or _LISTED_PAIR.search(window)
            or _LETTERED.search(window)
            or _LISTED.search(window)
        )
    elif window.endswith((" de ", " het ")):
        match = _COLON_OF.search(window) or _LINE_OF.search(window) or _BASIS_OF.search(window)
    else:
        return None  # most names: no number just before them
    if match is None or _DIVISION_WORD.search(window, 0, match.start("n")):
        return None
    return match


def _provision_before(window: str, word: str) -> re.Match[str] | None:
    """ "aanwijzing 2.38 van de " at the end of `window`, with the regulation's own word."""
    match = _PROVISION.search(window) if window.endswith(" de ") else None
    if match is None or match.group("word").lower() not in (word, word + "en"):
        return None
    return match


def _items(match: re.Match[str]) -> list[Item]:
    """The articles a bare match names: one, with its lid where it has one, or two."""
    groups = match.re.groupindex
    if "lid" in groups:
        return [Item(match.group("n"), [int(match.group("lid"))])]
    if "m" in groups and match.group("m"):
        return [Item(match.group("n")), Item(match.group("m"))]
    return [Item(match.group("n"))]
