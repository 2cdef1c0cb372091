"""Run-in headings of one-line transcripts (docplayer, 5dok: a whole regulation on one line)
that the held-out rounds w and y left, each built from the real words of the text named in
its comment. The enacting formula ("vast te stellen", "als volgt:") ends the preamble; the
first heading after it opens the body even where it is the line's only heading."""

from __future__ import annotations

from codes import parse_text

from .conftest import article_headings as _articles

# Zuid-Holland, Subsidieregeling stageplaatsen MBO en HBO 2017 (devset y12); the same shape
# in j09 (Zuid-Holland drugsafval 2018, "Vast te stellen"), w13 (PG&Z Groningen, "vast te
# stellen de: <name>. Artikel 1") and w14 (BEL Combinatie, "b e s l u i t: vast te stellen").
_ZUID_HOLLAND = (
    "1 PROVINCIAAL BLAD Officiële uitgave van de provincie Zuid-Holland Nr juni 2017 "
    "Gedeputeerde Staten van Zuid-Holland; Gelet op artikel 3 van de Algemene "
    "subsidieverordening Zuid-Holland 2013; Overwegende dat wenselijk is dat het realiseren "
    "van stageplaatsen voor MBO en HBO wordt gestimuleerd; Besluiten vast te stellen het "
    "volgende besluit: Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland Artikel 1. "
    "Begripsbepalingen In deze regeling wordt verstaan onder: - Asv: Algemene "
    "subsidieverordening Zuid-Holland 2013; - Awb: Algemene wet bestuursrecht; - "
    "beroepspraktijkvormingsovereenkomst: overeenkomst tussen een onderwijsinstelling, een "
    "stagebedrijf en een student, betreffende een stageplaats en waarin onder meer de duur, "
    "vergoeding, totstandkoming en wijze van invulling van de stageplaats is geregeld;\n"
)


def test_the_single_heading_after_the_enacting_formula_is_a_heading():
    assert _articles(_ZUID_HOLLAND) == [("1", "Begripsbepalingen")]


def test_without_the_enacting_formula_a_single_run_in_heading_stays_text():
    # The formula is the evidence: the same line without it may be running text that
    # names an article, and a lone "Artikel 1." stays where it stands.
    text = _ZUID_HOLLAND.replace("Besluiten vast te stellen het volgende besluit:", "Ziet")
    assert _articles(text) == []


def test_a_heading_far_past_the_formula_needs_its_own_evidence():
    # More than a regulation's name between the formula and the heading: a sentence.
    filler = "de regeling die de provincie in de komende jaren wil uitvoeren en bekendmaken " * 5
    text = _ZUID_HOLLAND.replace("het volgende besluit: ", "het volgende besluit: " + filler)
    assert _articles(text) == []


def test_a_roman_article_after_the_formula_is_the_amending_decision_s_article():
    # Gelderland, 22e wijziging Ruimte voor Gelderland 2016 (devset y13).
    text = (
        "1 PROVINCIAAL BLAD Officiële uitgave van de provincie Gelderland Gedeputeerde Staten "
        "van Gelderland Gelet op artikel 6 van de Algemene subsidieverordening Gelderland; "
        "Besluiten vast te stellen de regeling tot 22e wijziging van de regels Ruimte voor "
        "Gelderland 2016 Artikel I De regels Ruimte voor Gelderland 2016 worden als volgt "
        "gewijzigd: A Het achtste lid, onderdeel c, van artikel komt te luiden: c. de hoogte "
        "van de vergoeding bedraagt maximaal 5,00 per uur, met een maximum van 170 per maand "
        "en per jaar. B Artikel Weigeringsgronden komt te luiden: Artikel Weigeringsgronden "
        "Subsidie wordt geweigerd als: a. het aannemelijk is dat het initiatief zal leiden tot "
        "toekomstige lasten voor onderhoud of instandhouding waarvoor ten tijde van de "
        "subsidieverstrekking geen dekking bestaat;\n"
    )
    assert [number for number, _ in _articles(text)] == ["I"]


def test_a_roman_chapter_before_its_article():
    # Gouda, Verordening rechtspositie (devset f11): "Hoofdstuk II Voorzieningen voor
    # raadsleden Artikel 2 ..." was read as a citation.
    text = (
        "besluit: I. vast te stellen de volgende Verordening rechtspositie wethouders, raads- "
        "en commissieleden Hoofdstuk 1 Begripsomschrijvingen Artikel 1 In deze verordening "
        "wordt verstaan onder: a. commissie: een commissie als bedoeld in hoofdstuk V van de "
        "Gemeentewet; b. Rechtspositiebesluit wethouders: het Koninklijk Besluit van 22 maart "
        "1994, Stb. 243; c. Rechtspositiebesluit raads- en commissieleden: het Koninklijk "
        "Besluit van 22 maart 1994, Stb. 244; i. griffier: de griffier bedoeld in artikel 107 "
        "van de Gemeentewet; j. gemeentesecretaris: de secretaris, bedoeld in artikel 102 van "
        "de Gemeentewet. Hoofdstuk II Voorzieningen voor raadsleden Artikel 2 Vergoeding voor "
        "de werkzaamheden Aan het raadslid wordt een vergoeding voor de werkzaamheden "
        "toegekend.\n"
    )
    assert _articles(text) == [("1", None), ("2", "Vergoeding voor de werkzaamheden")]


def test_a_title_in_brackets_after_a_chapter_closed_by_a_full_stop():
    # Limburg, Subsidieregeling groenblauwe diensten 2011 (devset y11).
    text = (
        "Gedeputeerde Staten van Limburg, maken ter voldoening aan het bepaalde in de Algemene "
        "wet bestuursrecht, bekend dat zij in hun vergadering van 22 februari 2011 hebben "
        "vastgesteld: de Subsidieregeling groenblauwe diensten Limburg als volgt: Hoofdstuk 1. "
        "Algemene bepalingen. Artikel 1 (begripsbepalingen) In deze subsidieregeling wordt "
        "verstaan onder: a. beheersubsidie: subsidie als bedoeld in artikel 30; b. erf: al dan "
        "niet bebouwde grond, of een gedeelte daarvan, dat direct is gelegen bij een gebouw "
        "onderscheidelijk bedrijfsgebouw en dat in feitelijk opzicht is ingericht ten dienste "
        "van dat gebouw onderscheidelijk bedrijfsgebouw, inclusief de op deze grond gelegen "
        "afscheidingen;\n"
    )
    code = parse_text(text, "t.txt")
    assert [a.number for a, _ in code.articles()] == ["1"]
    assert [c.number for c in code.root.children if c.kind == "hoofdstuk"] == ["1"]


def test_a_chapter_and_its_article_on_one_short_line():
    # Almelo, APV 2021 as a 5dok page (devset y09).
    text = (
        "besluit:\n\nvast te stellen de Algemene Plaatselijke Verordening gemeente Almelo 2021.\n\n"
        "Hoofdstuk 1. Algemene bepalingen Artikel 1:1 Begripsbepalingen\n\n"
        "In deze verordening wordt verstaan onder:\n\n"
        "a. bebouwde kom: het gebied binnen de grenzen die zijn vastgesteld op grond van "
        "artikel 20a van de Wegenverkeerswet 1994;\n"
    )
    assert _articles(text) == [("1:1", "Begripsbepalingen")]
