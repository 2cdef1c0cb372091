"""Round xv (citation-heavy fiscal, spatial and public-order regulations): the fix and its guards.

A gelet op laid out one item a line gives each item its bare article number before "van de"
and the law; a law divided in chapters numbers its articles with a point (xv01 Landsmeer).
"""

from __future__ import annotations

from pathlib import Path

from codes import parse_file, parse_text

TEXTS = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "texts"


def _articles(code) -> list[tuple[str, str]]:
    return [(r.law, r.article) for r in code.references if r.kind == "law" and r.article]


def test_dotted_numbers_in_a_gelet_op_list_one_item_a_line():
    # xv01: "gelet op de artikelen:" / " • -" / "  149 van de Gemeentewet;" / " • -" /
    # "  10.33 van de Wet milieubeheer;" / ... / "  6.18 van het Bouwbesluit 2012."
    code = parse_file(next(TEXTS.glob("xv01-*.txt")))
    found = _articles(code)
    for law, article in [
        ("Gemeentewet", "149"),
        ("Wet milieubeheer", "10.33"),
        ("Waterwet", "3.5"),
        ("Bouwbesluit 2012", "6.18"),
    ]:
        assert found.count((law, article)) == 2  # the register's cell and the gelet op


def test_division_word_on_the_line_before_still_reads_the_number():
    # A page copy with a margin: "de bepalingen van afdeling" / "      10.1.1 van de Algemene
    # wet bestuursrecht" (c01 as pdftotext -layout gives it) names a division, no article.
    code = parse_text(
        "gelet op de wettelijke voorschriften, in het bijzonder de bepalingen van afdeling\n"
        "      10.1.1 van de Algemene wet bestuursrecht;\n"
    )
    assert _articles(code) == []
    assert [r.law for r in code.references if r.kind == "law"] == ["Algemene wet bestuursrecht"]


def test_a_section_number_without_a_law_is_no_citation():
    # "4.2 Provinciaal beleid" (xv10) opens a line with a dotted number but no "van de <law>".
    code = parse_file(next(TEXTS.glob("xv10-*.txt")))
    assert _articles(code) == []


def test_docplayer_title_loses_the_numbered_heading_run_into_it():
    # xv12: docplayer's title is the PDF's first lines joined, "... Gulpen-Wittem. 1. Inleiding".
    code = parse_file(next(TEXTS.glob("xv12-*.txt")))
    assert code.metadata.title == "Toelichting op de marktverordening gemeente Gulpen-Wittem"


def test_a_number_inside_a_title_stays():
    # Only a numbered heading word at the end is cut: "Uitvoeringsregels 2. Algemene
    # bepalingen" is not that, and neither is a year.
    text = (
        "Beleidsregels bijzondere bijstand 2024\n\nArtikel 1 Begrippen\n\nIn deze regeling: ...\n"
    )
    assert parse_text(text).metadata.title == "Beleidsregels bijzondere bijstand 2024"


def test_a_registers_beleidsregel_heading_names_the_adopter():
    # xv06 Medemblik: "Beleidsregel van de burgemeester van de gemeente Medemblik houdende ..."
    # with no preamble after it (the text opens with "1. Inleiding").
    code = parse_file(next(TEXTS.glob("xv06-*.txt")))
    assert code.metadata.adopted_by == "burgemeester"


def test_the_preamble_names_the_adopter_over_a_registers_heading():
    # zr01 West Betuwe: the register heads it "Beleidsregel van het college van burgemeester en
    # wethouders ...", the decision itself opens "De burgemeester van de gemeente West Betuwe;".
    code = parse_file(next(TEXTS.glob("zr01-*.txt")))
    assert code.metadata.adopted_by == "burgemeester"
