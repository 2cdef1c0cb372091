"""National texts' titles, organisations and dates, and a Gemeenteblad's announcement
(devset rounds zt and zs; sentences from the texts named in each test)."""

from codes import parse_text


def _meta(text: str):
    return parse_text(text, "x.txt").metadata


_STAATSBLAD_ROW = (
    "Staatsblad van het Koninkrijk der Nederlanden\n\n"
    "Datum publicatieOrganisatieJaargang en nummerRubriekDatum ondertekening\n"
    "Ministerie van Sociale Zaken en WerkgelegenheidStaatsblad 1999, 598Wet\n\n"
)


def test_the_staatsblad_heading_is_no_title_and_a_wet_dates_itself():
    # zl13 (zt14, h15, j14, zh08 and zo09 open the same way)
    meta = _meta(
        _STAATSBLAD_ROW
        + "Wet van 22 december 1999 tot wijziging van de Wet voorzieningen gehandicapten in "
        "verband met de tweede evaluatie van die wet\n\n"
        "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau, "
        "enz. enz. enz.\n"
    )
    assert meta.title == (
        "Wet van 22 december 1999 tot wijziging van de Wet voorzieningen gehandicapten in "
        "verband met de tweede evaluatie van die wet"
    )
    assert meta.adopted_on == "1999-12-22"
    assert meta.organisation == "Ministerie van Sociale Zaken en Werkgelegenheid"


def test_a_decrees_dated_title_under_the_bwb_page_heading_is_the_title():
    # zt06; a decentral "Besluit van provinciale staten van Zeeland van ..." keeps the heading (s02)
    meta = _meta(
        "Wijzigingsbesluit Besluit begroting en verantwoording provincies en gemeenten "
        "(wijzigingen interne sturing door provinciale staten en raad, enz.)\n\n"
        "Geldend van 09-12-2017 t/m heden\n\n"
        "Besluit van 5 maart 2016, houdende wijziging van het Besluit begroting en "
        "verantwoording provincies en gemeenten in verband met de invoering van een aantal "
        "wijzigingen\n\n"
        "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van "
        "Oranje-Nassau, enz. enz. enz.\n"
    )
    assert meta.title.startswith("Besluit van 5 maart 2016, houdende wijziging van het Besluit")
    assert meta.citeertitel is None
    assert meta.adopted_on == "2016-03-05"


def test_a_decrees_title_run_into_the_kings_preamble_under_an_annex_label():
    # zt07 (adoc): "Bijlage 2" above the draft decree, its title run into "Wij Willem-Alexander"
    meta = _meta(
        "\nBijlage 2\nBesluit van houdende wijziging van het Besluit begroting en "
        "verantwoording provincies en gemeenten en het Waterschapsbesluit in verband met enkele "
        "andere wijzigingen Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, "
        "Prins van Oranje-Nassau, enz. enz. enz. Op de voordracht van Onze Minister;\n"
    )
    assert meta.title == (
        "Besluit van houdende wijziging van het Besluit begroting en verantwoording provincies "
        "en gemeenten en het Waterschapsbesluit in verband met enkele andere wijzigingen"
    )


def test_a_staatscourant_heading_gives_title_body_and_date():
    # zt11 (bare date) and zt10 ("Datum 24 september 2019", an agency as body)
    meta = _meta(
        "Circulaire Wijzigingen in het Rechtspositiebesluit decentrale politieke ambtsdragers "
        "voor gemeenten, Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n\n"
        "27 maart 2025\n\nkenmerk 2025-0000222133\n"
    )
    assert meta.title.endswith(
        "voor gemeenten, Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    )
    assert meta.organisation == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    assert meta.organisation_type == "other"
    assert meta.adopted_on == "2025-03-27"
    meta = _meta(
        "Autorisatiebesluit Minister van Binnenlandse Zaken en Koninkrijksrelaties ten behoeve "
        "van Logius in verband met de ontwikkeling van een digitale machtigingsfunctie, "
        "Rijksdienst voor Identiteitsgegevens\n\nDatum 24 september 2019\n\nKenmerk 2019-0000503776\n"
    )
    assert meta.organisation == "Rijksdienst voor Identiteitsgegevens"
    assert meta.adopted_on == "2019-09-24"
    # without the date line below it, a line ending in a ministry is no such heading
    meta = _meta(
        "Afspraken over de uitvoering, Ministerie van Binnenlandse Zaken\n\nDe raad besluit.\n"
    )
    assert meta.adopted_on is None


def test_an_announcement_with_its_date_first_dates_the_adoption():
    # zs05; "Op 10 juni 2024 heeft het presidium de opdracht gegeven" (zm02) adopts nothing
    text = (
        "Verordening op de vertrouwenscommissie Lingewaard 2025\n\n"
        "OP 1 oktober 2025 heeft de gemeenteraad de Verordening op de vertrouwenscommissie 2025 "
        "vastgesteld. Gelijktijdig is de verordening op de vertrouwenscommissie 2019 ingetrokken.\n"
    )
    assert _meta(text).adopted_on == "2025-10-01"
    other = "Gedragscode raad\n\nOp 10 juni 2024 heeft het presidium de opdracht gegeven de code vastgesteld te krijgen.\n"
    assert _meta(other).adopted_on is None
