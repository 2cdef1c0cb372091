"""Round uu (benchmarks/devset/README.md): the fixes from the real sentences of the uu texts,
toelichtingen and the decisions they explain."""

from codes.unwrap import PREAMBLE_OPENING
from tests.conftest import docplayer_page, metadata_as_given, title_of

# uu03, Epe's second amendment of its Legesverordening 2020 (Gemeenteblad 2021), whose page
# opens with the preamble in the older genitive.
_EPE = (
    "De raad der gemeente Epe\n\n"
    "gelezen het voorstel van burgemeester en wethouders, nr. 320148, d.d. 5 oktober 2021;\n\n"
    "gelet op artikel 156, eerste en tweede lid, aanhef en onderdeel h en 229, eerste lid, aanhef "
    "en onderdeel b, van de Gemeentewet en de artikel 2, tweede lid en 7 van de Paspoortwet;\n\n \n\n"
    "BESLUIT\n\n \n\nVast te stellen de volgende verordening tot wijziging van de verordening op "
    "de heffing en invordering van leges 2020 (2e wijziging)\n\nArtikel I Wijzigingen\n"
)


def test_the_raad_der_gemeente_opens_a_preamble_not_a_title():
    """ "De raad der gemeente Epe": "der" is the older genitive of "van de", the body that opens
    the preamble, as "De raad van de gemeente Epe" is; before, the line was read as the title."""
    assert title_of(_EPE) != "De raad der gemeente Epe"
    assert title_of(_EPE.replace("De raad der gemeente", "De raad van de gemeente")) is None
    assert title_of(_EPE) is None


def test_a_title_that_names_the_raad_der_gemeente_is_read_as_before():
    """A name with "der gemeente" in it is no preamble: only the body's opening words are."""
    import re

    assert re.match(PREAMBLE_OPENING, "De raad der gemeente Putten")
    text = "Reglement van orde voor de raad der gemeente Putten 2019\n\nArtikel 1 Begrippen\n"
    assert title_of(text) == "Reglement van orde voor de raad der gemeente Putten 2019"


# uu01, the docplayer transcript of Heerde's toelichting on its APV 2014, set in capitals.
_HEERDE = docplayer_page(
    "TOELICHTING ALGEMENE PLAATSELIJKE VERORDENING GEMEENTE HEERDE 2014",
    "TOELICHTING ALGEMENE PLAATSELIJKE VERORDENING GEMEENTE HEERDE 2014 HOOFDSTUK 1 ALGEMENE "
    "BEPALINGEN Artikel 1.1 Begripsbepalingen In dit artikel wordt een aantal begrippen dat in "
    "de verordening wordt gehanteerd, gedefinieerd.",
)


def test_a_heading_in_capitals_names_its_gemeente_after_the_kind():
    """ "... VERORDENING GEMEENTE HEERDE 2014": the name after its kind's word, in capitals, as
    "... gemeente Heerde 2014" names it in lower case; before, no organisation was read."""
    metadata = metadata_as_given(_HEERDE)
    assert (metadata.organisation, metadata.organisation_type) == ("Heerde", "gemeente")


def test_a_kind_inside_a_word_or_before_an_unknown_name_names_no_body():
    """ "GEMEENTEBLAD" and "GEMEENTEN" are no kind's word; "GEMEENTE" before words the
    register does not know ("GEMEENTE EN PROVINCIE") names no body."""
    for heading in (
        "TOELICHTING GEMEENTEBLAD HEERDE 2014",
        "TOELICHTING VERORDENING GEMEENTEN HEERDE EN EPE",
        "TOELICHTING VERORDENING GEMEENTE EN PROVINCIE 2014",
    ):
        page = docplayer_page(heading, f"{heading} Artikel 1.1 Begripsbepalingen In dit artikel.")
        assert metadata_as_given(page).organisation is None, heading
