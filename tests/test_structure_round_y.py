"""Structure shapes from the y round of the devset (regulations whose structure is rich or
unusual), each built from the real lines of the text named in its comment."""

from __future__ import annotations

from codes import parse_text


def _articles(text: str) -> list[tuple[str | None, str | None]]:
    code = parse_text(text, "y.txt")
    return [(article.number, article.title) for article, _ in code.articles()]


_PAPENDRECHT_CONTENTS = (
    "besluit vast te stellen de Financiële verordening gemeente Papendrecht 2018\n\n"
    "Inhoudsopgave\n\nFinanciële verordening gemeente Papendrecht 2018\n\n"
    "Hoofdstuk 1. Algemene bepalingen\n\nArtikel 1. Begripsbepaling\n\n"
    "Hoofdstuk 2. Begroting en verantwoording\n\nArtikel 2. Programma-indeling\n\n"
    "Artikel 3. Inrichting begroting en jaarstukken\n\nArtikel 4. Kaders begroting\n\n"
    "Hoofdstuk 6. Slotbepalingen\n\nArtikel 27. Inwerkingtreding en citeertitel\n\n"
)


def test_a_table_of_contents_without_page_numbers_is_no_heading():
    # Papendrecht, Financiële verordening 2018 (devset y02): the web page's contents list
    # 27 articles without page numbers; each had become an empty article before the body.
    text = (
        _PAPENDRECHT_CONTENTS + "Hoofdstuk 1. Algemene bepalingen\n\nArtikel 1. Begripsbepaling\n\n"
        "In deze verordening wordt verstaan onder:\n\n  • ·\n\n    administratie: het "
        "systematisch verzamelen van gegevens.\n\nArtikel 2. Programma-indeling\n\n"
        "1. De raad stelt bij aanvang van iedere raadsperiode een programma-indeling vast.\n"
    )
    assert _articles(text) == [("1", "Begripsbepaling"), ("2", "Programma-indeling")]


def test_headings_that_the_body_does_not_repeat_are_articles():
    # The same lines without the body that repeats them: headings of a text cut short, or
    # of articles whose words were lost, not a table of contents.
    assert [number for number, _ in _articles(_PAPENDRECHT_CONTENTS)] == ["1", "2", "3", "4", "27"]


def test_a_semicolon_joins_the_two_parts_of_a_title():
    # Dronten, Marktverordening 2013 (devset y05): the title was taken for a sentence.
    text = (
        "Artikel 1. Begripsomschrijvingen\n\nIn deze verordening wordt verstaan onder:\n\n"
        "  • a.\n\n    markt: de door het college ingestelde warenmarkten;\n\n"
        "Artikel 2. Inrichting van de markt; branche-indeling\n\n"
        "  • 1. Het college bepaalt ten aanzien van de markt:\n\n    • a\n"
    )
    assert _articles(text) == [
        ("1", "Begripsomschrijvingen"),
        ("2", "Inrichting van de markt; branche-indeling"),
    ]


def test_a_sentence_after_a_semicolon_is_still_no_title():
    text = (
        "Artikel 3 Het college wijst de standplaatsen aan; de marktmeester houdt daarvan een "
        "register bij en meldt elke wijziging.\n\nArtikel 4 Slotbepaling\n\nDeze verordening "
        "treedt in werking.\n"
    )
    assert _articles(text) == [("4", "Slotbepaling")]
