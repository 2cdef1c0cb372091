"""Round zd: the metadata of regulations of the Caribbean bodies (Bonaire, Saba, the former
Nederlandse Antillen) as the register gives them, whose decision heading opens with the kind
of decision in capitals and its date ("EILANDSVERORDENING van 12 december 1994, no. 2, ...")."""

from codes import parse_text
from codes.dates import parse_date


def _metadata(text: str):
    return parse_text(text, "zd.txt").metadata


def test_an_eilandsverordening_is_dated_by_its_heading():
    # zd05: lokaleregelgeving, the heading in capitals is the title; no signature, no table
    text = (
        "Regeling vervallen per 14-02-2019\n\n"
        "EILANDSVERORDENING van 1 september 2008 no. 1 , inzake de bescherming en beheer van de "
        "natuur en de daarin voorkomende dier- en plantensoorten (Eilandsverordening natuurbeheer "
        "Bonaire)\n\n"
        "Geldend van 10-10-2010 t/m 13-02-2019\n\n"
        "Paragraaf l BEGRIPSBEPALINGEN\n\n"
        "Artikel 1\n\n"
        " • 1. In deze eilandsverordening en de daarop gebaseerde bepalingen wordt verstaan onder:\n"
    )
    assert _metadata(text).adopted_on == "2008-09-01"


def test_the_heading_outranks_the_date_the_register_remarks_give():
    # zd06: the register's remark "tevens vastgesteld voor het openbaar lichaam Bonaire en
    # derhalve met ingang van 10-10-2010" dates its continuation, not its adoption in 1994
    text = (
        "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\n"
        "Bonaire\n\n"
        "EILANDSVERORDENING van 12 december 1994, no. 2, tot vaststelling van algemene regelen met "
        "betrekking tot de hoofdstructuur en het functioneren van de ambtelijke organisatie van het "
        "eilandgebied (Organisatieverordening Bonaire)\n\n"
        "Opmerkingen met betrekking tot de regeling\n\n"
        "Deze regeling is vastgesteld en in werking getreden vóór 10-10-2010, maar op grond van "
        "artikel 7 van de Invoeringswet openbare lichamen Bonaire, Sint Eustatius en Saba en de "
        "Positieve lijst regelgeving Eilandsraad Bonaire (AB 2010, no. 20) tevens vastgesteld voor "
        "het openbaar lichaam Bonaire en derhalve met ingang van 10-10-2010 in het openbaar lichaam "
        "Bonaire van toepassing.\n"
    )
    assert _metadata(text).adopted_on == "1994-12-12"


def test_a_landsbesluit_is_dated_with_an_ordinal_day():
    # zd07: "van de 24ste maart 2010"; the later "van 12 februari 2010" dates the decision it announces
    text = (
        "Nederlandse Antillen\n\n"
        "LANDSBESLUIT van de 24ste maart 2010, no. 10/1064, houdende de bekendmaking in het "
        "Publicatieblad van het Besluit van de Gouverneur van de Nederlandse Antillen als orgaan van "
        "het Koninkrijk van 12 februari 2010 (nr. HT-10/0011), houdende de beslissing dat de "
        "Referendumverordening Bonaire 2010 in strijd is met het algemeen belang van het Koninkrijk.\n"
    )
    assert _metadata(text).adopted_on == "2010-03-24"


def test_an_ordinal_day_is_a_date_only_before_a_month():
    assert parse_date("van de 24ste maart 2010") == "2010-03-24"
    assert parse_date("de 1e wijziging van 2010") is None


def test_a_decision_cited_in_running_text_does_not_date_the_regulation():
    # "bij eilandsbesluit van 11-8-2002" inside a sentence dates another decision
    text = (
        "Organisatieverordening\n\n"
        "De datum van inwerkingtreding van de artikelen 3, onder a, en 4 is bij eilandsbesluit van "
        "11-8-2002 (A.B. 2002, no. 15) vastgesteld op 2-8-2002.\n"
    )
    assert _metadata(text).adopted_on != "2002-08-11"
