"""Round xm (documents around a code, in running prose: a VNG answer, a court's ruling, a
news site's article). Each test holds the real sentence that the round's fix reads."""

import pytest

from codes import parse_text
from codes.metadata.furniture import is_furniture


def _law_refs(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in parse_text(text).references if r.kind == "law"]


def test_wvs_is_the_wetboek_van_strafrecht():
    # xm05, the VNG's answer on secrecy in a closed council meeting.
    sentence = (
        "Als die andere aanwezigen de geheimhouding opzettelijk schenden dan zijn net als de "
        "raadsleden vervolgbaar en strafbaar op grond van artikel 272 WvS.\n"
    )
    assert _law_refs("Geheimhouding\n\n" + sentence) == [("Wetboek van Strafrecht", "272", None)]


def test_a_line_of_a_law_and_its_article_number_cites_the_article():
    # xm06, rechtspraak.nl's "Wetsverwijzingen" block under a ruling's Inhoudsindicatie.
    block = (
        "Inhoudsindicatie\n\nHet hof spreekt de verdachte vrij.\n\n"
        "Wetsverwijzingen\nGemeentewet 25\nWetboek van Strafrecht 272\nVindplaatsen\n"
    )
    assert _law_refs(block) == [
        ("Gemeentewet", "25", None),
        ("Wetboek van Strafrecht", "272", None),
    ]


def test_a_plain_number_after_a_name_inside_a_sentence_stays_no_article():
    # A count or a year: only a number that closes the line the name opens is an article.
    text = (
        "Toelichting\n\nDe raad vergadert volgens de Gemeentewet 12 keer per jaar.\n"
        "Zo bepaalt de Gemeentewet 25\n"
    )
    assert _law_refs(text) == [("Gemeentewet", None, None), ("Gemeentewet", None, None)]


def test_a_news_sites_skip_link_is_no_title():
    # xm01, AT5: the page opens with its skip link above the section label and headline.
    assert is_furniture("Start van hoofdcontent")
    assert not is_furniture("Start van de raadsvergadering")


def test_a_name_after_wetsvoorstel_is_the_bills_not_a_law_named():
    # xm09, De Gemeentestem's article (5dok): the bill, then the act it amends.
    text = (
        "De geheimhoudingsregeling op de schop\n\n"
        "Het op 31 augustus 2020 bij de Tweede Kamer ingediende wetsvoorstel Wet bevorderen "
        "integriteit en functioneren decentraal bestuur strekt ertoe de integriteit te bevorderen. "
        "Het wetsvoorstel tot wijziging van de Gemeentewet is ingediend.\n"
    )
    assert _law_refs(text) == [("Gemeentewet", None, None)]


def test_wvs_in_capitals_is_no_law():
    # zz10, Vechtstromen's Keur: a file mark in capitals, not the Wetboek van Strafrecht.
    assert _law_refs("Keur Vechtstromen 2014\n\nKenmerk: WVS - 20\n") == []


def test_the_ministry_on_the_line_under_the_title_publishes_the_text():
    # xm03, kennisopenbaarbestuur.nl: the title, then the ministry alone on its line.
    meta = parse_text(
        "Modelbeleidskader verboden handelingen\n\n"
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n\n"
        "Artikel 15 van de Gemeentewet en zijn tegenhangers in de Provinciewet, Waterschapswet "
        "en de Wet gemeenschappelijke regelingen, is een regeling die gaat over, voor raadsleden "
        "verboden handelingen.\n"
    ).metadata
    assert (meta.organisation, meta.organisation_type) == (
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "other",
    )


@pytest.mark.parametrize("margin", ["", "    "])
def test_the_court_under_rechtspraaks_instantie_label_is_the_body_not_its_seat(margin):
    # xm06, a ruling's page: the label above its value; 's-Hertogenbosch is the court's seat.
    # A copy with a left margin (bench_variants) indents the label too.
    text = (
        "ECLI:NL:GHSHE:2017:1789\n\nInstantie\nGerechtshof 's-Hertogenbosch\n"
        "Datum uitspraak\n24-04-2017\n\nHet college besloot de geheimhouding op te leggen.\n"
    )
    meta = parse_text("\n".join(margin + line if line else line for line in text.split("\n")))
    meta = meta.metadata
    assert (meta.organisation, meta.organisation_type) == ("Gerechtshof 's-Hertogenbosch", "other")
