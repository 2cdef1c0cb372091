"""The normative framework of a letter follows the body (gemeente, provincie, waterschap)
and the betrokkene's function; the articles come from generator/data/besturen.toml.

Hand-checked: Gemeentewet art. 15 lid 3 (raadsleden), 41c lid 2 (wethouders), 69 lid 2
(burgemeester); Provinciewet art. 15 lid 3, 40c lid 2 (gedeputeerden), 68 lid 2
(commissaris van de Koning); Waterschapswet art. 33 lid 3 (all three).
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from codes.errors import InputError
from gedragscode.cli import main
from generator.besturen import bestuur
from generator.cases import fields, validate
from generator.letters import prepare, render_markdown
from generator.requirements import requirements

from .conftest import LETTER_CASE


def opdracht(gemeente: str, functie: str, **extra) -> str:
    """The onderzoeksopdracht in Markdown for a betrokkene with `functie`, every field the
    letter needs from the example values of case_fields.toml."""
    needs = requirements("onderzoeksopdracht", gemeente)
    case = {name: fields()[name]["example"] for name in needs.fields if name != "gemeente"}
    case = validate({**case, "betrokkene.functie": functie, **extra})
    return render_markdown(prepare("onderzoeksopdracht", {"gemeente": gemeente, **case}))


def norms(text: str) -> list[str]:
    """The statutory norms of the letter: the linked words of its list."""
    part = text.split("## Wettelijke integriteitsnormen", 1)[1]
    return re.findall(r"^- \[([^\]]+)\]\(https://wetten", part, re.M)


def test_a_wethouder_of_a_gemeente_gets_41c_not_15():
    text = opdracht("Voorbeeldstad", "wethouder")
    assert norms(text) == ["artikel 41c, tweede lid, van de Gemeentewet"]
    assert "(https://wetten.overheid.nl/jci1.3:c:BWBR0005416&artikel=41c&lid=2)" in text
    assert "15, derde lid" not in text and "69, tweede lid" not in text
    assert "wethouder van de gemeente Voorbeeldstad" in text


@pytest.mark.parametrize(
    ("functie", "expected"),
    [
        ("raadslid", "artikel 15, derde lid, van de Gemeentewet"),
        ("burgemeester", "artikel 69, tweede lid, van de Gemeentewet"),
        ("waarnemend burgemeester", "artikel 69, tweede lid, van de Gemeentewet"),
        # a wethouder who stands in for the burgemeester is bound by the wethouders' code
        ("loco-burgemeester", "artikel 41c, tweede lid, van de Gemeentewet"),
        ("Wethouder Financiën", "artikel 41c, tweede lid, van de Gemeentewet"),
    ],
)
def test_each_function_of_a_gemeente_its_article(functie, expected):
    assert norms(opdracht("Voorbeeldstad", functie)) == [expected]


def test_an_unknown_function_gets_every_article_of_the_body():
    # "fractievoorzitter" is a raadslid; "voorzitter" alone is not a function of a gemeente
    assert norms(opdracht("Voorbeeldstad", "voorzitter van de rekenkamercommissie")) == [
        "artikel 15, derde lid, van de Gemeentewet",
        "artikel 41c, tweede lid, van de Gemeentewet",
        "artikel 69, tweede lid, van de Gemeentewet",
    ]


def test_a_gedeputeerde_of_a_provincie_gets_the_provinciewet():
    text = opdracht("Gelderland", "gedeputeerde")  # the register knows it as a provincie
    assert norms(text) == ["artikel 40c, tweede lid, van de Provinciewet"]
    assert "BWBR0005645&artikel=40c&lid=2" in text
    assert "Gemeentewet" not in text
    assert text.startswith("**Provincie Gelderland**")
    assert "gedeputeerde van de provincie Gelderland" in text
    assert "de gedragscode van de provincie Gelderland" in text


def test_the_commissaris_van_de_koning_and_a_statenlid():
    assert norms(opdracht("Gelderland", "Commissaris van de Koning")) == [
        "artikel 68, tweede lid, van de Provinciewet"
    ]
    assert norms(opdracht("Gelderland", "statenlid")) == [
        "artikel 15, derde lid, van de Provinciewet"
    ]


def test_a_waterschap_gets_the_waterschapswet():
    text = opdracht("Aa en Maas", "dijkgraaf")
    assert norms(text) == ["artikel 33, derde lid, van de Waterschapswet"]
    assert "BWBR0005108&artikel=33&lid=3" in text
    assert "Gemeentewet" not in text and "Provinciewet" not in text
    assert "dijkgraaf van het waterschap Aa en Maas" in text


def test_a_name_of_two_kinds_is_a_gemeente_unless_the_case_says_bestuur():
    # Utrecht is a gemeente and a provincie: as `generate model`, a gemeente by default
    assert "Gemeentewet" in opdracht("Utrecht", "gedeputeerde")
    text = opdracht("Utrecht", "gedeputeerde", bestuur="provincie")
    assert norms(text) == ["artikel 40c, tweede lid, van de Provinciewet"]
    assert "gedeputeerde van de provincie Utrecht" in text


def test_the_articles_are_the_competence_in_besturen_toml():
    """One source: an unknown function of each body cites exactly its organs' competence."""
    for kind, name in (
        ("gemeente", "X"),
        ("provincie", "Gelderland"),
        ("waterschap", "Aa en Maas"),
    ):
        body = bestuur(kind)
        competence = [c for orgaan in body.organen.values() for c in orgaan.competence]
        assert body.basis(None) == tuple(dict.fromkeys(competence))
        cited = norms(opdracht(name, "bestuurder", bestuur=kind))
        assert len(cited) == len(set(competence))
        assert all(body.law in norm for norm in cited)


def test_a_bundled_code_of_a_gemeente_cites_the_gemeentewet():
    case = {
        **LETTER_CASE,
        "betrokkene.functie": "raadslid",
        "onderzoeker.naam": "mr. C. Smit",
        "onderzoeker.organisatie": "Bureau X",
        "aanleiding": "Een melding.",
        "opdracht": "Stel de feiten vast.",
        "verwachte_duur": "zes weken",
        "kosten": "€ 12.500",
        "onderwerpen": ["geschenken"],
    }
    text = render_markdown(prepare("onderzoeksopdracht", case))
    assert "[artikel 15, derde lid, van de Gemeentewet]" in text
    assert "41c, tweede lid, van de Gemeentewet]" not in text


@pytest.mark.parametrize("functie", ["griffier", "Ambtenaar", "gemeentesecretaris"])
def test_a_letter_about_an_ambtenaar_is_refused(functie):
    with pytest.raises(InputError, match="betrokkene.functie.*Ambtenarenwet 2017"):
        prepare("kennisgeving", {**LETTER_CASE, "betrokkene.functie": functie})


def test_an_office_holder_who_was_an_ambtenaar_is_not_refused():
    assert norms(opdracht("Voorbeeldstad", "burgemeester, voorheen griffier")) == [
        "artikel 69, tweede lid, van de Gemeentewet"
    ]


def test_a_wrong_bestuur_is_refused_at_the_field(tmp_path):
    case = tmp_path / "case.toml"
    case.write_text('gemeente = "best"\nbestuur = "stad"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", "kennisgeving", str(case), "--no-input"])
    assert result.exit_code == 1
    assert "field 'bestuur' must be 'gemeente', 'provincie' or 'waterschap'" in result.output
    assert validate({"bestuur": "Provincie"}) == {"bestuur": "provincie"}


def test_the_example_case_leaves_bestuur_to_the_name():
    example = CliRunner().invoke(main, ["generate", "onderzoeksopdracht", "--example"]).output
    assert re.search(r'^bestuur = ""', example, re.M)
