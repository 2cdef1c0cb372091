"""Rules from round zw (a representative held-out round); each test built from the real text."""

from codes import parse_text
from codes.metadata import adopter, furniture, name_edges

# zw06, Zuid-Holland: the decision heading without its "van" opens the preamble
_NAJAARSNOTA = (
    "Intitulé\n\n"
    "Vaststelling en aanpassing subsidieplafonds en begrotingssubsidies najaarsnota 2019\n\n"
    "Besluit Provinciale Staten van Zuid-Holland,\n\n"
    "Gelezen het voorstel van Gedeputeerde Staten van 1 oktober 2019, met het besluitnummer "
    "PZH-2019-707519702;\n\n"
    "Gelet op Artikel 216 van de Provinciewet en de financiële verordening provincie Zuid-Holland "
    "2017, artikel 5;\n\nBesluiten:\n\nVast te stellen de najaarsnota 2019;\n"
)


def test_a_bare_decision_word_before_the_body_heads_its_decision():
    # Not "het voorstel van Gedeputeerde Staten": the staten decide, the deputies propose.
    code = parse_text(_NAJAARSNOTA, "zw06.txt")
    assert code.metadata.adopted_by == "provinciale staten"


def test_a_lowercase_besluit_in_the_preamble_opens_no_body():
    # "besluit:" closing a preamble is no heading: the body after it on the line is not read.
    text = "De raad van de gemeente X;\ngelet op artikel 149 van de Gemeentewet;\nbesluit: burgemeester en wethouders te verzoeken\n"
    terms = [c.value for c in adopter.adopted_by(text)]
    assert "college van burgemeester en wethouders" not in terms


# zw08, Tubbergen: the older Gemeenteblad PDF's header above the decision's heading, whose
# short title lost its ")" in the transcript (adoc.pub)
_GEMEENTEBLAD_PDF = (
    "Gemeenteblad\n"
    "Elektronisch uitgegeven\n"
    "van de gemeente Tubbergen Jaargang: 2012 Nummer: 2 Uitgifte:\n"
    "13 januari 2012\n"
    "Besluit van het college van burgemeester en wethouders d.d. 19 mei 2011 tot vaststelling "
    "van voorschriften betreffende de aanwijzing van de archiefbewaar plaats (Besluit "
    "Informatiebeheer Tubbergen 2011\n"
    "Burgemeester en wethouders van de gemeente Tubbergen gelet op artikel 7 van de "
    "Archiefverordening; Besluiten vast te stellen de navolgende: Voorschriften.\n"
)


def test_the_gemeenteblad_pdf_header_is_furniture():
    # s03 and y11 head the provincial blad the same way: "PROVINCIAAL BLAD JAARGANG: 2014 NR.: 065"
    assert furniture.is_furniture("Elektronisch uitgegeven")
    assert furniture.is_furniture("van de gemeente Tubbergen Jaargang: 2012 Nummer: 2 Uitgifte:")
    assert furniture.is_furniture("PROVINCIAAL BLAD JAARGANG: 2014 NR.: 065")
    assert not furniture.is_furniture("Besluit van het college van burgemeester en wethouders")


def test_a_short_title_that_lost_its_parenthesis_closes_the_heading():
    code = parse_text(_GEMEENTEBLAD_PDF, "zw08.txt")
    assert code.metadata.title == (
        "Besluit van het college van burgemeester en wethouders d.d. 19 mei 2011 tot vaststelling "
        "van voorschriften betreffende de aanwijzing van de archiefbewaar plaats (Besluit "
        "Informatiebeheer Tubbergen 2011"
    )


def test_a_parenthesis_open_on_a_name_without_its_year_stays_open():
    assert name_edges.lost_parenthesis(
        "Besluit van de raad (Besluit Informatiebeheer Tubbergen 2011"
    )
    assert not name_edges.lost_parenthesis("Besluit van de raad (Besluit Informatiebeheer")
    assert not name_edges.lost_parenthesis("Besluit van de raad (zie artikel 2011")


def test_an_article_number_with_its_first_lid_on_the_line_is_a_heading():
    # zw08: the devset's only short line of this shape (long lines read it by `_numbered_after`)
    text = (
        "HOOFDSTUK I\nALGEMENE BEPALINGEN\n"
        "Artikel 1 1. Dit besluit verstaat onder: a. archiefverordening b. documenten\n"
        "2. Dit besluit is mede van toepassing op documenten.\n"
        "Artikel 2 Archiefbewaarplaats\nDe in artikel 31 van de wet bedoelde archiefbewaarplaats.\n"
    )
    assert [a.number for a, _ in parse_text(text, "zw08.txt").articles()] == ["1", "2"]


def test_a_numbered_subdivision_after_an_article_number_is_no_first_lid():
    text = "Artikel 5 1.1 Algemeen\nDe regels gelden.\nArtikel 6 Slot\nDit besluit treedt in werking.\n"
    assert [a.number for a, _ in parse_text(text, "x.txt").articles()] == ["5", "6"]
