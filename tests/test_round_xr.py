"""Round xr (benchmarks/devset/README.md): metadata rules from the real sentences of
xr10 and xr12, each with the shape it must leave alone."""

from codes import parse_text
from codes.organisations import register

_GR_HOLLAND_RIJNLAND = """Gemeenschappelijke regeling Holland Rijnland

HOOFDSTUK 1 BEGRIPSBEPALINGEN

Artikel 1 Begripsbepalingen

  • 1. In deze gemeenschappelijke regeling wordt verstaan onder:

    • e.

      Gedeputeerde Staten: Gedeputeerde Staten van Zuid-Holland;

    • f.

      De wet: de Wet gemeenschappelijke regelingen.

HOOFDSTUK 2 OPENBAAR LICHAAM

Artikel 2 Openbaar lichaam

  • 1. Er is een openbaar lichaam genaamd: “Samenwerkingsorgaan Holland Rijnland”.

  • 2. Het openbaar lichaam is rechtspersoon als bedoeld in artikel 8 lid 1 van de wet en is gevestigd in Leiden.
"""


def _metadata(text: str):
    return parse_text(text, "test.txt").metadata


def test_the_body_a_regeling_sets_up_by_name_is_its_organisation():
    """xr10: 'Er is een openbaar lichaam genaamd: “Samenwerkingsorgaan Holland Rijnland”',
    not the provincie its definition of Gedeputeerde Staten names."""
    metadata = _metadata(_GR_HOLLAND_RIJNLAND)
    assert metadata.organisation == "Samenwerkingsorgaan Holland Rijnland"
    assert metadata.organisation_type == "other"


def test_a_capitalised_term_its_value_repeats_is_a_definition_not_the_body():
    """The definition 'Gedeputeerde Staten: Gedeputeerde Staten van Zuid-Holland' is a bare
    mention (strength 1), as the lower-case 'gedeputeerde staten: ...' of n13 was; a preamble
    'Gedeputeerde Staten van Zuid-Holland;' and a colon label whose value does not repeat its
    term keep their strength."""
    defined = register().find("e. Gedeputeerde Staten: Gedeputeerde Staten van Zuid-Holland;\n")
    preamble = register().find(
        "Gedeputeerde Staten van Zuid-Holland;\n\ngelet op artikel 145 van de Provinciewet;\n"
    )
    assert defined is not None and defined.strength == 1
    assert preamble is not None and preamble.strength > 1


_HEERLEN = """Wetstechnische informatie

Gegevens van de regeling
OrganisatieHeerlen
OrganisatietypeGemeente
Officiële naam regelingWijziging gemeenschappelijke regeling Stadsregio Parkstad Limburg
Vastgesteld doorcollege van burgemeester en wethouders

Tekst van de regeling

Intitulé

Wijziging gemeenschappelijke regeling Stadsregio Parkstad Limburg

Het college van burgemeester en wethouders van de gemeente Heerlen

Overwegende dat

de Wet gemeenschappelijke regelingen per 1 juli 2022 is gewijzigd;

Besluit

de gemeenschappelijke regeling Stadsregio Parkstad Limburg te wijzigen met ingang van 1 juli 2024, waardoor deze als volgt komt te luiden:

De colleges van burgemeester en wethouders van de gemeenten

Beekdaelen, Brunssum, Heerlen, Kerkrade, Landgraaf, Simpelveld en Voerendaal

overwegende dat:
"""


def test_a_preamble_above_the_parties_keeps_the_deciding_body_under_a_register_cell():
    """xr12: Heerlen's college decides (its preamble opens the text) to amend a regeling whose
    parties follow; the register's 'Vastgesteld door' cell, chosen over the preamble, must not
    hide that the preamble stands above the parties."""
    metadata = _metadata(_HEERLEN)
    assert metadata.organisation == "Heerlen"
    assert metadata.adopted_by == "college van burgemeester en wethouders"


def test_the_parties_alone_still_give_no_organisation():
    """Without the deciding body's preamble the parties enter the regeling together: none of
    theirs (the rule of joint_parties is unchanged)."""
    text = _HEERLEN.split("Het college van burgemeester en wethouders van de gemeente Heerlen")[1]
    assert _metadata(text).organisation is None
