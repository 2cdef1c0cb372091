"""Articles numbered chapter:article that name no law: the Awb's, where the text named the
Awb last among the acts so numbered (`citations.earlier.colon_numbered_act`)."""

from codes import parse_text

from .conftest import law_refs_in

AWB = "BWBR0005537"

# d13 (Huizen, sanctiestrategie Alcoholwet), the real sentences.
D13 = (
    "Artikel 1\nDe wettelijke bevoegdheid (lees: beginselplicht) tot het doen naleven van wetten "
    "en regels is gelegen in artikel 125 van de Gemeentewet en in hoofdstuk 5 van de Algemene "
    "wet bestuursrecht (hierna: Awb). Van belang zijn met name de artikelen 5:21 en 5:32.\n"
)


def test_colon_numbers_after_the_awb_are_its_articles():
    refs = [(bwb, article) for _, bwb, article, _ in law_refs_in(D13)]
    assert (AWB, "5:21") in refs
    assert (AWB, "5:32") in refs


def test_a_code_that_numbers_its_own_articles_so_keeps_them():
    # An APV numbers its own articles "2:10": a bare "artikel 2:10" is its own.
    text = (
        "Artikel 2:9 Begripsbepalingen\nDeze verordening berust op de Algemene wet "
        "bestuursrecht.\nArtikel 2:10 Voorwerpen op de weg\nHet verbod geldt niet voor het "
        "geval bedoeld in artikel 2:9.\n"
    )
    references = parse_text(text).references
    assert [r.bwb for r in references if r.article == "2:9"] == [None]
    assert [r.kind for r in references if r.article == "2:9"] == ["internal"]


def test_the_civil_code_named_last_leaves_them():
    text = (
        "Artikel 1\nDe Algemene wet bestuursrecht is van toepassing. Voor de aansprakelijkheid "
        "geldt het Burgerlijk Wetboek; van belang is artikel 6:162.\n"
    )
    assert AWB not in {bwb for _, bwb, article, _ in law_refs_in(text) if article == "6:162"}


def test_no_awb_named_no_law_guessed():
    text = "Artikel 1\nVan belang zijn met name de artikelen 5:21 en 5:32.\n"
    assert [r.bwb for r in parse_text(text).references] == [None, None]
