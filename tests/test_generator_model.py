"""The model code: assembled from the clause library, it parses back to the structure it was built from."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from codes import model as m
from codes import parse_bytes, parse_text
from codes.errors import InputError
from compare.norms import extract
from gedragscode.cli import main
from generator.model_code import build
from generator.model_writer import to_docx, to_markdown


def built_structure(model):
    chapters = [
        (c.number, c.title, [(a.number, a.title, len(a.leden)) for a in c.articles])
        for c in model.chapters
    ]
    protocol = [(a.number, a.title, len(a.leden)) for a in model.protocol]
    return chapters, protocol


def parsed_structure(code):
    chapters = []
    for chapter in (n for n in code.root.children if n.kind == m.HOOFDSTUK):
        articles = [
            (a.number, a.title, sum(1 for c in a.children if c.kind == m.LID))
            for a in chapter.children
            if a.kind == m.ARTIKEL
        ]
        chapters.append((chapter.number, chapter.title, articles))
    protocol_annex = [n for n in code.root.children if n.kind == m.BIJLAGE and n.role == "own"]
    protocol = [
        (a.number, a.title, sum(1 for c in a.children if c.kind == m.LID))
        for annex in protocol_annex
        for a in annex.children
        if a.kind == m.ARTIKEL
    ]
    return chapters, protocol


@pytest.mark.parametrize("voor", ["raad", "college", "alle"])
@pytest.mark.parametrize("fmt", ["docx", "markdown"])
def test_model_code_round_trips_through_our_parser(voor, fmt):
    model = build("Voorbeeldstad", voor)
    code = (
        parse_bytes(to_docx(model), "model.docx")
        if fmt == "docx"
        else parse_text(to_markdown(model), "model.md")
    )
    assert parsed_structure(code) == built_structure(model)
    assert code.warnings == ()
    annexes = {n.role for n in code.root.children if n.kind == m.BIJLAGE}
    assert annexes == {"explanatory", "own", "text"}
    explained = [n.explains for n in code.nodes() if n.explains]
    assert len(explained) == sum(len(c.articles) for c in model.chapters)


def test_voor_decides_the_clauses_and_the_words():
    raad, college = build("X", "raad"), build("X", "college")
    raad_titles = {a.title for c in raad.chapters for a in c.articles}
    college_titles = {a.title for c in college.chapters for a in c.articles}
    assert "Functie na het ambt" in college_titles and "Functie na het ambt" not in raad_titles
    raad_text = to_markdown(raad)
    assert "Het raadslid" in raad_text and "De griffier legt" in raad_text
    assert "De gemeentesecretaris legt" in to_markdown(college)


def test_options_are_applied_and_read_back_as_norms():
    model = build(
        "Voorbeeldstad", "college", {"giftdrempel": 75, "afkoelperiode": 2, "reactietermijn": 10}
    )
    code = parse_bytes(to_docx(model), "model.docx")
    values = {v.variable: v.value for v in extract(code)}
    assert values["gift_threshold_eur"] == "75"
    assert values["cooling_off_years"] == "2"
    assert values["hearing_reaction_workdays"] == "10"
    assert values["register_gifts"] == "gemeentesecretaris"


def test_every_article_states_its_legal_basis_as_resolved_references():
    model = build("Voorbeeldstad", "alle")
    code = parse_bytes(to_docx(model), "model.docx")
    basis_blocks = [n for n in code.nodes() if n.kind == m.BLOCK and n.role == "wettelijk kader"]
    articles = [a for c in model.chapters for a in c.articles] + model.protocol
    assert len(basis_blocks) == sum(1 for a in articles if a.basis)
    gift_refs = [r for r in code.references if r.node.startswith("chp_3__art_3.1")]
    assert ("Gemeentewet", "14") in {(r.law, r.article) for r in gift_refs}
    assert all(r.resolved for r in code.references if r.kind == "law")


def test_without_protocol():
    model = build("Voorbeeldstad", "raad", {"protocol": False})
    assert model.protocol == []
    code = parse_text(to_markdown(model), "model.md")
    assert {n.role for n in code.root.children if n.kind == m.BIJLAGE} == {"explanatory", "text"}


def test_bad_options_are_clear_errors():
    with pytest.raises(InputError, match="unknown option 'drempel'"):
        build("X", "raad", {"drempel": 50})
    with pytest.raises(InputError, match="whole number"):
        build("X", "raad", {"giftdrempel": "vijftig"})
    with pytest.raises(InputError, match="choose raad, college or alle"):
        build("X", "iedereen")


def test_cli_model_with_equivalents_annex(tmp_path):
    target = tmp_path / "model.docx"
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "model",
            "--gemeente",
            "Voorbeeldstad",
            "--voor",
            "raad",
            "--giftdrempel",
            "75",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    import docx

    document = docx.Document(str(target))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2"} <= styles
    table = document.tables[0]
    cells = [row.cells[1].text for row in table.rows]
    assert any("Rheden" in c for c in cells)  # the gift article has equivalents in the corpus
    text = "\n".join(p.text for p in document.paragraphs)
    assert "ten hoogste € 75" in text and "{{" not in text
    again = CliRunner().invoke(
        main, ["generate", "model", "--gemeente", "V", "--voor", "raad", "-o", str(target)]
    )
    assert again.exit_code == 1 and "already exists" in again.output


def test_adoption_date_fills_the_signature_and_the_citeertitel():
    from datetime import date

    model = build("Voorbeeldstad", "raad", {"vastgesteld_op": "2027-03-04"})
    code = parse_text(to_markdown(model), "model.md")
    assert code.metadata.adopted_on == "2027-03-04"
    assert code.metadata.citeertitel.endswith("2027")
    undated = to_markdown(build("Voorbeeldstad", "raad"))
    assert (
        "vergadering van de raad van ......................," in undated
    )  # left for the griffier, visibly
    assert date.today().isoformat()[:4] in build("V", "raad").citeertitel
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        build("V", "raad", {"vastgesteld_op": "4-3-2027"})


@pytest.mark.parametrize("voor", ["raad", "college", "alle"])
def test_our_own_review_finds_nothing_wrong_in_a_generated_model(voor):
    from codes.review import review
    from generator.model_code import add_equivalents

    model = build("Voorbeeldstad", voor, {"vastgesteld_op": "2027-03-04"})
    add_equivalents(model)  # its annex names other codes' articles: not references to this code
    code = parse_bytes(to_docx(model), "model.docx")
    assert [f.message for f in review(code)] == []
