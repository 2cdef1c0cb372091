"""Rules from round xg (copied web pages of many sites: a gemeente's rekenkamer page, a
Tweede Kamer document on a text-mode site, a gemeente's page under a service notice); each
test built from the real page."""

from codes import parse_text
from codes.metadata.furniture import is_furniture

# xg03, berthub.eu's tkconv: the site's menu of bracketed links stands above the heading.
_MENU = (
    "[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies] "
    "[geschenken] [kamerleden] [kamerstukdossiers] [🧑mijn] [open vragen]\n"
    "[toezeggingen] [stemmingen] [verslagen] [🔍 uitgebreid zoeken] [wat is dit?]\n\n"
    "Advies Afdeling advisering Raad van State en Nader rapport\n\n"
    "Nummer: 2026D05379, datum: 2026-02-03, bijgewerkt: 2026-02-04 15:29, versie: 1\n"
)


def test_a_menu_of_bracketed_links_is_no_title():
    assert parse_text(_MENU).metadata.title == (
        "Advies Afdeling advisering Raad van State en Nader rapport"
    )


def test_a_model_s_bracketed_placeholder_is_no_menu():
    # A VNG model's name keeps its square brackets between words: a name, not a menu.
    assert not is_furniture("Gedragscode integriteit [naam gemeente] [jaartal]")
    assert is_furniture("[toezeggingen] [stemmingen] [verslagen]")


# xg08, zevenaar.nl: a maintenance notice and its apology above the page's heading.
_NOTICE = (
    "Zaterdag 4 april en zondag 5 april vindt noodzakelijk onderhoud plaats aan systemen van "
    "de gemeente. Tijdens dit onderhoud is het indienen van een aanvraag met DigiD, "
    "eHerkenning en het maken van een afspraak met de gemeente niet mogelijk.\n\n"
    "Onze excuses voor het ongemak.\n\n"
    "Verordeningen en regels\n\n"
    "De verordeningen van de gemeente zijn door de gemeenteraad vastgesteld en bevatten "
    "regelgeving over gemeentelijke aangelegenheden\n"
)


def test_a_site_s_service_notice_is_no_title():
    assert parse_text(_NOTICE).metadata.title == "Verordeningen en regels"


def test_a_regulation_on_maintenance_stays_a_name():
    assert not is_furniture("Beleidsregel onderhoud gemeentelijke gebouwen 2020")


# xg01, meierijstad.nl: the heading states the adoption after the name, the date closing it.
_HEADING = (
    "Visie, werkwijze en Reglement van orde van de rekenkamer Meierijstad vastgesteld op "
    "11 december 2023\n\n1. Inleiding\n\nDe rekenkamer Meierijstad stelt zelf een reglement "
    "van orde voor haar werkzaamheden vast.\n"
)


def test_the_statement_of_adoption_after_a_heading_is_no_part_of_the_name():
    metadata = parse_text(_HEADING).metadata
    assert metadata.title == "Visie, werkwijze en Reglement van orde van de rekenkamer Meierijstad"
    assert metadata.adopted_on == "2023-12-11"


def test_a_decision_title_dating_what_it_amends_keeps_its_name():
    # b02: after a comma the date belongs to the amended regulation and the title goes on.
    text = (
        "Besluit van Provinciale Staten van 25 september 2020, kenmerk 20028871, houdende "
        "wijziging van de Gedragscode politieke ambtsdragers provincie Zeeland 2015, "
        "vastgesteld op 13 februari 2015\n\nProvinciale Staten van Zeeland;\n"
    )
    assert "vastgesteld op 13 februari 2015" in parse_text(text).metadata.title


# xg03 and xg04: a parliamentary page heads its document with the amending act's full title,
# again after its labels; the running text that describes the bill names the laws it amends.
_BILL = (
    "Advies Afdeling advisering Raad van State en Nader rapport\n\n"
    "Wijziging van de Gemeentewet, de Provinciewet, de Waterschapswet en de Wet openbare "
    "lichamen Bonaire, Sint Eustatius en Saba in verband met de risicoanalyse bestuurlijke "
    "integriteit voor kandidaat-bestuurders (Wet bevorderen integriteit en functioneren "
    "decentraal bestuur tweede tranche)\n\n"
    "Onderdeel van kamerstukdossier 36892 -4 Wijziging van de Gemeentewet, de Provinciewet, "
    "de Waterschapswet en de Wet openbare lichamen Bonaire, Sint Eustatius en Saba in verband "
    "met de risicoanalyse bestuurlijke integriteit voor kandidaat-bestuurders (Wet bevorderen "
    "integriteit en functioneren decentraal bestuur tweede tranche).\n\n"
    "Het voorstel van wet ziet op wijziging van de Gemeentewet, de Provinciewet, de "
    "Waterschapswet en de Wet openbare lichamen Bonaire, Sint Eustatius en Saba.\n"
)


def _named(text: str) -> list[str]:
    return [r.law for r in parse_text(text).references if r.kind == "law"]


def test_the_laws_in_an_amending_act_s_title_are_its_name():
    assert sorted(_named(_BILL)) == sorted(
        [
            "Gemeentewet",
            "Provinciewet",
            "Waterschapswet",
            "Wet openbare lichamen Bonaire, Sint Eustatius en Saba",
        ]
    )


def test_a_bill_s_title_in_running_text_cites_its_laws():
    # ze15: "het voorstel van wet houdende Wijziging van ..." is running text.
    text = (
        "Bij Kabinetsmissive heeft Uwe Majesteit ter overweging aanhangig gemaakt het voorstel "
        "van wet houdende Wijziging van de Gemeentewet en de Provinciewet in verband met de "
        "risicoanalyse (Wet X).\n"
    )
    assert sorted(_named(text)) == ["Gemeentewet", "Provinciewet"]
