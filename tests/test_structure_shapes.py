"""Article headings in the shapes the corpus lacks: Roman numbers of an amending decision,
bis/ter, 3a.1, lowercase headings, articles in a bijlage, and documents built of numbered
sections instead of articles."""

from __future__ import annotations

from codes import model as m
from codes import parse_text


def outline(text: str) -> list[tuple[str, str | None, str | None]]:
    code = parse_text(text)
    return [
        (n.kind, n.number, n.title)
        for n in code.root.walk()
        if n.kind in (m.ARTIKEL, m.SECTION, m.BIJLAGE)
    ]


def test_roman_articles_of_an_amending_decision():
    text = (
        "Besluit tot wijziging van de Gedragscode\n\nArtikel I\nDe gedragscode wordt als volgt gewijzigd:\n"
        "A. Artikel 3 vervalt.\n\nArtikel II\nDit besluit treedt in werking op 1 januari 2024.\n"
    )
    assert [n for _, n, _ in outline(text)] == ["I", "II"]


def test_bis_and_dotted_numbers():
    text = (
        "Gedragscode\n\nArtikel 12 Geschenken\nGeschenken worden gemeld.\n\n"
        "Artikel 12bis Uitnodigingen\nUitnodigingen worden gemeld.\n\n"
        "Artikel 3a.1 Register\nDe griffier houdt het register bij.\n"
    )
    assert [n for _, n, _ in outline(text)] == ["12", "12bis", "3a.1"]


def test_lowercase_article_headings_when_the_document_writes_them_so():
    text = (
        "Regeling melden misstanden\n\nartikel 1 begrippen\nIn deze regeling wordt verstaan onder "
        "melder: de ambtenaar.\n\nartikel 2 reikwijdte\nDeze regeling geldt voor iedereen, zie "
        "artikel 1.\n"
    )
    assert outline(text) == [("artikel", "1", "begrippen"), ("artikel", "2", "reikwijdte")]


def test_a_sentence_starting_with_artikel_is_no_heading():
    text = (
        "Toelichting\n\nDe raad stelt de code vast.\n\nartikel 15 van de Gemeentewet is de grondslag.\n"
        "Daarom is deze code nodig.\n"
    )
    assert not any(kind == "artikel" for kind, _, _ in outline(text))


def test_articles_inside_a_bijlage():
    text = (
        "Gedragscode\n\nArtikel 1 Begrippen\nTekst een.\n\nBijlage 1 Protocol\n\n"
        "Artikel 1 Melding\nEen melding wordt gedaan bij de griffier.\n\n"
        "Artikel 2 Onderzoek\nDe burgemeester onderzoekt.\n"
    )
    code = parse_text(text)
    annex = next(n for n in code.root.walk() if n.kind == m.BIJLAGE)
    assert [(c.kind, c.number) for c in annex.children] == [("artikel", "1"), ("artikel", "2")]


def test_a_document_without_articles_is_parsed_as_numbered_sections():
    text = (
        "Beleidsregel integriteit\n\n1. Inleiding\nDeze circulaire beschrijft het beleid.\n\n"
        "2. Meldingen\nMeldingen worden gedaan bij de secretaris.\n\n2.1 Wie meldt\n"
        "Iedere medewerker kan melden bij de vertrouwenspersoon.\n\n3. Onderzoek\n"
        "Het onderzoek wordt gedaan door een bureau:\n1. Bureau A\n2. Bureau B\n"
    )
    code = parse_text(text)
    assert outline(text) == [
        ("section", "1", "Inleiding"),
        ("section", "2", "Meldingen"),
        ("section", "2.1", "Wie meldt"),
        ("section", "3", "Onderzoek"),
    ]
    assert not code.articles()
    assert not any("no recognizable structure" in w for w in code.warnings)


def test_a_numbered_list_alone_is_not_a_structure():
    text = "Besluit\n\nDe raad besluit:\n1. Gemeentewet\n2. Ambtenarenwet\n"
    assert outline(text) == [("section", None, None)]


def test_adoption_note_in_the_header_is_no_signature():
    # Hilversum, Verordening op de fractieondersteuning 2010 (devset f14): the register's header
    # says when the raad adopted it, above the raadsbesluit and the articles.
    text = (
        "Verordening op de fractieondersteuning 2010\n\nVastgesteld in de raadsvergadering van\n\n"
        "3 februari 2010, Gem. blad I nr. 18,\n\nRAADSBESLUIT\n\nDe raad van de gemeente Hilversum,\n\n"
        "BESLUIT:\n\nDe hierna genoemde verordening vast te stellen:\n\n"
        "Artikel 1 Financiële bijdrage\n\n1. De fracties ontvangen jaarlijks een bijdrage.\n\n"
        "Artikel 2 Inwerkingtreding\n\nDeze verordening treedt in werking op 1 maart 2010.\n\n"
        "Aldus vastgesteld in de openbare vergadering van 3 februari 2010.\n"
    )
    code = parse_text(text)
    assert [(a.number, a.title, scope) for a, scope in code.articles()] == [
        ("1", "Financiële bijdrage", "body"),
        ("2", "Inwerkingtreding", "body"),
    ]
    assert not any(n.kind == m.BIJLAGE for n in code.root.walk())
    assert [n.kind for n in code.root.children][-1] == m.SIGNATURE


def test_comma_between_number_and_title():
    # Reglement waterschap Noorderzijlvest (devset g11): "Artikel 1, Begripsomschrijvingen".
    text = (
        "Reglement\n\nArtikel 1, Begripsomschrijvingen\nIn dit reglement wordt verstaan onder ...\n\n"
        "Artikel 2, Gebied van het waterschap\nHet gebied is aangegeven op de kaart.\n\n"
        "Artikel 3, tweede lid, van de Waterschapswet is van toepassing.\n"
    )
    assert [(n, t) for _, n, t in outline(text)] == [
        ("1", "Begripsomschrijvingen"),
        ("2", "Gebied van het waterschap"),
    ]


def test_colon_numbers_are_article_headings():
    # Den Haag, Regeling Aanvaarden Geschenken 2005 (devset i10): 'Artikel 2:1' beneath 'Artikel 2';
    # the Awb's numbering, which APVs copy. A citation in that numbering stays a citation.
    text = (
        "Regeling\n\nArtikel 2 Het aannemen van geschenken\n\nArtikel 2:1\n\n"
        "1. De ambtenaar die in verband met zijn functie van een derde een geschenk ontvangt meldt dit.\n\n"
        "Artikel 3:1 Vriendendiensten\nEen verzoek wordt vooraf voorgelegd.\n\n"
        "Artikel 5:15 Algemene wet bestuursrecht (Awb);\n"
        "Artikel 1:1 lid 1 onderdeel a ARG is van toepassing.\n"
        "Artikel 2:4, tweede lid, van de Awb geldt.\n"
    )
    assert [(n, t) for _, n, t in outline(text)] == [
        ("2", "Het aannemen van geschenken"),
        ("2:1", None),
        ("3:1", "Vriendendiensten"),
    ]


def leden_and_items(text: str) -> list[tuple[str, str | None, str]]:
    code = parse_text(text)
    return [
        (n.kind, n.number, n.text[:20]) for n in code.root.walk() if n.kind in (m.LID, m.ONDERDEEL)
    ]


def test_a_bare_label_after_a_bullet():
    # Veiligheidsregio Midden- en West-Brabant (devset i04): "• a" over its text;
    # Weststellingwerf (i11) and the reglement of Zuiderzeeland (e22): "• 1 Ambtenaren ...".
    text = (
        "Regeling\n\nArtikel 1 Begripsbepalingen\n\n • a\n\n  werkgever: de veiligheidsregio;\n\n"
        " • b\n\n  medewerker: de ambtenaar;\n\n"
        "Artikel 2 Gebied\n\n  • 1 Er is een waterschap met de naam Zuiderzeeland.\n\n"
        "  • 2 Het gebied is aangegeven op de kaarten.\n\n"
        "Artikel 3 Melding\n\nDe melding vermeldt:\n\n • 2 weken na ontvangst een besluit;\n"
    )
    assert leden_and_items(text) == [
        ("onderdeel", "a", "werkgever: de veilig"),
        ("onderdeel", "b", "medewerker: de ambte"),
        ("lid", "1", "Er is een waterschap"),
        ("lid", "2", "Het gebied is aangeg"),
        ("onderdeel", None, "2 weken na ontvangst"),  # out of sequence: a bullet's text
    ]


def test_a_law_article_over_what_it_says_is_no_heading():
    # Harlingen, notitie geheimhouding (devset h06): "Artikel 5.1 Woo:" over its grounds.
    text = (
        "Notitie geheimhouding\n\nDe onderstaande gronden zijn het meest van belang:\n\n"
        "Artikel 5.1 Woo:\n\n  • Bedrijfs- of fabricagegegevens;\n\n"
        "Artikel 2 Slot\n\nDeze notitie geldt vanaf 2023.\n"
    )
    code = parse_text(text)
    assert [a.number for a, _ in code.articles()] == ["2"]
    assert [(r.law, r.article) for r in code.references if r.kind == "law"] == [
        ("Wet open overheid", "5.1")
    ]


def test_a_table_of_contents_is_text_not_headings():
    # Heerenveen's Regeling klokkenluiders 2005 (k12): entries end in their page number.
    contents = (
        "REGELING KLOKKENLUIDERS\n\nvastgesteld in B&W op 12 juli 2005\n\n"
        "1. Inleiding 3\n\n2. Doel van de regeling: procedure en rechtsbescherming 3\n\n"
        "5. Begripsbepalingen 4\n\nArtikel 1. Begripsbepalingen 4\n\n6. Interne procedure 4\n\n"
        "Artikel 2. Interne melding 4\n\nArtikel 3. Standpunt 4\n\n7. Externe procedure 5\n\n"
        "Artikel 4. Het meldpunt 5\n\n1. Inleiding\n\nIntegriteit staat hoog op de agenda.\n\n"
    )
    body = (
        "Artikel 1. Begripsbepalingen\nIn deze regeling wordt verstaan onder melder: de ambtenaar.\n\n"
        "Artikel 2. Interne melding\nDe ambtenaar meldt bij zijn leidinggevende.\n"
    )
    headings = [(n, t) for k, n, t in outline(contents + body) if k == m.ARTIKEL]
    assert headings == [("1", "Begripsbepalingen"), ("2", "Interne melding")]
    # The entries stay in the text.
    assert "Artikel 4. Het meldpunt 5" in parse_text(contents + body).root.full_text()


def test_headings_with_a_number_at_their_end_are_no_table_of_contents():
    # Three articles whose titles end in a year, then their text: no page numbers.
    text = (
        "Artikel 1 Begrippen\nIn deze regeling: de wet.\n\n"
        "Artikel 2 Intrekking regeling 2019\nDe regeling 2019 vervalt.\n\n"
        "Artikel 3 Citeertitel\nDeze regeling heet Regeling 2024.\n"
    )
    assert [n for k, n, _ in outline(text) if k == m.ARTIKEL] == ["1", "2", "3"]


def test_an_article_headed_by_the_law_whose_powers_it_holds():
    # Zevenaar, delegatiebesluit (devset j01); Enkhuizen (e20) lists its legal bases.
    text = (
        "Delegatiebesluit\n\nDe raad delegeert de volgende bevoegdheden:\n\n"
        "Artikel 1 Algemene wet bestuursrecht\n\n • 1.\n\n  Het openstellen van de "
        "elektronische weg als bedoeld in artikel 2:15 Algemene wet bestuursrecht.\n"
    )
    code = parse_text(text)
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Algemene wet bestuursrecht")
    ]
    refs = [(r.law, r.article) for r in code.references if r.kind == "law"]
    assert refs == [("Algemene wet bestuursrecht", None), ("Algemene wet bestuursrecht", "2:15")]
    bases = "Gelet op:\n- 3.\nArtikel 156 Gemeentewet\n- 4.\nVerordening BRP Enkhuizen\n"
    assert parse_text(bases).articles() == []


def test_arabic_articles_after_a_roman_one_are_the_amended_regulations_quoted_text():
    # Zutphen's amending beleidsregel (o11): "Oude tekst / Nieuwe tekst" quote article 1.
    text = (
        "Beleidsregel tot wijziging van de Beleidsregel maatschappelijke ondersteuning\n\n"
        "Artikel I Wijziging beleidsregel\n"
        "De Beleidsregel maatschappelijke ondersteuning gemeente Zutphen 2018 wordt als volgt "
        "gewijzigd:\n\nA. Artikel 1 wordt gewijzigd als volgt:\n\nOude tekst\n\nNieuwe tekst\n\n"
        "Artikel 1 Begripsomschrijvingen\n\nDeze regeling verstaat onder:\n\n"
        "Artikel 1 Begripsomschrijvingen\n\nDeze regeling verstaat onder:\n\n"
        "Artikel II Inwerkingtreding\nDit besluit treedt in werking op 1 juli 2021.\n"
    )
    assert [a.number for a, _ in parse_text(text).articles()] == ["I", "II"]
    # Without a Roman article, Arabic articles are the text's own.
    plain = "Regeling\n\nArtikel 1 Begrippen\nTekst.\n\nArtikel 2 Slot\nTekst.\n"
    assert [a.number for a, _ in parse_text(plain).articles()] == ["1", "2"]
