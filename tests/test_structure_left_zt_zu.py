"""Article headings the rounds zt and zu of the development set left, from the real lines.
Hand-checked."""

from __future__ import annotations

from codes import parse_text


def _articles(text: str) -> list[str]:
    return [a.number for a, _ in parse_text(text, "x.txt").articles()]


def test_a_chapter_overview_that_names_article_ranges_is_no_heading():
    # Waterschap Brabantse Delta's reglement van orde (zu03): "HOOFDSTUKINDELING" lists each
    # chapter with the range of its articles, and a chapter of one article names it alone
    # ("ARTIKEL 77"); the body then repeats the first chapter's heading.
    overview = (
        "HOOFDSTUKINDELING\n"
        "HOOFDSTUK 1 BEGRIPSOMSCHRIJVINGEN EN ALGEMEEN\n"
        "ARTIKELEN 1 TOT EN MET 4\n"
        "HOOFDSTUK 5 VERGADERINGEN\n"
        "ARTIKELEN 21 TOT EN MET 67\n"
        "Paragraaf 1 Voorbereiding en verloop van de vergaderingen\n"
        "Artikelen 21 tot en met 53\n"
        "HOOFDSTUK 7 VERSLAG EN VERANTWOORDING OVER HET LIDMAATSCHAP VAN ANDERE ORGANISATIES\n"
        "ARTIKEL 77\n"
        "HOOFDSTUK 8 BESLOTEN VERGADERING\n"
        "ARTIKELEN 78 TOT EN MET 80\n"
        "HOOFDSTUK 9 TOEHOORDERS EN PUBLIEKE TRIBUNE\n"
        "ARTIKEL 81\n"
        "HOOFDSTUK 10 DIGITALE VERGADERINGEN\n"
        "ARTIKEL 82 TOT EN MET 94\n"
        "HOOFDSTUK 11 SLOTBEPALINGEN\n"
        "ARTIKEL 95 TOT EN MET 98\n"
    )
    body = (
        "HOOFDSTUK 1 BEGRIPSOMSCHRIJVINGEN EN ALGEMEEN\n"
        "Artikel 1 Begripsomschrijvingen\n"
        "In dit reglement worden enkele specifieke begrippen gebruikt. Hieronder leest u wat "
        "hiermee bedoeld wordt:\n"
    )
    assert _articles(overview + body) == ["1"]
    # without the body that repeats its first entry, the same lines are headings: an
    # overview is known by its repetition, not by its ranges alone
    assert "77" in _articles(
        overview.replace("ARTIKEL 77\n", "ARTIKEL 77\nDe leden doen verslag.\n")
    )


def test_a_royal_decrees_enacting_formula_opens_its_run_in_first_article():
    # adoc.pub's one-line transcript of a draft royal decree (zt07): the formula "Hebben
    # goedgevonden en verstaan:" ends the preamble, and the amending act's "Artikel I" after
    # it is a heading though no other heading stands on the line.
    text = (
        "Besluit van houdende wijziging van het Besluit begroting en verantwoording provincies "
        "en gemeenten en het Waterschapsbesluit in verband met het opnemen van informatie in de "
        "toelichting op de balans indien financiële derivaten worden gehanteerd en enkele "
        "andere wijzigingen Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, "
        "Prins van Oranje-Nassau, enz. enz. enz. Op de voordracht van Onze Minister van "
        "Binnenlandse Zaken en Koninkrijksrelaties, mede namens Onze Minister van "
        "Infrastructuur en Milieu van (datum, nummer); Gelet op de artikelen 190 van de "
        "Provinciewet, 186 van de Gemeentewet en 98a, eerste en tweede lid, van de "
        "Waterschapswet; De Afdeling advisering van de Raad van State gehoord (advies van "
        "(datum, nummer)); Hebben goedgevonden en verstaan: Artikel I Het Besluit begroting "
        "en verantwoording provincies en gemeenten wordt gewijzigd als volgt: A In artikel 1, "
        "onderdeel j, wordt onder vervanging van de punt door een ; onderdeel toegevoegd.\n"
    )
    assert _articles(text) == ["I"]
    # the same line without the formula: "Artikel I" alone on it stays text
    assert _articles(text.replace("Hebben goedgevonden en verstaan:", "Wij hebben het;")) == []
