"""A code copied from a PDF as one long line gets its headings back (codes/run_in.py).

The check is on the real corpus: each code flattened to a single line, as a PDF copy
arrives, must give back nearly all of its articles with the same titles.
"""

from __future__ import annotations

from collections import Counter

import pytest

from codes import parse_text
from codes.corpus import catalog


def _articles(text: str, name: str) -> Counter:
    code = parse_text(text, name)
    return Counter((node.number, node.title) for node, _ in code.articles())


@pytest.mark.parametrize(("name", "share"), [("best", 0.9), ("nijmegen", 0.8), ("de-bilt", 0.8)])
def test_a_flattened_code_keeps_its_articles(name, share):
    entry = next(e for e in catalog() if e.path.stem == name)
    text = entry.path.read_text(encoding="utf-8")
    lined = _articles(text, entry.path.name)
    flat = _articles(" ".join(text.split()), entry.path.name)
    assert sum((lined & flat).values()) >= share * sum(lined.values())
    numbers = Counter(number for number, _ in lined.elements())
    assert sum(Counter(n for n, _ in flat.elements()).values()) <= sum(numbers.values()) * 1.1


def test_a_citation_inside_a_sentence_stays_in_the_sentence():
    sentence = "De bijstand wordt verlaagd zoals bepaald in Artikel 18 Participatiewet bij verwijtbaar gedrag. "
    text = (
        "Hoofdstuk 1 Algemene bepalingen Artikel 1 Begripsomschrijving Deze verordening verstaat "
        "onder: a. de wet: de Participatiewet. "
        + sentence * 12
        + "Artikel 2 Hoogte De hoogte is 20%."
    )
    numbers = [node.number for node, _ in parse_text(text, "blob.txt").articles()]
    assert numbers == ["1", "2"]


def test_a_short_line_is_left_alone():
    text = (
        "De raad besluit. Artikel 1 Begrippen In deze code wordt verstaan onder raadslid: een lid."
    )
    code = parse_text(text, "short.txt")
    assert not any(repair.kind == "relineate" for repair in code.repairs)


def test_a_chapter_heading_followed_by_an_article_is_a_heading_after_any_word():
    # docplayer one-line transcripts: Delft (devset j10, "Artikel 1:1"), Gouda (f11).
    text = (
        "1 Huisvestingsverordening Delft 2019 De raad besluit vast te stellen de volgende "
        "verordening: Huisvestingsverordening Delft 2019 Hoofdstuk 1 Algemene bepalingen "
        "Artikel 1:1 Begripsomschrijvingen In deze verordening wordt verstaan onder: - "
        "actiegebied: een gebied. "
        * 1
        + "Een zin over het onderwerp van deze regeling die lang genoeg is. " * 8
        + "Artikel 1:2 Toepassingsbereik Deze verordening is van toepassing op woonruimte."
    )
    code = parse_text(text, "delft.txt")
    assert [(n.kind, n.number) for n in code.root.walk() if n.kind in ("hoofdstuk", "artikel")] == [
        ("hoofdstuk", "1"),
        ("artikel", "1:1"),
        ("artikel", "1:2"),
    ]


def test_a_table_of_contents_run_into_the_line_is_no_headings():
    # Apeldoorn, Verordening Participatiewet 2017 (devset p07), as a docplayer transcript.
    contents = (
        "Inhoudsopgave Artikel 1 Begripsbepaling Artikel 2 Beleid en evenwichtige verdeling "
        "Artikel 3 Budgetplafonds Artikel 4 Algemene uitgangspunten "
    )
    body = (
        "Artikel 1 Begripsbepaling In deze verordening wordt verstaan onder: a. wet: de "
        "Participatiewet. "
        + "De raad stelt regels over het onderwerp van deze verordening. " * 8
        + "Artikel 2 Beleid De raad stelt het beleid vast."
    )
    code = parse_text("VERORDENING PARTICIPATIEWET 2017 " + contents + body, "p07.txt")
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Begripsbepaling"),
        ("2", "Beleid"),
    ]
