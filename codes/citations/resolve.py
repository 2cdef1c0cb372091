"""Which law a citation names: by name or abbreviation, through the code's own
definitions ("wet: de Jeugdwet", "(hierna: de wet)"), or back to the law last named
where the words say so ("die wet", "genoemde regeling").

`resolve_laws` gives every citation a `Resolution`; a citation whose words name no
law is "internal" (the code's own article, checked against the graph later) or,
when the words point at a law the code does not say ("de wet", "die wet"), "unresolved";
a law named by a name the registry does not know is "law" without a `Law`. "de wet" that the code
does not define (its definition cut off, or damaged by OCR: "a. de wef; de Wet werk
en bijstand") points back to the act last named before it, as "die wet" does; the
Algemene wet bestuursrecht is never "de wet" of a code, and with no act named
before, "de wet" stays unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..covered import Covered
from ..scan import line_start, lowered, opening_matches
from .decree import decree_act
from .grammar import Citation
from .law import Law, Mention
from .law_phrase import decentral
from .names import registry

# "a. wet: Jeugdwet;", "wet: de Participatiewet", "Wet: Wet maatschappelijke ondersteuning 2015"
_DEFINITION = re.compile(
    r"(?P<word>[Ww]et|WET|[Bb]esluit|[Rr]egeling)\s*:\s*(?:de\s+|het\s+)?(?=\w)"
)
_BLANKS = re.compile(r"\s*")
# The word alone on its line, its value on the next line that is not blank.
_TABLE_TERM = re.compile(r"^[ \t]*(?:[Ww]et|WET)[ \t]*\n\s*(?:[Dd]e\s+|[Hh]et\s+)?", re.M)
# The lines it can open, found from their newline (`scan.opening_matches`): `re` tries a pattern
# that opens with "^" at every place of the text.
_TABLE_TERM_LINE = re.compile(r"\n[ \t]*(?:[Ww]et|WET)[ \t]*(?=\n)")
# "de Participatiewet (hierna: de wet)", "Wet gemeentelijke schuldhulpverlening (hierna: Wgs)".
# The longer openings come first: tried after "hierna", "hierna te noemen: Awb" (uk11) would
# make "te noemen: Awb" the coined term, and the "Awb" after it a second naming.
_HEREAFTER = re.compile(
    r"\s*\(\s*(?:hierna\s+te\s+noemen|hierna\s+genoemd|hierna|verder)\s*:?\s*[\"'‘“]?"
    r"(?:de\s+|het\s+)?(?P<word>[^()\"'’”\n]{1,40}?)[\"'’”]?\s*\)"
)
_GENERIC = {"wet", "besluit", "regeling", "verordening"}
# A defined word's meaning that describes a text of the code's own kind, in lowercase
# (a title would be capitalised): "de gemeenschappelijke regeling ...", "dit besluit".
_OWN_KIND = re.compile(
    r"(?:(?:de|het|deze|dit)\s+)?(?:gemeenschappelijke\s+regeling|regeling|besluit)\b"
    # A gemeenschappelijke regeling defines its words for itself alone: "De regeling: de
    # Gemeenschappelijke Regeling Regionaal Archief West-Brabant" is the code, capitalised.
    r"|(?:de\s+)?[Gg]emeenschappelijke\s+[Rr]egeling\b"
)
# The opening of a gloss after a law's name: "(Awb)", "(hierna Awb)", "(hierna: de wet)";
# or of an alias in apposition, which names the same law once: "de Wet Bevordering
# integriteitsbeoordelingen door het openbaar bestuur, ook wel Wet Bibob genaamd" (zp06),
# "..., beter bekend als de Wet Bibob", "..., kortweg de Woo".
_GLOSS_OPEN = re.compile(
    r"\s*\(\s*(?:hierna(?:\s+te\s+noemen)?\s*:?\s*)?(?:de\s+|het\s+)?"
    r"|\s*[,(]\s*(?:ook\s+wel|(?:ook|beter)\s+bekend\s+als|kortweg|afgekort(?:\s+tot|\s+als)?"
    r"|oftewel|ofwel)\s*:?\s*(?:de\s+|het\s+)?"
)
# An abbreviation set after the name by a comma, closing the bracket the name stands in: it
# coins the letters as "(Bbv)" would, and names the law once: "(artikel 1 Besluit begroting
# en verantwoording provincies en gemeenten, Bbv)" (vb03). Only the law's own letters do so;
# another law after the comma is the next item of a list ("(de Awb, Gemw)").
_APPOSED_ABBREVIATION = re.compile(r"[ \t]*,[ \t]*")
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
# An abbreviation defined by the law's name: "IOAW: de Wet inkomensvoorziening ...;".
_DEFINED_AS = re.compile(r"[ \t]*:\s*(?:de\s+|het\s+)?")
# A list of abbreviations ("Veelgebruikte afkortingen:") sets each abbreviation at the
# start of its line and spells it out after a blank, a tab or a dash: "UAVG Uitvoeringswet
# Algemene Verordening Gegevensbescherming" (ut10) defines the letters as "IOAW: ..." does.
_LISTED_AS = re.compile(r"[ \t]+(?:[-–=][ \t]+)?")
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t•*-]*\Z")
_LINE_ENDS = re.compile(r"[ \t;.]*(?:\n|\Z)")
# A bracket right after a law's name that coins an abbreviation the registry does not
# know: "artikel 8 van de Participatiewet (PW)" and later "de PW, IOAW en IOAZ" (zn11).
# Two capitals at least, so that a word ("(Zie)") or a gloss of another kind ("(Stb.
# 1993, 545)", "(artikel 2)") coins nothing.
# The letters may carry the year of a law named with one: "de Ambtenarenwet 2017 (AW2017)" (zo05).
_COINED = re.compile(
    r"[ \t]*\([ \t]*(?P<term>(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,9}(?P<year>\d{4})?)[ \t]*\)"
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """kind: "law" (national; `law` None for a name the registry does not know), "eu",
    "local", "internal" or "unresolved" (words that point at a law the code does not say)."""

    kind: str
    law: Law | None = None
    name: str | None = None  # as written, when the registry does not know the law
    via: str | None = None  # name | abbreviation | definition | earlier


@dataclass
class Definitions:
    """What the code itself says its words mean."""

    words: dict[str, Law]  # "wet" -> the law the code defines it as
    mentions: list[Mention]  # the registry's mentions plus the code's own abbreviations
    # "regeling" where the code defines it as a text of its own kind ("de regeling: de
    # gemeenschappelijke regeling Veiligheidsregio Twente"): "artikel 2 van de regeling"
    # is the code's own article.
    own: frozenset[str] = frozenset()
    # A royal decree's "de wet" where it does not define it: the act its gelet op names
    # first (`decree.decree_act`), not the one named last before the citation.
    decree_act: Law | None = None


def find_definitions(text: str, mentions: list[Mention]) -> Definitions:
    by_start = {m.start: m for m in mentions}
    words: dict[str, Law] = {}
    own: set[str] = set()
    local_terms: dict[str, Law] = {}
    low = lowered(text)
    colon = text.find(":")
    while colon != -1:
        # Definitions are rare and colons few: look back from each colon, not at every word,
        # and only where a word that a definition defines stands near it.
        window = low[max(0, colon - 12) : colon + 12]
        defines = "wet" in window or "besluit" in window or "regeling" in window
        match = None
        if defines:
            # The value may stand lines below its word, as a PDF's definition table gives it
            # ("Wet:" / "" / "      de Algemene wet bestuursrecht."): the blanks after the
            # colon do not count against the window.
            after = _BLANKS.match(text, colon + 1).end()
            match = _DEFINITION.search(text, max(0, colon - 12), after + 12)
        colon = text.find(":", colon + 1)
        if match is None or (match.start() and text[match.start() - 1].isalnum()):
            continue  # "Gemeentewet:" is no definition of "wet"
        mention = by_start.get(match.end())
        if mention is not None:
            words.setdefault(match.group("word").lower(), mention.law)
        elif unlisted := _unlisted_title(text, match):
            words.setdefault(match.group("word").lower(), unlisted)
        elif _OWN_KIND.match(text, match.end()) and match.group("word").lower() != "wet":
            own.add(match.group("word").lower())
    # A definition table without its colon, as a register's page sets its cells on lines of
    # their own: "Wet" / "" / "De Algemene wet bestuursrecht (van 4 juni 1992 ...)" (uy05).
    # Only the word "wet": a "Besluit" alone on its line heads the decision.
    if "wet" not in words:
        for match in opening_matches(_TABLE_TERM, text, _TABLE_TERM_LINE):
            if (mention := by_start.get(match.end())) is not None:
                words["wet"] = mention.law
                break
    own |= _own_glossed(text, low)
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        # A bare bracket after a law's name glosses it: in "De Wet politiegegevens (Wpg)"
        # the code's "Wpg" is that law, not the Wet publieke gezondheid the registry
        # knows by the same letters.
        if (
            mention.via == "abbreviation"
            and mention.law != previous.law
            and _BRACKET_OPEN.fullmatch(text, previous.end, mention.start)
            and _BRACKET_CLOSE.match(text, mention.end)
        ):
            local_terms[text[mention.start : mention.end]] = previous.law
    local_terms.update(_coined(text, mentions))
    for mention in mentions:
        match = _HEREAFTER.match(text, mention.end)
        if not match:
            continue
        term = match.group("word").strip()
        if term.lower() in _GENERIC:
            words.setdefault(term.lower(), mention.law)
        elif registry().resolve(term) is not mention.law:
            # The code's own "(hierna: Wmo)" wins over the registry's meaning of "Wmo".
            local_terms[term] = mention.law
    act = None if "wet" in words else decree_act(low, mentions)
    if not local_terms:
        return Definitions(words, _unglossed(text, mentions), frozenset(own), act)
    mentions = [
        Mention(m.start, m.end, local_terms[text[m.start : m.end]], "definition")
        if text[m.start : m.end] in local_terms
        else m
        for m in mentions
    ]
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(map(re.escape, sorted(local_terms, key=len, reverse=True)))
        + r")(?![\w-])"
    )
    taken = Covered((m.start, m.end) for m in mentions)
    extra = [
        Mention(match.start(), match.end(), local_terms[match.group()], "definition")
        for match in pattern.finditer(text)
        if match.start() not in taken
    ]
    mentions = _unglossed(text, sorted([*mentions, *extra], key=lambda m: m.start))
    return Definitions(words, mentions, frozenset(own), act)


# A definition's value that is an act's title the registry lacks, an act of after its list:
# "a. wet: Wet goed verhuurderschap;" (2023). The title, of the defined word's own kind, fills
# the definition up to its end; words after a comma or a bracket say more of it.
_UNLISTED_TITLE = re.compile(
    r"(?P<name>(?:Wet|Besluit|Regeling)\s[a-zà-ÿ][\w'’ -]{1,80}?)\s*(?:[,;.()\n]|\Z)"
)


def _unlisted_title(text: str, definition: re.Match) -> Law | None:
    """The act a definition names by a title the registry does not know, as a law without a BWB
    id: "artikel 10 van de wet" then cites it, not the act named last before."""
    match = _UNLISTED_TITLE.match(text, definition.end())
    if match is None or match.group("name").split()[0].lower() != definition.group("word").lower():
        return None
    name = match.group("name")
    if decentral(name) or registry().resolve(name) is not None:
        return None  # a decentral regulation's name, or a law the registry knows by it
    return Law(name=name, bwb=None)


# A gemeenschappelijke regeling named shortly before its gloss: "toe te treden tot de
# Gemeenschappelijke Regeling Belastingsamenwerking West-Brabant (hierna Regeling)" (xz06).
# A copy wrapped at its page's width may break the lines between them.
_OWN_NAMED_BEFORE = re.compile(r"gemeenschappelijke\s+regeling\b[^()]{0,120}$")


def _own_glossed(text: str, low: str) -> set[str]:
    """ "regeling" where the code glosses a gemeenschappelijke regeling with it ("(hierna:
    de Regeling)"): an amendment or an accession decision then cites "de artikelen 36 en
    38 van de Regeling", the articles of the GR it amends, no national act."""
    at = low.find("(hierna")
    while at != -1:
        match = _HEREAFTER.match(text, at)
        if (
            match
            and match.group("word").strip().lower() == "regeling"
            and _OWN_NAMED_BEFORE.search(low, max(0, at - 160), at)
        ):
            return {"regeling"}
        at = low.find("(hierna", at + 1)
    return set()


def _coined(text: str, mentions: list[Mention]) -> dict[str, Law]:
    """The abbreviations a bare bracket coins after a law's name, where the registry
    knows the letters as no law at all (a known one is glossed above or is the same law)."""
    coined: dict[str, Law] = {}
    for mention in mentions:
        match = _COINED.match(text, mention.end)
        if (
            match
            and _keeps_kind(text[mention.start : mention.end], match.group("term"))
            and (match.group("year") is None or text.endswith(match.group("year"), 0, mention.end))
            and registry().resolve(match.group("term")) is None
        ):
            coined.setdefault(match.group("term"), mention.law)
    return coined


def _keeps_kind(name: str, term: str) -> bool:
    """An abbreviation of a law keeps the letter of its kind: the W of a wet (PW, Wgs,
    IOAW), the B of a besluit. Letters without it abbreviate the thing the law is about:
    "de Wet Basisregistratie personen (BRP)" and then "vanuit de BRP", the register (e20)."""
    low = name.lower()
    for word, letter in (("wet", "w"), ("besluit", "b"), ("regeling", "r")):
        if word in low:
            return letter in term.lower()
    return True


def _unglossed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the glosses of the one before: "de Algemene wet bestuursrecht
    (hierna: Awb)" names the law once, and so does the definition "IOAW: de Wet
    inkomensvoorziening oudere ..." (kept as the name it spells out)."""
    kept: list[Mention] = []
    for previous, mention in zip([None, *mentions], mentions, strict=False):
        if previous is not None and previous.law == mention.law:
            if _GLOSS_OPEN.fullmatch(text, previous.end, mention.start) or _apposed_abbreviation(
                text, previous, mention
            ):
                continue
            if (
                kept
                and kept[-1] is previous
                and (
                    _DEFINED_AS.fullmatch(text, previous.end, mention.start)
                    or _listed_as(text, previous, mention)
                )
            ):
                kept[-1] = mention
                continue
        kept.append(mention)
    return kept


def _apposed_abbreviation(text: str, name: Mention, abbreviation: Mention) -> bool:
    """Whether `abbreviation` follows `name` after a comma and closes a bracket that opens
    before the name: "(artikel 1 Besluit ..., Bbv)"."""
    if abbreviation.via != "abbreviation" or name.via == "abbreviation":
        return False
    if _APPOSED_ABBREVIATION.fullmatch(text, name.end, abbreviation.start) is None:
        return False
    if _BRACKET_CLOSE.match(text, abbreviation.end) is None:
        return False
    line = line_start(text, name.start)
    opened = text.rfind("(", line, name.start)
    return opened != -1 and text.find(")", opened, name.start) == -1


def _listed_as(text: str, abbreviation: Mention, name: Mention) -> bool:
    """Whether `name` spells out `abbreviation` as an entry of a list of abbreviations:
    the letters open the line, the name follows after a blank and ends the line."""
    return (
        abbreviation.via == "abbreviation"
        and name.via == "name"
        and _LISTED_AS.fullmatch(text, abbreviation.end, name.start) is not None
        and _LINE_OPENS.search(text, max(0, abbreviation.start - 12), abbreviation.start)
        is not None
        and _LINE_ENDS.match(text, name.end) is not None
    )


def resolve_laws(citations: list[Citation], definitions: Definitions) -> list[Resolution]:
    mentions = definitions.mentions
    ends = [m.end for m in mentions]
    results = []
    for citation in citations:
        phrase = citation.law
        if phrase is None or phrase.kind == "this":
            results.append(Resolution("internal"))
        elif phrase.kind == "name":
            law = phrase.mention.law
            results.append(Resolution(law.reference_kind, law, via=phrase.mention.via))
        elif phrase.kind == "defined" and phrase.word in definitions.own:
            results.append(Resolution("internal"))
        elif phrase.kind == "defined":
            defined = definitions.words.get(phrase.word or "")
            earlier = (
                None
                if defined
                else (phrase.word == "wet" and definitions.decree_act)
                or _act_named_before(citation, phrase.word, mentions, ends)
            )
            if defined:
                results.append(Resolution(defined.reference_kind, defined, via="definition"))
            elif earlier:
                results.append(Resolution(earlier.reference_kind, earlier, via="earlier"))
            else:
                results.append(Resolution("unresolved", name=f"de {phrase.word}"))
        elif phrase.kind == "back":
            i = bisect_right(ends, citation.start) - 1
            if i >= 0:
                law = mentions[i].law
                results.append(Resolution(law.reference_kind, law, via="earlier"))
            else:
                results.append(Resolution("unresolved", name=f"die {phrase.word}"))
        elif phrase.kind == "local":
            results.append(Resolution("local", name=phrase.name))
        elif phrase.kind == "shared":
            law = _shared_by_article(citation)
            results.append(
                Resolution(law.reference_kind, law, via="abbreviation")
                if law is not None
                else Resolution("law", name=phrase.name)
            )
        else:  # a law name the registry does not know
            law = registry().resolve(phrase.name or "")
            if law is not None:
                results.append(Resolution(law.reference_kind, law, via="name"))
            else:
                results.append(Resolution("law", name=phrase.name))
    return results


# "Gw" and "GW" abbreviate the Grondwet and the Gemeentewet alike, so the registry lists
# neither. The Grondwet has articles 1-142 (and additional articles in Roman numerals); an
# article above them can only be the Gemeentewet's ("art 213 GW", the accountant's audit).
_GRONDWET_LAST_ARTICLE = 142
_GEMEENTEWET = "BWBR0005416"


def _shared_by_article(citation: Citation) -> Law | None:
    """The Gemeentewet where every article the citation names is past the Grondwet's;
    None where the article could be either law's."""
    numbers = [re.match(r"\d+", item.article) for item in citation.items]
    if numbers and all(n and int(n.group()) > _GRONDWET_LAST_ARTICLE for n in numbers):
        return registry().by_bwb.get(_GEMEENTEWET)
    return None


# The general administrative law: a code that has not defined "de wet" says "de Awb", not
# "de wet", for it ...
AWB = "BWBR0005537"


def _act_named_before(
    citation: Citation, word: str | None, mentions: list[Mention], ends
) -> Law | None:
    """The last national act (kind "wet") named before an undefined "de wet"."""
    if (word or "").lower() != "wet":
        return None
    # ... unless the articles are numbered as only the Awb numbers them among the acts a
    # code cites, chapter and article around a colon: "subsidie op grond van artikel 4:23,
    # lid 3, onder c, van de wet" (xp02, its definition of "wet" past the excerpt) is the Awb
    # named before it ("Titel 4.2 van de Algemene wet bestuursrecht"), never the Gemeentewet.
    # (The Burgerlijk Wetboek numbers so too, but is cited by its books, not as "de wet".)
    colon = bool(citation.items) and all(":" in item.article for item in citation.items)
    for mention in reversed(mentions[: bisect_right(ends, citation.start)]):
        law = mention.law
        if (
            law.national
            and law.kind == "wet"
            and (law.bwb == AWB) == colon
            # A code of law is "het wetboek", never "de wet": "artikel 7, vierde lid, van de
            # wet" after "artikel 274d van Boek 7 van het Burgerlijk Wetboek" (ue04, its
            # definition of "wet" lost in the copy) is no article of Boek 7.
            and "wetboek" not in law.name.lower()
        ):
            return law
    return None
