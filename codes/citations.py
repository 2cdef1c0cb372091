"""Find citations in text and split them per article, lid and onderdeel.

A small scanner over the shapes in which Dutch codes cite: "artikel 41c, tweede
lid, van de Gemeentewet", "artikelen 41c, eerste lid, en 69, eerste lid, jo
artikel 15, eerste en tweede lid, Gemeentewet", "art. 170 lid 2 Gemeentewet",
"artikel 15 lid 1 en lid 2", "Gemeentewet, artikel 41 b:", "(artikel 58 en)
artikel 28 Gemeentewet". It knows nothing of nodes: `references.py` places
each `Citation` in the graph and resolves it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .registry import Law, registry

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
ANCHOR = re.compile(r"(?<![\w.])(?:[Aa]rtikel(?:en|s)?|ARTIKEL(?:EN)?|[Aa]rt\.)\s+(?=\d)")
_NUMBER = re.compile(r"(\d{1,4}(?::\d{1,4}[a-z]?)?(?:\.\d{1,3}[a-z]?)*)(?:\s?([a-z])(?![a-z\d]))?")
_LID_ORDINALS = re.compile(
    rf",?\s*({_ORD}(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+tot en met\s+){_ORD})*)\s+(?:lid|leden)\b",
    re.I,
)
_LID_NUMBERS = re.compile(
    r",?\s*(?:lid|leden)\s+(\d{1,2}(?:\s*(?:,|en|of|t/m)\s*(?:lid\s+)?\d{1,2})*)\b(?!\.\d)"
)
_ONDERDEEL = re.compile(
    r",?\s*(?:aanhef\s+en\s+)?(?:onder|sub|onderdeel|onderdelen)\s+"
    r"((?:[a-z]|\d{1,2}°?)(?:\s*(?:,|en|of)\s*(?:[a-z]|\d{1,2}°?))*)\b(?!\w)"
)
_NEXT_ITEM = re.compile(
    r"\s*(?:,\s*(?:en\s+|of\s+)?|\s+en\s+|\s+of\s+|\s+t/m\s+|\s+tot en met\s+)(?:(?:het\s+)?(?:artikel|art\.)\s+)?(?=\d)"
)
_JO = re.compile(r"\s*,?\s*(?:jo\.?|juncto|in samenhang met)\s+(?=(?:[Aa]rtikel|[Aa]rt\.)\s)")
_LAW_LEAD = re.compile(r",?\s*(?:van\s+(?:de|het|die)\s+|uit\s+de\s+|der\s+|de\s+)?")
_THAT_LAW = re.compile(r",?\s*van\s+(?:die|deze)\s+wet\b")
_UNKNOWN_LAW = re.compile(
    r",?\s*(?:van\s+(?:de|het)\s+)((?:Wet|Verordening|Besluit|Regeling|Reglement|Rechtspositiebesluit|"
    r"Algemene|Uitvoeringsbesluit)\b[^,.;:()\n]{2,80}?)(?=[,.;:()\n]|\s+(?:en|of|is|zijn|wordt|worden|bepaalt|"
    r"van toepassing)\b|$)"
)
_LAW_BEFORE = re.compile(r"([A-Z][\w ]{2,80}?)\s*[,:]\s*$")


@dataclass
class Item:
    article: str
    lids: list[int] = field(default_factory=list)
    onderdeel: str | None = None


@dataclass
class Citation:
    start: int
    end: int
    items: list[Item]
    law: Law | None = None
    law_name: str | None = None  # as written, for laws the registry does not know
    same_law_as_previous: bool = False  # "van die wet"
    law_at: int | None = None  # where the law name starts, for citations sharing it


def _lids(text: str) -> list[int]:
    words = re.findall(rf"{_ORD}|\d+", text.lower())
    numbers = [ORDINALS[w] if w in ORDINALS else int(w) for w in words]
    if (" t/m " in text or "tot en met" in text) and len(numbers) == 2:
        return list(range(numbers[0], numbers[1] + 1))
    return numbers


def _between(first: str, last: str) -> list[str]:
    """The article numbers strictly between two ends of a range: 3..6, 5.2..5.4, 41a..41c."""
    a, b = re.fullmatch(r"(.*?)(\d+|[a-z])", first), re.fullmatch(r"(.*?)(\d+|[a-z])", last)
    if not a or not b or a.group(1) != b.group(1):
        return []
    low, high = a.group(2), b.group(2)
    if low.isdigit() and high.isdigit() and int(high) - int(low) < 50:
        return [f"{a.group(1)}{n}" for n in range(int(low) + 1, int(high))]
    if low.isalpha() and high.isalpha():
        return [f"{a.group(1)}{chr(c)}" for c in range(ord(low) + 1, ord(high))]
    return []


def _parse_item(text: str, position: int) -> tuple[Item, int] | None:
    match = _NUMBER.match(text, position)
    if not match:
        return None
    article = match.group(1) + (match.group(2) or "")
    end = match.end()
    item = Item(article)
    for pattern in (_LID_ORDINALS, _LID_NUMBERS):
        lid = pattern.match(text, end)
        if lid:
            item.lids = _lids(lid.group(1))
            end = lid.end()
            break
    onderdeel = _ONDERDEEL.match(text, end)
    if onderdeel:
        item.onderdeel = re.sub(r"\s*(?:,|en|of)\s*", ",", onderdeel.group(1))
        end = onderdeel.end()
    return item, end


def parse_citation(text: str, anchor: re.Match[str]) -> Citation:
    items: list[Item] = []
    position = anchor.end()
    end = anchor.start()
    while True:
        parsed = _parse_item(text, position)
        if parsed is None:
            break
        item, end = parsed
        items.append(item)
        following = _NEXT_ITEM.match(text, end)
        joined = _JO.match(text, end)
        if joined:
            keyword = ANCHOR.match(text, joined.end())
            if keyword:
                position = keyword.end()
                continue
        if following and _NUMBER.match(text, following.end()):
            position = following.end()
            if re.search(r"t/m|tot en met", following.group()):
                range_from = (
                    len(items) - 1
                )  # the next item closes a range: "artikelen 3 tot en met 6"
                parsed = _parse_item(text, position)
                if parsed is not None:
                    last, end = parsed
                    items.extend(Item(n) for n in _between(items[range_from].article, last.article))
                    items.append(last)
                    following = _NEXT_ITEM.match(text, end)
                    if following and _NUMBER.match(text, following.end()):
                        position = following.end()
                        continue
                break
            continue
        break
    citation = Citation(anchor.start(), end, items)
    lead = _LAW_LEAD.match(text, end)
    law_match = registry().match_at(text, lead.end()) if lead else None
    if law_match:
        citation.law = registry().resolve(law_match.group())
        citation.law_name = citation.law.name if citation.law else law_match.group()
        citation.law_at = law_match.start()
        citation.end = law_match.end()
    elif _THAT_LAW.match(text, end):
        citation.same_law_as_previous = True
        citation.end = _THAT_LAW.match(text, end).end()
    else:
        unknown = _UNKNOWN_LAW.match(text, end)
        if unknown:
            citation.law_name = unknown.group(1).strip()
            citation.law = registry().resolve(citation.law_name)
            citation.law_at = unknown.start(1)
            citation.end = unknown.end(1)
        else:
            before = _LAW_BEFORE.search(text, max(0, anchor.start() - 90), anchor.start())
            if before and registry().resolve(before.group(1).strip()):
                citation.law = registry().resolve(before.group(1).strip())
                citation.law_name = citation.law.name
    return citation


def find_citations(text: str) -> list[Citation]:
    """Every citation in `text`, in order; a law shared by a chain is given to all of it."""
    citations: list[Citation] = []
    for anchor in ANCHOR.finditer(text):
        if citations and anchor.start() < citations[-1].end:
            continue  # inside the previous citation ("jo artikel 15")
        citation = parse_citation(text, anchor)
        if citation.items:
            citations.append(citation)
    # "(artikel 58 en) artikel 28 Gemeentewet": a citation without law followed closely by
    # one with a law shares it.
    for current, following in zip(reversed(citations[:-1]), reversed(citations[1:]), strict=True):
        gap = text[current.end : following.start]
        if (
            current.law is None
            and current.law_name is None
            and following.law_name
            and re.fullmatch(r"[\s,()]*(?:en|of|jo\.?|juncto)?[\s,()]*", gap)
        ):
            current.law, current.law_name = following.law, following.law_name
    return citations


def inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether `position` falls in one of the sorted, non-overlapping `spans` (`starts` their starts)."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < spans[i][1]


def law_mentions(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, Law]]:
    """Laws named without an article, outside the spans of article citations."""
    found = []
    starts = [start for start, _ in covered]
    for match in registry().find_all(text):
        if inside(covered, starts, match.start()):
            continue
        law = registry().resolve(match.group())
        if law:
            found.append((match.start(), match.end(), law))
    return found
