"""`Normalized.span`, written out for speed, maps a range as its definition says."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.corpus import catalog
from codes.model import Span
from codes.normalize import Normalized, normalize


def _by_definition(norm: Normalized, start: int, end: int) -> Span:
    """`to_source(start)`, and the source end of the piece that holds `end - 1`."""
    first = norm.to_source(start)
    if end <= start:
        return Span(first, first)
    j = bisect_right(norm._norm_starts, end - 1) - 1
    if j < 0:
        last = 1
    elif norm._copied[j]:
        offset = end - 1 - norm._norm_starts[j]
        last = min(norm._src_starts[j] + offset, norm._src_ends[j]) + 1
    else:
        last = norm._src_ends[j]
    return Span(first, max(first, last))


_FRAGMENTS = [
    "verant-\n",
    "woordelijk ",
    "Artikel 1\n",
    "\n\n",
    "Pagina 3 van 9\n",
    "BlJLAGE ",
    "de raad\n",
    "in 12©m ",
    "a\u00a0b ",
    "x",
    " ",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=20).map("".join), st.data())
def test_span_is_its_definition(text, data):
    norm = normalize(text)
    size = len(norm.text)
    for _ in range(10):
        start = data.draw(st.integers(-2, size + 2))
        end = data.draw(st.integers(-2, size + 2))
        assert norm.span(start, end) == _by_definition(norm, start, end)


def test_span_of_every_line_of_the_corpus():
    for entry in catalog():
        norm = normalize(entry.path.read_text(encoding="utf-8"))
        start = 0
        for line in norm.text.split("\n"):
            for a, b in (
                (start, start + len(line)),
                (start + 1, start + 3),
                (start, len(norm.text)),
            ):
                assert norm.span(a, b) == _by_definition(norm, a, b)
            start += len(line) + 1
