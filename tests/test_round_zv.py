"""Citation rules and registry entries from round zv (waterschap kwijtschelding, verkeersbesluiten,
leerlingenvervoer, afstemming in the sociaal domein); each test built from the real text."""

from .conftest import law_refs_in as _laws

# zv02, Rijn en IJssel: the Uitvoeringsregeling named beside the waterschap's own verordeningen
_RIJN_EN_IJSSEL = (
    "gelet op het bepaalde in artikel 144, derde en vierde lid van de Waterschapswet, artikel 26 "
    "Invorderingswet 1990, Uitvoeringsregeling Invorderingswet 1990, Verordening op de "
    "watersysteemheffing, Verordening zuiveringsheffing, Verordening verontreinigingsheffing;\n"
)


def test_a_national_regulation_whose_name_ends_in_a_year_is_named():
    # "Uitvoeringsregeling ... 1990" has the shape of a local name closed by a year; the
    # registry knows it whole, so the text names it (BWBR0004766) and cites no law inside it.
    found = _laws(_RIJN_EN_IJSSEL)
    assert ("Uitvoeringsregeling invorderingswet 1990", "BWBR0004766", None, None) in found
    assert [(bwb, a, lid) for _, bwb, a, lid in found if a] == [
        ("BWBR0005108", "144", 3),
        ("BWBR0005108", "144", 4),
        ("BWBR0004770", "26", None),
    ]


def test_a_law_inside_a_local_name_closed_by_a_year_stays_no_citation():
    # the rule of round g, unchanged: the law stands after the name's head word
    assert _laws("gelet op de Verzamelverordening PW, IOAW, IOAZ en Bbz 2023;\n") == []


# zv01, De Dommel: the Nadere regels, whose title has no word the BWB list's titles need
_DOMMEL = (
    "gelet op de artikelen 144 van de Waterschapswet, artikel 26 invorderingswet 1990, de "
    "Uitvoeringsregeling Invorderingswet 1990 en de Nadere regels kwijtschelding gemeentelijke "
    "en waterschapsbelastingen;\n\n"
    "b. In afwijking van het eerste lid worden de kosten van bestaan van de in artikel 1a van de "
    "Nadere regels kwijtschelding gemeentelijke en waterschapsbelastingen bedoelde "
    "AOW-gerechtigde personen gesteld op 100%.\n"
)


def test_the_nadere_regels_kwijtschelding_are_in_the_registry():
    found = _laws(_DOMMEL)
    named = [(bwb, a) for _, bwb, a, _ in found]
    assert ("BWBR0004766", None) in named
    assert ("BWBR0008024", None) in named
    assert ("BWBR0008024", "1a") in named
    assert ("BWBR0004770", "26") in named


def test_the_plural_uitvoeringsorganisaties_names_the_wet_suwi():
    # zv10, Geertruidenberg 2010: the common misspelling of the title
    found = _laws(
        "gelet op de artikelen 28 en 29 van de Wet structuur uitvoeringsorganisaties werk en "
        "inkomen, de bepalingen van de Algemene wet bestuursrecht en de Gemeentewet;\n"
    )
    assert [(bwb, a) for _, bwb, a, _ in found if a] == [
        ("BWBR0013060", "28"),
        ("BWBR0013060", "29"),
    ]


def test_the_plural_with_one_number_holds_for_a_comma_list_of_laws():
    # zv08, Aa en Hunze: "artikelen 4" over two laws, then the third with its own article
    found = _laws(
        "gelet op artikelen 4 van de Wet op het primair onderwijs, de Wet op de expertisecentra "
        "en artikel 4 van de Wet op het voortgezet onderwijs;\n"
    )
    assert [(bwb, a) for _, bwb, a, _ in found] == [
        ("BWBR0003420", "4"),
        ("BWBR0003549", "4"),
        ("BWBR0002399", "4"),
    ]
    # n07, Pekela: the plural's number over all three
    found = _laws(
        "gelet op de artikelen 4 van de Wet op het primair onderwijs, de Wet op de "
        "expertisecentra en de Wet op het voortgezet onderwijs b e s l u i t\n"
    )
    assert [(bwb, a) for _, bwb, a, _ in found] == [
        ("BWBR0003420", "4"),
        ("BWBR0003549", "4"),
        ("BWBR0002399", "4"),
    ]


def test_a_singular_article_before_a_comma_list_names_the_other_laws_whole():
    found = _laws("gelet op artikel 149 van de Gemeentewet, de Algemene wet bestuursrecht;\n")
    assert [(bwb, a) for _, bwb, a, _ in found] == [("BWBR0005416", "149"), ("BWBR0005537", None)]
