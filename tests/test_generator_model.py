"""The model code: assembled from the clause library, it parses back to the structure it was built from.

The Word file itself (list numbering, besluit, page setup, two files for --voor alle):
tests/test_model_docx.py.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from codes import model as m
from codes import parse_bytes, parse_text
from codes.errors import InputError
from compare.norms import extract
from gedragscode.cli import main
from generator.model_code import build, build_all
from generator.model_writer import to_docx, to_markdown


def _built_article(article):
    """(number, title, [(lid number, number of onderdelen)]) as the clause library typed them."""
    leden = [(lid.split(".", 1)[0], lid.count("\n")) for lid in article.leden]
    return article.number, article.title, leden


def _parsed_article(node):
    leden = [
        (lid.number, sum(1 for c in lid.children if c.kind == m.ONDERDEEL))
        for lid in node.children
        if lid.kind == m.LID
    ]
    return node.number, node.title, leden


def built_structure(model):
    chapters = [
        (c.number, c.title, [_built_article(a) for a in c.articles]) for c in model.chapters
    ]
    return chapters, [_built_article(a) for a in model.protocol]


def parsed_structure(code):
    chapters = []
    for chapter in (n for n in code.root.children if n.kind == m.HOOFDSTUK):
        articles = [_parsed_article(a) for a in chapter.children if a.kind == m.ARTIKEL]
        chapters.append((chapter.number, chapter.title, articles))
    protocol_annex = [n for n in code.root.children if n.kind == m.BIJLAGE and n.role == "own"]
    protocol = [
        _parsed_article(a)
        for annex in protocol_annex
        for a in annex.children
        if a.kind == m.ARTIKEL
    ]
    return chapters, protocol


@pytest.mark.parametrize("voor", ["raad", "college"])
@pytest.mark.parametrize("fmt", ["docx", "markdown"])
def test_model_code_round_trips_through_our_parser(voor, fmt):
    """Word draws the lid numbers and letters (list numbering); our docx reader computes them
    back, so the same articles come out with the same leden and onderdelen."""
    model = build("Voorbeeldstad", voor)
    code = (
        parse_bytes(to_docx(model), "model.docx")
        if fmt == "docx"
        else parse_text(to_markdown(model), "model.md")
    )
    assert parsed_structure(code) == built_structure(model)
    chapters, protocol = parsed_structure(code)
    assert sum(len(a[2]) for c in chapters for a in c[2]) > 40  # leden, not one per article
    assert sum(o for c in chapters for a in c[2] for _, o in a[2]) >= 4  # onderdelen too
    assert code.warnings == ()
    annexes = {n.role for n in code.root.children if n.kind == m.BIJLAGE}
    assert annexes == {"explanatory", "own"}  # no equivalents annex without a comparison
    explained = [n.explains for n in code.nodes() if n.explains]
    assert len(explained) == sum(len(c.articles) for c in model.chapters)
    metadata = code.metadata
    assert (metadata.organisation, metadata.adopted_by) == ("Voorbeeldstad", "gemeenteraad")
    assert metadata.citeertitel == model.citeertitel and metadata.title == model.title


def test_alle_is_two_codes_one_per_body():
    raad, college = build_all("Voorbeeldstad", "alle")
    assert (raad.voor, college.voor) == ("raad", "college")
    assert raad.citeertitel.startswith("Gedragscode integriteit raadsleden Voorbeeldstad ")
    assert college.citeertitel.startswith(
        "Gedragscode integriteit burgemeester en wethouders Voorbeeldstad "
    )
    assert [c.voor for c in build_all("X", "college")] == ["college"]
    with pytest.raises(InputError, match="two codes"):
        build("X", "alle")


def test_voor_decides_the_clauses_and_the_words():
    raad, college = build("X", "raad"), build("X", "college")
    raad_titles = {a.title for c in raad.chapters for a in c.articles}
    college_titles = {a.title for c in college.chapters for a in c.articles}
    assert "Functie na het ambt" in college_titles and "Functie na het ambt" not in raad_titles
    raad_text, college_text = to_markdown(raad), to_markdown(college)
    assert "Het raadslid" in raad_text and "De griffier legt" in raad_text
    assert "De gemeentesecretaris legt" in college_text
    assert "Het raadslid dat voornemens is" in raad_text  # het raadslid dat, de bestuurder die
    assert "De bestuurder die voornemens is" in college_text
    # The prohibition each body's code refers to is the one the law sets for that body.
    assert "als bedoeld in artikel 15, eerste lid, van de Gemeentewet" in raad_text
    assert "artikel 41c, eerste lid, of artikel 69, eerste lid, van de Gemeentewet" in college_text
    assert "41c" not in raad_text.split("## Bijlage 1")[0].replace(raad.besluit.gelet_op, "")


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


@pytest.mark.parametrize(("voor", "gift_basis"), [("raad", {"14"}), ("college", {"41a", "65"})])
def test_every_article_states_its_legal_basis_for_its_body(voor, gift_basis):
    """The eed of a raadslid is art. 14, that of a wethouder 41a and of the burgemeester 65."""
    model = build("Voorbeeldstad", voor)
    code = parse_bytes(to_docx(model), "model.docx")
    basis_blocks = [n for n in code.nodes() if n.kind == m.BLOCK and n.role == "wettelijk kader"]
    assert len(basis_blocks) == sum(1 for a in model.articles if a.basis)
    gift_refs = [r for r in code.references if r.node.startswith("chp_3__art_3.1")]
    assert {r.article for r in gift_refs if r.law == "Gemeentewet"} == gift_basis
    assert all(r.resolved for r in code.references if r.kind == "law")
    # A basis paragraph ends before the next heading: "Gemeentewet" + "Artikel 1.2" is no citation.
    assert not [r for r in code.references if r.kind == "law" and "." in (r.article or "")]


def test_without_protocol():
    model = build("Voorbeeldstad", "raad", {"protocol": False})
    assert model.protocol == []
    code = parse_text(to_markdown(model), "model.md")
    assert {n.role for n in code.root.children if n.kind == m.BIJLAGE} == {"explanatory"}


def test_bad_options_are_clear_errors():
    with pytest.raises(InputError, match="unknown option 'drempel'"):
        build("X", "raad", {"drempel": 50})
    with pytest.raises(InputError, match="whole number"):
        build("X", "raad", {"giftdrempel": "vijftig"})
    with pytest.raises(InputError, match="choose raad, college or alle"):
        build("X", "iedereen")
    with pytest.raises(InputError, match="choose raad, college or alle"):
        build_all("X", "iedereen")


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
    # Left for the griffier, visibly: the meeting and the proposal.
    assert (
        "vergadering van de raad van de gemeente Voorbeeldstad van ......................."
        in undated
    )
    assert "gelezen het voorstel van het presidium van ......................;" in undated
    assert date.today().isoformat()[:4] in build("V", "raad").citeertitel
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        build("V", "raad", {"vastgesteld_op": "4-3-2027"})


@pytest.mark.parametrize("voor", ["raad", "college"])
def test_our_own_review_finds_nothing_wrong_in_a_generated_model(voor):
    from codes.review import review
    from generator.model_code import add_equivalents

    model = build("Voorbeeldstad", voor, {"vastgesteld_op": "2027-03-04"})
    add_equivalents(model)  # its annex names other codes' articles: not references to this code
    code = parse_bytes(to_docx(model), "model.docx")
    assert [f.message for f in review(code)] == []
