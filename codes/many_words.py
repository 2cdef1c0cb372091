"""Many literal words found at once, for the scans of `codes/scan.py`.

- `literal_places`: the spans of an alternation of literals, by one Aho-Corasick walk
  (`ahocorasick_rs`) a window at a time, where `re` would try the alternation at every
  place where one of its first characters stands;
- `WordPlaces`: every place of a fixed set of words in a document's head, found by one
  walk, for the many rules that each look for a few of them;
- `every_place`: every place of many words (the register's spellings), by one DFA walk;
- `literal_trie` / `trie_pattern` / `trie_words`: words as a trie of characters, and the
  pattern that matches them factored by their common starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

# The characters of a text an automaton walks at once: ahocorasick_rs holds some 8 bytes per
# character of a text past ASCII while it walks it (here and in `citations.names`).
WINDOW = 1 << 18


def literal_places(
    literals: tuple[str, ...], text: str, alternation: re.Pattern
) -> list[tuple[int, int]]:
    """The spans `alternation.finditer(text)` gives, where `alternation` is `literals`
    longest first: the leftmost, the longest there, without overlap. One Aho-Corasick walk
    a window at a time; each window runs on by the longest literal and keeps the matches
    that start in it, and the next starts where the last of them ended, as `re` goes on."""
    find = _automaton(literals, longest=True).find_matches_as_indexes
    try:
        if len(text) <= WINDOW:
            return [(start, end) for _, start, end in find(text)]
        longest = max(map(len, literals))
        found: list[tuple[int, int]] = []
        first = 0
        while first < len(text):
            stop = first + WINDOW
            for _, start, end in find(text[first : stop + longest]):
                if first + start >= stop:
                    break
                found.append((first + start, first + end))
            first = max(stop, found[-1][1]) if found else stop
        return found
    except UnicodeEncodeError:  # a lone surrogate, which the automaton's UTF-8 cannot hold
        return [match.span() for match in alternation.finditer(text)]


@cache  # a module's words, built once
def _automaton(words: tuple[str, ...], longest: bool, dfa: bool = False):
    """The automaton of `words`: `longest`, the leftmost longest match at a place and no
    overlap, as an alternation finds them; else every place of every word. `dfa`: walked
    faster, built slower, for many words walked often."""
    import ahocorasick_rs

    if longest:
        return ahocorasick_rs.AhoCorasick(
            list(words), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )
    if dfa:
        return ahocorasick_rs.AhoCorasick(
            list(words), implementation=ahocorasick_rs.Implementation.DFA
        )
    return ahocorasick_rs.AhoCorasick(list(words))


def _every_match(
    words: tuple[str, ...], text: str, dfa: bool = False
) -> list[tuple[int, int, int]] | None:
    """(word index, start, end) of every place of every one of `words` in `text`, overlapping
    ones too, by one walk; None where the automaton cannot read `text` (too long, or a lone
    surrogate)."""
    if len(text) > WINDOW:  # the automaton's memory grows with the text
        return None
    try:
        return _automaton(words, longest=False, dfa=dfa).find_matches_as_indexes(
            text, overlapping=True
        )
    except UnicodeEncodeError:  # a lone surrogate, which the automaton's UTF-8 cannot hold
        return None


class WordPlaces:
    """Every place of a fixed set of literal words in a part of a text (a head of some
    thousands of characters), found by one Aho-Corasick walk, for the many rules that each
    ask `first` for a few of them: `str.find` reads a text past Latin-1 (a "’", a "–") at
    some 8 µs per scan of 20,000 characters, and thirty scans of one head cost more than
    the walk for all their words."""

    __slots__ = ("starts",)

    def __init__(self, text: str, words: tuple[str, ...]) -> None:
        self.starts: dict[str, list[int]] | None = None  # None: `first` scans the text
        found = _every_match(words, text)
        if found is None:
            return
        self.starts = {word: [] for word in words}
        for index, at, _ in found:
            self.starts[words[index]].append(at)
        for starts in self.starts.values():
            starts.sort()

    def first(self, words: tuple[str, ...], end: int | None, start: int) -> int | None:
        """`first(text, words, end, start=start)`, or None where a word was not looked for."""
        if self.starts is None or not all(word in self.starts for word in words):
            return None
        best = -1
        for word in words:
            places = self.starts[word]
            i = bisect_left(places, start)
            if i == len(places) or (end is not None and places[i] + len(word) > end):
                continue  # none in `text[start:end]`: every later place ends later
            if best < 0 or places[i] < best:
                best = places[i]
        return best


def every_place(words: tuple[str, ...], text: str) -> list[tuple[int, int]] | None:
    """(start, end) of every place of every one of `words` in `text`, overlapping ones too,
    by start and then end; None where the automaton cannot read `text` (too long, or a lone
    surrogate). For many words (the register's 800 spellings) a DFA walks a head 2.5x faster
    than `re` tries their trie's pattern at every place where a name may start."""
    found = _every_match(words, text, dfa=True)
    return None if found is None else sorted((start, end) for _, start, end in found)


def literal_trie(words) -> dict:
    """`words` as a trie of characters; `TRIE_END` marks where a word ends."""
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[TRIE_END] = True
    return trie


TRIE_END = ""  # a trie's key where a word ends (no character is empty)


def trie_pattern(trie: dict) -> str:
    """A pattern that matches each word of `trie` (`literal_trie`), the longest where several
    start at one place, as the alternation of the words longest first would. `re` tries an
    alternation's branches one by one at every place where any of them may start; factored
    by their common starts, a place where none goes on is left after a character or two
    (30 labels, 800 place names: 2-3x faster than the flat alternation)."""
    branches = [
        re.escape(character) + trie_pattern(child)
        for character, child in trie.items()
        if character != TRIE_END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if TRIE_END not in trie:
        return body
    # A word ends here, a longer one may go on: the longer first, as greedy `?` tries it.
    return (body if len(branches) > 1 else "(?:" + body + ")") + "?"


def trie_words(trie: dict, text: str, start: int, stop: int) -> Iterator[int]:
    """The ends of the words of `trie` that start at `start` in `text[:stop]`, shortest first."""
    node = trie
    for index in range(start, stop):
        node = node.get(text[index])
        if node is None:
            return
        if TRIE_END in node:
            yield index + 1
