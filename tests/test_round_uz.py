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


# uz05, the Staatscourant's verkeersbesluit as the page gives it (its rubric glued to the heading).
_VERKEERSBESLUIT = (
    "Staatscourant van het Koninkrijk der Nederlanden\n\n"
    "Datum publicatieOrganisatieJaargang en nummerRubriek\n"
    "VlielandStaatscourant 2017, 39439VerkeersbesluitenBevoegdheid\n\n"
    "Logo Vlieland\n\n"
    "Op grond van artikel 18, lid 1, sub d, van de Wegenverkeerswet 1994 (WVW) is het college van "
    "burgemeester en wethouders bevoegd tot het nemen van verkeersbesluiten.\n\n"
    "Grondslag\n\n"
    "Op grond van artikel 15, eerste lid, van de WVW moet een verkeersbesluit worden genomen.\n\n"
    "Besluit\n\n"
    "Wij besluiten op grond van bovenvermelde overwegingen tot plaatsing van het bord A0160zb uit"
)


def test_the_competent_body_of_a_decision_in_the_first_person_adopts_it():
    """ "is het college van burgemeester en wethouders bevoegd tot het nemen van
    verkeersbesluiten" and then "Wij besluiten": the "wij" is the college; before, uz05 had no
    adopting body."""
    assert (
        metadata_as_given(_VERKEERSBESLUIT).adopted_by == "college van burgemeester en wethouders"
    )


def test_the_body_before_its_competence_likewise():
    text = (
        "Verkeersbesluit parkeerverbod Dorpsstraat\n\n"
        "Gedeputeerde Staten van Utrecht zijn op grond van artikel 18 van de Wegenverkeerswet "
        "1994 bevoegd tot het nemen van dit besluit.\n\nWij besluiten het bord E1 te plaatsen.\n"
    )
    assert metadata_as_given(text).adopted_by == "gedeputeerde staten"


def test_a_competence_without_a_decision_in_the_first_person_names_no_adopter():
    """A near miss: an article that only states a power ("het college is bevoegd tot het nemen
    van besluiten") in a text that does not decide as "wij" names nobody."""
    text = (
        "Regeling verkeer\n\nArtikel 3\nOp grond van artikel 18 van de Wegenverkeerswet 1994 is "
        "het college bevoegd tot het nemen van verkeersbesluiten op wegen in beheer bij de "
        "gemeente.\n"
    )
    assert metadata_as_given(text).adopted_by is None
