"""`Covered` answers what `any(s <= x < e for s, e in spans)` answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from codes.covered import Covered

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=12,
)


@given(spans, st.integers(-2, 85))
def test_covered_agrees_with_any(found, position):
    assert (position in Covered(found)) == any(s <= position < e for s, e in found)


def test_nested_and_empty_spans():
    covered = Covered([(10, 40), (12, 15), (20, 20)])
    assert 30 in covered  # inside the outer span after the inner one ended
    assert 40 not in covered and 9 not in covered
    assert not Covered([])
