"""Round uh (benchmarks/devset/README.md): the fix from the real sentences of uh06, a
register page of Woudenberg's Verordening cliëntenparticipatie Wet werk en bijstand (2004)."""

from codes import parse_text
from tests.conftest import dates_of, law_fields

# uh06, as the register gives it: the besluit closes with the regulation's name and a comma,
# a blank line, then the heading of article 1.
_BESLUIT = (
    "besluit:\n\nVast te stellen:\n\nVerordening cliëntenparticipatie Wet werk en bijstand,\n\n"
    "Artikel 1 Begripsomschrijvingen\n\nIn deze verordening wordt verstaan onder:\n"
)


def _articles(text: str) -> list[tuple]:
    return [ref for ref in law_fields(text, ("bwb", "article", "lid")) if ref[1]]  # with an article


def test_a_comma_before_a_blank_line_and_an_article_heading_cites_no_article():
    """Before, "Wet werk en bijstand,\\n\\nArtikel 1" was read as the register's cell shape
    "Wet werk en bijstand, art. 47": article 1 of the Participatiewet."""
    assert _articles(_BESLUIT) == []


def test_a_law_then_a_comma_and_a_wrapped_article_is_read_as_before():
    assert _articles("gelet op de Gemeentewet,\nartikel 41b;") == [("BWBR0005416", "41b", None)]


def test_a_law_then_a_comma_a_blank_line_and_a_citation_is_read_as_before():
    """ "Artikel 41b, tweede lid" is no heading: the law's article still."""
    assert _articles("Gemeentewet,\n\nArtikel 41b, tweede lid\n") == [("BWBR0005416", "41b", 2)]


# uh01, the gelet op of Soest's reïntegratieverordening.
_SOEST = (
    "de artikelen 34, 35 en 36 van de Wet inkomensvoorziening oudere en gedeeltelijk "
    "arbeidsongeschikte werknemers en de artikelen 34, 35 en 36 van de Wet "
    "inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen,"
)


def test_the_ioaw_title_without_werkloze_is_the_ioaw():
    """The title shortened by its word "werkloze" (uh01, uh08) is the IOAW's (a registry
    alias); before, it was read as an unknown "Wet inkomensvoorziening oudere"."""
    ioaw = [("BWBR0004044", n, None) for n in ("34", "35", "36")]
    ioaz = [("BWBR0004163", n, None) for n in ("34", "35", "36")]
    assert _articles(_SOEST) == ioaw + ioaz


def test_the_older_workers_act_keeps_its_own_id():
    """The near name "Wet inkomensvoorziening oudere werklozen" is another act (the IOW)."""
    refs = _articles("artikel 8 van de Wet inkomensvoorziening oudere werklozen;")
    assert [bwb for bwb, _, _ in refs] == ["BWBR0024394"]


def _named(text: str) -> list[str | None]:
    code = parse_text(text, "test.txt")
    return [r.law for r in code.references if r.kind == "law" and not r.article]


def test_the_registers_own_subject_cell_cites_no_law():
    """uh07's Wetstechnische informatie: "Eigen onderwerpWIJ WWB" files the code under the
    laws it carries out; before, its "WWB" counted as naming the Participatiewet."""
    text = (
        "Vastgesteld doorgemeenteraad\nOnderwerpmaatschappelijke zorg en welzijn\n"
        "Eigen onderwerpWIJ WWB\n\nOpmerkingen met betrekking tot de regeling\n\nGeen\n"
    )
    assert _named(text) == []


def test_a_law_named_in_the_register_notes_is_read_as_before():
    text = "Eigen onderwerp\n\nOpmerkingen met betrekking tot de regeling\n\nZie de WWB.\n"
    assert _named(text) == ["Participatiewet"]


def test_the_besluit_gba_is_a_regulation_the_registry_knows():
    """uh09: "besluit: het Besluit gemeentelijke basisadministratie persoonsgegevens" names the
    Wet GBA's AMvB (no id confirmed, so no link); before, it was not read at all."""
    assert _named("b. besluit: het Besluit gemeentelijke basisadministratie persoonsgegevens;") == [
        "Besluit gemeentelijke basisadministratie persoonsgegevens"
    ]


_CHANGES = (
    "Overzicht van in de tekst verwerkte wijzigingen\n\nDatum inwerkingtreding\n\n"
    "Terugwerkende kracht tot en met\n\nDatum uitwerkingtreding\n\nBetreft\n\n"
    "Datum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n"
)


def test_the_row_below_a_withdrawal_is_the_regulations_own():
    """uh07 (Wormerland): the newest row withdraws the regulation in 2014; the row below it,
    Betreft 'Onbekend', is its own (signed 02-03-2010, applying from 01-10-2009). Before,
    the withdrawal row left both dates unread."""
    text = _CHANGES + (
        "01-01-201501-01-2015intrekking\n\n16-12-2014\n\nGemeenteblad, 22 December 2014\n\n"
        "Onbekend\n20-05-201001-10-200901-01-2015Onbekend\n\n02-03-2010\n\n"
        "Zaankanter, 19 mei 2010\n\nOnbekend\n\nTekst van de regeling\n"
    )
    assert dates_of(text) == ("2010-03-02", "2009-10-01")


def test_a_withdrawal_that_is_the_only_row_is_read_as_before():
    """l07 (Drechterland): the only row is 'ingetrokken ...'; its Bron cell on its own line
    ("de Middenstander, 29-09-2010") is no row of its own."""
    text = _CHANGES + (
        "07-10-201001-03-200601-01-2015ingetrokken in verband met GR SED\n\n12-04-2006\n\n"
        "de Middenstander, 29-09-2010\n\n1.5\n\nTekst van de regeling\n"
    )
    assert dates_of(text) == ("2006-04-12", "2006-03-01")
