"""The citation grammar: where a citation is, which articles, leden and onderdelen it
names, and which words join it to a law.

A citation is a chain of items ("artikelen 12, derde lid, 30b, tweede lid, en 44")
joined by "en", "of", commas, "jo." or "tot en met", followed by the words that
name its law ("van de Provinciewet", "Awb", "van de wet", "van die wet", "van
deze verordening"), or preceded by them ("Gemeentewet, artikel 41b", "de
Omgevingswet regelt in de artikelen 4.1 en 4.2"). A law named after a chain
holds for the whole chain; a chain followed by bare numbers and another law
("artikel 160 van de Gemeentewet en 3, 20 en 35 van de Alcoholwet") is two
citations. The grammar only says which words join; `resolve.py` says which law
those words mean. Nothing here guesses a law that no words join to a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .anchors import anchors
from .divisions import DIVISION as _DIVISION
from .divisions import division_before as _division_before
from .law_first import closes, law_first_anchors, opens_next
from .law_phrase import GLOSS as _GLOSS
from .law_phrase import LawPhrase
from .law_phrase import law_after as _law_after
from .names import Mention
from .parallel import share_parallel_law

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
_ORD = "(?:" + "|".join(ORDINALS) + ")"
_LATIN = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)"
# "artikel 82 ter voorbereiding van de raadsvergadering": a spaced "ter" before a word that
# does not go on with the citation is the preposition ("ter uitvoering", "ter inzage"),
# not the suffix of "125 ter, eerste lid" or "125 ter van de Ambtenarenwet".
_PREPOSITION_TER = (
    r"(?<=\ster)\s+(?!(?:van|lid|leden|en|of|onder|sub|onderdeel|onderdelen|aanhef|juncto|jo|"
    r"j°|tot|t/m|e\.v|alsmede|respectievelijk|dan|eerste|tweede|derde|vierde|vijfde|zesde|"
    r"zevende|achtste|negende|tiende)\b)[a-z]"
)

# 41c, 41 c, 2:4, 2:4a, 3a.1, 7.2.1., 125ter, 12 bis, I, XII
_NUMBER = re.compile(
    rf"(?P<n>\d{{1,4}}(?::\d{{1,4}})?(?:[a-z]{{1,2}}(?![a-z]))?(?:\.\d{{1,3}}(?:[a-z](?![a-z]))?)*\.?)"
    rf"(?:\s?(?P<latin>{_LATIN})\b(?!{_PREPOSITION_TER})|\s(?P<letter>[a-z])(?![\w/]|\.\w))?"
    r"|(?P<kieswet>[A-Z]\s?\d{1,3}[a-z]?)(?![\w])"  # Kieswet: "artikel X 6", "P 15"
    r"|(?P<roman>[IVX]{1,5})(?![\w])"
)
_SEP = r"(?:\s*,\s*|\s+)"
# Between two ordinals of leden: "eerste en tweede", "eerste tot en met derde", and with
# the article repeated, "zevende tot en met het tiende", "eerste en het tweede". A model's
# square brackets may hold some of them and join like commas: "2.1.4, [eerste, tweede,]
# derde en zevende lid" (z12, as the articles of f10 and p08).
_ORD_JOIN = (
    r"(?:[\s\[\]]*,[\s\[\]]*|[\s\[\]]+en\s+|\s+of\s+|\s+tot\s+en\s+met\s+|\s+t/m\s+)(?:het\s+)?"
)
# A list of leden may drop a "lid" where the next article follows: "artikelen 2.7 tweede lid,
# 3.3 eerste lid, 3.4 tweede, 3.8 eerste lid" (zi04); an ordinal right after an article
# number names nothing else.
_LID_ORDINALS = re.compile(
    rf"{_SEP}?\[?(?P<list>{_ORD}(?:{_ORD_JOIN}{_ORD})*)"
    r"(?:\s+(?:lid|leden)(?![a-z])|(?=\s*,\s*\d))"  # "lid15": see _GLUED
)
# A list ends with its "en"/"of" item: in "leden 2 en 3, 95 tot en met 99" the 95 is an article.
# A full stop ends a sentence ("Gemeentewet, artikel 33 lid 3."), not a number ("lid 3.1").
_LID_ITEM = r"(?:lid\s*)?\d{1,2}(?![\d:a-z]|\.\w)(?!\s*(?:lid|leden)\b)(?!\s+" + _ORD + r"\s+lid)"
_LID_NUMBERS = re.compile(
    rf"{_SEP}?(?P<word>lid|leden)\s*(?P<list>\d{{1,2}}(?![\d:]|\.\w)(?:\s*,\s*{_LID_ITEM})*"
    rf"(?:(?:\s+en\s+|\s+of\s+|\s+t/m\s+|\s+tot\s+en\s+met\s+){_LID_ITEM})*)"
)
# "onder a", "sub aa"; "onder C" (Nederweert, m15) where a text capitalises the letter.
_LETTER = r"(?!(?:en|of)\b)(?:[a-z]{1,2}|[A-Z])(?![\w])"
_DIGIT = r"\d{1,2}°?(?![\w])"
_ONDERDEEL = re.compile(
    # "aanhef en de onderdelen a en b" (n05): the plural may take its article; "onder
    # aanhef en onder b" (z01) puts the "onder" of its letter before the aanhef too.
    rf"{_SEP}?(?:(?:onder\s+)?aanhef(?:\s*,\s*|\s+en\s+|\s+))?(?:de\s+(?=onderdelen\b)|het\s+(?=onderdeel\b))?"
    r"(?:onder|sub|onderdeel|onderdelen|letter)\s+"
    rf"(?P<list>{_LETTER}(?:(?:\s*,\s*(?:en\s+)?|\s+en\s+|\s+of\s+|\s+respectievelijk\s+)"
    rf"(?:onder\s+|sub\s+)?{_LETTER})*"
    rf"|{_DIGIT}(?:(?:\s*,\s*|\s+en\s+|\s+of\s+)(?:onder\s+|sub\s+)?{_DIGIT})*)"
    # "onder a. van de wet", "onder b. en 31": a list letter keeps its point; no sentence
    # ends before "van" or a lowercase "en"/"of".
    r"(?:\.(?=\s+(?:van|en|of)\b))?"
)
# "eerste volzin", a bare "aanhef": finer than we record, and no obstacle to the law.
# A point of an onderdeel ("onderdeel b, onder 6°", the Aanwijzingen's form) is finer too.
_FINER = re.compile(
    rf"{_SEP}?(?:(?:{_ORD}|laatste)\s+(?:volzin|zin)|aanhef|(?:onder|sub)\s+\d{{1,2}}°)(?=[\s,])"
)
# "onder a, c en d, en tweede lid", "tweede lid, juncto het eerste lid": another lid of
# the same article.
# A comma alone may join them too: "artikel 169, tweede lid, vierde en vijfde lid" (ze03).
_MORE_LIDS = re.compile(
    r"(?:\s*,?\s*(?:en|juncto|jo\.?|j°)\s+(?:het\s+)?|\s*,\s*)"
    rf"(?=(?:{_ORD}(?:{_ORD_JOIN}{_ORD})*)\s+(?:lid|leden)\b|lid\s*\d)"
)
_RANGE = re.compile(r"\s*(?:tot\s+en\s+met|t/m|tm|[-–])\s*(?=\d|[IVX])")
_OPEN_RANGE = re.compile(r"\s*(?:e\.v\.|en\s+verder|en\s+volgende)")
# Between two items of one chain; "en artikel", "jo. artikel" start the next item anew.
_NEXT = re.compile(
    r"(?P<gap>"
    + _GLOSS
    + r"[\s,()\[\]]*(?:(?:(?:en|of|alsmede|respectievelijk|juncto|jo|in\s+samenhang\s+met|"
    r"in\s+verbinding\s+met|dan\s+wel)\b\.?|j°)[\s,()\[\]]*|[\s,()\[\]]*))"
    r"(?P<anchor>(?:het\s+|de\s+(?=artikelen))?(?:[Aa]rtikel(?:en)?|[Aa]rtt?\.|[Aa]rt)\s*)?"
    r"(?=\d|[IVX]+\b|[A-Z]\s?\d)"
)
# "het tweede lid van artikel 15", "lid 2, onder a, van artikel 3", "onderdeel b van artikel 1"
_LID_FIRST = re.compile(
    rf"(?:(?:het|de)\s+)?(?:(?P<ord>{_ORD}(?:{_ORD_JOIN}{_ORD})*)\s+(?:lid|leden)"
    r"|(?:lid|leden)\s*(?P<num>\d{1,2}(?:\s+en\s+\d{1,2})?))?"
    r"(?:,?\s*(?:aanhef\s+en\s+)?(?:onder|onderdeel|sub)\s+(?P<ond>[a-z]|\d{1,2}°?))?"
    r",?\s+van\s+(?:het\s+)?$"
)


@dataclass
class Item:
    """One article of a citation with its leden and onderdelen."""

    article: str
    lids: list[int] = field(default_factory=list)
    onderdelen: list[str] = field(default_factory=list)
    range: str | None = None  # "8:1-8:5" on both endpoints; "2:1-" for "2:1 e.v."


@dataclass
class Citation:
    start: int
    end: int
    items: list[Item]
    law: LawPhrase | None = None
    # A division of the same law named with the articles: where the words that cite only
    # articles end, so that the law is named for the division too. Between the articles
    # and the law ("255 en afdeling 4.2 van de Gemeentewet") it is where the division
    # starts; before the articles ("hoofdstuk IVa. en artikel 149 van de Gemeentewet"),
    # where the law's name starts.
    division: int | None = None


def _lids(text: str) -> list[int]:
    words = re.findall(rf"{_ORD}|\d+", text.lower())
    numbers = [ORDINALS[w] if w in ORDINALS else int(w) for w in words]
    if re.search(r"t/m|tot\s+en\s+met", text) and len(numbers) == 2 and numbers[0] < numbers[1]:
        return list(range(numbers[0], min(numbers[1], numbers[0] + 20) + 1))
    return numbers


def _onderdelen(text: str) -> list[str]:
    found = re.findall(r"(?<![\w])(?:[a-z]{1,2}|[A-Z]|\d{1,2}°?)(?![\w])", text)
    skip = {"en", "of", "onder", "sub"}
    return [o.rstrip("°").lower() for o in found if o not in skip]


def _article(match: re.Match[str]) -> str:
    if match.group("kieswet"):
        return re.sub(r"\s+", " ", match.group("kieswet"))
    if match.group("roman"):
        return match.group("roman")
    number = match.group("n").rstrip(".")
    return number + (match.group("latin") or match.group("letter") or "")


def _parse_item(text: str, position: int, plural: bool = False) -> tuple[Item, int] | None:
    """An article number with its leden and onderdelen. `plural`: it opens "artikelen"."""
    match = _NUMBER.match(text, position)
    if not match:
        return None
    end = match.end()
    if match.group("n") and match.group("n").endswith(".") and not match.group("latin"):
        end = match.start() + len(match.group("n"))  # "7.2.1." keeps its full stop
    return _parse_parts(text, Item(_article(match)), end, plural)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A copy lost the space after a lid: "69, tweede lid15, derde lid van de Gemeentewet" (a02).
# The glued number is the next article only where a lid of its own follows it; a footnote
# mark glued to "lid" has none.
_GLUED = re.compile(rf"(?<=lid)\d{{1,3}}[a-z]?(?:,?\s+{_ORD}\s+lid\b|,?\s+lid\s*\d)")
_WRAPPED = re.compile(r",|\b(?:en|of)\b")  # a connector in the gap: the list goes on
_LINE_MARKER = re.compile(r"\d{1,3}[.)]?[ \t]+[A-Z]")  # a numbered lid: "4. Het college"
_LIST_GOES_ON = re.compile(r"\d{1,4}[a-z]?(?:\s*,|\s+(?:en|of)\s)")
# "de artikelen 4 lid 3 en 6": "artikelen" names two articles at least, so the number
# after the last "en" of the first article's "lid" list is the second article.
_LAST_JOINED = re.compile(r"\s+(?:en|of)\s+\d{1,2}$")


def _parse_parts(text: str, item: Item, end: int, plural: bool = False) -> tuple[Item, int]:
    """The leden and onderdelen of `item` that follow its number (or a connector)."""
    for pattern in (_LID_ORDINALS, _LID_NUMBERS):
        lid = pattern.match(text, end)
        if lid:
            numbers, end = lid.group("list"), lid.end()
            last = _LAST_JOINED.search(numbers) if plural and pattern is _LID_NUMBERS else None
            if last is not None and lid.group("word") == "lid":
                numbers, end = numbers[: last.start()], lid.start("list") + last.start()
            item.lids = _lids(numbers)
            break
    onderdeel = _ONDERDEEL.match(text, end)
    if onderdeel:
        item.onderdelen = _onderdelen(onderdeel.group("list"))
        end = onderdeel.end()
    finer = _FINER.match(text, end)
    if finer:
        end = finer.end()
    return item, end


def _last_lid_takes_onderdelen(item: Item) -> list[Item]:
    """Onderdelen after a list of leden are the last lid's, as a suffix binds to the
    nearest word: "156, eerste en tweede lid, aanhef en onderdeel h" (lid 1 of article
    156 Gemeentewet has none; c12, zc07). Both leden's would be "eerste lid, onder a, en
    tweede lid, onder a"."""
    if len(item.lids) < 2 or not item.onderdelen:
        return [item]
    last = Item(item.article, item.lids[-1:], item.onderdelen, item.range)
    item.lids, item.onderdelen = item.lids[:-1], []
    return [item, last]


def _parse_chain(text: str, position: int, plural: bool = False) -> tuple[list[Item], int]:
    """Items from `position` (just after "artikel"; `plural`: "artikelen"), joined by
    connectors, and the end."""
    items: list[Item] = []
    end = position
    opens_plural = plural  # the item right after "artikelen"
    while True:
        parsed = _parse_item(text, position, opens_plural)
        if parsed is None:
            break
        item, end = parsed
        items.extend(_last_lid_takes_onderdelen(item))
        while (more := _MORE_LIDS.match(text, end)) is not None:
            again, again_end = _parse_parts(text, Item(item.article), more.end())
            if not again.lids:
                break
            items.append(again)
            end = again_end
        ranged = _RANGE.match(text, end)
        if ranged:
            closing = _parse_item(text, ranged.end())
            if closing is not None:
                last, end = closing
                item.range = last.range = f"{item.article}-{last.article}"
                items.append(last)
        else:
            open_range = _OPEN_RANGE.match(text, end)
            if open_range:
                item.range = f"{item.article}-"
                end = open_range.end()
        following = _NEXT.match(text, end)
        if following is None or (following.end() == end and not _GLUED.match(text, end)):
            break
        gap, anchor = following.group("gap"), following.group("anchor")
        # "artikel 16, artikel 19 tweede lid, de artikelen 22 en 23, artikel 33" (zb11): each
        # "artikelen" of the list opens its own plural item.
        opens_plural = bool(anchor) and anchor.rstrip().endswith(("en", "artt."))
        joined = (
            anchor
            and (not anchor.startswith("de") or re.search(r",|\ben\b|\bof\b", gap))
            or re.search(r"[,(]|\ben\b|\bof\b|\bj", gap)
            or following.end() == end  # glued: "tweede lid15, derde lid"
        )
        if not joined and not (
            plural and len(items) >= 2 and _LIST_GOES_ON.match(text, following.end())
        ):
            # "artikel 3 4 personen": numbers not joined by a connector; but a list of
            # "artikelen" that goes on lost a comma: "artikelen 4, 25a, 25c 25d en 26".
            break
        if "\n" in gap and (
            _BLANK_LINE.search(gap)
            or not (following.group("anchor") or _WRAPPED.search(gap))
            or _LINE_MARKER.match(text, following.end())
        ):
            # A chain goes on over a line break with "artikel", or with a connector where a
            # PDF wrapped the list ("2.1.6, 2.3.6, vierde lid\nen 2.6.6"), never past a
            # paragraph, and never into a numbered line ("3,\n4. Het college ...").
            break
        if _NUMBER.match(text, following.end()) is None:
            break
        position = following.end()
    return items, end


def _lid_first(text: str, anchor_start: int, item: Item) -> int:
    """Extend a citation back over "het tweede lid van" before its "artikel"."""
    if not text[max(0, anchor_start - 9) : anchor_start].rstrip().endswith(("van", "van het")):
        return anchor_start  # most citations: nothing stands before "artikel"
    window_start = max(0, anchor_start - 80)
    match = _LID_FIRST.search(text, window_start, anchor_start)
    if not match or not (match.group("ord") or match.group("num") or match.group("ond")):
        return anchor_start
    if not item.lids and (match.group("ord") or match.group("num")):
        item.lids = _lids(match.group("ord") or match.group("num"))
    if not item.onderdelen and match.group("ond"):
        item.onderdelen = [match.group("ond").rstrip("°")]
    return match.start()


def find_citations(text: str, mentions: list[Mention]) -> list[Citation]:
    """Every citation in `text`, in order, with the words that join it to a law."""
    by_start = {m.start: m for m in mentions}
    law_first = law_first_anchors(text, mentions)
    law_ends = {m.end for m in mentions}
    opening = {m.start for m in law_first.values()}  # laws that open a law-first citation
    citations: list[Citation] = []
    for anchor in anchors(text):
        before = text[anchor.start() - 1] if anchor.start() else " "
        if before.isalnum() or before in "._":
            continue  # inside a word: "Wetsartikel 3"
        if citations and anchor.start() < citations[-1].end:
            continue  # inside the previous citation ("jo artikel 15")
        word = anchor.group().rstrip(" \t\n[").replace("[", "").replace("]", "").lower()
        plural = word.endswith(("en", "artt."))
        items, end = _parse_chain(text, anchor.end(), plural)
        if not items:
            continue
        start = _lid_first(text, anchor.start(), items[0])
        citation = Citation(start, end, items, _law_after(text, end, by_start))
        if citation.law is not None and citation.law.kind == "cut":
            continue  # of a law whose name the copy cut off: neither internal nor another law's
        if citation.law is None and (division := _DIVISION.match(text, end)):
            law = _law_after(text, division.end(), by_start)
            if law is not None and law.kind == "name":
                citation.law, citation.division = law, division.start("division")
        if anchor.start() in law_first and opens_next(text, end, citation.law, opening):
            citation.law = None  # "Drank- en Horecawet, art. 23, Gemeentewet, art. 147 en 149"
        if citation.law is None and anchor.start() in law_first:
            mention = law_first[anchor.start()]
            if not closes(citations, mention):
                citation.law = LawPhrase("name", mention.start, mention.end, mention=mention)
                citation.start = mention.start
        if citation.law is not None:
            citation.end = max(citation.end, citation.law.end)
            if (
                citation.division is None
                and citation.law.kind == "name"
                and _division_before(text, citation.start, law_ends)
            ):
                citation.division = citation.law.start
        citations.append(citation)
        if citation.law is not None and citation.law.kind == "name":
            if plural and len({item.article for item in items}) == 1:
                citations.extend(_shared(text, citation, by_start, opening))
            citations.extend(_continuations(text, citation, by_start))
    share_parallel_law(text, citations)
    return citations


_AND_THE = re.compile(r"\s*,?\s+(?:en|of)\s+(?:de|het)\s+")


def _shared(
    text: str, citation: Citation, by_start: dict[int, Mention], opening: set[int]
) -> list[Citation]:
    """'de artikelen 20a van de Wet inkomensvoorziening ... werknemers en de Wet
    inkomensvoorziening ... zelfstandigen': "artikelen" with one number holds for each law
    of the list; the plural says so. (A singular "artikel 149 van de Gemeentewet en de
    Awb" names the second law as a whole.)"""
    joined = _AND_THE.match(text, citation.end)
    mention = by_start.get(joined.end()) if joined else None
    if mention is None or mention.start in opening or not mention.law.national:
        return []
    items = [Item(i.article, list(i.lids), list(i.onderdelen), i.range) for i in citation.items]
    law = LawPhrase("name", mention.start, mention.end, mention=mention)
    return [Citation(mention.start, mention.end, items, law)]


_BARE_CONTINUATION = re.compile(r"\s*(?:,\s*(?:en\s+|of\s+)?|\s+(?:en|of)\s+)(?=\d)")


def _continuations(text: str, citation: Citation, by_start: dict[int, Mention]) -> list[Citation]:
    """'artikel 160 van de Gemeentewet en 3, 20 en 35 van de Alcoholwet': bare numbers
    after a law, closed by another law, are a citation of that other law."""
    results = []
    end = citation.end
    while True:
        bare = _BARE_CONTINUATION.match(text, end)
        if not bare:
            break
        items, items_end = _parse_chain(text, bare.end())
        law = _law_after(text, items_end, by_start) if items else None
        if not items or law is None or law.kind != "name":
            break
        following = Citation(bare.end(), law.end, items, law)
        results.append(following)
        end = following.end
    return results
