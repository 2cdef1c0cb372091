"""The model code for a provincie or a waterschap (issue #12): adopted by Provinciale Staten
or the algemeen bestuur, under the Provinciewet or the Waterschapswet, with the names of
their own bodies in every clause, and nothing left of the Gemeentewet, the raad or a
wethouder. The gemeente's code: tests/test_model_docx.py and tests/test_generator_model.py.
"""

from __future__ import annotations

import io
import re
import tomllib

import docx
import pytest
from click.testing import CliRunner

from codes import model as m
from codes import parse_bytes
from codes.errors import InputError
from gedragscode.cli import main
from generator.besturen import DATA, bestuur, derive
from generator.model_code import _clauses, basis, build
from generator.model_writer import file_name, to_docx

TAIL = (
    "de artikelen 2:4, tweede lid, en 2:5 van de Algemene wet bestuursrecht, artikel 272 van "
    "het Wetboek van Strafrecht en artikel 162 van het Wetboek van Strafvordering;"
)
# Hand-checked against the clauses' basis_provincie / basis_waterschap and the competence.
CASES = {
    ("provincie", "raad"): (
        "Utrecht",
        "Provinciale Staten van Utrecht;",
        "gelezen het voorstel van het presidium van 1 februari 2027;",
        "gelet op de artikelen 11, 14, 15, eerste en derde lid, en 28 van de Provinciewet, " + TAIL,
        "besluiten:",
        "Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Utrecht van "
        "4 maart 2027.",
        "De griffier,\tDe voorzitter,",
    ),
    ("provincie", "college"): (
        "Utrecht",
        "Provinciale Staten van Utrecht;",
        "gelezen het voorstel van Gedeputeerde Staten van 1 februari 2027;",
        "gelet op de artikelen 28, 40a, 40b, 40c, eerste en tweede lid, 43, 58, 64, 65, 66 en 68, "
        "eerste en tweede lid, van de Provinciewet, " + TAIL,
        "besluiten:",
        "Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Utrecht van "
        "4 maart 2027.",
        "De griffier,\tDe voorzitter,",
    ),
    ("waterschap", "raad"): (
        "Aa en Maas",
        "Het algemeen bestuur van het waterschap Aa en Maas;",
        "gelezen het voorstel van het dagelijks bestuur van 1 februari 2027;",
        "gelet op de artikelen 32, 33, eerste en derde lid, 34 en 38a van de Waterschapswet, "
        + TAIL,
        "besluit:",
        "Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van het waterschap "
        "Aa en Maas van 4 maart 2027.",
        "De secretaris,\tDe voorzitter,",
    ),
    ("waterschap", "college"): (
        "Aa en Maas",
        "Het algemeen bestuur van het waterschap Aa en Maas;",
        "gelezen het voorstel van het dagelijks bestuur van 1 februari 2027;",
        "gelet op de artikelen 33, eerste en derde lid, 34, 38a, 44, 44a, 45, 47, derde lid, 48, "
        "49 en 50 van de Waterschapswet, " + TAIL,
        "besluit:",
        "Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van het waterschap "
        "Aa en Maas van 4 maart 2027.",
        "De secretaris,\tDe voorzitter,",
    ),
}
DATES = {"vastgesteld_op": "2027-03-04", "voorstel_op": "2027-02-01"}
# Words of a gemeente that must not be left in a provincie's or waterschap's code.
GEMEENTE_WORDS = re.compile(
    r"Gemeentewet|\braad\b|\braadsl|raadsbesluit|wethouder|burgemeester|\bcollege\b"
    r"|de gemeente\b|gemeentesecretaris",
    re.I,
)


def word_text(model) -> tuple[docx.Document, str]:
    document = docx.Document(io.BytesIO(to_docx(model)))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return document, "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize(("kind", "voor"), list(CASES))
def test_the_assembly_adopts_the_code_under_its_own_law(kind, voor):
    naam, aanhef, gelezen, gelet_op, verb, vastgesteld, signed = CASES[kind, voor]
    model = build(naam, voor, DATES, bestuur=kind)
    document, _ = word_text(model)
    texts = [p.text for p in document.paragraphs]
    start = texts.index(aanhef)
    assert texts[start : start + 5] == [
        aanhef,
        gelezen,
        gelet_op,
        verb,
        f"vast te stellen de volgende regeling: {model.citeertitel}.",
    ]
    assert texts.index("Hoofdstuk 1 Algemene bepalingen") == start + 5
    closing = texts.index(vastgesteld)
    assert texts[closing + 1] == signed
    assert (
        document.core_properties.author
        == {
            "provincie": "Provincie Utrecht",
            "waterschap": "Waterschap Aa en Maas",
        }[kind]
    )


@pytest.mark.parametrize(("kind", "voor"), list(CASES))
def test_nothing_of_a_gemeente_is_left(kind, voor):
    model = build(CASES[kind, voor][0], voor, {"protocol": True}, bestuur=kind)
    _, text = word_text(model)
    assert GEMEENTE_WORDS.findall(text) == []
    assert "{{" not in text and "{" not in text
    # Artikel 1.1 Toepassing rests on the duty to adopt the code, cited in its own law.
    competence = "; ".join(bestuur(kind).organen[voor].competence)
    assert f"Wettelijke grondslag\n{competence}." in text
    assert bestuur(kind).law in competence


def test_the_words_of_each_body():
    staten = word_text(build("Utrecht", "raad", bestuur="provincie"))[1]
    assert (
        "Deze gedragscode geldt voor de leden van Provinciale Staten en de burgerleden van de "
        "provincie Utrecht." in staten
    )
    assert (
        "Het statenlid dat voornemens is een handeling te verrichten of een overeenkomst aan "
        "te gaan als bedoeld in artikel 15, eerste lid, van de Provinciewet" in staten
    )
    assert "beslissen Provinciale Staten." in staten  # plural: they decide
    assert "Provinciale Staten bespreken het onderwerp integriteit" in staten
    assert "Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties kan ontheffing" in staten
    gs = word_text(build("Utrecht", "college", bestuur="provincie"))[1]
    assert "De commissaris van de Koning en de gedeputeerden handelen" in gs
    assert "Gedeputeerde Staten sluiten oud-bestuurders" in gs
    assert (
        "als bedoeld in artikel 40c, eerste lid, of artikel 68, eerste lid, van de "
        "Provinciewet" in gs
    )
    assert "De provinciesecretaris legt een register aan van de geschenken" in gs
    db = word_text(build("Aa en Maas", "college", bestuur="waterschap"))[1]
    assert "geldt voor de voorzitter en de leden van het dagelijks bestuur van het waterschap" in db
    assert "Het dagelijks bestuur sluit oud-bestuurders" in db
    assert "Een melding over de voorzitter wordt gedaan bij de plaatsvervangend voorzitter." in db
    assert "Gedeputeerde staten kunnen ontheffing verlenen." in db  # Waterschapswet art. 33 lid 2
    ab = word_text(build("Aa en Maas", "raad", bestuur="waterschap"))[1]
    assert "Het lid van het algemeen bestuur dat voornemens is" in ab
    assert "De secretaris legt hiervoor een register aan" in ab and "griffier" not in ab


@pytest.mark.parametrize(
    ("naam", "kind", "organisation", "adopted_by"),
    [
        ("Gelderland", "provincie", "Gelderland", "provinciale staten"),
        ("Aa en Maas", "waterschap", "Waterschap Aa en Maas", "algemeen bestuur"),
    ],
)
@pytest.mark.parametrize("voor", ["raad", "college"])
def test_our_parser_reads_it_back(naam, kind, organisation, adopted_by, voor):
    """The same structure, the adopting body and the organisation from the register; every
    law resolved to its BWB id; our own review finds nothing wrong."""
    from codes.review import review
    from tests.test_generator_model import built_structure, parsed_structure

    model = build(naam, voor, DATES)  # the kind of body from the register
    assert model.bestuur == kind
    code = parse_bytes(to_docx(model), "model.docx")
    assert parsed_structure(code) == built_structure(model)
    assert (code.metadata.organisation, code.metadata.adopted_by) == (organisation, adopted_by)
    assert code.metadata.citeertitel == model.citeertitel
    laws = {r.law: r.bwb for r in code.references if r.kind == "law"}
    law, bwb = {
        "provincie": ("Provinciewet", "BWBR0005645"),
        "waterschap": ("Waterschapswet", "BWBR0005108"),
    }[kind]
    assert laws[law] == bwb and "Gemeentewet" not in laws
    assert all(r.resolved for r in code.references if r.kind == "law")
    blocks = [n for n in code.nodes() if n.kind == m.BLOCK and n.role == "wettelijk kader"]
    assert len(blocks) == sum(1 for a in model.articles if a.basis)
    assert [f.message for f in review(code)] == []


def test_every_article_cited_for_a_provincie_or_waterschap_has_its_source():
    """Each citation of the Provinciewet or the Waterschapswet, in the competence or in a
    clause, is a fact in besturen.toml with what it says and where it was read."""
    for kind, prefix in (("provincie", "basis_provincie"), ("waterschap", "basis_waterschap")):
        body = bestuur(kind)
        cited = {c for orgaan in body.organen.values() for c in orgaan.competence}
        for meta, _ in _clauses():
            for voor in meta["voor"]:
                cited.update(c for c in basis(meta, kind, voor) if body.law in c)
            if any("Gemeentewet" in c for c in str(meta.get("basis", ""))):
                assert prefix in meta, meta["title"]  # stated, also when it is empty
        assert cited and cited <= set(body.facts), sorted(cited - set(body.facts))
        for fact in body.facts.values():
            assert fact["says"] and any("https://" in s or "http://" in s for s in fact["source"])
        competence = {c for orgaan in body.organen.values() for c in orgaan.competence}
        for citation in competence:  # the duty itself also in a besluit of later years
            assert any(s.startswith("confirmed:") for s in body.facts[citation]["source"])
    with DATA.open("rb") as handle:
        assert tomllib.load(handle)["provincie"]["bwb"] == "BWBR0005645"


def test_a_clause_that_cites_the_gemeentewet_needs_its_own_basis():
    meta = {"title": "Nieuw artikel", "basis": ["artikel 12 Gemeentewet"]}
    assert basis(meta, "gemeente", "raad") == ["artikel 12 Gemeentewet"]
    with pytest.raises(InputError, match="cites the Gemeentewet and has no basis_provincie"):
        basis(meta, "provincie", "raad")
    neutral = {"title": "Informatie", "basis": ["artikel 2:5 Algemene wet bestuursrecht"]}
    assert basis(neutral, "waterschap", "college") == ["artikel 2:5 Algemene wet bestuursrecht"]


@pytest.mark.parametrize(
    ("naam", "kind"),
    [
        ("Voorbeeldstad", "gemeente"),
        ("Gelderland", "provincie"),
        ("Fryslân", "provincie"),
        ("Aa en Maas", "waterschap"),
        ("Hoogheemraadschap van Rijnland", "waterschap"),
        ("Utrecht", "gemeente"),  # gemeente and provincie: --bestuur decides
        ("Groningen", "gemeente"),
    ],
)
def test_the_kind_of_body_comes_from_the_register(naam, kind):
    assert derive(naam) == kind


def test_a_waterschap_keeps_its_own_kind_word():
    rijnland = build("Hoogheemraadschap van Rijnland", "raad")
    assert rijnland.besluit.aanhef == "Het algemeen bestuur van het hoogheemraadschap van Rijnland;"
    assert rijnland.title == (
        "Gedragscode integriteit leden algemeen bestuur hoogheemraadschap van Rijnland"
    )
    assert file_name(rijnland) == "gedragscode-algemeen-bestuur-hoogheemraadschap-van-rijnland.docx"
    with pytest.raises(InputError, match="choose gemeente, provincie, waterschap"):
        build("X", "raad", bestuur="deelgemeente")


def test_cli_writes_both_codes_of_a_provincie(tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "model",
            "--organisatie",
            "Utrecht",
            "--bestuur",
            "provincie",
            "--voor",
            "alle",
            "--no-equivalents",
            "-o",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gedragscode-gedeputeerde-staten-utrecht.docx",
        "gedragscode-provinciale-staten-utrecht.docx",
    ]
    staten = docx.Document(str(tmp_path / "gedragscode-provinciale-staten-utrecht.docx"))
    assert staten.paragraphs[0].text == "Gedragscode integriteit statenleden provincie Utrecht"
    assert "Provinciale Staten van Utrecht;" in [p.text for p in staten.paragraphs]
    wrong = CliRunner().invoke(
        main, ["generate", "model", "--gemeente", "X", "--bestuur", "rijk", "--voor", "raad"]
    )
    assert wrong.exit_code == 2


def test_the_equivalents_annex_of_a_provincie_names_gemeenten_as_gemeenten():
    from generator.model_code import add_equivalents

    model = build("Utrecht", "raad", bestuur="provincie")
    add_equivalents(model)
    _, text = word_text(model)
    assert "Bijlage 3: Vergelijkbare bepalingen in gedragscodes van gemeenten" in text
    assert "andere gemeenten" not in text
