"""Citation shapes of the p round of the development set (gelet op clauses copied from a
model, memories van toelichting, Staatsblad decrees, jeugdhulp and Participatiewet
regulations): each from its real sentence, with the references it must give.
Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .test_citation_grammar import _refs


def _laws(code) -> list[tuple[str, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.kind == "law"]


def test_square_brackets_of_a_model_join_like_commas():
    # Utrecht 2015 (p08): the VNG model's optional part left in the gelet op.
    _, found = _refs(
        "gelet op de artikelen 2.9, 2.10, 2.12 [en 8.1.1, vierde lid,] van de Jeugdwet; "
        "gezien het advies"
    )
    assert sorted(found, key=str) == [
        ("Jeugdwet", "2.10", None, None),
        ("Jeugdwet", "2.12", None, None),
        ("Jeugdwet", "2.9", None, None),
        ("Jeugdwet", "8.1.1", 4, None),
    ]
    # Hoorn 2019 (f10): brackets inside the word "artikel[en]" and around list items.
    _, found = _refs(
        "gelet op [de ]artikel[en] [3.1.1, vijfde lid,] 3.1.3, eerste lid[, 3.1.4, eerste "
        "lid, en 3.4.2] en 3.3.8 van het Rechtspositiebesluit decentrale politieke ambtsdragers;"
    )
    assert sorted((article, lid or 0) for _, article, lid, _ in found) == [
        ("3.1.1", 5),
        ("3.1.3", 1),
        ("3.1.4", 1),
        ("3.3.8", 0),
        ("3.4.2", 0),
    ]
    assert {law for law, *_ in found} == {"Rechtspositiebesluit decentrale politieke ambtsdragers"}
    # a footnote mark after an article joins nothing and names no law
    _, found = _refs("zoals artikel 12 [1] bepaalt")
    assert not any(law for law, *_ in found if law)


def test_an_implementing_decree_is_not_the_act_inside_its_name():
    # Staatsblad 2024, 421 (p04): the Uitvoeringsbesluit is named, not the Ambtenarenwet 2017.
    code = parse_text(
        "Gelet op artikel 7 van de Ambtenarenwet 2017;\n\nHebben goedgevonden en verstaan:\n\n"
        "ARTIKEL I\n\nDe bijlage bij het Uitvoeringsbesluit Ambtenarenwet 2017 wordt als volgt "
        "gewijzigd:\n"
    )
    assert _laws(code) == [
        ("Ambtenarenwet 2017", "7", None),
        ("Uitvoeringsbesluit Ambtenarenwet 2017", None, None),
    ]


def test_a_law_cited_without_its_en():
    # Heerenveen 2017 (p06): "Wet aanscherping handhaving sanctiebeleid SZW-wetgeving".
    code = parse_text(
        "Met ingang van 1 januari 2013 is de Wet aanscherping handhaving sanctiebeleid "
        "SZW-wetgeving in werking getreden.\n"
    )
    assert [(r.law, r.bwb) for r in code.references if r.kind == "law"] == [
        ("Wet aanscherping handhaving en sanctiebeleid SZW-wetgeving", "BWBR0032087")
    ]


def test_a_title_that_gives_its_basis_cites_the_law():
    # Lochem 2018 (p09): "regels voor uitvoering van de Jeugdwet" in the code's own title.
    title = (
        "Verordening van de gemeenteraad van Lochem met daarin regels voor uitvoering van de "
        "Jeugdwet (Verordening Jeugdhulp 2018)"
    )
    code = parse_text(f"{title}\n\nDe raad van de gemeente Lochem;\n\nArtikel 1\n\nTekst.\n")
    assert ("Jeugdwet", None, None) in _laws(code)


def test_a_law_in_a_capitalised_regulation_name_is_no_citation():
    # Apeldoorn 2017 (p07): "VERORDENING PARTICIPATIEWET 2017" names the verordening.
    code = parse_text(
        "GEMEENTEBLAD Officiële uitgave van de gemeente Apeldoorn VERORDENING PARTICIPATIEWET "
        "2017 De raad van de gemeente Apeldoorn; gelet op artikel 147 van de Gemeentewet;\n"
    )
    assert _laws(code) == [("Gemeentewet", "147", None)]
