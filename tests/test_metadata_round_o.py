"""Metadata of round o of the development set: the provinces' own regelgeving pages in
the register's older labels, a begrotingsapp page that opens with the preamble, a
withdrawn verordening that never names its gemeente. Each sentence is copied from the
development set (o04, o08, o10)."""

from __future__ import annotations

from codes import parse_text

from .conftest import metadata_of

UTRECHT_PAGE = (
    "Regelgeving: Subsidieverordening particuliere terreinbeherende natuurbeschermingsorganisaties "
    "ILG provincie Utrecht 2008\n\n"
    "Deze regeling is geldig sinds 25 juni 2008 tot 17 november 2011\n\n"
    "Wettechnische informatie\n\nGegevens van de Regeling\n\n"
    "Type overheidsorganisatieprovincie\n"
    "Naam overheidsorganisatie (creator):Utrecht\n"
    "Websitehttps://www.provincie-utrecht.nl/\n"
    "Citeertitel van de regelingSubsidieverordening particuliere terreinbeherende "
    "natuurbeschermingsorganisaties ILG provincie Utrecht 2008\n"
    "Officiële naam regelingVerordening van provinciale staten van Utrecht van 23 juni 2008, "
    "registratienummer 2008int218084, tot subsidiëring van particuliere terreinbeherende "
    "natuurbeschermingsorganisaties voor de verwerving van natuurterreinen (Subsidieverordening "
    "particuliere terreinbeherende natuurbeschermingsorganisaties ILG provincie Utrecht 2008).\n"
    "Afkorting van de naam van de regeling \n"
    "Vastgesteld doorprovinciale staten\n"
    "Onderwerp van de regelingnatuur en landschap, subsidies\n"
    "Datum tot wanneer (een versie van) de regeling geldig is17 november 2011\n"
    "Bron\n\nWet inrichting landelijk gebied, art. 11, lid 3\n\n"
    "Opmerkingen m.b.t. de regeling\n\n"
    "Intrekkingsbesluit , zie Provinciaal blad, 2010, 85\n"
    "Besluit van gedeputeerde staten van Utrecht van 26 oktober 2010, nr. 2010int264324, tot "
    "vaststelling van de inwerkingtreding van de Algemene subsidieverordening provincie Utrecht\n"
)


def meta(text: str):
    return metadata_of(text, "regeling")


def test_the_provinces_older_labels_give_the_citeertitel_and_the_body():
    found = meta(UTRECHT_PAGE)
    assert found.citeertitel == (
        "Subsidieverordening particuliere terreinbeherende natuurbeschermingsorganisaties "
        "ILG provincie Utrecht 2008"
    )
    assert (found.organisation, found.organisation_type) == ("Utrecht", "provincie")


def test_the_dated_official_name_dates_the_adoption_not_the_repeal_in_the_remarks():
    found = meta(UTRECHT_PAGE)
    assert found.adopted_on == "2008-06-23"
    assert found.title.startswith("Verordening van provinciale staten van Utrecht van 23 juni 2008")
    # Without the table, the decision heading further down still dates it (as before).
    assert (
        meta(
            UTRECHT_PAGE.split("Wettechnische informatie")[0]
            + "\n"
            + UTRECHT_PAGE.split("Opmerkingen m.b.t. de regeling\n\n")[1]
        ).adopted_on
        == "2010-10-26"
    )


def test_a_page_that_opens_with_its_preamble_takes_the_name_it_adopts():
    # Heerde's begrotingsapp page (o08): no title line; the bracket is the site's version note.
    text = (
        "De raad van de gemeente Heerde\n"
        "gelezen het voorstel van het college van burgemeester en wethouders van 12 maart 2019;\n"
        "gelet op artikel 212 van de Gemeentewet;\n"
        "gezien de adviezen van de commissie Samenleving;\n"
        "besluit vast te stellen de Financiële verordening gemeente Heerde 2019 (incl. 1e wijziging).\n"
        "Hoofdstuk 1. Algemene bepalingen\n"
    )
    found = meta(text)
    assert found.title == "Financiële verordening gemeente Heerde 2019"
    assert found.organisation == "Heerde"
    # A title line that merely mentions a raad is still a title.
    assert meta(
        "Verordening op de raad van advies 2020\n\nDe raad van de gemeente Heerde;\n"
    ).title == ("Verordening op de raad van advies 2020")


def test_raadscommissies_tell_a_gemeente():
    # Heumen's withdrawn verordening (o10) never names the gemeente.
    text = (
        "Regeling vervallen per 21-04-2021\n\nVerordening op de raadscommissies 2014\n\n"
        "Geldend van 25-04-2014 t/m 20-04-2021\n\nIntitulé\n\nVerordening op de raadscommissies 2014\n\n"
        "Hoofdstuk 1: Begripsbepalingen\n\nArtikel 1 Begripsomschrijvingen\n\n"
        "In deze verordening wordt verstaan onder:\n\n  • a.\n\n"
        "    lid: lid van een raadscommissie of diens vervanger;\n"
    )
    found = parse_text(text).metadata
    assert found.organisation_type == "gemeente"
    assert found.title == "Verordening op de raadscommissies 2014"
    # A provincie's Statencommissie is no raadscommissie.
    assert (
        parse_text(
            "Reglement 2014\n\nArtikel 1\nlid: lid van een Statencommissie;\n"
        ).metadata.organisation_type
        != "gemeente"
    )
