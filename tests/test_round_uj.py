"""Round uj (benchmarks/devset/README.md): the fixes from the real sentences of uj03, the
Provinciaal blad page of Flevoland's Nadere regels Nautisch beheer (2019), uj06, Zeeland's
Wegenverordening 2010, and uj07, a web page quoting Noord-Holland's Wegenverordening 2015."""

from .conftest import adopted_on_of, law_refs_in

_AWB = "BWBR0005537"

# uj03, as the Provinciaal blad gives it.
_NAUTISCH = (
    "Overwegende dat het doel van deze nadere regels om de voorwaarden voor het gebruik van de "
    "provinciale vaarten en objecten in één kader nader vast te stellen.\n"
    "Gelet op artikel 4.81, eerste lid van de Algemene wet bestuursrecht\n"
)


def test_an_awb_article_written_with_a_point_is_its_chapter_and_article():
    """ "artikel 4.81 ... van de Algemene wet bestuursrecht" is Awb 4:81: the Awb numbers its
    articles chapter:article; before, the parser gave an article "4.81" the Awb does not have."""
    assert law_refs_in(_NAUTISCH) == [("Algemene wet bestuursrecht", _AWB, "4:81", 1)]


def test_a_point_numbered_article_of_another_act_keeps_its_point():
    """The Waterwet and the Provinciewet number with a point or not at all: read as before."""
    refs = law_refs_in("gelet op artikel 3.2 van de Waterwet en artikel 145 van de Provinciewet;")
    assert [(law, article) for law, _, article, _ in refs] == [
        ("Waterwet", "3.2"),
        ("Provinciewet", "145"),
    ]


def test_an_awb_article_with_its_colon_is_read_as_before():
    refs = law_refs_in("overeenkomstig artikel 3:42, tweede lid van de Algemene wet bestuursrecht")
    assert refs == [("Algemene wet bestuursrecht", _AWB, "3:42", 2)]


# uj03's notice, as the Provinciaal blad gives it (the copy lost the notice's "bekend").
_NOTICE = (
    "Besluit van Gedeputeerde Staten van de provincie Flevoland houdende regels omtrent "
    "nautisch beheer (Nadere regels Nautisch beheer Flevoland)\n"
    "Gedeputeerde Staten van Flevoland maken overeenkomstig artikel 3:42, tweede lid van de "
    "Algemene wet bestuursrecht en artikel 136 van de Provinciewet dat zij op 3 december 2019 "
    "onder nummer 2465906 hebben besloten de nadere regels Nautisch beheer Flevoland vast te "
    "stellen.\n"
    "Dit besluit treedt in werking op 17 december 2019 en luidt als volgt;\n"
)


def test_the_notices_clause_with_its_verb_last_dates_the_adoption():
    """ "dat zij op 3 december 2019 ... hebben besloten ... vast te stellen": the subordinate
    clause of the notice, its finite verb last; before, no adoption date was read."""
    assert adopted_on_of(_NOTICE) == "2019-12-03"


def test_a_clause_that_decides_nothing_dates_no_adoption():
    text = (
        "Gedeputeerde Staten van Flevoland;\n"
        "Overwegende dat zij op 3 december 2019 een verzoek hebben ontvangen van de vaarweggebruikers;\n"
    )
    assert adopted_on_of(text) is None


_DWANGSOM = "BWBR0026450"

# uj06, as the register page gives the preamble (its list marks left out).
_ZEELAND = (
    "Wegenverordening Zeeland 2010 met toelichting\n\n"
    "De staten der provincie Zeeland,\n\n"
    "overwegende dat het in verband met de inwerkingtreding van de Wet algemene bepalingen "
    "omgevingsrecht, de Dienstenwet en de Wet dwangsom en beroep wenselijk is een nieuwe "
    "Wegenverordening Zeeland 2010 vast te stellen, onder gelijktijdige intrekking van de "
    "Wegenverordening Zeeland 1994;"
)


def test_the_first_words_of_the_wet_dwangsom_name_that_act():
    """ "de Wet dwangsom en beroep" is the Wet dwangsom en beroep bij niet tijdig beslissen
    (an alias in codes/data/laws.toml); before, it was not read at all."""
    bwbs = [bwb for _, bwb, _, _ in law_refs_in(_ZEELAND)]
    assert bwbs == ["BWBR0024779", "BWBR0026759", _DWANGSOM]


def test_the_full_title_of_the_wet_dwangsom_is_read_once_as_before():
    refs = law_refs_in("gelet op de Wet dwangsom en beroep bij niet tijdig beslissen;")
    assert refs == [("Wet dwangsom en beroep bij niet tijdig beslissen", _DWANGSOM, None, None)]
