"""A curated law's name with a compound broken where a PDF's line ended, read as the law
(`law_spellings.broken_compounds`); each test from the real sentence."""

from codes.citations.law_spellings import broken_compounds

from .conftest import law_refs_in

_GEMW = ("Gemeentewet", "BWBR0005416", None, None)
_JEUGDWET = ("Jeugdwet", "BWBR0034925", None, None)


def test_the_variants_break_one_compound_before_its_kind_of_regulation():
    assert broken_compounds("Uitvoeringsbesluit Wmo 2015") == (
        "Uitvoerings besluit Wmo 2015",
        "Uitvoerings-besluit Wmo 2015",
    )
    assert broken_compounds("Wet op de ruimtelijke ordening") == ()
    assert broken_compounds("Wetboek van Strafrecht") == ()  # no first part before "wet"


def test_a_hyphen_inside_the_gemeentewet_is_the_gemeentewet():
    # a11, Huizen: protocol integriteitsschendingen, copied from a PDF
    text = "De Gemeente-wet laat de gemeente ruimte bij de inhoudelijke invulling.\n"
    assert law_refs_in(text) == [_GEMW]


def test_a_blank_inside_the_jeugdwet_is_the_jeugdwet():
    # v05, GR Peel 6.1, toelichting (5dok PDF text)
    text = (
        "In eerste instantie is deze bedoeld om de drie grote decentralisaties (aanpassing Wmo, "
        "Jeugd wet en Participatiewet) goed te doen landen.\n"
    )
    assert _JEUGDWET in law_refs_in(text)


def test_a_blank_inside_a_decree_name_is_the_decree():
    # q13, GGD/VT Haaglanden, Staatscourant 2017
    text = "gelet op de Wet publieke gezondheid, het Uitvoerings besluit Wmo 2015 en de Jeugdwet;\n"
    assert "BWBR0035733" in [bwb for _, bwb, _, _ in law_refs_in(text)]


def test_a_capital_after_the_blank_is_a_word_of_its_own():
    # a register's column "Gemeente" before a law's name in the next: two words, not the Gemeentewet
    text = "Toelichting\n\nGemeente Wet open overheid: verzoek om informatie is vrij.\n"
    assert [law for law, *_ in law_refs_in(text)] == ["Wet open overheid"]
