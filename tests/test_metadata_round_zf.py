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
