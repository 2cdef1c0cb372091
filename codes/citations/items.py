"""One item of a citation: an article number ("41c", "2:4", "125 ter", "XII") with the leden
and onderdelen that follow it ("derde lid, onder a", "leden 2 en 3, aanhef en onderdeel b") or
stand before its "artikel" ("het tweede lid van artikel 15"). `grammar.py` joins the items
into chains and the chains to their laws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "elfde": 11,
    "twaalfde": 12,
    "dertiende": 13,
    "veertiende": 14,
    "vijftiende": 15,
    "zestiende": 16,
    "zeventiende": 17,
    "achttiende": 18,
    "negentiende": 19,
    "twintigste": 20,
}
ORD = "(?:" + "|".join(ORDINALS) + ")"
_LATIN = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)"
# "artikel 82 ter voorbereiding van de raadsvergadering": a spaced "ter" before a word that
# does not go on with the citation is the preposition ("ter uitvoering", "ter inzage"),
# not the suffix of "125 ter, eerste lid" or "125 ter van de Ambtenarenwet".
_PREPOSITION_TER = (
    r"(?<=\ster)\s+(?!(?:van|lid|leden|en|of|onder|sub|onderdeel|onderdelen|aanhef|juncto|jo|"
    r"j°|tot|t/m|e\.v|alsmede|respectievelijk|dan|eerste|tweede|derde|vierde|vijfde|zesde|"
    r"zevende|achtste|negende|tiende)\b)[a-z]"
)

# An article inserted between two lettered ones takes a third letter: between 50da and 50db
# of the Wgr stands 50daa (Aanwijzingen voor de regelgeving, inserted articles; zt01). A
# Latin suffix ("125ter") and a word glued to the number ("3van") are no letters.
_LETTERS = rf"(?:(?!{_LATIN}(?![a-z])|(?:van|het|tot|met|der|den)(?![a-z]))[a-z]{{1,3}}(?![a-z]))"

# 41c, 41 c, 2:4, 2:4a, 50daa, 3a.1, 7.2.1., 125ter, 12 bis, I, XII
NUMBER = re.compile(
    rf"(?P<n>\d{{1,4}}(?::\d{{1,4}})?{_LETTERS}?(?:\.\d{{1,3}}(?:[a-z](?![a-z]))?)*\.?)"
    rf"(?:\s?(?P<latin>{_LATIN})\b(?!{_PREPOSITION_TER})|\s(?P<letter>[a-z])(?![\w/]|\.\w))?"
    r"|(?P<kieswet>[A-Z]\s?\d{1,3}[a-z]?)(?![\w])"  # Kieswet: "artikel X 6", "P 15"
    r"|(?P<roman>[IVX]{1,5})(?![\w])"
)
_SEP = r"(?:\s*,\s*|\s+)"
# Between two ordinals of leden: "eerste en tweede", "eerste tot en met derde", and with
# the article repeated, "zevende tot en met het tiende", "eerste en het tweede". A model's
# square brackets may hold some of them and join like commas: "2.1.4, [eerste, tweede,]
# derde en zevende lid" (z12, as the articles of f10 and p08).
ORD_JOIN = (
    r"(?:[\s\[\]]*,[\s\[\]]*|[\s\[\]]+en\s+|\s+of\s+|\s+tot\s+en\s+met\s+|\s+t/m\s+)(?:het\s+)?"
)
_FIGURE = r"\d{1,2}(?:e|ste|de)(?![\w])"  # "1e", "2de", "1ste": an ordinal in figures
_FIGURE_ORDINAL = re.compile(_FIGURE)
# A list of leden may drop a "lid" where the next article follows: "artikelen 2.7 tweede lid,
# 3.3 eerste lid, 3.4 tweede, 3.8 eerste lid" (zi04); an ordinal right after an article
# number names nothing else.
_LID_ORDINALS = re.compile(
    rf"{_SEP}?\[?(?P<list>{ORD}(?:{ORD_JOIN}{ORD})*)"
    r"(?:\s+(?:lid|leden)(?![a-z])|(?=\s*,\s*\d))"  # "lid15": see _GLUED
    # The ordinals in figures, as a register's grondslag writes them: "Wet maatschappelijke
    # ondersteuning 2015 art. 2.1.3, 2.1.4 1e, 2e, 3e en 7e lid, art. 2.1.5 1e lid" (uo08).
    # A figure with its "e" is an ordinal only where "lid" closes the list: after an article
    # number a bare "2e" could be anything.
    rf"|{_SEP}?(?P<figures>{_FIGURE}(?:{ORD_JOIN}{_FIGURE})*)\s+(?:lid|leden)(?![a-z])"
)
# A list ends with its "en"/"of" item: in "leden 2 en 3, 95 tot en met 99" the 95 is an article.
# A full stop ends a sentence ("Gemeentewet, artikel 33 lid 3."), not a number ("lid 3.1").
_LID_ITEM = r"(?:lid\s*)?\d{1,2}(?![\d:a-z]|\.\w)(?!\s*(?:lid|leden)\b)(?!\s+" + ORD + r"\s+lid)"
_LID_NUMBERS = re.compile(
    rf"{_SEP}?(?P<word>lid|leden)\s*(?P<list>\d{{1,2}}(?![\d:]|\.\w)(?:\s*,\s*{_LID_ITEM})*"
    rf"(?:(?:\s+en\s+|\s+of\s+|\s+t/m\s+|\s+tot\s+en\s+met\s+){_LID_ITEM})*)"
)
# "onder a", "sub aa"; "onder C" (Nederweert, m15) where a text capitalises the letter.
_LETTER = r"(?!(?:en|of)\b)(?:[a-z]{1,2}|[A-Z])(?![\w])"
# A range of onderdelen, as of leden: "onder a tot en met c", "sub 1° t/m 3°" (each of them cited).
_THROUGH_WORDS = r"\s+(?:tot\s+en\s+met|t/m)\s+"
_DIGIT = r"\d{1,2}°?(?![\w])"
_ONDERDEEL = re.compile(
    # "aanhef en de onderdelen a en b" (n05): the plural may take its article; "onder
    # aanhef en onder b" (z01) puts the "onder" of its letter before the aanhef too. The aanhef
    # may be set off by commas on both sides of its "en": "artikel 4, aanhef, en onderdeel e,
    # van de wet" (uk01), as a lid is ("eerste lid, en onderdeel b").
    rf"{_SEP}?(?:(?:onder\s+)?aanhef(?:\s*,\s*(?:en\s+)?|\s+en\s+|\s+))?(?:de\s+(?=onderdelen\b)|het\s+(?=onderdeel\b))?"
    r"(?:onder|sub|onderdeel|onderdelen|letter)\s+"
    rf"(?P<list>{_LETTER}(?:(?:\s*,\s*(?:en\s+)?|\s+en\s+|\s+of\s+|\s+respectievelijk\s+"
    rf"|{_THROUGH_WORDS})(?:onder\s+|sub\s+)?{_LETTER})*"
    rf"|{_DIGIT}(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|{_THROUGH_WORDS})(?:onder\s+|sub\s+)?{_DIGIT})*)"
    # "onder a. van de wet", "onder b. en 31": a list letter keeps its point; no sentence
    # ends before "van" or a lowercase "en"/"of", nor before a comma ("artikel 1, onder c.,
    # van de Archiefwet 1995", ug11: the comma that closes the onderdeel follows its point).
    r"(?:\.(?=\s+(?:van|en|of)\b|,))?"
)
# "eerste volzin", a bare "aanhef": finer than we record, and no obstacle to the law. A
# volzin may be joined to its lid by "en": "artikel 1:16, eerste lid en eerste volzin van het
# Burgerlijk Wetboek" (xb01) names one sentence of that lid, no further lid.
# A point of an onderdeel ("onderdeel b, onder 6°", the Aanwijzingen's form; "onder h,
# onderdeel 2°", zq01) is finer too. After a letter the degree mark may be left out: a
# number under a lettered onderdeel can only be its point ("2.12, eerste lid onder a, sub 2
# en 2.4 van de Wet algemene bepalingen omgevingsrecht", xp07); a list of numbered
# onderdelen ("onder 1, 2 en 3") is read by _ONDERDEEL before this is tried.
_POINT = r"(?:onder|sub|onderdeel)\s+\d{1,2}°?"
_FINER = re.compile(
    rf"(?:\s+en\s+(?=(?:{ORD}|laatste)\s+(?:volzin|zin)\b)|{_SEP})?"
    rf"(?:(?:{ORD}|laatste)\s+(?:volzin|zin)|aanhef|{_POINT})(?=[\s,])"
)
# After the point of one onderdeel the list of the same lid's onderdelen goes on: "4,
# eerste lid, onder h, onderdeel 2°, onder i en j, en derde lid" (zq01: h, i and j).
_POINT_THEN_MORE = re.compile(rf"{_SEP}?{_POINT}(?=\s*,\s*(?:onder|sub|onderdeel|onderdelen)\s)")


# "het tweede lid van artikel 15", "lid 2, onder a, van artikel 3", "onderdeel b van artikel 1"
_LID_FIRST = re.compile(
    rf"(?:(?:het|de)\s+)?(?:(?P<ord>{ORD}(?:{ORD_JOIN}{ORD})*)\s+(?:lid|leden)"
    r"|(?:lid|leden)\s*(?P<num>\d{1,2}(?:\s+en\s+\d{1,2})?))?"
    r"(?:,?\s*(?:aanhef\s+en\s+)?(?:onder|onderdeel|sub)\s+(?P<ond>[a-z]|\d{1,2}°?))?"
    r",?\s+van\s+(?:het\s+)?$"
)
_LID_FIRST_WORDS = ("lid", "leden", "onder", "sub")  # "onder" is in "onderdeel" too


@dataclass
class Item:
    """One article of a citation with its leden and onderdelen."""

    article: str
    lids: list[int] = field(default_factory=list)
    onderdelen: list[str] = field(default_factory=list)
    range: str | None = None  # "8:1-8:5" on both endpoints; "2:1-" for "2:1 e.v."


# The patterns that read the words of a list, compiled once: `re.findall` with a pattern
# string (an f-string, made anew at each call) looks it up in re's cache every time.
_LID_WORD = re.compile(rf"{ORD}|\d+")
_THROUGH = re.compile(r"t/m|tot\s+en\s+met")
_ONDERDEEL_WORD = re.compile(r"(?<![\w])(?:[a-z]{1,2}|[A-Z]|\d{1,2}°?)(?![\w])")


def _lids(text: str) -> list[int]:
    words = _LID_WORD.findall(text.lower())
    numbers = [ORDINALS[w] if w in ORDINALS else int(w) for w in words]
    if _THROUGH.search(text) and len(numbers) == 2 and numbers[0] < numbers[1]:
        return list(range(numbers[0], min(numbers[1], numbers[0] + 20) + 1))
    return numbers


def _onderdelen(text: str) -> list[str]:
    found = _ONDERDEEL_WORD.findall(_ONDERDEEL_RANGE.sub(_spelled_out, text))
    skip = {"en", "of", "onder", "sub"}
    return [o.rstrip("°").lower() for o in found if o not in skip]


# The endpoints of a range in a list of onderdelen, single letters or numbers.
_ONDERDEEL_RANGE = re.compile(
    r"(?<![\w])(?P<first>[a-zA-Z]|\d{1,2})°?" + _THROUGH_WORDS + r"(?:onder\s+|sub\s+)?"
    r"(?P<last>[a-zA-Z]|\d{1,2})°?(?![\w])"
)


def _spelled_out(match: re.Match[str]) -> str:
    """ "a tot en met c" as "a, b, c" (at most 26 onderdelen); other endpoints as they are."""
    first, last = match.group("first").lower(), match.group("last").lower()
    if first.isdigit() and last.isdigit() and int(first) < int(last) <= int(first) + 25:
        return ", ".join(str(n) for n in range(int(first), int(last) + 1))
    if first.isalpha() and last.isalpha() and first < last:
        return ", ".join(chr(c) for c in range(ord(first), ord(last) + 1))
    return f"{first}, {last}"


def _article(match: re.Match[str]) -> str:
    if match.group("kieswet"):
        return re.sub(r"\s+", " ", match.group("kieswet"))
    if match.group("roman"):
        return match.group("roman")
    number = match.group("n").rstrip(".")
    return number + (match.group("latin") or match.group("letter") or "")


def parse_item(text: str, position: int, plural: bool = False) -> tuple[Item, int] | None:
    """An article number with its leden and onderdelen. `plural`: it opens "artikelen"."""
    match = NUMBER.match(text, position)
    if not match:
        return None
    end = match.end()
    if match.group("n") and match.group("n").endswith(".") and not match.group("latin"):
        end = match.start() + len(match.group("n"))  # "7.2.1." keeps its full stop
    return parse_parts(text, Item(_article(match)), end, plural)


# "de artikelen 4 lid 3 en 6": "artikelen" names two articles at least, so the number
# after the last "en" of the first article's "lid" list is the second article.
_LAST_JOINED = re.compile(r"\s+(?:en|of)\s+\d{1,2}$")


# The words that open what may follow an article number, after its blanks and one comma: a
# lid, an onderdeel or a finer part (`parse_parts`), and in `grammar` another lid ("en",
# "juncto", "jo", "j°", an ordinal, "lid"), a range ("tot en met", "t/m", "tm", a dash) or
# an open one ("e.v.", "en volgende"). Each of those patterns can match only where one of
# these stands; most numbers are followed by none ("artikel 3 van de wet", "artikel 4."),
# and one C-level `startswith` spares trying the patterns one by one.
_AFTER_BLANKS = re.compile(r"\s*,?\s*")
_OPENERS = (
    *ORDINALS,
    *("[", "lid", "leden", "laatste", "aanhef", "onder", "sub", "letter", "de", "het"),
    *("en", "juncto", "jo", "j°", "tot", "t/m", "tm", "-", "–", "e.v."),
)


def may_go_on(text: str, end: int) -> bool:
    """Whether a lid, onderdeel, finer part or range can follow an item that ends at `end`."""
    at = _AFTER_BLANKS.match(text, end).end()
    # or an ordinal in figures: "2.1.4 1e, 2e, 3e en 7e lid" (not any digit: the next
    # article of a list, "artikelen 2, 3 en 4", opens no part of this one)
    return text.startswith(_OPENERS, at) or _FIGURE_ORDINAL.match(text, at) is not None


def parse_parts(text: str, item: Item, end: int, plural: bool = False) -> tuple[Item, int]:
    """The leden and onderdelen of `item` that follow its number (or a connector)."""
    if not may_go_on(text, end):
        return item, end
    for pattern in (_LID_ORDINALS, _LID_NUMBERS):
        lid = pattern.match(text, end)
        if lid:
            numbers, end = lid.group("list") or lid.group("figures"), lid.end()
            last = _LAST_JOINED.search(numbers) if plural and pattern is _LID_NUMBERS else None
            if last is not None and lid.group("word") == "lid":
                numbers, end = numbers[: last.start()], lid.start("list") + last.start()
            item.lids = _lids(numbers)
            break
    onderdeel = _ONDERDEEL.match(text, end)
    if onderdeel:
        item.onderdelen = _onderdelen(onderdeel.group("list"))
        end = onderdeel.end()
        while (point := _POINT_THEN_MORE.match(text, end)) and (
            more := _ONDERDEEL.match(text, point.end())
        ):
            item.onderdelen += _onderdelen(more.group("list"))
            end = more.end()
    finer = _FINER.match(text, end)
    if finer:
        end = finer.end()
    return item, end


def lid_first(text: str, anchor_start: int, item: Item) -> int:
    """Extend a citation back over "het tweede lid van" before its "artikel"."""
    if not text[max(0, anchor_start - 9) : anchor_start].rstrip().endswith(("van", "van het")):
        return anchor_start  # most citations: nothing stands before "artikel"
    window_start = max(0, anchor_start - 80)
    # The search tries the pattern at every place of the window, and what it reads (a lid or
    # an onderdeel) holds one of these words: without them it could find only "van".
    if not any(text.find(word, window_start, anchor_start) >= 0 for word in _LID_FIRST_WORDS):
        return anchor_start
    match = _LID_FIRST.search(text, window_start, anchor_start)
    if not match or not (match.group("ord") or match.group("num") or match.group("ond")):
        return anchor_start
    if not item.lids and (match.group("ord") or match.group("num")):
        item.lids = _lids(match.group("ord") or match.group("num"))
    if not item.onderdelen and match.group("ond"):
        item.onderdelen = [match.group("ond").rstrip("°")]
    return match.start()
