"""Structure shapes from the y round of the devset (regulations whose structure is rich or
unusual), each built from the real lines of the text named in its comment."""

from __future__ import annotations

from .conftest import article_headings as _articles

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
    # The line (122 characters) is article 3 with its text run in (`run_in._MIN_RUN_IN`);
    # the sentence before and after the semicolon is never its title.
    assert _articles(text) == [("3", None), ("4", "Slotbepaling")]


def test_a_run_in_heading_before_its_first_lid_is_a_heading():
    # A docplayer transcript of an APV annex run into one line (devset y10): "Artikel 1:3
    # Indiening aanvraag" follows "groen" with no full stop; its first lid "1. Indien"
    # marks it as a heading.
    text = (
        "1 Bijlage (slechts als hulpmiddel) Overzicht van de bestaande artikelen in de huidige "
        "APV Om desgewenst de voorgestelde artikelen in de verordening tot wijziging van de APV "
        "te kunnen vergelijken met de artikelen in de huidige APV, treft uw Raad hieronder de "
        "artikelen aan die zijn geschrapt, tekstueel en/of inhoudelijk zijn gewijzigd en/of "
        "nieuw zijn. Hieronder wordt met een kleur per artikel aangegeven waarvan sprake is. "
        "Schrappen = rood Tekstueel en/of inhoudelijk gewijzigd = geel Nieuw = groen Artikel 1:3 "
        "Indiening aanvraag 1. Indien een aanvraag voor een vergunning of ontheffing wordt "
        "ingediend minder dan drie weken vóór het tijdstip waarop de aanvrager de vergunning of "
        "ontheffing nodig heeft, kan het bestuursorgaan besluiten de aanvraag niet te behandelen. "
        "2. Voor bepaalde, door het bestuursorgaan aan te wijzen, vergunningen of ontheffingen kan "
        "de in het eerste lid genoemde termijn worden verlengd tot ten hoogste acht weken. "
        "Artikel 1:7 Termijnen De vergunning of ontheffing geldt voor onbepaalde tijd.\n"
    )
    assert _articles(text) == [("1:3", "Indiening aanvraag"), ("1:7", "Termijnen")]


def test_a_citation_in_a_sentence_before_a_lid_stays_a_citation():
    # A citation closes a sentence without a full stop only in a heading-like run; inside a
    # sentence "Artikel 5" is followed by words of that sentence, never by "1. De".
    text = (
        "De raad besluit met inachtneming van het bepaalde in Artikel 5 van deze verordening en "
        "de toelichting daarop als volgt, waarbij de volgende leden gelden voor alle betrokken "
        "bestuursorganen en hun ambtenaren, voor zover zij niet anders bepalen in een eigen "
        "regeling of besluit dat met deze verordening in overeenstemming is gebracht door het "
        "college van burgemeester en wethouders na overleg met de ondernemingsraad en de "
        "commissie voor de bezwaarschriften die daartoe door de raad is ingesteld bij besluit. "
        "Artikel 1 Begripsbepalingen 1. In deze verordening wordt verstaan onder: a. college: "
        "het college van burgemeester en wethouders. Artikel 2 Toepassing 1. Deze verordening "
        "is van toepassing op alle besluiten.\n"
    )
    assert [number for number, _ in _articles(text)] == ["1", "2"]


_ZEELAND_ASV = (
    "1 Nummer 32 van 2006 PROVINCIAAL BLAD VAN ZEELAND Algemene subsidieverordening Zeeland 2007 "
    "Besluit van provinciale staten van Zeeland van 8 december 2006, houdende de Algemene "
    "subsidieverordening Zeeland Provinciale staten van Zeeland - gelezen het voorstel van "
    "gedeputeerde staten van 24 oktober 2006, nr. STA /22; - overwegende dat het gewenst is "
    "nieuwe regels te stellen met betrekking tot subsidieverstrekking; - gelet op artikel 143 "
    "Provinciewet jo. artikel 4:23 van de Algemene wet bestuursrecht en artikel 152 van de "
    "Provinciewet; besluiten vast te stellen de navolgende Artikel 1 Algemene "
    "subsidieverordening Zeeland 2007 In deze verordening en de daarop berustende bepalingen "
    "wordt verstaan onder: a. SMART: Specifiek, Meetbaar, Acceptabel, Realistisch en "
    "Tijdgebonden; b. programmabegroting: de jaarlijks door provinciale staten vastgestelde "
    "begroting waarin de gelden per beleidsprogramma worden verdeeld; i. prestatieverwachting: "
    "een door gedeputeerde staten opgestelde verwachting van de prestaties die een instelling "
    "die in aanmerking komt voor een budgetsubsidie gedurende de subsidieperiode kan leveren. "
)


def test_a_run_in_title_may_close_with_its_year():
    # Zeeland, Algemene subsidieverordening 2007 (devset y14), a docplayer transcript on one
    # line: the PDF set the regulation's name, closed by its year, after "Artikel 1". A name
    # ends in its year ("Verordening ... 2019"); the only other run-in heading with a year in
    # the devset, y13's "Artikel I De regels Ruimte voor Gelderland 2016 worden ...", is a
    # sentence and keeps its bare number.
    assert _articles(_ZEELAND_ASV + "Artikel 3 Slot Deze verordening treedt in werking.\n") == [
        ("1", "Algemene subsidieverordening Zeeland 2007"),
        ("3", "Slot"),
    ]


def test_a_run_in_heading_where_the_line_ends_is_a_heading():
    # The same transcript's excerpt ends in its next article: "... kan leveren. Artikel 2
    # Subsidie wordt slechts" (a docplayer page ends the same way). After a full stop the
    # heading opens the article; nothing tells its title from its sentence.
    numbers = [
        number for number, _ in _articles(_ZEELAND_ASV + "Artikel 2 Subsidie wordt slechts\n")
    ]
    assert numbers == ["1", "2"]
    # Inside a sentence a citation at the line's end stays a citation.
    cited = _ZEELAND_ASV + "Dit geldt onverminderd Artikel 2 Provinciewet\n"
    assert [number for number, _ in _articles(cited)] == ["1"]
