"""Whether a position lies inside any of many spans, in log time.

`any(s <= x < e for s, e in spans)` asked once per match walks every span: on a long
document with thousands of citations that is quadratic. With the spans sorted by start
and the furthest end reached so far, one bisect answers the same question.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Covered:
    """The spans `(start, end)` (end exclusive); `x in covered` is whether any holds `x`."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, position: int) -> bool:
        # Every span before the cut starts at or before `position`: one of them holds it
        # exactly when the furthest of their ends lies past it.
        cut = bisect_right(self._starts, position)
        return cut > 0 and self._reach[cut - 1] > position

    def __bool__(self) -> bool:
        return bool(self._starts)
