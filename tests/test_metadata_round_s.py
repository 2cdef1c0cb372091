"""Metadata of round s of the development set: integrity texts as users copy them from web
pages. Each page is copied from the development set (s03, s07, s13, s14, s15; f08)."""

from __future__ import annotations

from .conftest import metadata_of

# A docplayer page: the document's title, then the site's list of similar documents,
# whose snippets name other bodies (s03; f08 has the same list).
GRONINGEN_DOCPLAYER = (
    "provinciaal blad Besluit van Gedeputeerde Staten der provincie Groningen van 28 januari "
    "2003, nr. 2003-00326, P&O, tot bekendmaking\n\n\n\n"
    "Vergelijkbare documenten\nHandreiking gedragscode provinciale ambtenaren\n\n"
    "Drentse gedragscode integriteit Commissaris van de Koning, Gedeputeerde Staten en "
    "Provinciale Staten\n\n"
    "Integer handelen. Gedragscode voor de leden van het College. Gemeente Waalwijk\n\n"
    "Het algemeen bestuur van het Hoogheemraadschap De Stichtse Rijnlanden; gelezen het "
    "voorstel van dijkgraaf en hoogheemraden van 20 april 2010;\n\n"
    "Nr (gewijzigd) Houten, 27 januari 2003\n"
)


def meta(text: str):
    return metadata_of(text, "regeling")


def test_the_list_of_similar_documents_names_no_body_of_the_page():
    found = meta(GRONINGEN_DOCPLAYER)
    assert (found.organisation, found.organisation_type) == ("Groningen", "provincie")


def test_a_decision_title_after_the_publication_name_dates_the_decision():
    assert str(meta(GRONINGEN_DOCPLAYER).adopted_on) == "2003-01-28"


def test_a_decision_in_running_text_after_a_publication_name_dates_nothing():
    text = "Gedragscode ambtenaren\n\nzoals bekendgemaakt in het provinciaal blad bij besluit van 3 mei 2010.\n"
    assert meta(text).adopted_on is None


# A lokaleregelgeving page whose intitulé is glued to the preamble (s07).
IJSSELLAND = (
    "Besluit van het algemeen bestuur, dagelijks bestuur en de voorzitter van Veiligheidsregio "
    "IJsselland houdende regels omtrent delegatie en mandaat Delegatie- en mandaatbesluit 2018 "
    "Veiligheidsregio IJsselland\nGeldend van 01-01-2018 t/m heden\nIntitulé\n"
    "Delegatie- en Mandaatbesluit voor Veiligheidsregio IJssellandHet algemeen bestuur, het "
    "dagelijks bestuur en de voorzitter van Veiligheidsregio IJsselland, elk voor zover het "
    "zijn bevoegdheden betreft;\n"
)


def test_the_boards_listed_before_a_joint_body_name_it():
    found = meta(IJSSELLAND)
    assert (found.organisation, found.organisation_type) == ("Veiligheidsregio IJsselland", "other")


def test_the_boards_listed_in_a_preamble_of_their_own_name_the_body():
    text = "Regeling X\n\nHet algemeen bestuur en het dagelijks bestuur van de RUD Zuid-Limburg;\n"
    assert meta(text).organisation == "RUD Zuid-Limburg"


def test_a_news_page_date_stamp_is_not_part_of_the_headline():
    text = (
        " date 2023-03 Waterschap aan de slag met aanbevelingen aanpak rondom klokkenluider\n\n"
        "In oktober 2022 gaf het college van dijkgraaf en heemraden van waterschap Hollandse "
        "Delta opdracht tot het instellen van een onafhankelijk onderzoek.\n"
    )
    assert (
        meta(text).title == "Waterschap aan de slag met aanbevelingen aanpak rondom klokkenluider"
    )


def test_the_fields_that_run_into_a_report_name_are_not_part_of_it():
    text = (
        "Rapport\nRapport betreffende een klacht over het Waterschap Roer en Overmaas te Sittard. "
        "Datum: 31 december 2013 Rapportnummer: 2013/207\n2\n"
    )
    assert meta(text).title == (
        "Rapport betreffende een klacht over het Waterschap Roer en Overmaas te Sittard"
    )


# wetten.overheid.nl: the page is headed by the decree's short title (s13).
WETTEN_PAGE = (
    "Uitvoeringsbesluit Ambtenarenwet 2017\n\nGeraadpleegd op 19-07-2024.\n"
    "Geldend van 01-01-2020 t/m 31-12-2020\n\n"
    "Besluit van 30 september 2019 tot uitvoering van de Ambtenarenwet 2017 "
    "(Uitvoeringsbesluit Ambtenarenwet 2017)\n\n"
    "Wij, Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van "
    "Oranje-Nassau, enz. enz. enz.\n"
)


def test_the_full_title_of_a_decree_headed_by_its_short_title_is_the_title():
    found = meta(WETTEN_PAGE)
    assert found.title == (
        "Besluit van 30 september 2019 tot uitvoering van de Ambtenarenwet 2017 "
        "(Uitvoeringsbesluit Ambtenarenwet 2017)"
    )
    assert str(found.adopted_on) == "2019-09-30"


# zt02 (wetten.overheid.nl): a minister's regeling, its full title ending in the page's heading.
MINISTER_PAGE = (
    "Vergoedingenregeling waterschapsverkiezingen 2015\n\nGeldend van 01-01-2015 t/m heden\n\n"
    "Regeling van de Minister van Infrastructuur en Milieu van 3 november 2014, nr. "
    "IENM/BSK-2014/231218, houdende vaststelling van regels betreffende de door de waterschappen "
    "verschuldigde vergoedingen ter zake van de organisatie van de waterschapsverkiezingen in 2015 "
    "(Vergoedingenregeling waterschapsverkiezingen 2015)\n\n"
    "De Minister van Infrastructuur en Milieu,\n\nGelet op artikel 98, tweede lid, van de "
    "Waterschapswet;\n\nBesluit:\n"
)


def test_an_indented_copy_of_the_page_gives_the_same_full_title():
    indented = "\n".join("    " + ln if ln.strip() else ln for ln in MINISTER_PAGE.split("\n"))
    assert meta(MINISTER_PAGE).title.startswith("Regeling van de Minister van Infrastructuur")
    assert meta(indented).title == meta(MINISTER_PAGE).title


def test_a_running_sentence_that_names_the_heading_in_brackets_is_no_title():
    text = WETTEN_PAGE.replace("Besluit van 30 september", "Dit besluit van 30 september")
    assert meta(text).title == "Uitvoeringsbesluit Ambtenarenwet 2017"


def test_a_page_that_says_de_provincie_of_itself_is_a_provincie_s():
    text = (
        "Iedere nieuwe medewerker van de provincie is wettelijk verplicht een eed- of belofte "
        "af te leggen. Daarin verklaart de ambtenaar op zuivere en integere wijze in de functie "
        "te zijn gekomen en zo ook in de toekomst zal handelen."
    )
    assert meta(text).organisation_type == "provincie"


def test_a_gemeente_s_wethouders_before_de_provincie_keep_it_a_gemeente():
    text = "De wethouders melden hun nevenfuncties; de provincie houdt toezicht.\n"
    assert meta("Gedragscode bestuurders\n\n" + text).organisation_type == "gemeente"


def test_a_raadsvoorstel_subject_names_what_it_adopts():
    # f08, a docplayer page of Lelystad's raadsvoorstel
    text = (
        "Onderwerp Gedragscode bestuurlijke integriteit voor de burgemeester en de wethouders "
        "van de gemeente Lelystad 2014 vast te stellen\n\n\n\nVergelijkbare documenten\n"
    )
    assert meta(text).title == (
        "Gedragscode bestuurlijke integriteit voor de burgemeester en de wethouders van de "
        "gemeente Lelystad 2014"
    )


def test_a_subject_that_adopts_no_regulation_gives_no_name_from_it():
    text = "Onderwerp: de begroting 2015 vast te stellen\n\nDe raad besluit.\n"
    assert meta(text).title != "de begroting 2015"
