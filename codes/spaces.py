"""Unicode spaces: a web page's no-break spaces and Word's fixed spaces read as spaces.

The rules are written for " " and "[ \\t]"; a text copied from a browser or a Word file
has U+00A0 where a reader sees a space ("8&nbsp;juni", "Capelle aan&nbsp;den IJssel").
`as_plain_spaces` gives the text the rules read (the same length, the same offsets);
`space_repairs` records each run that normalization kept, so nothing changes unsaid.
"""

from __future__ import annotations

from bisect import bisect_right

from .model import Repair, Span
from .scan import positions

_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))


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
    segments = [(a, b) for a, b, kept in zip(starts, ends, copied, strict=True) if kept]
    firsts = [start for start, _ in segments]
    repairs = []
    for run_start, run_end in _runs(source):
        i = bisect_right(firsts, run_start) - 1
        while 0 <= i < len(segments) and segments[i][0] < run_end:
            start, end = max(run_start, segments[i][0]), min(run_end, segments[i][1])
            if start < end:
                repairs.append(
                    Repair("space", Span(start, end), source[start:end], " " * (end - start))
                )
            i += 1
    return repairs


def _runs(text: str) -> list[tuple[int, int]]:
    """The runs of Unicode spaces in `text`, (start, end) in order: from where each space
    stands (`str.find`), not from a class pattern tried at every position of the text."""
    runs: list[tuple[int, int]] = []
    for at in positions(text, _SPACES):
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs
