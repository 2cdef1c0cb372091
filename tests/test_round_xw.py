"""Round xw (benchmarks/devset/README.md): the metadata rule from the real sentence of
xw07, with the shape it must leave alone, and readings of the round that were right."""

from codes import parse_text

_LABORIJN = """Reglement van orde voor de vergaderingen van het Algemeen Bestuur van Laborijn

Vastgesteld door het Algemeen Bestuur van Laborijn op 7 oktober 2016.

Hoofdstuk I - Algemene bepalingen

Artikel 1 Begripsomschrijvingen

In dit reglement wordt verstaan onder:

 • a)

  de regeling: de Gemeenschappelijke regeling Uitvoeringsorganisatie Laborijn.
"""


def _metadata(text: str):
    return parse_text(text, "test.txt").metadata


def test_a_line_that_states_its_adopting_board_names_the_joint_body():
    """xw07: 'Vastgesteld door het Algemeen Bestuur van Laborijn op 7 oktober 2016.' at a
    line's start names the body, outside the register, so of type other."""
    metadata = _metadata(_LABORIJN)
    assert metadata.organisation == "Laborijn"
    assert metadata.organisation_type == "other"
    assert metadata.adopted_by == "algemeen bestuur"
    assert str(metadata.adopted_on) == "2016-10-07"


def test_a_board_in_running_text_names_no_body():
    """Mid-sentence the same words may define another regulation: no organisation."""
    text = (
        "Nota over de begroting\n\nDe begroting is, vastgesteld door het algemeen bestuur"
        " van Laborijn op 7 oktober 2016, ter kennis gebracht.\n"
    )
    assert _metadata(text).organisation != "Laborijn"


def test_the_waterschapswet_in_four_shapes_of_xw06():
    """xw06: the plural, the bare name, a lid list and 'Artikel 31, lid 1 Waterschapswet'
    opening a lid (a citation, not a heading)."""
    text = (
        "Het algemeen bestuur van het waterschap Vechtstromen;\n\ngelet op de artikelen 56 en 77"
        " van de Waterschapswet;\n\nBESLUIT:\n\nArtikel 1 Begripsbepalingen\n\n • a.\n\n"
        "  secretaris: de secretaris als bedoeld in artikel 53 Waterschapswet;\n\n • b.\n\n"
        "  fractie: de leden benoemd overeenkomstig artikel 14, eerste, tweede en derde lid,"
        " van de Waterschapswet;\n\nArtikel 2 Vereisten\n\n • 2.\n\n  Artikel 31, lid 1"
        " Waterschapswet is van overeenkomstige toepassing op fractie-ondersteuners.\n"
    )
    code = parse_text(text, "test.txt")
    found = sorted(
        (r.article, str(r.lid or "")) for r in code.references if r.article and r.resolved
    )
    assert found == [
        ("14", "1"),
        ("14", "2"),
        ("14", "3"),
        ("31", "1"),
        ("53", ""),
        ("56", ""),
        ("77", ""),
    ]
