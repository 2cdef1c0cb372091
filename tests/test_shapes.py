"""Shapes of codes outside the corpus: a provincie and a waterschap, written the way
such codes commonly are (roman chapters, "Art. 3", "(1)" leden, "(a)" onderdelen,
"ARTIKEL 1 - TITEL", preambles of Provinciale Staten and an algemeen bestuur)."""

from __future__ import annotations

from codes import parse_file
from codes.review import review

from .conftest import FIXTURES


def test_provincie_code():
    code = parse_file(FIXTURES / "provincie-shapes.txt")
    meta = code.metadata
    assert (meta.organisation, meta.organisation_type) == ("Gelderland", "provincie")
    assert (meta.adopted_on, meta.adopted_by) == ("2023-03-15", "provinciale staten")
    assert [(a.id, a.title) for a, _ in code.articles()] == [
        ("chp_I__art_1", "Begripsbepalingen"),
        ("chp_I__art_2", "Reikwijdte"),
        ("chp_II__sec_1__art_3", "Geschenken"),
    ]
    assert [c.number for c in code.node("chp_I__art_1").children] == ["a", "b"]
    assert [c.number for c in code.node("chp_I__art_2").children] == ["1", "2"]
    refs = {(r.law, r.article, r.lid) for r in code.references if r.kind == "law"}
    assert refs == {("Provinciewet", "15", 3), ("Provinciewet", "40c", 2)}
    internal = {(r.article, r.lid, r.target) for r in code.references if r.kind == "internal"}
    assert ("2", 2, "chp_I__art_2__para_2") in internal
    # numbering runs on across chapters (1, 2 | 3): no gap; "artikel 7" is a real broken reference
    findings = {(f.rule, f.message) for f in review(code)}
    assert not any(rule == "structure-article-gap" for rule, _ in findings)
    assert (
        "ref-internal-missing",
        "artikel 3 verwijst naar artikel 7, dat niet bestaat",
    ) in findings


def test_waterschap_code():
    code = parse_file(FIXTURES / "waterschap-shapes.txt")
    meta = code.metadata
    assert (meta.organisation, meta.organisation_type, meta.adopted_by) == (
        "Waterschap Rivierenland",
        "waterschap",
        "algemeen bestuur",
    )
    assert (meta.adopted_on, meta.in_force_from, meta.citeertitel) == (
        "2024-06-20",
        "2024-07-01",
        "Gedragscode integriteit Rivierenland",
    )
    assert [a.id for a, _ in code.articles()] == [
        "art_1",
        "art_2",
        "art_3",
    ]  # not inside the preamble
    waterschapswet = next(r for r in code.references if r.law == "Waterschapswet")
    assert (waterschapswet.article, waterschapswet.lid, waterschapswet.bwb) == (
        "43",
        3,
        "BWBR0005108",
    )  # the BWB list of 2015 names it


def test_articles_set_in_bold_without_heading_marks():
    from codes import parse_text

    text = (
        "**Gedragscode integriteit gemeente Voorbeeld**\n\n**Artikel 1 Begrippen**\n\n"
        "1. Een raadslid is lid van de raad.\n\n__Artikel 2 Geschenken__\n\n1. Geen geschenken boven de 50 euro.\n"
    )
    code = parse_text(text, "bold.md")
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Begrippen"),
        ("2", "Geschenken"),
    ]
    assert code.root.children[0].text == "Gedragscode integriteit gemeente Voorbeeld"


def test_article_title_on_the_line_after_the_number():
    from codes import parse_text

    text = (
        "Artikel 1\nBegripsbepalingen\n1. In deze code wordt verstaan onder raadslid: lid van de raad.\n\n"
        "Artikel 2\n\nDeze code is openbaar.\n\nArtikel 3\nGeschenken\n\nEen raadslid neemt geen geschenken aan.\n"
    )
    code = parse_text(text)
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Begripsbepalingen"),
        ("2", None),
        ("3", "Geschenken"),
    ]
    assert code.node("art_3").text == "Een raadslid neemt geen geschenken aan."
    assert code.source[code.node("art_1").span.start : code.node("art_1").span.end].startswith(
        "Artikel 1\nBegripsbepalingen"
    )


def test_cvdr_code_with_lid_lidnr_and_lijst():
    code = parse_file(FIXTURES / "cvdr-gedragscode.xml")
    assert (code.metadata.organisation, code.metadata.citeertitel, code.metadata.adopted_on) == (
        "Voorbeeld",
        "Gedragscode raad Voorbeeld",
        "2020-03-05",
    )
    assert [c.number for c in code.node("chp_1__art_1").children] == ["1", "2"]
    assert [c.number for c in code.node("chp_1__art_1__para_1").children] == ["a", "b"]
    internal = {(r.node, r.target) for r in code.references if r.kind == "internal"}
    assert internal == {
        ("chp_1__art_1__para_2", "chp_1__art_1__para_1"),
        ("chp_1__art_2", "chp_1__art_1__para_2"),
    }
    basis = next(r for r in code.references if r.kind == "law")
    assert (basis.bwb, basis.article, basis.lid, basis.node) == ("BWBR0005416", "15", 3, "preamble")


def test_markdown_setext_headings_and_rules():
    from codes import parse_text

    text = (
        "Gedragscode Voorbeeld\n=====================\n\nArtikel 1 Begrippen\n-------------------\n\n"
        "1. Tekst.\n\n---\n\nArtikel 2 Geschenken\n--------------------\n\n1. Geen geschenken.\n"
    )
    code = parse_text(text, "setext.md")
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Begrippen"),
        ("2", "Geschenken"),
    ]
    assert all("---" not in n.text and "===" not in n.text for n in code.nodes())
