"""Unicode spaces: a web page's no-break spaces and Word's fixed spaces read as spaces.

The rules are written for " " and "[ \\t]"; a text copied from a browser or a Word file
has U+00A0 where a reader sees a space ("8&nbsp;juni", "Capelle aan&nbsp;den IJssel").
`as_plain_spaces` gives the text the rules read (the same length, the same offsets);
`space_repairs` records each run that normalization kept, so nothing changes unsaid.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .model import Repair, Span

_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_UNICODE_SPACE = re.compile(f"[{_SPACES}]+")


def _has_unicode_spaces(text: str) -> bool:
    # One fast search a character: the class pattern would try every position of the text.
    return any(space in text for space in _SPACES)


def as_plain_spaces(text: str) -> str:
    """`text` with its Unicode spaces as plain spaces: the same length, the same offsets."""
    for space in _SPACES:  # str.replace per character: str.translate is 50x slower here
        if space in text:
            text = text.replace(space, " ")
    return text


def space_repairs(
    source: str, starts: list[int], ends: list[int], copied: list[bool]
) -> list[Repair]:
    """The Unicode spaces of `source` in the pieces normalization copied ([starts[i],
    ends[i]) where copied[i]; the rest went with another repair): each run a repair of
    kind "space", made when it was copied."""
    if not _has_unicode_spaces(source):
        return []
    segments = [(a, b) for a, b, kept in zip(starts, ends, copied, strict=True) if kept]
    firsts = [start for start, _ in segments]
    repairs = []
    for run in _UNICODE_SPACE.finditer(source):
        i = bisect_right(firsts, run.start()) - 1
        while 0 <= i < len(segments) and segments[i][0] < run.end():
            start, end = max(run.start(), segments[i][0]), min(run.end(), segments[i][1])
            if start < end:
                repairs.append(
                    Repair("space", Span(start, end), source[start:end], " " * (end - start))
                )
            i += 1
    return repairs
