"""Citation shapes from DOMAIN.md, each with the references it must give."""

from __future__ import annotations

import pytest

from codes import parse_text

CASES = [
    ("artikel 41c, tweede lid, van de Gemeentewet", [("Gemeentewet", "41c", 2)]),
    (
        "artikelen 41c, tweede lid, en 69, tweede lid, Gemeentewet",
        [("Gemeentewet", "41c", 2), ("Gemeentewet", "69", 2)],
    ),
    (
        "artikelen 41c, eerste lid, en 69, eerste lid, jo artikel 15, eerste en tweede lid, Gemeentewet",
        [
            ("Gemeentewet", "41c", 1),
            ("Gemeentewet", "69", 1),
            ("Gemeentewet", "15", 1),
            ("Gemeentewet", "15", 2),
        ],
    ),
    ("art. 170 lid 2 Gemeentewet", [("Gemeentewet", "170", 2)]),
    ("Art. 170 lid 2 Gemeentewet", [("Gemeentewet", "170", 2)]),
    ("artikel 15 lid 1 en lid 2 Gemeentewet", [("Gemeentewet", "15", 1), ("Gemeentewet", "15", 2)]),
    (
        "artikel 2:4, tweede lid, Algemene wet bestuursrecht",
        [("Algemene wet bestuursrecht", "2:4", 2)],
    ),
    ("artikel 2:5 Awb", [("Algemene wet bestuursrecht", "2:5", None)]),
    (
        "artikel 10 van de Wet openbaarheid van bestuur",
        [("Wet openbaarheid van bestuur", "10", None)],
    ),
    ("artikel 10 Wob", [("Wet openbaarheid van bestuur", "10", None)]),
    ("artikel 5.1 Woo", [("Wet open overheid", "5.1", None)]),
    ("artikel 272 Wetboek van Strafrecht", [("Wetboek van Strafrecht", "272", None)]),
    ("artikel 363 WvSr", [("Wetboek van Strafrecht", "363", None)]),
    ("artikel 13 Gemw.", [("Gemeentewet", "13", None)]),
    (
        "(artikel 58 en) artikel 28 Gemeentewet",
        [("Gemeentewet", "58", None), ("Gemeentewet", "28", None)],
    ),
    (
        "Artikel 87, 88, 89 en 292 Gemeentewet",
        [
            ("Gemeentewet", "87", None),
            ("Gemeentewet", "88", None),
            ("Gemeentewet", "89", None),
            ("Gemeentewet", "292", None),
        ],
    ),
    (
        "artikel 58 jo. artikel 28 van de Gemeentewet",
        [("Gemeentewet", "58", None), ("Gemeentewet", "28", None)],
    ),
    (
        "artikel 9 van de Wet op de loonbelasting 1964",
        [("Wet op de loonbelasting 1964", "9", None)],
    ),
    (
        "artikel 3 van de Wet schadeloosstelling leden Tweede Kamer",
        [("Wet schadeloosstelling leden Tweede Kamer", "3", None)],
    ),
    (
        "artikel 41c, tweede lid en artikel 69, tweede lid, van de Gemeentewet",
        [("Gemeentewet", "41c", 2), ("Gemeentewet", "69", 2)],
    ),
    ("artikel 8 Provinciewet", [("Provinciewet", "8", None)]),
    (
        "artikelen 12 tot en met 14 Gemeentewet",
        [("Gemeentewet", "12", None), ("Gemeentewet", "14", None)],
    ),
    (
        "artikel 41a t/m 41c Gemeentewet",
        [("Gemeentewet", "41a", None), ("Gemeentewet", "41c", None)],
    ),
    (
        "artikelen 2:4 tot en met 2:6 Awb",
        [
            ("Algemene wet bestuursrecht", "2:4", None),
            ("Algemene wet bestuursrecht", "2:6", None),
        ],
    ),
    ("artikel 1 Grondwet", [("Grondwet", "1", None)]),
]


@pytest.mark.parametrize(("citation", "expected"), CASES)
def test_citation_shapes(citation, expected):
    code = parse_text(f"Artikel 1 Test\n\nDe regel volgt uit {citation}, zoals bekend.\n")
    found = [(r.law, r.article, r.lid) for r in code.references if r.kind == "law" and r.article]
    assert sorted(found, key=str) == sorted(expected, key=str)
    for ref in code.references:
        if ref.kind == "law" and ref.article:
            assert "art" in code.source[ref.span.start : ref.span.end].lower()


def test_law_first_heading_in_an_annex():
    text = (
        "Artikel 1 Algemeen\n\nDe code geldt.\n\nBijlage 1: Overzicht van wet- en regelgeving\n\n"
        "Gemeentewet, artikel 41 b:\n\n1. Een wethouder vervult geen nevenfuncties, als bedoeld in artikel 81 p, eerste lid.\n"
    )
    code = parse_text(text)
    refs = {(r.law, r.article, r.lid) for r in code.references if r.kind == "law" and r.article}
    assert ("Gemeentewet", "41b", None) in refs
    assert ("Gemeentewet", "81p", 1) in refs  # quoted law text cites its own law
    assert [a.number for a, _ in code.articles()] == ["1"]


def test_juriconnect_link_shape():
    code = parse_text("Artikel 1 Test\n\nZie artikel 41c, tweede lid, Gemeentewet.\n")
    ref = next(r for r in code.references if r.article == "41c")
    assert ref.url == "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&artikel=41c&lid=2"


def test_internal_references_resolve_to_node_ids():
    text = (
        "Artikel 1 Begrippen\n\n1. Eerste lid.\n2. Zoals bedoeld in het eerste lid en in artikel 2.\n\n"
        "Artikel 2 Regels\n\n1. Het vorige lid ontbreekt; zie de artikelen 1 en 3.\n"
    )
    code = parse_text(text)
    internal = [
        (r.article, r.lid, r.target, r.resolved) for r in code.references if r.kind == "internal"
    ]
    assert ("1", 1, "art_1__para_1", True) in internal
    assert ("2", None, "art_2", True) in internal
    assert ("1", None, "art_1", True) in internal
    assert ("3", None, None, False) in internal
    assert any("artikel 3" in w for w in code.warnings)


def test_unknown_law_is_kept_not_dropped():
    code = parse_text(
        "Artikel 1 Test\n\nZie artikel 4 van de Wet op de gemeentelijke rekenkamers.\n"
    )
    ref = next(r for r in code.references if r.article == "4")
    assert ref.law == "Wet op de gemeentelijke rekenkamers"
    assert ref.bwb is None and ref.url is None and not ref.resolved


def test_an_abbreviation_glossed_after_the_name_is_one_mention():
    code = parse_text(
        "Mandaatbesluit\n\nArtikel 1\nDe bevoegdheden uit de Algemene wet bestuursrecht (hierna Awb) "
        "en de Jeugdwet (Jw) worden gemandateerd. De Awb geldt.\n"
    )
    laws = [(r.law, r.text) for r in code.references if r.article is None]
    assert laws == [
        ("Algemene wet bestuursrecht", "Algemene wet bestuursrecht"),
        ("Jeugdwet", "Jeugdwet"),
        ("Algemene wet bestuursrecht", "Awb"),
    ]


def test_a_law_inside_the_codes_own_name_is_no_citation():
    code = parse_text(
        "Beleidsregels Wet Bibob Bernheze 2020\n\nArtikel 1\nDeze Beleidsregels Wet Bibob Bernheze "
        "2020 gelden naast de Wet Bibob.\n"
    )
    assert [r.text for r in code.references if r.law] == ["Wet Bibob"]
    assert code.references[0].span.start > code.source.index("gelden")


def test_a_compound_noun_with_a_law_is_no_citation():
    code = parse_text(
        "Regeling\n\nArtikel 1\nEen Woo-verzoek gaat naar de Wmo-raad; de Wet open overheid geldt.\n"
    )
    assert [r.text for r in code.references if r.law] == ["Wet open overheid"]


def test_a_book_of_the_burgerlijk_wetboek_named_without_an_article():
    code = parse_text(
        "Mandaat\n\nArtikel 1\nDe volmacht van Boek 3, titel 3 Burgerlijk Wetboek geldt.\n"
    )
    assert [(r.law, r.bwb, r.text) for r in code.references] == [
        ("Burgerlijk Wetboek Boek 3", "BWBR0005291", "Boek 3, titel 3 Burgerlijk Wetboek")
    ]
