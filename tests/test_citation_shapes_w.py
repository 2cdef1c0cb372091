"""Citation shapes of the w round of the development set (reglementen van orde,
rekenkamer-, financiële, bezwaar- and klachtenverordeningen, delegatie- and
rechtspositiebesluiten): each from its real sentence, with the references it must give.
Hand-checked."""

from __future__ import annotations

from codes import parse_text


def _laws(code) -> list[tuple[str, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.kind == "law"]


def test_a_division_before_the_articles_names_the_law_too():
    # Verordening op de rekenkamer gemeente Weert 2025 (w03): the chapter and the article
    # share the law after them; the chapter is the law named without an article.
    code = parse_text("gelet op hoofdstuk IVa. en artikel 149 van de Gemeentewet;")
    assert _laws(code) == [("Gemeentewet", "149", None), ("Gemeentewet", None, None)]
    code = parse_text(
        "gelet op afdeling 10.1.1 en artikel 10:3, tweede lid, van de Algemene wet bestuursrecht;"
    )
    assert _laws(code) == [
        ("Algemene wet bestuursrecht", "10:3", 2),
        ("Algemene wet bestuursrecht", None, None),
    ]
    # the division after the articles (h10) still names the law once
    code = parse_text("gelet op de artikelen 228 en afdeling 4.2 van de Gemeentewet;")
    assert _laws(code) == [("Gemeentewet", "228", None), ("Gemeentewet", None, None)]


def test_a_division_of_the_law_before_it_is_not_the_next_laws():
    # Gemeenschappelijke Regeling GGD-VT Haaglanden (q13): "hoofdstuk 2" belongs to the
    # Wet publieke gezondheid named before it, not to the Wmo 2015 of the articles after it.
    code = parse_text(
        "gelet op de Wet publieke gezondheid, hoofdstuk 2 en de artikelen 2.6.1 en 4.1.1 van "
        "de Wet maatschappelijke ondersteuning 2015;"
    )
    assert _laws(code) == [
        ("Wet publieke gezondheid", None, None),
        ("Wet maatschappelijke ondersteuning 2015", "2.6.1", None),
        ("Wet maatschappelijke ondersteuning 2015", "4.1.1", None),
    ]
    # a division that is not joined by "en" to the articles names nothing more
    code = parse_text("Hoofdstuk 2. Artikel 3 van de Gemeentewet is van toepassing.")
    assert [r for r in _laws(code) if r[1] is None] == []


def test_a_lid_range_repeats_its_article_word_and_comes_before_the_article():
    # Verordening leerlingenvervoer Pijnacker-Nootdorp 2014 (n06): "het" before the last
    # ordinal of a range; one reference per lid, as for "eerste tot en met derde lid".
    code = parse_text(
        "ondersteuningsplan als bedoeld in artikel 18a, zevende tot en met het tiende lid, "
        "van de Wet op het primair onderwijs;"
    )
    assert _laws(code) == [("Wet op het primair onderwijs", "18a", n) for n in (7, 8, 9, 10)]
    # the range before its article: every lid, not only the last
    code = parse_text(
        "het eerste tot en met derde lid van artikel 7:13 van de Algemene wet bestuursrecht"
    )
    assert _laws(code) == [("Algemene wet bestuursrecht", "7:13", n) for n in (1, 2, 3)]


def test_a_law_name_cut_off_where_the_copy_ends_cites_no_law():
    # n06 ends in "artikel 17a, zevende tot en met het tiende lid, van de Wet op het" and
    # j15 in "het Burgerlijk Wetboek, artikel 4 van het Reglement voor": no title ends in
    # an article or a preposition; the article is neither that unknown law's nor the
    # law named before it.
    code = parse_text("dan wel artikel 17a, zevende tot en met het tiende lid, van de Wet op het")
    assert code.references == ()
    code = parse_text(
        "Mandaatbesluit waterschap\n\n"
        "Gelet op de Waterwet, het Burgerlijk Wetboek, artikel 4 van het Reglement voor"
    )
    assert [(r.law, r.article) for r in code.references] == [
        ("Waterwet", None),
        ("Burgerlijk Wetboek", None),
    ]
