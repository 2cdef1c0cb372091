"""The shortcuts that spare the reference stage work must not change what it finds: the
startswith gate before the patterns that follow an article number, and the law-name
automaton that reports every overlapping place of every name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codes.citations import grammar, items
from codes.citations.names import registry
from codes.corpus import catalog

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "texts"
# Every pattern the gate stands before, each tried where an article number ends.
GATED = (
    items._LID_ORDINALS,
    items._LID_NUMBERS,
    items._ONDERDEEL,
    items._FINER,
    grammar._MORE_LIDS,
    grammar._RANGE,
    grammar._OPEN_RANGE,
)


@pytest.mark.parametrize(
    ("after", "goes_on"),
    [
        (" van de Gemeentewet", False),
        (". Het college", False),
        (" Awb", False),
        (", eerste lid", True),
        (" lid 2", True),
        (", onder a", True),
        (" tot en met 5", True),
        ("-5", True),
        (" e.v.", True),
        (", [eerste,] derde lid", True),
        (" juncto het tweede lid", True),
    ],
)
def test_what_may_follow_an_article_number(after, goes_on):
    text = "artikel 3" + after
    assert items.may_go_on(text, len("artikel 3")) is goes_on


def _texts() -> list[str]:
    found = [path.read_text(encoding="utf-8") for path in sorted(DEVSET.glob("*.txt"))]
    found += [entry.path.read_text(encoding="utf-8", errors="replace") for entry in catalog()]
    return [text for text in found if text]


def test_no_gated_pattern_matches_where_the_gate_says_none_can():
    """At every end of a number in the devset and the corpus where `may_go_on` is False,
    none of the patterns it spares trying matches."""
    checked = 0
    for text in _texts():
        for number in re.finditer(r"\d+[a-z]?", text):
            end = number.end()
            if items.may_go_on(text, end):
                continue
            checked += 1
            assert all(pattern.match(text, end) is None for pattern in GATED), text[end : end + 40]
    assert checked > 1000


def test_a_name_inside_a_longer_one_is_the_longer_law():
    text = "de Wet op de loonbelasting 1964 en de Wet op de loonbelasting"
    found = [(text[m.start : m.end], m.law.name) for m in registry().find_all(text)]
    assert found[0][0] == "Wet op de loonbelasting 1964"
    assert found[1][0] == "Wet op de loonbelasting"
    assert len(found) == 2


def test_an_abbreviation_inside_a_word_is_no_law():
    # "WOR" is matched in lowercase and so stands in "wordt": dropped as inside a word
    text = "Het besluit wordt genomen op grond van de WOR."
    found = [text[m.start : m.end] for m in registry().find_all(text)]
    assert found == ["WOR"]
