"""`Normalized.span` maps a normalized range to the source as `to_source` maps its two
ends: it was written out (one search starting from the other) for speed, and must agree
with the plain form it replaced, written out here."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.model import Span
from codes.normalize import Normalized, normalize

# Pieces that make normalization change the text: hyphenation, wrapping, page furniture,
# OCR damage, runs of blanks; and plain words that it copies as they are.
_PIECES = [
    "Voor-\nkomen ",
    "ver-\nvolg",
    "het college\nvan ",
    "Pagina 3 van 12\n",
    "\n\n",
    "\n",
    "ARTlKEL 2\n",
    "Artikel 4. ",
    "lid  1",
    "  ",
    "\t",
    "0ok ",
    "a",
    "É",
    ".",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _plain_span(norm: Normalized, start: int, end: int) -> Span:
    """The span as it was computed before: `to_source` of both ends."""
    if end <= start:
        source = norm.to_source(start)
        return Span(source, source)
    first = norm.to_source(start)
    i = bisect_right(norm._norm_starts, end - 1) - 1
    last = norm._src_ends[i] if i >= 0 and not norm._copied[i] else norm.to_source(end - 1) + 1
    return Span(first, max(first, last))


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_span_is_what_the_plain_mapping_of_its_ends_gives(text, markdown):
    norm = normalize(text, markdown=markdown)
    size = len(norm.text)
    for start in range(size + 1):
        for end in range(max(0, start - 1), size + 2):
            assert norm.span(start, end) == _plain_span(norm, start, end), (start, end)


def test_span_of_a_dehyphenated_word_covers_the_break():
    norm = normalize("Het Voor-\nkomen van x")
    start = norm.text.index("Voorkomen")
    assert norm.text[start : start + 9] == "Voorkomen"
    assert norm.span(start, start + 9) == Span(4, 15)  # "Voor-\nkomen" in the source
