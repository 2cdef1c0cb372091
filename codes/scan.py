"""Fast whole-text scans with Python's `re`.

`re` finds a pattern quickly only when it starts with a literal and is case-sensitive;
a pattern that starts with an alternation of common words, a class, a lookbehind or
`\\b`, or that ignores case, is tried at every position of the text. The rules that
scan whole documents use two ways round that, measured in `benchmarks/bench_parse.py`:

- `lowered`: a lowercase copy of the text with the same length, so a lowercase
  pattern without IGNORECASE finds "Aldus vastgesteld" and "aldus vastgesteld" alike,
  at the same offsets;
- `near`: a pattern searched only around the literal words every match contains
  ("vergadering" in an adoption clause, "lid" in "het eerste lid");
- `first`: where the first of the literal words every match holds stands, found by
  `str.find`; a pattern is searched from there (or from that word's line, for one that
  starts at a line's start), and not at all where none of them stands.

`run_start` reads backwards from a match instead of slicing from the line's start,
which on a line that holds a whole document would be quadratic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter
from typing import TypeVar

from .many_words import WordPlaces, literal_places, literal_trie, trie_pattern

T = TypeVar("T")
_SPECIAL = re.compile(r"[\\.^$*+?{}\[\]|()]")  # a word without these is plain text


@dataclass(frozen=True)
class Anchors:
    """Literal words every match of a pattern holds, and how far the match may reach:
    at most `before` characters before the word and `after` characters after it (a
    lookahead sees no further, so `after` also covers what the lookaheads read).

    The words are found without overlap, so keep each one short (a word, or a
    character and a lookahead): an anchor must not swallow the next one.
    """

    words: tuple[re.Pattern, ...]
    before: int
    after: int
    plain: tuple[str | None, ...] = ()  # each word that is plain text, else None
    # Plain words that differ only in case ("lid", "Lid"): each lowercase spelling with
    # the indexes of the words it stands for, found in one scan of the lowercase copy.
    folded: tuple[tuple[str, tuple[int, ...]], ...] = ()
    # For each word that is a pattern: a literal every match of it holds that a scan can
    # find it by (`literal_key`), else None.
    keys: tuple[Key | None, ...] = ()
    # The literals of one word that is their alternation (`any_of`), found by one walk.
    literals: tuple[str, ...] = ()

    @classmethod
    def of(cls, *words: str, before: int, after: int) -> Anchors:
        plain = tuple(None if _SPECIAL.search(word) else word for word in words)
        spellings: dict[str, list[int]] = {}
        for index, word in enumerate(plain):
            if word is not None and word.lower() == same_length_lower(word):
                spellings.setdefault(word.lower(), []).append(index)
        folded = tuple(
            (low, tuple(indexes))
            for low, indexes in spellings.items()
            if len(indexes) > 1 and not _overlaps_itself(low)
        )
        patterns = tuple(re.compile(word) for word in words)
        keys = tuple(
            literal_key(pattern) if word is None else None
            for pattern, word in zip(patterns, plain, strict=True)
        )
        return cls(patterns, before, after, plain, folded, keys)

    @classmethod
    def any_of(cls, literals: tuple[str, ...], *, before: int, after: int) -> Anchors:
        """One word that is any of `literals` (the longest where several start at one
        place, as their alternation longest first finds them), found by one Aho-Corasick
        walk: `re` tries an alternation at every place where one of its first characters
        stands (30 labels that start with a capital: 4x slower)."""
        anchors = cls.of(trie_pattern(literal_trie(literals)), before=before, after=after)
        return replace(anchors, literals=tuple(literals))

    def places(self, text: str) -> list[tuple[int, int]]:
        """Where the words stand, by start (a word listed first first where two start
        at one place, as `heapq.merge` of their scans would give them). A plain word is
        found by `str.find`, which skips through the text faster than `re` where its
        first letter is common ("egeling")."""
        if self.literals:
            return literal_places(self.literals, text, self.words[0])
        if self.folded:
            return self._places_folded(text)
        found: list[tuple[int, int]] = []
        for index, (word, plain) in enumerate(
            zip(self.words, self.plain or (None,) * len(self.words), strict=True)
        ):
            if plain is None:
                found += _pattern_places(word, self.keys[index] if self.keys else None, text)
            else:
                found += _plain_places(plain, text)
        if len(self.words) > 1:
            found.sort(key=itemgetter(0))
        return found

    def _places_folded(self, text: str) -> list[tuple[int, int]]:
        """`places`, with the words of each `folded` group found in one scan of the
        lowercase copy instead of one scan each: a spelling that cannot overlap itself
        stands at every place where one of its case forms does, and nowhere else."""
        found: list[tuple[int, int, int]] = []  # start, the word's index, end
        grouped = set()
        low = lowered(text)
        for spelling, indexes in self.folded:
            grouped.update(indexes)
            size = len(spelling)
            at = low.find(spelling)
            while at >= 0:
                for index in indexes:
                    if text.startswith(self.plain[index], at):
                        found.append((at, index, at + size))
                        break
                at = low.find(spelling, at + size)
        for index, (word, plain) in enumerate(zip(self.words, self.plain, strict=True)):
            if index in grouped:
                continue
            if plain is None:
                spans = _pattern_places(word, self.keys[index], text)
            else:
                spans = _plain_places(plain, text)
            found += ((start, index, end) for start, end in spans)
        found.sort(key=itemgetter(0, 1))
        return [(start, end) for start, _, end in found]


def _plain_places(word: str, text: str) -> list[tuple[int, int]]:
    """The spans of `word` in `text`, without overlap, found by `str.find`."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append((at, at + len(word)))
        at = text.find(word, at + len(word))
    return found


def _pattern_places(word: re.Pattern, key: Key | None, text: str) -> list[tuple[int, int]]:
    """The spans `word.finditer(text)` gives."""
    if key is None:
        return [match.span() for match in word.finditer(text)]
    return [match.span() for match in _keyed_matches(word, key, text)]


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches `pattern.finditer(text)` gives, found from the literal every match
    holds where the pattern has a rare one (`literal_key`)."""
    key = literal_key(pattern)
    return pattern.finditer(text) if key is None else _keyed_matches(pattern, key, text)


def _keyed_matches(word: re.Pattern, key: Key, text: str) -> Iterator[re.Match]:
    """`word.finditer(text)`, where every match holds `key` (`literal_key`): `word` is
    tried only where `str.find` finds its literal, at the start the key gives, from where
    the match before ended. `re` looks for a literal more slowly, and not at all for one
    after a pattern's start ("volgt" in "als\\s+volgt")."""
    lead, literal = key
    end = 0
    at = text.find(literal)
    while at >= 0:
        start = at
        if lead:  # the blanks before the literal (what `\\s` matches), and the lead before them
            while start > 0 and text[start - 1].isspace():
                start -= 1
            start = start - len(lead) if start < at and text.endswith(lead, 0, start) else -1
        if start >= end and (match := word.match(text, start)) is not None:
            yield match
            end = match.end()  # every later match holds its literal after this end
            at = text.find(literal, end)
        else:
            at = text.find(literal, at + 1)  # overlapping places too: "aa" twice in "aaa"


# A literal shorter than this is common ("is", "als", "door"): `re` finds it as fast, or
# trying the pattern at every place of it costs more than `re`'s scan.
_RARE_LITERAL = 5
Key = tuple[str, str]  # ("", prefix), or (lead, literal) for "lead\\s+literal..."


@cache  # a module's patterns, read once
def literal_key(pattern: re.Pattern) -> Key | None:
    """A literal every match of `pattern` holds that a scan can find it by: the literal it
    starts with, ("", prefix), at least `_RARE_LITERAL` long; else, for "lead\\s+literal...",
    (lead, literal), the literal at least `_RARE_LITERAL` long and neither with a blank in
    it (so that the blanks before the literal are the `\\s+`). None where there is neither,
    or the pattern ignores case."""
    from re import _constants as sre  # the parser `re` itself reads patterns with
    from re import _parser

    if pattern.flags & re.IGNORECASE:
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    lead = _literal(items, 0)
    if len(lead) >= _RARE_LITERAL:
        return ("", lead)
    if not lead or len(items) <= len(lead):
        return None
    op, argument = items[len(lead)]
    blanks = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]
    if op is not sre.MAX_REPEAT or argument[:2] != (1, sre.MAXREPEAT) or argument[2].data != blanks:
        return None
    literal = _literal(items, len(lead) + 1)
    if len(literal) < _RARE_LITERAL or any(c.isspace() for c in lead + literal):
        return None
    return (lead, literal)


def _literal(items: list, start: int) -> str:
    """The text of the literal characters from `items[start]` on."""
    from re import _constants as sre

    text = ""
    for op, argument in items[start:]:
        if op is not sre.LITERAL:
            break
        text += chr(argument)
    return text


def _overlaps_itself(word: str) -> bool:
    """Whether two places of `word` can overlap ("anan" in "ananas"): it begins with
    what it ends with."""
    return any(word[:size] == word[-size:] for size in range(1, len(word)))


_ASCII = bytes(range(128))
# Characters at a time that a whole-text copy is made in: the copies of a 100 MB file's
# text, each its own fresh memory, cost more in page faults than in copying.
_PIECE = 1 << 20


def past_ascii(text: str) -> set[str]:
    """The distinct characters of `text` past ASCII (few, in a Dutch text)."""
    found: set[str] = set()
    for start in range(0, len(text), _PIECE):
        found |= _past_ascii_in(text[start : start + _PIECE].encode("utf-8", "surrogatepass"))
    return found


def _past_ascii_in(data: bytes) -> set[str]:
    """The distinct characters past ASCII of a text encoded as UTF-8 (surrogates passed)."""
    return set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))


def same_length_lower(text: str) -> str:
    """`text` in lowercase, with the same length (and so the same offsets)."""
    if len(text) > _PIECE and "Σ" not in text:  # lowered one character at a time
        return "".join(
            same_length_lower(text[start : start + _PIECE]) for start in range(0, len(text), _PIECE)
        )
    if not text.isascii() and "Σ" not in text:  # "Σ" lowercases by its place in a word
        # `str.lower` reads a text with any character past ASCII one character at a time,
        # 10x slower than `bytes.lower`, which lowers ASCII letters only: the rest, few
        # distinct characters, are lowered one by one.
        data = text.encode("utf-8", "surrogatepass")
        others = _past_ascii_in(data)
        changes = {c: lower for c in others if len(lower := c.lower()) == 1 and lower != c}
        if not changes.keys() & set(changes.values()):  # no replacement undoes another
            low = data.lower().decode("utf-8", "surrogatepass")
            for char, lower in changes.items():
                low = low.replace(char, lower)
            return low
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lowercase to two ("İ" -> "i̇"); keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_TEXT_CACHES: list = []


def text_cache(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function` of a whole document's text, remembered for the last two texts (a str
    caches its hash, so a hit costs no pass over the text) until `forget_texts`."""
    cached = lru_cache(maxsize=2)(function)
    _TEXT_CACHES.append(cached)
    return cached


def forget_texts() -> None:
    """Drop what `text_cache` holds: the texts are its keys, and a large file's copies
    would stay alive beside its graph until the next file came."""
    for cached in _TEXT_CACHES:
        cached.cache_clear()


# For whole documents only: a parse scans its source and its normalized text, each
# several times. A part of a document is a slice of its lowered text, never an entry
# that evicts the whole.
lowered = text_cache(same_length_lower)


def word_char(text: str, index: int) -> bool:
    """Whether `text[index]` is a character `\\w` matches (False outside the text):
    the test a leading `\\b` or lookbehind would make, made on a match instead."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def near(
    pattern: re.Pattern,
    text: str,
    anchors: Anchors,
    held: Callable[[str, int], bool] | None = None,
) -> Iterator[re.Match]:
    """The matches `pattern.finditer(text)` gives, where every match holds an anchor.

    `held`, a cheap test of an anchor's place that the first anchor inside every match
    passes (a "lid" after an ordinal), spares the search of a window where no anchor from
    its start to the one searched from passes it: no match can start there."""
    end = 0
    places = anchors.places(text)
    live = [at for at, _ in places if held(text, at)] if held is not None else []
    for at, stop in places:
        if at < end:
            continue
        start = max(end, at - anchors.before)
        if held is not None:
            i = bisect_left(live, start)
            if i == len(live) or live[i] > at:
                continue
        match = pattern.search(text, start, stop + anchors.after)
        # A match that starts after this anchor holds a later one: found from that one,
        # with a window long enough for its lookaheads.
        if match and match.start() <= at:
            end = match.end()
            yield match


def first(
    text: str,
    words: tuple[str, ...],
    end: int | None = None,
    *,
    start: int = 0,
    places: WordPlaces | None = None,
) -> int:
    """Where the first of `words` starts in `text[start:end]`, or -1 where none does.

    Where every match of a pattern starts with one of `words`, no match starts before
    that place, so a search from it finds what a search from 0 finds; where every match
    starts at a line's start and holds one of `words` on that line, the same holds for
    that word's line (`line_start`). `str.find` skips through the text far faster than
    `re` tries a pattern that opens with a class, an alternation or `^`; `places`, where
    the words were found in one walk of `text` beforehand, faster still."""
    if places is not None and (found := places.first(words, end, start)) is not None:
        return found
    best = -1
    for word in words:
        # Once one word is found, another counts only where it starts before it: it then
        # ends before `best - 1 + len(word)`, and the search need read no further.
        stop = end if best < 0 else best - 1 + len(word)
        if end is not None and stop is not None and stop > end:
            stop = end
        at = text.find(word, start, stop)
        if at >= 0:
            best = at
    return best


def line_match(
    pattern: re.Pattern, text: str, words: tuple[str, ...], places: WordPlaces | None = None
) -> re.Match | None:
    """The first match of `pattern` in `text`, where every match starts at a line's start
    and holds one of `words` on that line: `pattern` is tried only at the start of each line
    that holds one (`first`), not searched at every place of the text after the first one."""
    at = first(text, words, places=places)
    while at >= 0:
        match = pattern.match(text, line_start(text, at))
        if match is not None:
            return match
        end = text.find("\n", at)
        at = first(text, words, start=end + 1, places=places) if end >= 0 else -1
    return None


def opening_matches(
    pattern: re.Pattern, text: str, lead: re.Pattern, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """The matches `pattern.finditer(text, pos, endpos)` gives, where every match starts at
    a line's start and opens with what `lead`, written as "\\n" and that opening, matches
    there (r"\\n[ \\t]*besluit"). `re` tries a pattern that opens with `^` or `[ \\t]*` at
    every position; `lead` starts with a literal it skips to, in any case too (a newline has
    none), so `pattern` is tried only at the lines that open with it (and at the text's
    start). `lead` must not reach past the line after its newline (no `\\s`): it would then
    hide the next line's opening."""
    stop = len(text) if endpos is None else endpos
    lines = (opening.start() + 1 for opening in lead.finditer(text, max(pos - 1, 0), stop))
    return matches_at(pattern, text, chain([0], lines) if pos == 0 else lines, pos, stop)


def matches_at(
    pattern: re.Pattern, text: str, starts: Iterable[int], pos: int, endpos: int
) -> Iterator[re.Match]:
    """The matches of `pattern` tried at each of `starts` (ascending) from `pos` on, each
    from where the one before ended, up to `endpos`: what `pattern.finditer` gives where
    every match starts at one of `starts`."""
    end = pos
    for start in starts:
        if start >= end and (match := pattern.match(text, start, endpos)) is not None:
            yield match
            end = match.end()


def line_start(text: str, index: int) -> int:
    """The start of the line that holds `index`."""
    return text.rfind("\n", 0, index) + 1


BLANK = frozenset(" \t")
# What may stand before a heading's word on its line: blanks and Markdown's marks ("## Artikel 2").
HEADING_MARKS = frozenset(" \t#*")


def run_start(text: str, end: int, chars: frozenset[str], floor: int = 0) -> int:
    """Where the run of `chars` that ends at `end` starts (not before `floor`): read
    backwards, as far as the run goes, never from a line's start (a line may hold a
    whole document)."""
    start = end
    while start > floor and text[start - 1] in chars:
        start -= 1
    return start


def opens_line(text: str, at: int) -> bool:
    """Whether only blanks stand before `at` on its line: a copy may indent every line (a
    PDF's margin), so a line's opening word need not be its first character."""
    start = run_start(text, at, BLANK)
    return start == 0 or text[start - 1] == "\n"


def positions(text: str, characters: str) -> list[int]:
    """Where each of `characters` stands in `text`, in order: `str.find` a character skips
    through the text, where a class pattern ("[¢©]") would try every position."""
    found = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1)
    return sorted(found)
