"""The citation grammar of issue 8: shapes real regulations use, each with the
references (law, article, lid, onderdeel) it must give. Hand-checked."""

from __future__ import annotations

import pytest

from codes import parse_text

from .conftest import corpus_code

AWB = "Algemene wet bestuursrecht"
GEMW = "Gemeentewet"

CASES = [
    # a book named in words: its article is numbered in the book (De Wolden Hoogeveen, i05)
    (
        "artikel 660 van Boek 7 van het Burgerlijk Wetboek",
        [("Burgerlijk Wetboek Boek 7", "7:660", None, None)],
    ),
    # "artikelen" names two articles at least: the "en 6" after "lid 3" is the second (i05)
    (
        "gelet op de artikelen 4 lid 3 en 6 Ambtenarenwet;",
        [("Ambtenarenwet 2017", "4", 3, None), ("Ambtenarenwet 2017", "6", None, None)],
    ),
    # ... while a singular "artikel" keeps both leden
    (
        "artikel 15 lid 1 en 2 van de Gemeentewet",
        [("Gemeentewet", "15", 1, None), ("Gemeentewet", "15", 2, None)],
    ),
    # a list of "artikelen" that lost a comma goes on (Zandvoort, d10) ...
    (
        "artikelen 4, 25a, 25c 25d en 26 lid 2 onder b van de Drank- en Horecawet",
        [
            ("Alcoholwet", "4", None, None),
            ("Alcoholwet", "25a", None, None),
            ("Alcoholwet", "25c", None, None),
            ("Alcoholwet", "25d", None, None),
            ("Alcoholwet", "26", 2, "b"),
        ],
    ),
    # ... but numbers side by side without a list are no chain
    ("artikel 3 4 personen van de Gemeentewet", []),
    # a capital letter for the onderdeel (Nederweert, m15)
    (
        "artikel 160, eerste lid, onder C van de Gemeentewet",
        [("Gemeentewet", "160", 1, "c")],
    ),
    # "de onderdelen": the plural with its article (Zederik, n05; Noordoostpolder n09 has none)
    (
        "gelet op artikel 229, eerste lid, aanhef en de onderdelen a en b van de Gemeentewet;",
        [("Gemeentewet", "229", 1, "a"), ("Gemeentewet", "229", 1, "b")],
    ),
    (
        "Gemeentewet, art. 229, lid 1, aanhef en de onderdelen a en b",
        [("Gemeentewet", "229", 1, "a"), ("Gemeentewet", "229", 1, "b")],
    ),
    # "lid1": the space a typist left out (Beek, i09)
    (
        "artikel 8 lid1 onder e Ambtenarenwet 2017",
        [("Ambtenarenwet 2017", "8", 1, "e")],
    ),
    # the Burgerlijk Wetboek: the book follows from the article number
    (
        "artikel 6:162 BW en artikel 3:40 van het Burgerlijk Wetboek",
        [
            ("Burgerlijk Wetboek Boek 6", "6:162", None, None),
            ("Burgerlijk Wetboek Boek 3", "3:40", None, None),
        ],
    ),
    # a list letter keeps its point before "van de wet"
    (
        "artikel 7, eerste lid, onder a. van de Participatiewet",
        [("Participatiewet", "7", 1, "a")],
    ),
    # ... and before the "en" of the next item (Utrecht, Beleidsregel Wet BIBOB 2014)
    (
        "de artikelen 3, 27, derde lid, 30a, vijfde lid onder b. en 31, derde lid onder a van "
        "de Drank- en Horecawet",
        [
            ("Alcoholwet", "3", None, None),
            ("Alcoholwet", "27", 3, None),
            ("Alcoholwet", "30a", 5, "b"),
            ("Alcoholwet", "31", 3, "a"),
        ],
    ),
    # coordinated lists with one law at the end
    (
        "artikelen 12 derde lid, 30 b tweede lid en 44 tweede lid van de Provinciewet",
        [
            ("Provinciewet", "12", 3, None),
            ("Provinciewet", "30b", 2, None),
            ("Provinciewet", "44", 2, None),
        ],
    ),
    # two laws in one phrase
    (
        "artikel 160 van de Gemeentewet en 3, 20 en 35 van de Alcoholwet",
        [
            (GEMW, "160", None, None),
            ("Alcoholwet", "3", None, None),
            ("Alcoholwet", "20", None, None),
            ("Alcoholwet", "35", None, None),
        ],
    ),
    # the law first
    (
        "de Wet maatschappelijke ondersteuning 2015 (artikelen 2.3.5 lid 3, 2.1.4 leden 1 en 2)",
        [
            ("Wet maatschappelijke ondersteuning 2015", "2.3.5", 3, None),
            ("Wet maatschappelijke ondersteuning 2015", "2.1.4", 1, None),
            ("Wet maatschappelijke ondersteuning 2015", "2.1.4", 2, None),
        ],
    ),
    ("de Gemeentewet, artikel 41b", [(GEMW, "41b", None, None)]),
    (
        "de Omgevingswet regelt in de artikelen 4.1 en 4.2",
        [("Omgevingswet", "4.1", None, None), ("Omgevingswet", "4.2", None, None)],
    ),
    # lid lists
    (
        "artikel 7, tweede, vierde en vijfde lid, van de Gemeentewet",
        [(GEMW, "7", 2, None), (GEMW, "7", 4, None), (GEMW, "7", 5, None)],
    ),
    ("artikel 7 leden 2 en 3 Gemeentewet", [(GEMW, "7", 2, None), (GEMW, "7", 3, None)]),
    ("artikel 7 lid 1, 4 Gemeentewet", [(GEMW, "7", 1, None), (GEMW, "7", 4, None)]),
    # "lid 3, 41c lid 2": 41c is the next article, not a lid
    (
        "artikel 15 lid 3, 41c lid 2 en 69 lid 2 van de Gemeentewet",
        [(GEMW, "15", 3, None), (GEMW, "41c", 2, None), (GEMW, "69", 2, None)],
    ),
    # another lid of the same article, joined by juncto
    (
        "artikel 125 quinquies, tweede lid, juncto het eerste lid, onder d, van de Ambtenarenwet",
        [
            ("Ambtenarenwet 2017", "125quinquies", 2, None),
            ("Ambtenarenwet 2017", "125quinquies", 1, "d"),
        ],
    ),
    # onderdelen
    ("artikel 160, eerste lid, aanhef en onderdeel c, Gemeentewet", [(GEMW, "160", 1, "c")]),
    ("artikel 160 lid 1 aanhef sub b Gemeentewet", [(GEMW, "160", 1, "b")]),
    (
        "artikel 160, eerste lid, onderdelen c en d, van de Gemeentewet",
        [(GEMW, "160", 1, "c"), (GEMW, "160", 1, "d")],
    ),
    (
        "artikel 1:1, eerste lid, onder b respectievelijk c, van de Algemene wet bestuursrecht",
        [(AWB, "1:1", 1, "b"), (AWB, "1:1", 1, "c")],
    ),
    # article numbers
    ("artikel 125ter van de Ambtenarenwet", [("Ambtenarenwet 2017", "125ter", None, None)]),
    ("artikel 12bis Gemeentewet", [(GEMW, "12bis", None, None)]),
    ("artikel 41 c Gemeentewet", [(GEMW, "41c", None, None)]),
    ("artikel 3a.1 van de Omgevingswet", [("Omgevingswet", "3a.1", None, None)]),
    ("artikel 4:84 Awb", [(AWB, "4:84", None, None)]),
    # juncto
    (
        "artikel 58 juncto artikel 28 Gemeentewet",
        [(GEMW, "58", None, None), (GEMW, "28", None, None)],
    ),
    # lid first
    ("het tweede lid van artikel 15 van de Gemeentewet", [(GEMW, "15", 2, None)]),
    # old titles keep resolving to the renamed law
    ("artikel 8 van de Wet werk en bijstand", [("Participatiewet", "8", None, None)]),
    ("artikel 3 van de Drank- en Horecawet", [("Alcoholwet", "3", None, None)]),
    # abbreviations
    # "BW": the article number says the book (2:1 BW is Boek 2, artikel 1)
    ("artikel 2:1 BW", [("Burgerlijk Wetboek Boek 2", "2:1", None, None)]),
    ("artikel 225 Sr", [("Wetboek van Strafrecht", "225", None, None)]),
]


def _refs(text: str):
    code = parse_text(f"Artikel 1 Test\n\nDe regel volgt uit {text}, zoals bekend.\n")
    return code, [
        (r.law, r.article, r.lid, r.onderdeel)
        for r in code.references
        if r.kind == "law" and r.article and r.resolved
    ]


@pytest.mark.parametrize(("citation", "expected"), CASES)
def test_citation_grammar(citation, expected):
    _, found = _refs(citation)
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("citation", "endpoints", "range_"),
    [
        ("artikelen 8:1 tot en met 8:5 Awb", ["8:1", "8:5"], "8:1-8:5"),
        ("artikelen 5a t/m 5d van de Gemeentewet", ["5a", "5d"], "5a-5d"),
        ("artikel 2:1 e.v. Awb", ["2:1"], "2:1-"),
    ],
)
def test_ranges_keep_their_endpoints_and_are_never_expanded(citation, endpoints, range_):
    code, _ = _refs(citation)
    refs = [r for r in code.references if r.kind == "law" and r.article]
    assert [r.article for r in refs] == endpoints
    assert {r.range for r in refs} == {range_}


def test_de_wet_resolves_through_the_codes_own_definition():
    text = (
        "Artikel 1 Begripsbepalingen\n\nIn deze verordening wordt verstaan onder:\n"
        "a. wet: Jeugdwet;\nb. college: het college van burgemeester en wethouders.\n\n"
        "Artikel 2 Taak\n\nHet college geeft uitvoering aan artikel 2.3, eerste lid, van de wet.\n"
    )
    code = parse_text(text)
    ref = next(r for r in code.references if r.article == "2.3")
    assert (ref.law, ref.lid, ref.resolved_via) == ("Jeugdwet", 1, "definition")


def test_die_wet_is_the_law_last_named():
    code = parse_text(
        "Artikel 1 Test\n\nGelet op de Participatiewet en artikel 8 van die wet besluit de raad.\n"
    )
    ref = next(r for r in code.references if r.article == "8")
    assert (ref.law, ref.resolved_via) == ("Participatiewet", "earlier")


def test_a_lid_list_ends_with_its_en_item():
    # Gouda (f11): after "leden 2 en 3" the comma starts the next articles of the chain.
    code, found = _refs(
        "Gelet op de artikelen 44, leden 2 en 3, 95 tot en met 99 en 147 van de Gemeentewet;"
    )
    assert sorted(found, key=str) == sorted(
        [
            (GEMW, "44", 2, None),
            (GEMW, "44", 3, None),
            (GEMW, "95", None, None),
            (GEMW, "99", None, None),
            (GEMW, "147", None, None),
        ],
        key=str,
    )
    assert {r.range for r in code.references if r.article in ("95", "99")} == {"95-99"}


@pytest.mark.parametrize(
    ("text", "article", "law"),
    [
        # Peel en Maas (f12): the definitions are cut off before "wet"; the Awb does not count
        (
            "Gelet op het bepaalde in artikel 4:81 Algemene wet bestuursrecht;\n"
            "Gelet op het bepaalde in de Jeugdwet;\n\nArtikel 1 Begripsomschrijving\n\n"
            "e. Hulpvraag: behoefte aan jeugdhulp, als bedoeld in artikel 2.3, eerste lid, van de wet;\n",
            "2.3",
            "Jeugdwet",
        ),
        # Delft (d06): the definition is damaged by OCR ("de wef;")
        (
            "houdt rekening met artikel 18 van de Wet werk en bijstand. Artikel 1 "
            "Begripsomschrijving Deze verordening verstaat onder: a. de wef; de Wet werk en "
            "bijstand; g. langdurigheidstoeslag: de toeslag die is bedoeld in artikel 36 van de wet;\n",
            "36",
            "Participatiewet",
        ),
    ],
)
def test_an_undefined_de_wet_is_the_act_named_before(text, article, law):
    code = parse_text(text)
    ref = next(r for r in code.references if r.article == article)
    assert (ref.law, ref.resolved_via) == (law, "earlier")


def test_de_wet_without_a_definition_is_not_guessed():
    code = parse_text("Artikel 1 Test\n\nDe Awb is van toepassing. Zie ook artikel 3 van de wet.\n")
    ref = next(r for r in code.references if r.article == "3")
    assert not ref.resolved and ref.bwb is None
    assert any("de wet" in w for w in code.warnings)


def test_no_law_from_a_neighbouring_citation():
    # "artikel 3" is not joined to the Awb: the code has an article 3? no -> unresolved.
    code = parse_text(
        "Artikel 1 Test\n\nVolgens artikel 2:4 Awb en de regels in artikel 3 handelt het college.\n"
    )
    ref = next(r for r in code.references if r.article == "3")
    assert ref.kind == "internal" and ref.bwb is None and not ref.resolved


def test_a_law_outside_the_small_registry_is_never_internal():
    code = parse_text("Artikel 125 Test\n\nZie artikel 125ter van de Ambtenarenwet.\n")
    ref = next(r for r in code.references if r.article == "125ter")
    assert ref.kind == "law" and ref.bwb == "BWBR0001947"


def test_eu_and_local_regulations_are_not_national_law():
    code = parse_text(
        "Artikel 1 Test\n\nGelet op artikel 6 van de Algemene verordening gegevensbescherming en "
        "artikel 2:10 van de Algemene plaatselijke verordening Utrecht.\n"
    )
    kinds = {r.article: r.kind for r in code.references if r.article}
    assert kinds == {"6": "eu", "2:10": "local"}


def test_hereafter_abbreviation_of_the_code_itself():
    code = parse_text(
        "Artikel 1 Test\n\nGelet op de Wet gemeentelijke schuldhulpverlening (hierna: Wgs) en "
        "artikel 3 Wgs.\n"
    )
    ref = next(r for r in code.references if r.article == "3")
    assert ref.law == "Wet gemeentelijke schuldhulpverlening"


def test_article_headings_of_amending_decisions_and_latin_numbers():
    code = parse_text(
        "Artikel I\n\nDe verordening wordt gewijzigd.\n\nArtikel II\n\nDit besluit treedt in werking.\n\n"
        "Artikel 12bis Meldplicht\n\nTekst.\n\nArtikel 1000 Slot\n\nTekst.\n"
    )
    assert [a.number for a, _ in code.articles()] == ["I", "II", "12bis", "1000"]


def test_the_codes_own_hereafter_wins_over_the_registry():
    # "Wmo" alone is the Wmo of 2007 in the registry; this code says it means the Wmo 2015.
    code = parse_text(
        "Artikel 1 Test\n\nGelet op de Wet maatschappelijke ondersteuning 2015 (hierna Wmo) en "
        "artikel 2.3.5 van de Wmo.\n"
    )
    ref = next(r for r in code.references if r.article == "2.3.5")
    assert (ref.law, ref.resolved_via) == ("Wet maatschappelijke ondersteuning 2015", "definition")


def _laws_named(text: str, title: str = "Artikel 1 Test") -> list[tuple[str, str]]:
    code = parse_text(f"{title}\n\n{text}\n")
    return [(r.law, r.text) for r in code.references if r.kind == "law" and r.article is None]


def test_an_abbreviation_defined_by_the_laws_name_is_one_mention():
    # Ede, Beleidsregels terug- en invordering WWB, IOAW en IOAZ 2014; Weesp, d05
    found = _laws_named(
        "In deze beleidsregels wordt verstaan onder:\n\ng. WWB: de Wet werk en bijstand;\n\n"
        "h. Bbz:\n\nBesluit bijstandverlening zelfstandigen 2004;\n\ni. uitkering: bijstand in het "
        "kader van de WWB."
    )
    assert found == [
        ("Participatiewet", "Wet werk en bijstand"),
        (
            "Besluit bijstandverlening zelfstandigen 2004",
            "Besluit bijstandverlening zelfstandigen 2004",
        ),
        ("Participatiewet", "WWB"),
    ]


def test_a_body_named_after_a_law_is_no_mention_of_it():
    # Bergeijk's Bibob page; Bernheze: "Bureau Bibob: het Bureau bevordering ..."
    found = _laws_named(
        "Bibob is de afkorting voor de wet. De gemeente kan advies vragen bij het Landelijk "
        "Bureau Bibob of het Coördinatiebureau Bibob."
    )
    assert found == [
        ("Wet bevordering integriteitsbeoordelingen door het openbaar bestuur", "Bibob")
    ]


def test_a_law_inside_another_regulations_name_is_no_citation():
    # Tilburg 2025: "Artikelen 29 en 30 Verzamelverordening PW, IOAW, IOAZ en Bbz 2023";
    # Delft: "de Maatregelverordening Wet werk en bijstand 2012"
    found = _laws_named(
        "Begrippen hebben dezelfde betekenis als in de Participatiewet (Pw) en de "
        "Verzamelverordening PW, IOAW, IOAZ en Bbz 2023. Wij trekken de Maatregelverordening Wet "
        "werk en bijstand 2012 in; de Regeling ter uitvoering van de IOAW 2015 blijft."
    )
    assert [law for law, _ in found] == [
        "Participatiewet",
        "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers",
    ]


def test_a_law_in_the_codes_own_name_is_cited_only_where_the_name_gives_its_basis():
    # Utrecht: "Beleidsregel voor de toepassing van de Wet BIBOB 2014" names the law;
    # the Alcoholregeling's title "... houdende regels ter uitvoering van de Alcoholwet" cites it.
    title = "Beleidsregel voor de toepassing van de Wet BIBOB 2014"
    found = _laws_named(f"Intitulé\n\n{title}\n\nGelet op de Wet BIBOB;", title)
    assert [text for _, text in found] == ["Wet BIBOB"]
    title = "Regeling van de Staatssecretaris houdende regels ter uitvoering van de Alcoholwet"
    assert [law for law, _ in _laws_named("De regeling geldt.", title)] == ["Alcoholwet"]


def test_a_division_before_the_law_closes_the_list_of_articles():
    # Dronten 2020 (h10): "... 229 eerste lid, aanhef en onderdeel b, 255 en afdeling 4.2 van
    # de Gemeentewet": the articles are the Gemeentewet's, and the law is named for the afdeling.
    code, found = _refs(
        "de artikelen 228, 229 eerste lid, aanhef en onderdeel b, 255 en afdeling 4.2 van de "
        "Gemeentewet, afdeling 10.1.2 van de Algemene wet bestuursrecht"
    )
    assert sorted(found, key=str) == sorted(
        [(GEMW, "228", None, None), (GEMW, "229", 1, "b"), (GEMW, "255", None, None)], key=str
    )
    named = [r.law for r in code.references if r.kind == "law" and r.article is None]
    assert named == [GEMW, AWB]


def test_a_law_that_closes_one_citation_does_not_open_the_next():
    # Dronten 2020 (h10), whose copy ends in the middle of the next item: "Invorderingswet
    # 1990, artikel 31a" is not the law-first shape of "Gemeentewet, artikel 41b".
    code, found = _refs("artikel 9, eerste lid van de Invorderingswet 1990, artikel 31a, tweed")
    assert found == [("Invorderingswet 1990", "9", 1, None)]
    ref = next(r for r in code.references if r.article == "31a")
    assert ref.kind == "internal" and ref.bwb is None
    # the law-first shape itself still holds
    _, found = _refs("Gemeentewet, artikel 41b")
    assert found == [(GEMW, "41b", None, None)]


def test_outside_an_article_the_same_number_is_another_laws_only_in_the_same_paragraph():
    # Staatsblad 2011, 427 (h15), whose copy lost the article headings: the gelet op cites
    # "artikel 2 van de Wet vergoedingen ...", the definitions a line later the decree's own
    # "artikel 2". In one sentence (Asten, e04) the number repeats the law's article.
    code = parse_text(
        "Gelet op artikel 2 van de Wet vergoedingen adviescolleges en commissies;\n"
        "In dit besluit wordt verstaan onder:\n"
        "de Commissie advies- en verwijspunt klokkenluiden bedoeld in artikel 2.\n"
    )
    refs = [(r.kind, r.law) for r in code.references if r.article == "2"]
    assert refs == [("law", "Wet vergoedingen adviescolleges en commissies"), ("internal", None)]
    code = parse_text(
        "Inleiding\n\nVolgens artikel 4, eerste lid, van de Ambtenarenwet voert de gemeente "
        "integriteitsbeleid. Verder bepaalt het derde lid van artikel 4 dat er een gedragscode is.\n"
    )
    refs = [(r.law, r.lid) for r in code.references if r.article == "4"]
    assert refs == [("Ambtenarenwet 2017", 1), ("Ambtenarenwet 2017", 3)]


def test_a_chain_ends_at_a_paragraph():
    # De Bilt: "... afgeweken van het bepaalde in artikel 4.2.\n\nArtikel 4.4 Aanvaarden ...":
    # the next article's heading is no item of the citation.
    cited = [r for r in corpus_code("de-bilt").references if r.text.startswith("artikel 4.2.")]
    assert [(r.article, r.text) for r in cited] == [("4.2", "artikel 4.2.")]


WMO = "Wet maatschappelijke ondersteuning 2015"


def test_a_list_wrapped_by_a_pdf_goes_on_over_its_line_breaks():
    # Oude IJsselstreek, Verordening sociaal domein 2015 (devset e23), as a PDF wraps it.
    text = (
        "De raad van de gemeente Oude IJsselstreek;\n"
        "gelet op de artikelen 2.1.3, 2.1.4, eerste, derde en zevende lid, 2.1.5,\n"
        "eerste lid, 2.1.6, 2.3.6, vierde lid\n"
        "en 2.6.6, eerste lid, van de Wet maatschappelijke ondersteuning 2015;\n\n"
        "besluit:\n\nArtikel 1\n\nTekst.\n"
    )
    found = [(r.law, r.article, r.lid) for r in parse_text(text).references if r.article]
    assert found == [
        (WMO, "2.1.3", None),
        (WMO, "2.1.4", 1),
        (WMO, "2.1.4", 3),
        (WMO, "2.1.4", 7),
        (WMO, "2.1.5", 1),
        (WMO, "2.1.6", None),
        (WMO, "2.3.6", 4),
        (WMO, "2.6.6", 1),
    ]


def test_a_list_stops_at_a_numbered_line_and_at_a_paragraph():
    text = (
        "Artikel 1 Test\n\n"
        "1. Dit geldt voor de artikelen 3 en 4,\n"
        "2. Het college besluit over de aanvraag.\n\n"
        "Zie ook artikel 5 en\n\n6 personen melden zich.\n"
    )
    found = [r.article for r in parse_text(text).references if r.article]
    assert found == ["3", "4", "5"]
