"""`Register.find` reads a text a part at a time and stops at the first place of the
strongest kind: it finds what reading every place of the whole text finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codes.organisations import Found, register

_DEVSET = sorted(Path(__file__).parent.parent.joinpath("benchmarks/devset/texts").glob("*.txt"))


def _find_whole(text: str) -> Found | None:
    """`find` as it read every place of the whole text in one pass (each place read as
    `find` reads it: `Register.read_place`)."""
    r = register()
    best, reached = None, 0
    for start, negative_end, spelling in sorted((s, -e, w) for s, e, w in r._whole_words(text)):
        end = -negative_end
        if start < reached:
            continue
        reached = end
        found = r.read_place(text, start, end, spelling)
        if found is not None and (best is None or found.strength > best.strength):
            best = found
    return best


_FRAGMENTS = [
    "De raad van de gemeente Bergen;",
    "gemeente Best",
    "Bestuur ",
    "Provinciale Staten van Limburg",
    "het waterschap Aa en Maas",
    "Limburg",
    "GGD Hart voor Brabant",
    "d. gedeputeerde staten: gedeputeerde staten van de provincie Overijssel",
    "'s-Hertogenbosch",
    "Den Haag ",
    "\n",
    " ",
    "x" * 700,  # names on both sides of the head.s edge
    "Utrecht",
    " Midden-West-Noord",
    "West ",
    "de gemeenten ",
    ", ",
    "; ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map("".join))
def test_find_reads_what_one_pass_reads(text):
    assert register().find(text) == _find_whole(text)


@pytest.mark.parametrize("path", _DEVSET[::5], ids=lambda p: p.stem[:12])
def test_find_on_devset_heads(path):
    head = path.read_text(encoding="utf-8")[:20000]
    assert register().find(head) == _find_whole(head)


def test_a_name_across_the_heads_edge_is_read_whole():
    for offset in range(1975, 2005):
        text = "x " * (offset // 2) + "De raad van de gemeente Alphen aan den Rijn; gemeente Best"
        found = register().find(text)
        assert found == _find_whole(text)
        assert found.organisation.name == "Alphen aan den Rijn" and found.strength == 3
