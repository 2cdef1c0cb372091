"""Article headings the rounds zc-zf of the development set left, from the real lines.
Hand-checked."""

from __future__ import annotations

from codes import parse_text


def _articles(text: str) -> list[str]:
    return [a.number for a, _ in parse_text(text, "x.txt").articles()]


def test_a_title_that_lists_its_subjects_with_semicolons_is_a_title():
    # Zoetermeer's reglement van orde (zd12, zf07), after the VNG model: a title names three
    # subjects joined by semicolons, as the chapter over it does (and zd09's "Hoofdstuk 1:
    # Begripsbepalingen; toepassingsbereik; toedeling beheer").
    text = (
        "Artikel 1: Begripsomschrijvingen\n"
        "In dit reglement wordt verstaan onder:\n"
        "Hoofdstuk 3 Toelating van nieuwe leden; benoeming wethouders; fracties\n"
        "Artikel 5: Onderzoek geloofsbrieven; beëdiging; benoeming wethouders\n"
        "Bij het begin van de zittingsperiode stelt de raad een commissie in, bestaande uit "
        "drie leden van de raad en hun plaatsvervangers. De benoeming geldt voor de gehele "
        "raadsperiode.\n"
    )
    code = parse_text(text, "zd12.txt")
    assert [a.number for a, _ in code.articles()] == ["1", "5"]
    article = [a for a, _ in code.articles()][1]
    assert article.title == "Onderzoek geloofsbrieven; beëdiging; benoeming wethouders"
    # a sentence after the semicolon stays a sentence: no heading
    assert (
        _articles(
            "Artikel 5: Onderzoek geloofsbrieven; de commissie brengt daarvan verslag uit aan de "
            "raad in de eerste vergadering\n"
        )
        == []
    )


def test_a_contents_line_a_wrapped_copy_broke_at_its_dash_is_no_heading():
    # Flevoland's reglement van orde on 5dok (zf04, ze12), as pdftotext or a mail wraps its
    # contents lines: the second entry of a line joined by a dash begins the next line
    # ("Artikel 29: ..."), or its number does ("- Artikel" / "20: ...").
    text = (
        "- Artikel 27: Recht van onderzoek - Artikel 28: Inspreken door burgers -\n"
        "Artikel 29: Burgerinitiatief\n"
        "- Artikel 18: Agenda commissie en Provinciale Staten -\n"
        "Artikel 19: Spoedagendering in commissies en PS - Artikel\n"
        "20: Ingekomen stukken\n"
        "Artikel 4: Voorzitter en plaatsvervangend voorzitter der Staten -\n"
        "Artikel 5: Fracties\n"
    )
    assert _articles(text) == []
    # a heading after a line that ends in a dash of its own words stays a heading
    text = (
        "De raad stelt vast - na overleg met het presidium -\n"
        "Artikel 5: Fracties\n"
        "Leden die op dezelfde lijst zijn gekozen vormen een fractie.\n"
    )
    assert _articles(text) == ["5"]
