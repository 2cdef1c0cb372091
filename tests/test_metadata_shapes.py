"""Metadata from every shape a copied regulation takes: each test is one shape of
publication, written as the sites print it (lokaleregelgeving, officielebekendmakingen,
a PDF copied to text, a Word file), with the value a careful reader finds in it."""

from __future__ import annotations

import pytest

from codes import parse_text

from .conftest import METADATA_BODY as BODY
from .conftest import metadata_of

meta = metadata_of


def test_glued_table_cells_and_furniture():
    text = (
        "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\n"
        "Omgevingsdienst Midden- en West-Brabant\n\n"
        "Wetstechnische informatie\n\nGegevens van de regeling\n"
        "OrganisatieOmgevingsdienst Midden- en West-Brabant\n"
        "OrganisatietypeRegionaal samenwerkingsorgaan\n"
        "Officiële naam regelingAlgemeen mandaatbesluit ODMWB\n"
        "CiteertitelMandaatbesluit ODMWB\n"
        "Vastgesteld doordagelijks bestuur\n"
        "Onderwerpbestuur en recht\n"
    )
    found = meta(text)
    assert found.organisation == "Omgevingsdienst Midden- en West-Brabant"
    assert found.organisation_type == "other"
    assert (found.title, found.citeertitel) == (
        "Algemeen mandaatbesluit ODMWB",
        "Mandaatbesluit ODMWB",
    )
    assert found.adopted_by == "dagelijks bestuur"


def test_cells_on_one_line_from_a_pdf():
    text = (
        "Wetstechnische informatie Gegevens van de regeling\n\n"
        "Organisatie Bergen (NH) Organisatietype Gemeente\n\n"
        "Officiële naam regeling Algemene plaatselijke verordening gemeente Bergen 2019 "
        "Citeertitel APV Bergen 2019 Vastgesteld door gemeenteraad\n\n"
        "Onderwerp bestuur en recht Eigen onderwerp\n"
    )
    found = meta(text)
    assert (found.organisation, found.organisation_type) == ("Bergen (NH.)", "gemeente")
    assert found.title == "Algemene plaatselijke verordening gemeente Bergen 2019"
    assert found.citeertitel == "APV Bergen 2019"


def test_one_cell_per_line_and_the_new_regulation_row_of_the_changes_table():
    text = (
        "Gegevens van de regeling\n\nOrganisatie\n\nEdam-Volendam\n\nOrganisatietype\n\nGemeente\n\n"
        "Officiële naam regeling\n\nMandaatregeling Edam-Volendam\n\nCiteertitel\n\n"
        "Mandaatregeling Edam-Volendam\n\n"
        "Overzicht van in de tekst verwerkte wijzigingen\n\nDatum inwerkingtreding\n\n"
        "Terugwerkende kracht tot en met\n\nDatum uitwerkingtreding\n\nBetreft\n\n"
        "Datum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n"
        "23-11-2017bijlage 1\n\n21-11-2017\n\nhomepage, 22-11-2017\n\n"
        "17-06-201623-11-2017nieuwe regeling\n\n14-06-2016\n\nhomepage, 16-06-2016\n"
    )
    found = meta(text)
    assert (found.organisation, found.title) == ("Edam-Volendam", "Mandaatregeling Edam-Volendam")
    assert found.adopted_on == "2016-06-14"  # the amendment of bijlage 1 is not the adoption
    assert found.source_spans["adopted_on"].start == text.index("14-06-2016")


def test_gemeenteblad_page_and_signature():
    text = (
        "Gemeenteblad van Echt-Susteren\n"
        "| Datum publicatie | Organisatie | Jaargang en nummer | Rubriek |\n|---|---|---|---|\n"
        "| Echt-Susteren | Gemeenteblad 2025, 451585 | overige overheidsinformatie |\n"
        "Zoals vergunningen, bouwplannen en lokale regelgeving.\n"
        "Adressen en contactpersonen van overheidsorganisaties.\nU bent hier:\n"
        "Gedragscode burgemeester en wethouders gemeente Echt-Susteren 2025\n"
        "De raad van de gemeente Echt-Susteren,\n"
        "gezien het voorstel van de burgemeester d.d. 4 augustus 2025;\n"
    )
    code = parse_text(
        text + BODY + "\nAldus vastgesteld in de openbare vergadering van 2 oktober 2025.\n"
    )
    found = code.metadata
    assert found.title == "Gedragscode burgemeester en wethouders gemeente Echt-Susteren 2025"
    assert (found.organisation, found.organisation_type) == ("Echt-Susteren", "gemeente")
    assert (found.adopted_on, found.proposal_date) == ("2025-10-02", "2025-08-04")


def test_decision_title_gives_date_and_short_title():
    text = (
        "Regeling vervallen per 01-01-2024\n\n"
        "Besluit van Gedeputeerde Staten van Zeelandvan 24 september 2019, 19424656, houdende "
        "de verlening van mandaat aan de directeur van de RUD (Mandaatbesluit RUD Zeeland 2019)\n\n"
        "Gelet op afdeling 10.1.1 van de Algemene wet bestuursrecht;\n"
    )
    found = meta(text)
    assert found.title.startswith("Besluit van Gedeputeerde Staten van Zeelandvan 24 september")
    assert (found.citeertitel, found.adopted_on) == (
        "Mandaatbesluit RUD Zeeland 2019",
        "2019-09-24",
    )
    assert (found.organisation, found.organisation_type) == ("Zeeland", "provincie")


def test_the_date_of_a_regulation_withdrawn_in_a_relative_clause_is_not_the_adoption():
    text = (
        "Gedragscode Voorbeeld 2017\n\nDe raad van de gemeente Alphen aan den Rijn;\n\n"
        "besluit: vast te stellen de Gedragscode Voorbeeld 2017\n"
    )
    code = parse_text(
        text
        + BODY
        + "Artikel 2 Intrekking\nDe Gedragscode 2010 die is vastgesteld in de openbare vergadering "
        "van 18 februari 2010 wordt ingetrokken.\n"
    )
    assert code.metadata.organisation == "Alphen aan den Rijn"
    assert code.metadata.adopted_on is None


def test_a_meeting_clause_and_a_publication_notice_date_the_adoption():
    limburg = "Provinciale Staten van Limburg\n\nbesluiten\n\nin de vergadering van 12 november 2021 de navolgende gedragscode vast te stellen:\n"
    assert meta(limburg).adopted_on == "2021-11-12"
    rijnland = (
        "Bekendmaking\n\nDe Verenigde Vergadering van het Hoogheemraadschap van Rijnland heeft op "
        "3 juli 2024 de Gedragscode integriteit 2024 vastgesteld.\n"
    )
    found = meta(rijnland)
    assert found.adopted_on == "2024-07-03"
    assert (found.organisation, found.organisation_type) == (
        "Hoogheemraadschap van Rijnland",
        "waterschap",
    )


def test_the_name_a_decision_adopts_when_no_title_line_states_it():
    text = (
        "De raad van de gemeente Capelle aan den IJssel;\n\nGelet op artikel 15, derde lid, van de "
        "Gemeentewet;\n\nbesluit: vast te stellen:\n\nde Gedragscode Integriteit Raadsleden "
        "Capelle aan den IJssel 2015\n"
    )
    assert meta(text).title == "Gedragscode Integriteit Raadsleden Capelle aan den IJssel 2015"


def test_ministerial_regulation():
    text = (
        "Regeling van de Staatssecretaris van Volksgezondheid, Welzijn en Sport van 8 juni 2021, "
        "kenmerk 2353779-1007921-WJZ, houdende regels ter uitvoering van de Alcoholwet (Alcoholregeling)\n"
    )
    found = meta(text)
    assert found.organisation == "Ministerie van Volksgezondheid, Welzijn en Sport"
    assert (found.organisation_type, found.adopted_on, found.citeertitel) == (
        "other",
        "2021-06-08",
        "Alcoholregeling",
    )


def test_the_table_wins_over_a_disagreeing_heading_and_a_warning_says_so():
    text = (
        "Intitulé\n\nGedragscode integriteit raad Huizen 2022\n\n"
        "Gegevens van de regeling\nOrganisatie\tHuizen\nOrganisatietype\tGemeente\n"
        "Officiële naam regeling\tGedragscode voor raadsleden Huizen 2022\n"
    )
    code = parse_text(text + BODY)
    assert code.metadata.title == "Gedragscode voor raadsleden Huizen 2022"
    assert any(
        "the table is kept" in w and "Gedragscode integriteit raad" in w for w in code.warnings
    )


def test_a_word_file_with_label_lines():
    text = "Gedragscode ambtenaren\n\nCiteertitel: Gedragscode ambtenaren Huizen\nVastgesteld op: 30 maart 2023\n"
    found = meta(text)
    assert (found.citeertitel, found.adopted_on) == ("Gedragscode ambtenaren Huizen", "2023-03-30")


def test_a_publication_table_copied_without_its_cells_is_no_title():
    # Rijnland (f03): the Waterschapsblad header rows lost their separators
    text = (
        "Waterschapsblad van Hoogheemraadschap van Rijnland\n\n"
        "Datum publicatieOrganisatieJaargang en nummerRubriek\n"
        "Hoogheemraadschap van RijnlandWaterschapsblad 2017, 6790BeleidsregelsBekendmaking "
        "vaststelling gedragscode integriteit\n\n"
        "De verenigde vergadering van het hoogheemraadschap van Rijnland heeft op 21 juni 2017 "
        "besloten de nieuwe gedragscode voor het bestuur vast te stellen.\n"
    )
    meta = parse_text(text).metadata
    assert meta.title is None or not meta.title.lower().startswith(
        ("datum publicatie", "hoogheemraadschap van rijnlandwaterschapsblad")
    )
    assert (meta.organisation, meta.adopted_on) == ("Hoogheemraadschap van Rijnland", "2017-06-21")


def test_the_registers_older_layout():
    # Gooi en Vechtstreek, Gedragscode 2011: "Overheidsorganisatie", header cells glued
    text = (
        "RegionaalSamenwerkingsorgaan Gooi en Vechtstreek\n\nGedragscode\n\n"
        "Wetstechnische informatie\n\nGegevens van de regeling\n"
        "OverheidsorganisatieRegionaalSamenwerkingsorgaan Gooi en Vechtstreek\n"
        "Officiële naam regelingGedragscode\nCiteertitelGedragscode\n"
        "Vastgesteld dooralgemeen bestuur\nOnderwerponbekend\nEigen onderwerp\n\n"
        "Opmerkingen m.b.t. de regeling\n\nGeen\n\n"
        "Overzicht van in de tekst verwerkte wijzigingen\nDatum inwerking-\ntreding\n"
        "Terugwerkende\nkracht t/m\nDatum uitwerking-\ntreding\nBetreftDatum ondertekening\n"
        "Bron bekendmaking\nKenmerk voorstel\n27-01-2011nieuwe regeling27-01-2011\nGeen bron\nGeen\n"
    )
    found = meta(text)
    assert found.organisation == "RegionaalSamenwerkingsorgaan Gooi en Vechtstreek"
    assert found.organisation_type == "other"  # a body outside the register
    assert (found.title, found.adopted_on) == ("Gedragscode", "2011-01-27")


def test_the_registers_place_suffix():
    # Utrecht, Beleidsregel Wet BIBOB 2014: the gemeente, not the provincie
    text = (
        "Gegevens van de regeling\nOrganisatieUtrecht (Utr)\nOrganisatietypeGemeente\n"
        "Officiële naam regelingBeleidsregel voor de toepassing van de Wet BIBOB 2014\n"
    )
    found = meta(text)
    assert (found.organisation, found.organisation_type) == ("Utrecht", "gemeente")


def test_a_provincie_that_shares_its_name_with_a_waterschap():
    # Provinciaal blad van Fryslân 2010 (Wetterskip Fryslân); Limburg (Waterschap Limburg)
    for name in ("Fryslân", "Limburg"):
        found = meta(
            f"Besluit van Gedeputeerde Staten van {name} Gedeputeerde Staten van {name} stellen "
            "de volgende wijziging vast."
        )
        assert (found.organisation, found.organisation_type) == (name, "provincie")


def test_a_betreft_cell_with_a_date_of_its_own():
    # Beek, relatiegeschenken (devset i09): the Betreft cell names the predecessor and
    # its date; the row's date of signature follows it, and the predecessor's is no adoption.
    text = (
        "Gegevens van de regeling\nOrganisatieBeek\nOrganisatietypeGemeente\n"
        "Officiële naam regelingRegeling voor het aanvaarden van relatiegeschenken en uitnodigingen\n"
        "Citeertitel\nVastgesteld doorcollege van burgemeester en wethouders\n\n"
        "Datum inwerkingtreding\n\nTerugwerkende kracht tot en met\n\nDatum uitwerkingtreding\n\n"
        "Betreft\n\nDatum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n"
        "01-01-2020vervanging van Richtlijnen voor het aanvaarden van relatiegeschenken en "
        "uitnodigingen’ vastgesteld op 25 april 2016\n\n26-11-2019\n\ngmb-2019-291130\n\n"
        "Tekst van de regeling\n"
    )
    assert str(meta(text).adopted_on) == "2019-11-26"


def test_a_joint_bodys_regulation_on_a_gemeente_site():
    # RUD Zuid-Limburg on Meerssen's site (devset i06): the site's label "Officiele
    # publicatie" is no title, and the board that opens the preamble is the organisation,
    # not the gemeente whose site carries it.
    text = (
        "Gemeente Meerssen | Regeling openbaarmaking nevenfuncties topambtenaren bij de RUD Zuid-Limburg\n\n"
        "Officiele publicatie\n\n"
        "Regeling openbaarmaking nevenfuncties topambtenaren bij de RUD Zuid-Limburg\n\n"
        "Het Dagelijks Bestuur van de RUD Zuid-Limburg\n\nBesluit:\n\n"
        "Gelet op artikel 15:1:e van de CAR/UWO\n"
    )
    found = meta(text)
    assert (
        found.title == "Regeling openbaarmaking nevenfuncties topambtenaren bij de RUD Zuid-Limburg"
    )
    assert (found.organisation, found.organisation_type) == ("RUD Zuid-Limburg", "other")


def test_a_waterschaps_board_is_the_waterschap():
    # The same preamble words with a name the register holds (devset b15).
    text = (
        "Mandaatbesluit\n\nHet dagelijks bestuur van het Waterschap Drents Overijsselse Delta;\n\n"
        "besluit vast te stellen:\n"
    )
    found = meta(text)
    assert (found.organisation, found.organisation_type) == (
        "Waterschap Drents Overijsselse Delta",
        "waterschap",
    )


def test_the_registers_placeholder_is_no_value():
    # Omgevingsdienst Groningen, Reglement nevenwerkzaamheden (devset i03): "CiteertitelOnbekend".
    text = (
        "Gegevens van de regeling\nOrganisatieOmgevingsdienst Groningen\n"
        "OrganisatietypeRegionaal samenwerkingsorgaan\n"
        "Officiële naam regelingReglement nevenwerkzaamheden\nCiteertitelOnbekend\n"
        "Vastgesteld dooralgemeen bestuur\nOnderwerpbestuur en recht\n"
    )
    found = meta(text)
    assert (found.title, found.citeertitel) == ("Reglement nevenwerkzaamheden", None)


def test_the_older_register_layout_names_the_gemeente_with_its_kind():
    # Roosendaal, mandaatbesluit 2012 (devset h13): "OverheidsorganisatieGemeente Roosendaal".
    text = (
        "Gemeente Roosendaal\n\nOverheidsorganisatieGemeente Roosendaal\n"
        "OrganisatietypeGemeente\nCiteertitelMandaatbesluit Roosendaal\n"
    )
    found = meta(text)
    assert (found.organisation, found.organisation_type) == ("Roosendaal", "gemeente")


def test_the_publication_row_names_a_ministry_or_a_joint_body():
    # Staatscourant 2010, 2084 (k01) and Staatsblad 2011, 427 (h15): the body in the row
    # before the number, outside the register, is of type "other".
    text = (
        "Staatscourant van het Koninkrijk der Nederlanden\n"
        "Datum publicatie | Organisatie | Jaargang en nummer | Rubriek |\n---|---|---|---|\n"
        "Ministerie van Algemene Zaken | Staatscourant 2010, 2084 | Interne regelingen |\n"
        "Zoals vergunningen, bouwplannen en lokale regelgeving.\n"
        "1 februari 2010\nDe Minister-President, Minister van Algemene Zaken,\n"
    )
    found = meta(text)
    assert (found.organisation, found.organisation_type) == (
        "Ministerie van Algemene Zaken",
        "other",
    )
    assert found.source_spans["organisation"].start == text.index("Ministerie")
    # A date cell before it and a register name in it (Gemeenteblad, a10).
    found = meta("| 02-10-2025 | Echt-Susteren | Gemeenteblad 2025, 451585 | overige |\nTekst\n")
    assert (found.organisation, found.organisation_type) == ("Echt-Susteren", "gemeente")
    # The issue alone in a Bron bekendmaking cell names no body (k13).
    assert meta("Bron bekendmaking\n\nGemeenteblad 2011, 7\n\nTekst\n").organisation is None


def test_a_joint_bodys_name_may_end_in_a_digit():
    # Servicepunt71 (k02): the name is not cut before its digits.
    found = meta(
        "Besluit van het bestuur van de gemeenschappelijke regeling Servicepunt71 houdende "
        "melding vermoeden misstanden Regeling Melding Vermoeden Misstand 2016\n"
    )
    assert (found.organisation, found.organisation_type) == ("Servicepunt71", "other")


def test_a_notice_that_announces_the_decision_dates_it():
    # Gedragscode integriteit ambtenaren provincie Groningen (k03): "maken bekend zij op <date>".
    found = meta(
        "Gedeputeerde Staten van Groningen maken bekend zij op 10 april 2018, nr. A.6, afdeling PO, "
        "dossiernummer K292, hebben besloten tot vaststelling van de Gedragscode integriteit "
        "ambtenaren provincie Groningen. Het besluit luidt als volgt:\n"
    )
    assert found.adopted_on == "2018-04-10"
    # f02: the notice of one body announces another's decision.
    found = meta(
        "Gedeputeerde Staten van Groningen maken bekend dat Provinciale Staten op 14 maart 2018, "
        "nr. 2018-017.347, hebben besloten tot vaststelling van de Gedragscode.\n"
    )
    assert found.adopted_on == "2018-03-14"
    # Without the notice, "op <date> ... hebben vastgesteld" in an overweging dates an older code.
    found = meta(
        "overwegende dat Provinciale Staten op 11 mei 2012 de Gedragscode integriteit "
        "Noord-Brabant 2012 hebben vastgesteld;\n"
    )
    assert found.adopted_on is None


def test_a_sites_skip_link_is_no_title():
    # Teylingen's bekendmakingen page (k11) opens with its skip link.
    text = (
        "Ga naar de inhoud\n\n"
        "Gedragscode van de gemeenteraad van de gemeente Teylingen aangaande de "
        "persoonsgegevensverwerking in het kader van de AVG\n\n"
        "Publicatiedatum:\ndonderdag 14 oktober 2021\n"
    )
    assert meta(text).title.startswith("Gedragscode van de gemeenteraad van de gemeente Teylingen")
    assert meta("Skip to main content\n\nRegeling X 2020\n").title == "Regeling X 2020"


def test_the_kind_of_body_from_its_words_where_no_name_is_stated():
    # Heerenveen's Regeling klokkenluiders (k12) never names the gemeente.
    found = meta(
        "Regeling klokkenluiders\n\nREGELING KLOKKENLUIDERS\n\nvastgesteld in B&W op 12 juli 2005\n"
    )
    assert (found.organisation, found.organisation_type) == (None, "gemeente")
    # A decree of the Crown (h14): "Op voordracht van Onze Minister ...".
    found = meta(
        "Besluit van 21 december 2016, houdende vaststelling van een nieuw besluit\n\n"
        "Op voordracht van Onze Minister voor Wonen en Rijksdienst, van 10 oktober 2016;\n"
    )
    assert found.organisation_type == "other"
    # A named body keeps its own type.
    found = meta("De raad van de gemeente Zeewolde;\n\ngelet op het voorstel van B&W;\n")
    assert (found.organisation, found.organisation_type) == ("Zeewolde", "gemeente")


def test_a_document_sites_title_loses_the_full_stops_of_its_line_joins():
    # docplayer: Delft (devset j10), Utrecht Provinciale Staten (e14).
    text = (
        "Huisvestingsverordening. Delft 2019\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        'Download "Huisvestingsverordening. Delft 2019"\n\nTranscriptie\n\n'
        "1 Huisvestingsverordening Delft 2019 Vastgesteld bij besluit van de raad\n"
    )
    assert meta(text).title == "Huisvestingsverordening Delft 2019"
    # Without the site's download line, a title's full stop is the text's own.
    assert meta("Gedragscode. Provinciale Staten van Utrecht\n\nArtikel 1\nTekst.\n").title != (
        "Gedragscode Provinciale Staten van Utrecht"
    )


@pytest.mark.parametrize(
    ("heading", "adopted"),
    [
        # Staatsblad (devset h14), Provinciaal blad (g04), docplayer (j09), Gelderland (j11)
        ("Besluit van 21 december 2016, houdende vaststelling van een nieuw besluit", "2016-12-21"),
        (
            "Besluit d.d. 27 oktober 2009 (reg.nr. nr. 00854998) van Gedeputeerde Staten",
            "2009-10-27",
        ),
        ("1 Besluit van Gedeputeerde Staten van 20 maart 2018, PZH tot vaststelling", "2018-03-20"),
        ("Bekendmaking van het besluit van 19 december 2018 – PS nummer 2018- 699", "2018-12-19"),
    ],
)
def test_a_decisions_heading_dates_it(heading, adopted):
    assert meta(f"{heading}\n\nArtikel 1\nDeze regeling geldt.\n").adopted_on == adopted


def test_a_decision_cited_in_running_text_dates_nothing():
    text = "Regeling\n\nArtikel 1\nBij besluit van 12 maart 2010 is de verordening gewijzigd.\n"
    assert meta(text).adopted_on is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Lopik's web page (devset l04), Katwijk's (l05): no body named, only its officers.
        (
            "Gedragscode voor raadsleden\n\nOnder bestuurders worden verstaan de burgemeester, "
            "de wethouders en de raadsleden.\n",
            "gemeente",
        ),
        (
            "Gedragscode\n\nDeze code geldt voor de gedeputeerden en de commissaris van de Koning.\n",
            "provincie",
        ),
    ],
)
def test_a_bodys_officers_tell_its_kind(text, kind):
    found = meta(text)
    assert (found.organisation, found.organisation_type) == (None, kind)


@pytest.mark.parametrize(
    "crown",
    [
        # Staatsblad decrees (devset p04, p15, h15)
        "Wij Willem-Alexander, bij de Gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau",
        "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau",
    ],
)
def test_a_royal_decree_is_national_whatever_places_it_lists(crown):
    text = (
        f"Besluit van 3 maart 2020 tot wijziging van het Ambtenarenreglement\n\n{crown}, enz.\n\n"
        "Artikel I\nDe eed wordt afgelegd in de provincies Overijssel en Flevoland.\n"
    )
    assert meta(text).organisation_type == "other"


def test_a_printed_law_pages_consultation_line_is_no_title():
    # wetten.overheid.nl printed (devset p03)
    text = (
        "Nevenwerkzaamheden rijksambtenaren\n\n[Regeling vervallen per 01-01-2020.]\n"
        "Geraadpleegd op 15-11-2024. Gebruikte datum 'geldig op' 01-01-2009 en zichtdatum "
        "27-09-2024.\nGeldend van 06-12-1994 t/m 31-12-2019\n\nArtikel 1\nTekst.\n"
    )
    assert meta(text).title == "Nevenwerkzaamheden rijksambtenaren"


def test_the_publications_name_before_a_pdfs_title_is_not_part_of_it():
    # docplayer (devset p05): the PDF's first lines "GEMEENTEBLAD" and "Nr" joined to the title
    text = "GEMEENTEBLAD. Nr Verordening jeugdhulp Alkmaar 2015\n\nMaat: px\n\nArtikel 1\nTekst.\n"
    found = meta(text)
    assert found.title == "Verordening jeugdhulp Alkmaar 2015"
    start, end = found.source_spans["title"].as_list()
    assert text[start:end] == found.title


def _transcript(page_title: str, first_page: str) -> str:
    return (
        f"{page_title}\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        f'Download "{page_title}"\n\nTranscriptie\n\n1 {first_page}\n\n2 Artikel 2 Slot\n'
    )


@pytest.mark.parametrize(
    ("page_title", "first_page", "title"),
    [
        # docplayer: Apeldoorn (devset p07), Fryslân (n14), Opsterland (p10), Pekela (n07)
        (
            "gelezen het voorstel van burgemeester en wethouders nr d.d. 6 februari 2017;",
            "GEMEENTEBLAD Officiële uitgave van de gemeente Apeldoorn Nr april 2017 VERORDENING "
            "PARTICIPATIEWET 2017 De raad van de gemeente Apeldoorn; gelezen het voorstel",
            "VERORDENING PARTICIPATIEWET 2017",
        ),
        (
            "gelet op artikel 145 van de Provinciewet en titel 4.2 van de Algemene wet bestuursrecht,",
            "Verordening van 4 oktober 2006, houdende nieuwe bepalingen met betrekking tot het "
            "verstrekken van subsidie (Algemene subsidieverordening provincie Fryslân 2006) "
            "Provinciale Staten van Fryslân, gelet op artikel 145",
            "Verordening van 4 oktober 2006, houdende nieuwe bepalingen met betrekking tot het "
            "verstrekken van subsidie (Algemene subsidieverordening provincie Fryslân 2006)",
        ),
        (
            "De Jeugdwet schrijft in de artikelen 2.9, 2.10 en 2.12 voor dat de gemeenteraad per "
            "verordening in ieder geval regels opstelt:",
            "Toelichting Verordening jeugdhulp Opsterland 2015 Algemeen Aanleiding De Verordening",
            "Toelichting Verordening jeugdhulp Opsterland 2015",
        ),
        (
            "Inhoudsopgave: TITEL 7",
            "CVDR Officiële uitgave van Pekela. Nr. CVDR310096_1 3 april 2018 Verordening "
            "Leerlingenvervoer Pekela 2013 De raad van de gemeente Pekela, gelezen het voorstel",
            "Verordening Leerlingenvervoer Pekela 2013",
        ),
    ],
)
def test_a_transcripts_first_page_names_the_regulation(page_title, first_page, title):
    text = _transcript(page_title, first_page)
    found = meta(text)
    assert found.title == title
    start, end = found.source_spans["title"].as_list()
    assert text[start:end] == title


def test_a_transcript_opening_with_a_decision_gives_no_name_of_it():
    # Zuid-Holland (devset j09): "Besluit van Gedeputeerde Staten van 20 maart 2018, ..."
    text = _transcript(
        "Gedeputeerde Staten van de provincie Zuid-Holland ;",
        "Besluit van Gedeputeerde Staten van 20 maart 2018, PZH tot vaststelling van de regeling",
    )
    assert meta(text).title != "Besluit van"


def test_no_break_spaces_of_a_web_page_are_spaces_in_the_values():
    # Staatscourant 2021, 30040 (devset d14) as a browser copies it: "8&nbsp;juni".
    text = (
        "Regeling van de Staatssecretaris van Volksgezondheid, Welzijn en Sport van 8\u00a0juni "
        "2021, kenmerk 2353779-1007921-WJZ, houdende regels ter uitvoering van de Alcoholwet "
        "(Alcoholregeling)\n\n"
        "De Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\n"
    )
    found = meta(text)
    assert found.title.startswith("Regeling van de Staatssecretaris van Volksgezondheid")
    assert " van 8 juni 2021, kenmerk " in found.title
    assert "\u00a0" not in found.title
