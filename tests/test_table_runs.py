"""The register table's labels: which stand among others, found run by run as the walk
from each label found them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st


def _walked_in_table(text, matches, index, gap=400, enough=3):
    """The table test as it read before: a walk from each label over its neighbours."""
    labels = {matches[index].group("label")}
    for step in (-1, 1):
        position = index
        while 0 <= position + step < len(matches):
            earlier, later = sorted((position, position + step))
            gap_start, gap_end = matches[earlier].end(), matches[later].start()
            if gap_end - gap_start > gap and text.count("\n", gap_start, gap_end) > 1:
                break
            position += step
            labels.add(matches[position].group("label"))
    return len(labels) >= enough


_CELLS = st.sampled_from(
    ["Citeertitel X ", "Vastgesteld door ", "Onderwerp ", "x" * 450, "\n", "\n\n", "Y "]
)


@given(st.lists(_CELLS, max_size=16).map("".join))
def test_table_runs_agree_with_the_walk(text):
    from codes.metadata.table import _LABEL, _LABEL_WORDS, _in_table
    from codes.scan import near

    matches = list(near(_LABEL, text, _LABEL_WORDS))
    assert _in_table(text, matches) == [
        _walked_in_table(text, matches, i) for i in range(len(matches))
    ]
