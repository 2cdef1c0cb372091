"""Round zf: the metadata of regulations as users have them from PDFs and the official
publication sites (a joint body's directeur opening the preamble, a document site's heading
with the PDF's contents heading glued to it, a transcript whose first page is a cover)."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "zf.txt").metadata


# zf10: lokaleregelgeving; the directeur's decision opens under the label "Ondertekening",
# and the gelet op names GS of Zuid-Holland among those who mandated him.
ODMH = (
    "Ondermandaatbesluit en bevoegdhedenlijst ODMH 2025\n\n"
    "Dit is een toekomstige tekst! Geldend vanaf 01-01-2025\n\n"
    "Intitulé\n\n"
    "Ondermandaatbesluit en bevoegdhedenlijst ODMH 2025\n\n"
    "Ondertekening\n\n"
    "De directeur van de Omgevingsdienst Midden-Holland, voor zover het zijn bevoegdheid betreft;\n\n"
    "Gelet op:\n\n"
    "  • -\n\n"
    "    afdeling 10.1.1. van de Algemene wet bestuursrecht;\n\n"
    "  • -\n\n"
    "    de mandaatbesluiten van de burgemeesters en colleges van burgemeester en wethouders van "
    "de gemeenten Alphen aan den Rijn, Bodegraven-Reeuwijk, Gouda, Krimpenerwaard, Waddinxveen "
    "en Zuidplas, van Gedeputeerde Staten van de provincie Zuid-Holland en de Staatssecretaris "
    "van Infrastructuur en Waterstaat aan de directeur van de Omgevingsdienst;\n\n"
    "Besluit:\n\n"
    "vast te stellen het Ondermandaatbesluit en bevoegdhedenlijst ODMH 2025.\n"
)


def test_a_joint_bodys_directeur_opening_the_preamble_is_the_organisation():
    metadata = _metadata(ODMH)
    assert metadata.organisation == "Omgevingsdienst Midden-Holland"
    assert metadata.organisation_type == "other"


def test_the_directeur_a_mandate_names_as_its_receiver_is_not():
    # z01: Gelderland's GS mandate the directeur, who is named at the start of article 2
    text = (
        "Besluit van Gedeputeerde Staten van de provincie Gelderland houdende regels omtrent "
        "extern mandaat (Provinciaal mandaatbesluit Omgevingsdienst de Vallei 2018)\n\n"
        "GEDEPUTEERDE STATEN VAN GELDERLAND\n\n"
        "Gelet op de artikelen 10:3 en 10:4 van de Algemene wet bestuursrecht;\n\n"
        "BESLUITEN\n\n"
        "Artikel 2\n\n"
        "De directeur van de Omgevingsdienst de Vallei \n"
        "wordt mandaat verleend om namens Gedeputeerde Staten te beslissen.\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation == "Gelderland"
    assert metadata.organisation_type == "provincie"


def test_a_transcripts_cover_page_is_the_title_over_the_sites_heading():
    # zf01: docplayer heads the PDF with a sentence it picked; page 1 is the cover
    text = (
        "VeiligheidsRegio Kennemerland\n\n"
        "Save this PDF as:\n WORD  PNG  TXT  JPG\n\n"
        "Maat: px\nWeergave met pagina beginnen:\n\n"
        'Download "VeiligheidsRegio Kennemerland"\n\n'
        "Transcriptie\n\n"
        "1 Gemeenschappelijke Regeling VeiligheidsRegio Kennemerland Toelichting\n\n"
        "2\n\n"
        "3 TOELICHTING GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO KENNEMERLAND Algemeen "
        "Aanleiding tot het treffen van een nieuwe gemeenschappelijke regeling in de regio "
        "Kennemerland is de Wet veiligheidsregio's.\n"
    )
    title = "Gemeenschappelijke Regeling VeiligheidsRegio Kennemerland Toelichting"
    assert _metadata(text).title == title


def test_a_one_line_page_is_no_cover():
    # a page run into one line (z08's shape) ends its name with the preamble, not the line
    text = (
        "Hoofdstuk 1 Algemeen. Hoofdstuk 2 Omgevingsdienst\n\n"
        'Download "Hoofdstuk 1 Algemeen. Hoofdstuk 2 Omgevingsdienst"\n\n'
        "Transcriptie\n\n"
        "1 Gemeenschappelijke regeling Omgevingsdienst Regio Utrecht Het Algemeen Bestuur van "
        "de Omgevingsdienst, gelet op de Wet gemeenschappelijke regelingen; besluit:\n\n"
        "2 Artikel 1 Begrippen\n"
    )
    assert _metadata(text).title == "Gemeenschappelijke regeling Omgevingsdienst Regio Utrecht"


def test_a_contents_heading_the_site_glued_to_the_name_is_no_part_of_it():
    # zf04: 5dok joins the PDF's first two lines
    text = (
        "Reglement van Orde Provinciale Staten Provincie Flevoland. Inhoudsopgave\n\n"
        "Hele tekst\n\n(1)\n\n1\n\n"
        "Reglement van Orde Provinciale Staten Provincie Flevoland Inhoudsopgave\n\n"
        "Hoofdstuk 1: Provinciale Staten Paragraaf 1: Gremia\n\n"
        "- Artikel 1: Begripsbepalingen\n"
    )
    assert _metadata(text).title == "Reglement van Orde Provinciale Staten Provincie Flevoland"


def test_a_glued_contents_heading_gives_way_to_the_transcripts_cover():
    # o13: docplayer's heading is the cover's abbreviation and the contents page's heading
    text = (
        "Gemeenschappelijke Regeling AV. Inhoudsopgave\n\n"
        "Maat: px\nWeergave met pagina beginnen:\n\n"
        'Download "Gemeenschappelijke Regeling AV. Inhoudsopgave"\n\n'
        "Transcriptie\n\n"
        "1 Gemeenschappelijke regeling Regio Alblasserwaard Vijfheerenlanden 2019\n\n"
        "2 Inhoudsopgave Overwegingen 3 Gemeenschappelijke Regeling Alblasserwaard-"
        "Vijfheerenlanden Hoofdstuk 1 Begripsbepalingen 4\n"
    )
    title = "Gemeenschappelijke regeling Regio Alblasserwaard Vijfheerenlanden 2019"
    assert _metadata(text).title == title


def test_a_name_wrapped_in_the_registers_table_goes_on_on_the_next_line():
    # i08 as a PDF or a hard-wrapped copy gives it: each cell broken after "en"
    text = (
        "Wetstechnische informatie\n"
        "Gegevens van de regeling\n"
        "OrganisatieNieuwkoop\n"
        "OrganisatietypeGemeente\n"
        "Officiële naam regelingRegeling aannemen van geschenken, vergoedingen en\n"
        "uitnodigingen\n"
        "CiteertitelRegeling aannemen van geschenken, vergoedingen en\n"
        "uitnodigingen\n"
        "Vastgesteld doorcollege van burgemeester en wethouders\n"
    )
    metadata = _metadata(text)
    name = "Regeling aannemen van geschenken, vergoedingen en uitnodigingen"
    assert metadata.title == name
    assert metadata.citeertitel == name


def test_a_cell_that_ends_a_name_takes_no_next_line():
    text = (
        "Gegevens van de regeling\n"
        "OrganisatieNieuwkoop\n"
        "OrganisatietypeGemeente\n"
        "Officiële naam regelingRegeling aannemen van geschenken\n"
        "Vastgesteld doorcollege van burgemeester en wethouders\n"
    )
    assert _metadata(text).title == "Regeling aannemen van geschenken"
