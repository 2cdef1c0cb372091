"""Round up (benchmarks/devset/README.md): the fixes from the real sentences of the round's
texts, each with a near miss that is read as before."""

from codes import parse_text
from tests.conftest import law_fields


def _organisation(text: str) -> tuple[str | None, str | None]:
    metadata = parse_text(text, "test.txt").metadata
    return metadata.organisation, metadata.organisation_type


# up04, Epe's toeristenbelasting verordening 2009, as the register's older view sets it.
_EPE = (
    "Verordening op de heffing in invordering van toeristenbelasting 2009\n\n"
    "DE RAAD DER GEMEENTE EPE\n\n"
    "gelezen het voorstel van burgemeester en wethouders (Handelingen van de raad, bijlagenr. "
    "08-030)\n\ngelet op artikel 224 van de Gemeentewet;\n\nBESLUIT\n\n"
    "vast te stellen de Verordening op de heffing en invordering van toeristenbelasting 2009.\n"
)


def test_a_preamble_in_capitals_with_the_genitive_der_names_the_gemeente():
    """ "DE RAAD DER GEMEENTE EPE" is "DE RAAD VAN DE GEMEENTE EPE" in the older genitive;
    before, the capitals' rule knew only "VAN DE" and no organisation was read."""
    assert _organisation(_EPE) == ("Epe", "gemeente")


def test_a_capitals_preamble_with_van_de_is_read_as_before():
    assert _organisation(_EPE.replace(" DER ", " VAN DE ")) == ("Epe", "gemeente")


def test_der_gemeente_with_a_name_the_register_does_not_know_names_no_organisation():
    """The minutes of a former gemeente's raad (xo01's "VERGADERING VAN DE RAAD DER GEMEENTE
    HALSTEREN") name no body of the register: the rule reads only names it knows."""
    text = "NOTULEN VAN DE VERGADERING VAN DE RAAD DER GEMEENTE HALSTEREN\n\nAanwezig: ...\n"
    assert _organisation(text)[0] != "Halsteren"


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "lid"))


# up03, Cranendonck's Reglement burgerlijke stand 2021, artikel 1 onder d.
_ABS = (
    "ambtenaar van de burgerlijke stand: de ambtenaar in dienst van de gemeente of van een "
    "andere gemeente als zodanig aangewezen door het college (artikel 16, lid 2 en 3 van Boek I "
    "Burgerlijk wetboek);"
)


def test_a_book_in_roman_figures_is_that_book_of_the_code():
    """ "Boek I Burgerlijk wetboek" is Boek 1 BW, so the article is 1:16; before, "artikel 16,
    lid 2 en 3" stayed internal and "Burgerlijk wetboek" was named without a book."""
    assert _refs(_ABS) == [("BWBR0002656", "1:16", 2), ("BWBR0002656", "1:16", 3)]


def test_a_book_in_figures_is_read_as_before():
    assert _refs(_ABS.replace("Boek I ", "Boek 1 ")) == [
        ("BWBR0002656", "1:16", 2),
        ("BWBR0002656", "1:16", 3),
    ]


def test_a_roman_book_of_another_regulation_names_no_law():
    assert _refs("zie artikel 3 van Boek I van het reglement van orde;") == []


def _laws(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article"))


# up09, Hollands Kroon's Verordening Adviesraad Sociaal Domein (Gemeenteblad 2025, 240420).
_ADVIEZEN = (
    "gelet op de adviezen van de Wmo-adviesraad en de Cliëntenraad Participatiewet van "
    "respectievelijk 28 oktober 2024 en 9 april 2025;"
)


def test_a_council_named_after_the_law_it_serves_names_no_law():
    """ "de Cliëntenraad Participatiewet" is a body, as the "Wmo-adviesraad" beside it (and
    uh06's "Adviesraad WWB:"); before, the Participatiewet counted as named."""
    assert _laws(_ADVIEZEN) == []
    assert _laws("c. Adviesraad WWB: de adviesraad van de gemeente;") == []


def test_the_law_after_a_council_and_a_word_between_is_read_as_before():
    assert _laws("De Cliëntenraad adviseert over de Participatiewet;") == [("BWBR0015703", None)]
    assert _laws("gelet op artikel 47 van de Participatiewet;") == [("BWBR0015703", "47")]
