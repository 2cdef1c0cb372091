"""The words that join a citation to its law: "van de Provinciewet", "Awb", "van de
wet", "van die wet", "van deze verordening", "van de Algemene Plaatselijke Verordening".

`law_after` reads them after a chain of articles and says what kind of words they are;
`resolve.py` says which law they mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..unfinished import UNFINISHED_WORDS
from .law import Mention
from .names import registry

# "107a, tweede lid (instructie van de griffier)": a gloss between items or before the law.
GLOSS = r"(?:\s*\([^()\n]{1,160}\))?"
# The words between a chain and the name of its law. An onderdeel's letter may keep the stop
# a list gives it ("a.", "j."): "artikel 27, lid 1, onder j. Wet op de Ondernemingsraden" (vf01);
# the stop closes the letter, not the sentence, where the law's name follows it.
_LAW_LEAD = re.compile(
    r"(?:(?<=(?<![\w.])[a-z])\.(?=[ \t]))?"
    + GLOSS
    + r"[\s,\]]*(?:(?:van|uit|in|bij|volgens|krachtens|ingevolge|op\s+grond\s+van|der)\s+)?"
    r"(?:(?:de|het|die)\s+)?"
    # A copy that doubled its joining words: "onder a van de van de Drank- en Horecawet" (g09).
    r"(?:(?<=van de )van\s+de\s+|(?<=van het )van\s+het\s+)?"
)
_THIS_CODE = re.compile(
    r"[\s,]*(?:van|uit|in|bij)\s+(?:deze|dit|onderhavige?)\s+"
    r"(?:verordening|regeling|besluit|code|gedragscode|reglement|protocol|beleidsregels?|"
    r"mandaatbesluit|mandaatregeling|keur|bijlage|instructie)\b",
    re.I,
)
_BACK = re.compile(
    r"[\s,]*(?:van|uit|in|bij)\s+(?:(?:de|het)\s+)?(?:die|deze|dat|dezelfde|hetzelfde|"
    r"(?:eerder|boven|voor|laatst)?genoemde?|voornoemde?)\s+"
    r"(?P<word>wet|regeling|besluit|verordening|code|wetboek)\b",
    re.I,
)
# The article may be capitalised with its word, as a definition spells it: "afdeling 9.1.3 van De
# Wet" (uy05, "Wet: De Algemene wet bestuursrecht").
_DEFINED = re.compile(
    r"[\s,]*(?:van|uit|in|bij)\s+(?:de|het|De(?=\s+W)|Het(?=\s+[BR]))\s+"
    r"(?P<word>wet|besluit|regeling|Wet|Besluit|Regeling)\b"
    # A name goes on with its own preposition ("de Wet op de ..."), a whole word: "van de Wet
    # opgenomen" and "voorgeschreven" are the participles of an attributive citation (um03).
    r"(?!\s+(?:(?:op(?!\s+te\s)|van|tot|inzake|houdende|betreffende|voor)\b|[A-Z\d]))"
)
# A compound joined to the one before it by a hyphen and "en"/"of" is one name: "de Drank- en
# Horecaverordening 2002", "de Marktgeld- en Precarioverordening" (zo01).
_LOCAL = re.compile(
    r"[\s,]*(?:van|uit|in|bij)\s+(?:de|het)\s+(?P<name>(?:Algemene\s+[Pp]laatselijke\s+[Vv]erordening|"
    r"APV|Apv|(?:[\w-]+-\s+(?:en|of)\s+)?[\w-]*[Vv]erordening|[\w-]*[Rr]eglement\s+van\s+[Oo]rde|"
    r"Keur|Gemeenschappelijke\s+[Rr]egeling)"
    r"(?:\s[^.;:()\n]{0,80}?)?)(?=[.;:()\n]|,|\s+(?:en|of|is|zijn|wordt|worden)\b|$)"
)
# An act without a short title is cited by its date, in lowercase too: "artikel X van de wet
# van 13 september 2012 tot wijziging van de Wet inburgering (2012, 430)" (zh07); the law
# inside its name is the amended act, not the article's.
_DATED_ACT = r"(?:wet|besluit)(?=\s+van\s+\d{1,2}\s+[a-z]+\s+\d{4}\s)"
_UNKNOWN_LAW = re.compile(
    r"[\s,]*(?:van|uit|in|bij)\s+(?:de|het)\s+(?P<name>(?:Wet|Besluit|Regeling|Uitvoeringsbesluit|"
    r"Uitvoeringsregeling|Reglement|Rechtspositiebesluit|" + _DATED_ACT + r")\s[^,.;:()\n]{2,80}?)"
    # A hyphen before "en"/"of" shortens a compound and the name goes on: "de Wet op de stads-
    # en dorpsvernieuwing" (zt03, o09), as "Drank- en Horecawet".
    r"(?=[,.;:()\n]|(?<!-)\s+(?:en|of|is|zijn|wordt|worden|bepaalt|van\s+toepassing)\b|$)"
)
_DECENTRAL = re.compile(
    r"\b(?:[Gg]emeente|[Pp]rovincie|[Ww]aterschap|[Hh]oogheemraadschap|Gedeputeerde Staten|"
    r"Provinciale Staten|[Gg]emeenteraad|[Rr]aad van|[Cc]ollege van|[Aa]lgemeen bestuur|"
    r"[Dd]agelijks bestuur|[Bb]urgemeester)\b"
)
_TEXT_END = re.compile(r"\s*\Z")
# A name the copy cut inside a word, where no title word is whole yet: "hetgeen daaronder wordt
# verstaan in artikel 1 van het Regleme" (ve02, the excerpt's last words). The article is of the
# law that name began, which is unknowable; it is no bare number pointing back to the law
# named before it (the Wet openbare manifestaties of the definition above).
_CUT_NAME = re.compile(
    r"[\s,]*(?:van|uit|in|bij)\s+(?:de|het)\s+(?P<name>[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,3})(?=\s*\Z)"
)
_APV = re.compile(r"[\s,]*(?P<name>APV|Apv)\b")
# An abbreviation two laws share, which the article number decides (`resolve.py`):
# "art 213 GW" (Bladel controleprotocol 2009, zc12; the devset's only "GW"/"Gw").
_SHARED = re.compile(r"[\s,]*(?P<name>GW|Gw)(?![\w-])")


@dataclass
class LawPhrase:
    """The words that join a citation to a law, and what kind of words they are.

    kind: "name" (a law named: `mention`), "defined" ("de wet": `word`), "back" ("die
    wet", "genoemde regeling": `word`), "this" ("deze verordening": internal), "local"
    (a local regulation: `name`), "shared" (an abbreviation of two laws: `name`), "unknown"
    (a law name the registry does not know), "cut"
    (a law name cut short where the text ends: "van de Wet op het"; its law is unknowable).
    """

    kind: str
    start: int
    end: int
    mention: Mention | None = None
    word: str | None = None
    name: str | None = None


# The defined "Wet" followed by the sentence's own verb is no name: "een plan als bedoeld in artikel
# 2.3.2, tweede lid, van de Wet op te stellen" (xu10) is not a "Wet op te stellen"; an infinitive
# with "te" (after its particle) ends a clause, and no act's title holds one.
# So does a finite verb of the sentence after it: "de omstandigheden, bedoeld in artikel 2.3.2,
# vierde lid, onderdelen a tot en met g, van de Wet beschrijft" (xu10).
# So does the participle that closes an attributive citation, "de in artikel ... van de Wet
# vervatte verboden" (um03), "het in artikel 4 van de Wet bedoelde plan": the participle of a
# citing verb, inflected or not, stands where a name's next word would, and no title opens so.
_AFTER_A_WORD = re.compile(
    r"\s+(?!(?:is|zijn|en|of|wordt|worden|bepaalt|geldt|van|beschrijft|omschrijft|"
    r"schrijft|regelt|stelt|noemt|kent|biedt|geeft|heeft|vereist|verstaat|voorziet|bevat|"
    r"verwijst|luidt|" + r"(?:bedoel|genoem|vermel|geregel|gestel|vastgestel|bepaal|neergeleg)de?|"
    r"vervatt?e?|opgenomen|omschreven|beschreven|voorgeschreven|aangewezen)\b"
    r"|(?:[a-z]+\s+)?te\s+[a-zà-ÿ]+en\b)[a-zà-ÿ]"
)


def law_after(text: str, end: int, mentions: dict[int, Mention]) -> LawPhrase | None:
    lead = _LAW_LEAD.match(text, end)
    if lead is not None:
        mention = (
            mentions.get(lead.end())
            or registry().match_prefix(text, lead.end())
            or registry().match_broken(text, lead.end())
        )
        if mention is not None:
            return LawPhrase("name", mention.start, mention.end, mention=mention)
        if (apposed := _apposed_act(text, lead.end(), mentions)) is not None:
            return LawPhrase("name", lead.end(), apposed.end, mention=apposed)
    if not _JOINED.match(text, end):
        # No "van"/"uit"/"in"/"bij" after the chain: only the words that follow it
        # directly can name its law (most internal citations end so: "artikel 3, eerste lid,").
        return _named_directly(text, end)
    for pattern, kind in ((_THIS_CODE, "this"), (_BACK, "back")):
        match = pattern.match(text, end)
        if match:
            word = match.groupdict().get("word")
            return LawPhrase(kind, match.start(), match.end(), word=word and word.lower())
    defined = defined_after(text, end)
    if defined is not None:
        return defined
    return _named_directly(text, end, _AFTER_JOIN)


def defined_after(text: str, end: int) -> LawPhrase | None:
    """ "van de wet" at `end`: the word a code defines ("wet: de Participatiewet"), not a name."""
    defined = _DEFINED.match(text, end)
    # "van de Wet" is the defined word; "van de Wet inkomensvoorziening ..." is a name.
    if defined is None or (
        defined.group("word")[0].isupper() and _AFTER_A_WORD.match(text, defined.end())
    ):
        return None
    return LawPhrase(
        "defined", defined.start("word"), defined.end(), word=defined.group("word").lower()
    )


# The generic noun in apposition before an act whose one-word title is itself a compound of
# "wet": "artikel 151c van de Wet Gemeentewet" (uy01), "van de wet Participatiewet" name the
# Gemeentewet and the Participatiewet, as "de gemeente Zandvoort" names Zandvoort. A title of
# more words after "Wet" is a name of its own ("de Wet Bibob", "de Wet inburgering").
_APPOSITION = re.compile(r"[Ww]et[ \t]+")
_COMPOUND_ACT = re.compile(r"[A-Z][a-zà-ÿ-]+wet")


def _apposed_act(text: str, start: int, mentions: dict[int, Mention]) -> Mention | None:
    """The act named after "Wet" in apposition at `start`, if its title is one compound."""
    apposition = _APPOSITION.match(text, start)
    mention = mentions.get(apposition.end()) if apposition else None
    if mention is None or not _COMPOUND_ACT.fullmatch(text, mention.start, mention.end):
        return None
    return mention


# The phrases that join a law with "van", "uit", "in" or "bij", tried in this order after
# those of `law_after`; every match of them (and of _THIS_CODE, _BACK, _DEFINED) starts so.
_JOINED = re.compile(r"[\s,]*(?:van|uit|in|bij)\s", re.I)
_AFTER_JOIN = (
    (_LOCAL, "local"),
    (_APV, "local"),
    (_SHARED, "shared"),
    (_UNKNOWN_LAW, "unknown"),
    (_CUT_NAME, "cut"),
)
_DIRECT = ((_APV, "local"), (_SHARED, "shared"))  # those of them that need no joining word


def _named_directly(
    text: str, end: int, patterns: tuple[tuple[re.Pattern, str], ...] = _DIRECT
) -> LawPhrase | None:
    """A local regulation, a shared abbreviation or a law the registry does not know, named
    after a chain that ends at `end`."""
    for pattern, kind in patterns:
        match = pattern.match(text, end)
        if match:
            name = " ".join(match.group("name").split())
            if kind == "unknown" and (
                name.split()[-1].lower() in UNFINISHED_WORDS
                # the copy ends in the name, without a stop: "van de Wet Toel" (zc08)
                or _TEXT_END.match(text, match.end("name"))
            ):
                kind = "cut"  # "van de Wet op het": a name cut short, not a law the registry lacks
            if kind == "unknown" and decentral(name):
                kind = "local"  # "Regeling mandaat Gedeputeerde Staten van Noord-Brabant 2018"
            return LawPhrase(kind, match.start("name"), match.end("name"), name=name)
    return None


def decentral(name: str) -> bool:
    """Whether a regulation name the registry does not know is a decentral body's: it
    names a body's organ ("Gedeputeerde Staten") or the body itself ("Regeling ambtelijke
    organisatie Noord-Brabant 2018", r12). National titles name no gemeente, provincie or
    waterschap, and those that do (herindelingswetten) are in the registry."""
    if _DECENTRAL.search(name):
        return True
    from ..organisations import register

    return register().named_in(name)
