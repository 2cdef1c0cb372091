"""Round uw (benchmarks/devset/README.md): the fix from the real sentence of uw06, the adoc.pub
transcript of the gewest Gooi en Vechtstreek's Gedragscode integriteit (2011)."""

import pytest

from tests.conftest import metadata_as_given

# uw06, the cover lines as the transcript gives them.
_COVER = (
    "Gedragscode integriteit\n"
    "Nummer: 10.0002476 Versie: 1.0 Vastgesteld door het DB d.d. 10 februari 2011 Instemming COR "
    "20 januari 2011 Deze gedragscode treedt in werking op 1 maart 2011 doc.: "
    "pz_alle/Regelingen/Gedragscode integriteit\n"
    "1. Inleiding De gedragscode gaat over goed ambtenaarschap en het op een goede wijze omgaan "
    "met eigendommen van het gewest Gooi en Vechtstreek.\n"
)


def test_a_body_written_with_its_letters_in_the_statement_of_adoption():
    """ "Vastgesteld door het DB" is the dagelijks bestuur, as "Vastgesteld door het dagelijks
    bestuur" is; before, the letters named no body and uw06 had no adopting body."""
    metadata = metadata_as_given(_COVER)
    assert metadata.adopted_by == "dagelijks bestuur"
    assert (str(metadata.adopted_on), str(metadata.in_force_from)) == ("2011-02-10", "2011-03-01")


@pytest.mark.parametrize(
    ("statement", "body"),
    [
        ("Vastgesteld door het AB op 3 juli 2019.", "algemeen bestuur"),
        ("Vastgesteld door GS op 3 juli 2019.", "gedeputeerde staten"),
        ("Vastgesteld door het dagelijks bestuur op 3 juli 2019.", "dagelijks bestuur"),
    ],
)
def test_the_other_letters_and_the_full_name_are_read_alike(statement, body):
    assert metadata_as_given(f"Gedragscode integriteit\n{statement}\n").adopted_by == body


def test_letters_that_are_no_body_or_stand_elsewhere_name_none():
    """Two capitals outside the statement of adoption, or glued into a longer word, are no
    body: "het AB-voorstel" (xr05) and "Vastgesteld door het ABC" stay unread."""
    assert (
        metadata_as_given("Regeling\nVastgesteld door het ABC op 3 juli 2019.\n").adopted_by is None
    )
    text = "Regeling\nZie onderdeel B van het AB-voorstel van 2 november 2011.\n"
    assert metadata_as_given(text).adopted_by is None
