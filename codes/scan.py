"""Fast whole-text scans with Python's `re`.

`re` finds a pattern quickly only when it starts with a literal and is case-sensitive;
a pattern that starts with an alternation of common words, a class, a lookbehind or
`\\b`, or that ignores case, is tried at every position of the text. The rules that
scan whole documents use two ways round that, measured in `benchmarks/bench_parse.py`:

- `lowered`: a lowercase copy of the text with the same length, so a lowercase
  pattern without IGNORECASE finds "Aldus vastgesteld" and "aldus vastgesteld" alike,
  at the same offsets;
- `near`: a pattern searched only around the literal words every match contains
  ("vergadering" in an adoption clause, "lid" in "het eerste lid").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


@lru_cache(maxsize=4)  # a parse scans the source and its normalized text; a str caches its hash
def lowered(text: str) -> str:
    """`text` in lowercase, with the same length (and so the same offsets)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lowercase to two ("İ" -> "i̇"); keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def near(
    pattern: re.Pattern, text: str, anchors: Iterable[re.Pattern], before: int, after: int
) -> Iterator[re.Match]:
    """The matches `pattern.finditer(text)` gives, where every match holds an anchor.

    Each match must start at most `before` characters before an anchor and end at most
    `after` characters after it. A lookahead sees no further than that window, so
    `after` must also cover what the pattern's lookaheads read. The anchors are found
    without overlap, so keep them short (a word, a character and a lookahead): an
    anchor must not swallow the next one.
    """
    end = 0
    found = heapq.merge(*(anchor.finditer(text) for anchor in anchors), key=re.Match.start)
    for anchor in found:
        if anchor.start() < end:
            continue
        match = pattern.search(text, max(end, anchor.start() - before), anchor.end() + after)
        # A match that starts after this anchor holds a later one: found from that one,
        # with a window long enough for its lookaheads.
        if match and match.start() <= anchor.start():
            end = match.end()
            yield match
