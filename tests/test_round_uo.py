"""Round uo (benchmarks/devset/README.md): the fixes from the real sentences of the uo texts,
regulations that define or cite "de wet" (Wmo 2015, Wgs, Participatiewet, Jeugdwet)."""

from pathlib import Path

from codes import parse_text
from tests.conftest import law_fields, title_of


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "lid"))


def _all(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(r.kind, r.article, r.lid) for r in parse_text(text, "test.txt").references]


_WMO = "BWBR0035362"

# uo08 (Putten), the register's "Wettelijke grondslag" cell as the page gives it.
_GRONDSLAG = (
    "Wet maatschappelijke ondersteuning 2015 art. 2.1.3, 2.1.4 1e, 2e, 3e en 7e lid, art. 2.1.5 "
    "1e lid, art. 2.1.6, 2.1.7, 2.3.6 4e lid en 2.6.6 1e lid"
)


def test_ordinals_in_figures_before_lid_are_the_articles_leden():
    """ "2.1.4 1e, 2e, 3e en 7e lid" is "2.1.4 eerste, tweede, derde en zevende lid": before,
    the list stopped at "1e", lost its leden and left every later "art." internal."""
    assert _refs(_GRONDSLAG) == [
        (_WMO, "2.1.3", None),
        (_WMO, "2.1.4", 1),
        (_WMO, "2.1.4", 2),
        (_WMO, "2.1.4", 3),
        (_WMO, "2.1.4", 7),
        (_WMO, "2.1.5", 1),
        (_WMO, "2.1.6", None),
        (_WMO, "2.1.7", None),
        (_WMO, "2.3.6", 4),
        (_WMO, "2.6.6", 1),
    ]


def test_a_figure_with_its_e_and_no_lid_is_read_as_before():
    """Only "lid" makes "2e" an ordinal: "2e alinea" is no lid, and the citation stays as
    it was (cut before the figure); a lid in figures is read as before."""
    assert _all("zie artikel 12 2e alinea van de Gemeentewet") == [("internal", "12", None)]
    assert _refs("artikel 12 lid 2 van de Gemeentewet") == [("BWBR0005416", "12", 2)]


# uo10 (Zwijndrecht), the mandaatbesluit's gelet op.
_GELET_OP = (
    "gelet op:\n\nde Jeugdwet, in het bijzonder artikel 2.8;\n\nartikel 171 van de Gemeentewet;"
)


def test_a_law_narrowed_to_its_article_cites_that_article():
    """ "de Jeugdwet, in het bijzonder artikel 2.8" cites article 2.8 of the Jeugdwet, as
    "Jeugdwet, artikel 2.8" does; before, the law counted as named and 2.8 as internal."""
    assert _refs(_GELET_OP) == [("BWBR0034925", "2.8", None), ("BWBR0005416", "171", None)]
    assert _refs("de Awb (met name artikel 4:81)") == [("BWBR0005537", "4:81", None)]


def test_a_narrowed_article_of_the_code_itself_stays_internal():
    """The article's own words still decide: "van deze verordening" is the code's."""
    assert _all("gelet op de Jeugdwet, in het bijzonder artikel 5 van deze verordening") == [
        ("law", None, None),
        ("internal", "5", None),
    ]


# uo07 (Teylingen), the sentence that gives the verordening's basis.
_BASIS = (
    "Deze verordening is gebaseerd op de wetten PW (artikel 8b), IOAW (artikel 35, eerste lid "
    "onder c) IOAZ (artikel 35 eerste lid onder c) Wmo 2015 (artikel 2.1.3.), Wgs (artikel 2 jo. "
    "artikel 147 Gemeentewet), Awb en Gemeentewet."
)


def test_juncto_an_article_of_another_law_leaves_the_bracket_its_own_law():
    """ "Wgs (artikel 2 jo. artikel 147 Gemeentewet)": article 2 is the Wgs's, article 147 the
    Gemeentewet's; before, both were the Gemeentewet's and the Wgs counted as named."""
    refs = [(bwb, article) for bwb, article, _ in _refs(_BASIS) if article in ("2", "147")]
    assert refs == [("BWBR0031331", "2"), ("BWBR0005416", "147")]


def test_juncto_without_a_law_first_is_one_laws_chain_as_before():
    assert sorted(_refs("op grond van artikel 2 jo. artikel 147 Gemeentewet")) == [
        ("BWBR0005416", "147", None),
        ("BWBR0005416", "2", None),
    ]
    assert _refs("Wgs (artikel 2 jo. artikel 3)") == [
        ("BWBR0031331", "2", None),
        ("BWBR0031331", "3", None),
    ]


# uo04 (Katwijk), a docplayer transcript whose site heading is the gelet op line.
_KATWIJK = (
    "Gelet op: Artikelen 2 en 3 Wet gemeentelijke schuldhulpverlening\n\nMaat: px\n"
    "Weergave met pagina beginnen:\n\n"
    'Download "Gelet op: Artikelen 2 en 3 Wet gemeentelijke schuldhulpverlening"\n\n'
    "Transcriptie\n\n1 CVDR Officiële uitgave van Katwijk. Nr. CVDR610682_1 11 juni 2018 "
    "Beleidsregels Schuldhulpverlening Katwijk Gelet op: Artikelen 2 en 3 Wet gemeentelijke "
    "schuldhulpverlening Artikel 1. Begripsbepalingen In deze regeling wordt verstaan onder: "
    "a. college: college van burgemeester en wethouders van de gemeente Katwijk;\n"
)


def test_a_clause_of_the_preamble_is_no_title():
    """The site headed the page with the gelet op clause; the name stands on page 1."""
    assert title_of(_KATWIJK) == "Beleidsregels Schuldhulpverlening Katwijk"


def test_a_title_that_only_holds_the_clause_words_later_is_read_as_before():
    text = "Beleidsregels gelet op de Wet Bibob gemeente Epe\n\nArtikel 1 Begrippen\n"
    assert title_of(text) == "Beleidsregels gelet op de Wet Bibob gemeente Epe"


def _articles(text: str) -> list[str]:
    return [a.number for a, _ in parse_text(text, "test.txt").articles()]


# uo01 (Delft), the Gemeenteblad page as saved: its table of contents under the decision.
_DELFT = (
    Path(__file__).parents[1]
    / "benchmarks/devset/texts/uo01-delft-verordening-maatschappelijke-ondersteuning-2015-gemeenteblad.txt"
)


def test_entries_that_abbreviate_artikel_form_a_table_of_contents():
    """ "INHOUDSOPGAVE" / "Hoofdstuk 1 : BEGRIPSOMSCHRIJVINGEN" / "Art. 1 Begripsbepalingen" /
    "Art. 2 Melding hulpvraag" ... are the entries of the contents, as "Artikel 1 ..." are;
    before, each was read as an (empty) article, 1 to 12."""
    assert _articles(_DELFT.read_text(encoding="utf-8")) == []


def test_headings_with_their_provisions_are_articles_as_before():
    text = (
        "Artikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder college: het "
        "college.\nArtikel 2 Melding hulpvraag\nEen melding kan schriftelijk worden gedaan.\n"
        "Artikel 3 Gesprek\nHet college voert een gesprek.\n"
    )
    assert _articles(text) == ["1", "2", "3"]


# uo03 (Avres), the first page of the docplayer transcript of the register's print.
_AVRES = (
    "1 CVDR Officiële uitgave van Avres. Nr. CVDR600099_1 7 juni 2016 Beleidsregels toelating "
    "tot schulddienstverlening Avres 2016 Het Dagelijks Bestuur van de gemeenschappelijke "
    "regeling WVS De Avelingengroep Met inachtneming van het bepaalde in de gemeenschappelijke "
    "regeling Avres, Gelet op de gemeenschappelijke regeling Avres en de Wet gemeentelijke "
    "schuldhulpverlening besluit: vast te stellen de volgende Beleidsregels\n"
)


def _organisation(text: str) -> tuple[str | None, str | None]:
    metadata = parse_text(text, "test.txt").metadata
    return metadata.organisation, metadata.organisation_type


def test_the_register_prints_publisher_is_the_organisation():
    """The register's print names the body as the register does ("Officiële uitgave van
    Avres"); before, the joint body's old name ran on into the next clause ("WVS De
    Avelingengroep Met")."""
    assert _organisation(_AVRES) == ("Avres", "other")


def test_another_publications_header_is_read_as_before():
    """Only the register's print ("CVDR ... Nr. CVDR...") names the register's organisation;
    without it the preamble's body is read as before (its run-on left as it was)."""
    text = _AVRES.replace("CVDR Officiële uitgave van Avres. Nr. CVDR600099_1", "Nr. 12")
    assert _organisation(text) == ("WVS De Avelingengroep Met", "other")
