"""Structure shapes from the t round of the devset (varied document shapes), each built
from the real lines of the text named in its comment."""

from __future__ import annotations

from codes import parse_text


def _divisions(text: str) -> list[tuple[str, str | None, str | None]]:
    code = parse_text(text, "t.txt")
    return [
        (n.kind, n.number, n.title)
        for n in code.root.walk()
        if n.kind in ("hoofdstuk", "paragraaf", "section", "artikel")
    ]


def test_a_paragraph_number_alone_takes_its_title_from_the_next_line():
    # Westerveld, Verordening rekenkamercommissie 2017 (devset t02): the title in capitals
    # on the line after "Paragraaf 1" had become a section of its own.
    text = (
        "b e s l u i t : vast te stellen de volgende Verordening rekenkamercommissie gemeente "
        "Westerveld 1 juli 2017\n\nParagraaf 1\n\nBEGRIPSBEPALINGEN\n\nArtikel 1 Begripsbepalingen\n\n"
        "In deze verordening wordt verstaan onder: commissie: de rekenkamercommissie.\n\n"
        "Paragraaf 2\n\nTAAK, SAMENSTELLING EN LIDMAATSCHAP VAN DE COMMISSIE\n\n"
        "Artikel 2.1. Taak\n\nDe commissie onderzoekt de doelmatigheid.\n"
    )
    assert _divisions(text) == [
        ("paragraaf", "1", "BEGRIPSBEPALINGEN"),
        ("artikel", "1", "Begripsbepalingen"),
        ("paragraaf", "2", "TAAK, SAMENSTELLING EN LIDMAATSCHAP VAN DE COMMISSIE"),
        ("artikel", "2.1", "Taak"),
    ]


def test_a_section_sign_alone_takes_its_title_from_the_next_line():
    # Ministerie van Financiën, klokkenluidersregeling (Staatscourant 2004, devset t01).
    text = (
        "Gehoord de departementale ondernemingsraad;\n\nBesluit:\n\n§ 1\n\nAlgemene bepalingen\n\n"
        "Artikel 1\n\nIn deze regeling wordt verstaan onder:\n\na. de minister: de Minister van "
        "Financiën;\n"
    )
    assert _divisions(text) == [
        ("paragraaf", "1", "Algemene bepalingen"),
        ("artikel", "1", None),
    ]


def test_a_chapter_followed_by_an_article_keeps_no_title():
    # The article heading on the next line is no title of the chapter.
    text = "Hoofdstuk 2\n\nArtikel 3 Gebied\n\nHet gebied is aangegeven op de kaart.\n"
    assert _divisions(text) == [("hoofdstuk", "2", None), ("artikel", "3", "Gebied")]


def _items(text: str) -> list[tuple[str | None, str]]:
    code = parse_text(text, "t.txt")
    return [(n.number, n.text) for n in code.root.walk() if n.kind == "onderdeel"]


def test_a_dash_label_alone_is_an_item_whose_text_is_on_the_next_line():
    # Veiligheidsregio Limburg-Zuid, Regeling klachtbehandeling ongewenste omgangsvormen
    # (devset t06): the register prints an unnumbered list as "• -" over each item; the
    # labels were dropped as debris and the definitions ran into the article's text.
    text = (
        "Artikel 1\n\nBegripsbepalingen\n\nIn deze regeling wordt verstaan onder:\n\n • -\n\n"
        "  klager: de persoon die zich met een klacht over een ongewenste omgangsvorm wendt tot "
        "een vertrouwenspersoon, dan wel bij de klachtenadviescommissie;\n\n • -\n\n"
        "  beklaagde: de persoon tegen wie de klacht is gericht;\n\nArtikel 2 Doel\n\n"
        "De regeling beschermt de medewerkers.\n"
    )
    code = parse_text(text, "t06.txt")
    article = next(a for a, _ in code.articles())
    assert article.text == "In deze regeling wordt verstaan onder:"
    assert [number for number, _ in _items(text)] == [None, None]
    assert [body.split(":")[0] for _, body in _items(text)] == ["klager", "beklaagde"]


def test_dash_items_under_a_letter_do_not_end_the_letters():
    # Lisse, e-mail- en internetreglement 2011 (devset q11), shortened to three letters:
    # two dash items under "g" (here "b"), then the bare label "• h" (here "• c") goes on
    # with the letters.
    text = (
        "Artikel 1 Begripsbepalingen\n\nIn dit reglement wordt verstaan onder:\n\n  • a\n\n"
        "    Wbp:Wet bescherming persoonsgegevens;\n\n  • b\n\n"
        "    Betrokkene:gebruiker van de elektronische communicatiemiddelen:\n\n    • -\n\n"
        "      medewerker in dienst van de gemeente;\n\n    • -\n\n"
        "      persoon die werkzaamheden voor de gemeente verricht;\n\n  • c\n\n"
        "    E-mailfaciliteiten:de door of namens de gemeente ter beschikking gestelde middelen;\n"
    )
    assert [number for number, _ in _items(text)] == ["a", "b", None, None, "c"]
