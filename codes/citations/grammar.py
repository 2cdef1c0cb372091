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
those words mean. Nothing here guesses a law that no words join to a citation. One item,
an article number with its leden and onderdelen, is read by `items.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .anchors import anchors
from .divisions import DIVISION as _DIVISION
from .divisions import division_before as _division_before
from .items import NUMBER as _NUMBER
from .items import ORD as _ORD
from .items import ORD_JOIN as _ORD_JOIN
from .items import Item
from .items import lid_first as _lid_first
from .items import may_go_on as _may_go_on
from .items import parse_item as _parse_item
from .items import parse_parts as _parse_parts
from .law import Mention
from .law_first import closes, law_first_anchors, opens_next
from .law_phrase import GLOSS as _GLOSS
from .law_phrase import LawPhrase
from .law_phrase import law_after as _law_after
from .parallel import share_parallel_law

# "onder a, c en d, en tweede lid", "tweede lid, juncto het eerste lid": another lid of
# the same article.
# A comma alone may join them too: "artikel 169, tweede lid, vierde en vijfde lid" (ze03).
_MORE_LIDS = re.compile(
    r"(?:\s*,?\s*(?:en|juncto|jo\.?|j°)\s+(?:het\s+)?|\s*,\s*)"
    rf"(?=(?:{_ORD}(?:{_ORD_JOIN}{_ORD})*)\s+(?:lid|leden)\b|lid\s*\d)"
)
# The word may be said again after "tot en met": "Artikel 33 tot en met artikel 33d van de Wet
# gemeenschappelijke regelingen" (xi01-xi03, the gelet op of three veiligheidsregio's).
_RANGE = re.compile(r"\s*(?:(?:tot\s+en\s+met|t/m)\s*(?:[Aa]rtikel\s+)?|tm\s*|[-–]\s*)(?=\d|[IVX])")
# Set off by a comma after a lid or onderdeel, as every other part of the chain may be:
# "223, eerste lid, aanhef en onderdeel b, en volgende van de Provinciewet" (xf02).
_OPEN_RANGE = re.compile(r"\s*,?\s*(?:e\.v\.|en\s+verder|en\s+volgende)")
# Between two items of one chain; "en artikel", "jo. artikel" start the next item anew.
_NEXT = re.compile(
    r"(?P<gap>"
    + _GLOSS
    + r"[\s,()\[\]]*(?:(?:(?:en|of|alsmede|respectievelijk|juncto|jo|in\s+samenhang\s+met|"
    r"in\s+verbinding\s+met|dan\s+wel)\b\.?|j°)[\s,()\[\]]*|[\s,()\[\]]*))"
    # The preposition may be said again before the next "artikel": "bedoeld in artikel 32,
    # eerste lid en in artikel 37, eerste lid van de Archiefwet 1995" (u03), "gelet op
    # artikel 147 en op artikel 149 van de Gemeentewet".
    r"(?P<anchor>(?:(?:in|op|bij|uit)\s+)?(?:het\s+|de\s+(?=artikelen))?"
    r"(?:[Aa]rtikel(?:en)?|[Aa]rtt?\.|[Aa]rt)\s*)?"
    r"(?=\d|[IVX]+\b|[A-Z]\s?\d)"
)


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


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A copy lost the space after a lid: "69, tweede lid15, derde lid van de Gemeentewet" (a02).
# The glued number is the next article only where a lid of its own follows it; a footnote
# mark glued to "lid" has none.
_GLUED = re.compile(rf"(?<=lid)\d{{1,3}}[a-z]?(?:,?\s+{_ORD}\s+lid\b|,?\s+lid\s*\d)")
_WRAPPED = re.compile(r",|\b(?:en|of)\b")  # a connector in the gap: the list goes on
_LINE_MARKER = re.compile(r"\d{1,3}[.)]?[ \t]+[A-Z]")  # a numbered lid: "4. Het college"
_LIST_GOES_ON = re.compile(r"\d{1,4}[a-z]?(?:\s*,|\s+(?:en|of)\s)")
# A connector in the gap before the next item (compiled once: `re.search` with a pattern
# string looks it up in re's cache at every item); "de artikelen" needs a comma, "en" or "of".
_JOINS = re.compile(r"[,(]|\ben\b|\bof\b|\bj")
_JOINS_DE = re.compile(r",|\ben\b|\bof\b")


# "juncto" and "jo." before a new "artikel" in a chain.
_JUNCTO_ARTICLE = re.compile(
    r"[\s,]+(?:juncto|jo\.?|j°)\s+(?=(?:[Aa]rtikel(?:en)?|[Aa]rtt?\.|[Aa]rt)\s*\d)"
)


def _juncto_other_law(
    text: str, start: int, end: int, by_start: dict[int, Mention], opening: Mention
) -> int | None:
    """Where a law-first citation's own articles end, when "jo. artikel" joins them to an
    article of another law named after the chain: "Wgs (artikel 2 jo. artikel 147
    Gemeentewet)" (uo07) cites article 2 of the Wgs in conjunction with article 147 of the
    Gemeentewet; the law that opens the bracket has an article of its own, as in "PW (artikel
    8b)". Without a law first, "artikel 2 jo. artikel 147 Gemeentewet" is the Gemeentewet's
    twice, as a chain is."""
    juncto = _JUNCTO_ARTICLE.search(text, start, end)
    if juncto is None:
        return None
    after = _law_after(text, end, by_start)
    if after is None or after.kind != "name" or after.mention is None:
        return None
    if after.mention.start == opening.start or after.mention.law.name == opening.law.name:
        return None
    return juncto.start()


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
        if _may_go_on(text, end):  # most items: no more leden and no range follow
            end = _more_and_range(text, item, end, items)
        following = _NEXT.match(text, end)
        if following is None or (following.end() == end and not _GLUED.match(text, end)):
            break
        gap, anchor = following.group("gap"), following.group("anchor")
        # "artikel 16, artikel 19 tweede lid, de artikelen 22 en 23, artikel 33" (zb11): each
        # "artikelen" of the list opens its own plural item.
        opens_plural = bool(anchor) and anchor.rstrip().endswith(("en", "artt."))
        joined = (
            anchor
            and (not anchor.startswith("de") or _JOINS_DE.search(gap))
            or _JOINS.search(gap)
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


def _more_and_range(text: str, item: Item, end: int, items: list[Item]) -> int:
    """More leden of `item` and the range it opens, added to `items`; where they end."""
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
    return end


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
        word = anchor.group().rstrip(" \t\n[").lower()
        word = word.replace("[", "").replace("]", "").replace("(", "").replace(")", "")
        plural = word.endswith(("en", "artt."))
        items, end = _parse_chain(text, anchor.end(), plural)
        if anchor.start() in law_first and (
            juncto := _juncto_other_law(
                text, anchor.end(), end, by_start, law_first[anchor.start()]
            )
        ):
            # Read again up to the "jo.": a window from the anchor, not a copy of all the text
            # before it, with its offsets shifted back.
            window = anchor.start()
            items, end = _parse_chain(text[window:juncto], anchor.end() - window, plural)
            end += window
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
                if _division_before(text, anchor.start(), law_ends):
                    citation.division = mention.start  # "Awb (titel 4.3. en artikel 5:32)"
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
            elif (twin := _parallel(text, citation, by_start)) is not None:
                citations.append(twin)
            citations.extend(_continuations(text, citation, by_start))
    share_parallel_law(text, citations)
    return citations


_AND_THE = re.compile(r"\s*,?\s+(?:en|of)\s+(?:de|het)\s+")
# The next law of a list the plural's one number holds for: ", de WEC" as well as " en de WVO"
# ("de artikelen 4 van de WPO, de WEC en de WVO", n07; zv08).
_NEXT_OF_LIST = re.compile(r"\s*,\s*(?:de|het)\s+")


def _shared(
    text: str, citation: Citation, by_start: dict[int, Mention], opening: set[int]
) -> list[Citation]:
    """'de artikelen 20a van de Wet inkomensvoorziening ... werknemers en de Wet
    inkomensvoorziening ... zelfstandigen': "artikelen" with one number holds for each law
    of the list, joined by "en" or a comma ("de artikelen 4 van de WPO, de WEC en de WVO");
    the plural says so. (A singular "artikel 149 van de Gemeentewet en de
    Awb" names the second law as a whole.)"""
    shared, end = [], citation.end
    while joined := _AND_THE.match(text, end) or _NEXT_OF_LIST.match(text, end):
        mention = by_start.get(joined.end())
        if mention is None or mention.start in opening or not mention.law.national:
            break
        shared.append(_of_law(citation, mention))
        end = mention.end
    return shared


def _of_law(citation: Citation, mention: Mention) -> Citation:
    """`citation`'s articles again, as a citation of the law `mention` names (copies of its
    items: the two citations share no list)."""
    items = [Item(i.article, list(i.lids), list(i.onderdelen), i.range) for i in citation.items]
    law = LawPhrase("name", mention.start, mention.end, mention=mention)
    return Citation(mention.start, mention.end, items, law)


# "van de IOAW en de IOAZ", "Ioaw/Ioaz": a second law right after the first.
_AND_THE_PARALLEL = re.compile(r"\s+(?:en|of)\s+(?:de\s+|het\s+)?")


def _parallel(text: str, citation: Citation, by_start: dict[int, Mention]) -> Citation | None:
    """'artikel 35 ... van de IOAW en de IOAZ', 'artikel 13 Ioaw/Ioaz': one article of two laws
    numbered alike (`Law.parallel`) is that article of each; so is one article of two laws
    joined by a slash, which cannot name the second as a whole. (A singular "artikel 149 van
    de Gemeentewet en de Awb" names the Awb as a whole: `_shared`.)"""
    first = citation.law.mention
    if first is None:
        return None
    slash = text.startswith("/", citation.end)
    if not slash and first.law.parallel is None:
        return None  # "en de ..." names a parallel law only after a law that has one
    joined = citation.end + 1 if slash else None
    if not slash and (word := _AND_THE_PARALLEL.match(text, citation.end)):
        joined = word.end()
    mention = by_start.get(joined) if joined is not None else None
    if mention is None or not mention.law.national:
        return None
    if not slash and mention.law.name != first.law.parallel:
        return None
    return _of_law(citation, mention)


# "juncto" joins two citations as "en" does: "artikel 125 Ambtenarenwet juncto 160 Gemeentewet"
# (uc04) cites article 160 of the Gemeentewet, the number bare as after "en".
_BARE_CONTINUATION = re.compile(
    r"\s*(?:,\s*(?:en\s+|of\s+)?|\s+(?:en|of|juncto|jo\.?|j°)\s+)(?=\d)"
)


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
