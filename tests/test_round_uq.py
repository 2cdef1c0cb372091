"""Round uq (benchmarks/devset/README.md): the fixes from the real sentences of older
regulations (1993-2013) citing laws since repealed or renamed, each test quoting its text."""

from codes import parse_text
from tests.conftest import dates_of

_CHANGES = (
    "Overzicht van in de tekst verwerkte wijzigingen\n\nDatum inwerking-\n\ntreding\n\n"
    "Terugwerkende\n\nkracht tot en met\n\nDatum uitwerking-\n\ntreding\n\nBetreft\n\n"
    "Datum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n"
)


def test_a_new_regulation_row_closed_by_a_full_stop_dates_the_regulation():
    """uq06 (Geertruidenberg, Afvalstoffenverordening 2007): the register wrote the Betreft
    cell "Nieuwe regeling." with a full stop, below the row of the amendment of article 34.
    Before, the amendment's row dated the adoption (28-02-2008) and no date in force was
    read; the row above's Kenmerk "28 februari 2008, nr. 8" is no date of the new row."""
    text = _CHANGES + (
        "25-04-200804-10-2013Art. 34\n\n28-02-2008\n\nDe Langstraat, 17 april 2008\n\n"
        "28 februari 2008, nr. 8\n21-09-2007Nieuwe regeling.\n\n30-08-2007\n\n"
        "De Langstraat, 13 september 2007\n\n30-08-2007 nr. 14.\n\nTekst van de regeling\n"
    )
    assert dates_of(text) == ("2007-08-30", "2007-09-21")


def test_a_row_of_articles_alone_still_dates_the_adoption_only():
    """i04's only row amends "art. 1,2,3,4,5,6,7,8": its signing dates the adoption, as
    before, and it gives no date in force."""
    text = _CHANGES + (
        "28-10-2015art. 1,2,3,4,5,6,7,8\n\n18-06-2015\n\nBlad Gemeenschappelijke Regeling\n\n"
        "BGR nr. 342, 28 oktober2015\n\nTekst van de regeling\n"
    )
    assert dates_of(text) == ("2015-06-18", "None")


def _laws(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.bwb, r.article) for r in parse_text(text, "t.txt").references if r.kind == "law"]


def test_an_office_code_after_a_number_label_names_no_law():
    """uq02 (Zeeland, 2004): "het besluit van provinciale staten van Zeeland van 3 oktober
    2003, nr. WEB 63, I" numbers the staten's decision by the griffie's file (Welzijn,
    Economie en Bestuur); before, "WEB" was read as the Wet educatie en beroepsonderwijs."""
    text = (
        "dat het besluit van provinciale staten van Zeeland van 3 oktober 2003, nr. WEB 63, I, "
        "houdende de subsidieverordening een besluit is;"
    )
    assert _laws(text) == []


def test_the_same_abbreviation_without_the_number_label_is_read_as_before():
    assert _laws("gelet op artikel 7.4.8 van de WEB;") == [("BWBR0007625", "7.4.8")]
    assert _laws("zie nr. 3 van de WEB 1996;") == [("BWBR0007625", None)]


def _body(text: str) -> tuple[str | None, str | None, str | None]:
    metadata = parse_text(text, "test.txt").metadata
    return metadata.organisation, metadata.organisation_type, metadata.adopted_by


_PLUSREGIO = (
    "Intitulé\n\nDe regioraad van de Stadsregio Amsterdam,\n\nGezien de voordracht van het "
    "dagelijks bestuur van de Stadsregio Amsterdam van 13 december 2011, nummer 2011/48\n\n"
    "BESLUIT:\n\nArtikel 1 Begripsbepalingen\n\nIn deze verordening wordt verstaan onder:\n"
)


def test_the_regioraad_of_a_plusregio_is_its_algemeen_bestuur():
    """uq09: "De regioraad van de Stadsregio Amsterdam, / Gezien de voordracht ..." opens
    the preamble of the joint body's algemeen bestuur (the Wgr-plus regions named it
    regioraad). Before, no body was read, and the organisation was the gemeente Amsterdam."""
    assert _body(_PLUSREGIO) == ("Stadsregio Amsterdam", "other", "algemeen bestuur")


def test_the_raad_of_a_gemeente_is_read_as_before():
    text = _PLUSREGIO.replace(
        "De regioraad van de Stadsregio Amsterdam", "De raad van de gemeente Amsterdam"
    )
    assert _body(text) == ("Amsterdam", "gemeente", "gemeenteraad")


def _named(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (r.law, r.article, r.bwb) for r in parse_text(text, "t.txt").references if r.kind == "law"
    ]


def test_the_repealed_wet_persoonsregistraties_is_known():
    """uq01 (Bolsward, Privacyverordening 1994): "gelet op de bepalingen van de Algemene wet
    bestuursrecht, de Gemeentewet en de Wet persoonsregistraties;" names the act of 1988
    (repealed 2001 by the Wbp), which the registry did not know: it was not counted named."""
    refs = _named("gelet op de Wet persoonsregistraties; -de Wet: de Wet persoonsregistraties")
    assert refs == [("Wet persoonsregistraties", None, None)] * 2


def test_the_tijdelijke_referendumwet_is_known():
    """uq02 (Zeeland, 2004): "een besluit ... als bedoeld in artikel 8, eerste lid, onder a van
    de Tijdelijke referendumwet; gelet op artikel 22 van de Tijdelijke referendumwet" (also
    uh06's "de artikelen 8 en 22 van de Tijdelijke Referendumwet"): both were missed."""
    text = (
        "een besluit is als bedoeld in artikel 8, eerste lid, onder a van de Tijdelijke "
        "referendumwet; gelet op artikel 22 van de Tijdelijke referendumwet jo. de verordening "
        "op het raadgevend correctief referendum provincie Zeeland;"
    )
    assert _named(text) == [
        ("Tijdelijke referendumwet", "8", None),
        ("Tijdelijke referendumwet", "22", None),
    ]


def test_the_successor_acts_are_read_as_before():
    assert _named("gelet op de Wet bescherming persoonsgegevens;") == [
        ("Wet bescherming persoonsgegevens", None, "BWBR0011468")
    ]
    assert _named("gelet op de Verordening raadgevend referendum;") == []
