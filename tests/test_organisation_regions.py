"""A body's name inside a region's name or a list of bodies is not the text's organisation
(the session after round vb; zl12 and zi13, regulations of joint bodies of gemeenten)."""

from __future__ import annotations

from codes.organisations import register


def _found(text: str) -> str | None:
    found = register().find(text)
    return None if found is None else found.organisation.name


def test_a_provincie_with_a_quarter_after_it_is_a_region():
    # zl12's register title line: the ambulance service of a region, not the provincie
    text = "Gemeenschappelijke regeling ambulancevoorziening Brabant Midden-West-Noord\n"
    assert _found(text) is None
    assert _found("Veiligheidsregio Brabant Zuidoost\n") is None


def test_a_provincie_with_a_quarter_before_it_is_a_region():
    # zl12's definition of the area, the hyphen lost: "Midden- en West Brabant: gevormd door ..."
    assert _found("werkgebied: het gebied Midden- en West Brabant\n") is None


def test_the_provincie_alone_or_by_its_alias_is_still_read():
    assert _found("Provinciale Staten van Noord-Brabant;\n") == "Noord-Brabant"
    assert _found("Provinciale Staten van Noord Brabant;\n") == "Noord-Brabant"
    assert _found("Gedeputeerde Staten van Gelderland besluiten:\n") == "Gelderland"


def test_a_gemeente_in_a_list_after_de_gemeenten_is_none_of_them():
    # zl12: the joint body's area, fifty gemeenten long
    text = (
        "Midden- en West Brabant: gevormd door de gemeenten Aalburg, Alphen-Chaam, "
        "Baarle-Nassau, Bergen op Zoom, Breda, Dongen, Drimmelen, Etten-Leur;\n"
    )
    assert _found(text) is None


def test_a_gemeente_after_the_clause_of_the_list_is_read():
    text = "gevormd door de gemeenten Aalburg en Dongen. De raad van de gemeente Breda;\n"
    assert _found(text) == "Breda"


def test_a_definition_that_repeats_its_term_after_het_college_van_is_weak():
    # zi13: the provincie that supervises a GGD's regulation, defined in its article 1
    defined = register().find(
        "c. Gedeputeerde Staten: het college van Gedeputeerde Staten van Gelderland;\n"
    )
    assert defined is not None and defined.strength == 1
    preamble = register().find("Gedeputeerde Staten van Gelderland;\n\ngelet op artikel 2")
    assert preamble is not None and preamble.strength > 1
