"""Round uz (benchmarks/devset/README.md): the fixes from the real sentences of uz01, a
gemeente's Mandaatbesluit heffingsambtenaar 2019 (lokaleregelgeving), and uz05, Vlieland's
verkeersbesluit in the Staatscourant (2017)."""

from tests.conftest import metadata_as_given

# uz01, the head of the decision as the register's text view gives it.
_HEFFINGSAMBTENAAR = (
    "MANDAATBESLUIT HEFFINGSAMBTENAAR 2019\n\n"
    "Geldend van 10-05-2019 t/m heden\n\n"
    "Intitulé\n\n"
    "MANDAATBESLUIT HEFFINGSAMBTENAAR 2019\n\n"
    "De heffingsambtenaar;\n\n"
    "overwegende dat het college van burgemeester en wethouders d.d. 16 april 2019 heeft besloten "
    "om het hoofd van de afdeling Advies en Ondersteuning aan te wijzen als heffingsambtenaar, "
    "bedoeld in artikel 231, lid 2, onderdeel b van de Gemeentewet en artikel 1, lid 2 van de Wet "
    "waardering onroerende zaken;\n\n"
    "gelet op het bepaalde in de artikelen 10:1 e.v. van de Algemene wet bestuursrecht;\n\n"
    "b e s l u i t :\n\n"
)


def test_the_heffingsambtenaar_opening_the_preamble_adopts_the_decision():
    """The heffingsambtenaar is a bestuursorgaan of its own (art. 231, tweede lid, Gemeentewet):
    "De heffingsambtenaar; overwegende ...; b e s l u i t" is its decision, an officer outside
    the vocabulary ("other"); before, uz01 had no adopting body."""
    assert metadata_as_given(_HEFFINGSAMBTENAAR).adopted_by == "other"


def test_the_invorderingsambtenaar_with_the_heffingsambtenaar_likewise():
    text = (
        "Mandaatregeling Belastingen\n\n"
        "De heffingsambtenaar van Tribuut en de invorderingsambtenaar van Tribuut, ieder voor "
        "zover het hun bevoegdheden betreft;\n\nbesluiten vast te stellen de Mandaatregeling;\n"
    )
    assert metadata_as_given(text).adopted_by == "other"


def test_the_heffingsambtenaar_inside_an_article_adopts_nothing():
    """A near miss: an article's sentence about the heffingsambtenaar, not at a preamble's
    place, is no opening; the raad's preamble before it is read as before."""
    text = (
        "Verordening rioolheffing 2024\n\n"
        "De raad van de gemeente Zeist;\n\ngelezen het voorstel van het college;\n\nbesluit:\n\n"
        "Artikel 9\nDe heffingsambtenaar kan besluiten dat ...\n"
    )
    assert metadata_as_given(text).adopted_by == "gemeenteraad"
    text = "Leidraad invordering\n\nArtikel 2\nDe invorderingsambtenaar kan uitstel verlenen.\n"
    assert metadata_as_given(text).adopted_by is None
