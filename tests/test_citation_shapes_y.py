"""Citation misses left by the y and w rounds of the development set: each from its real
sentence, with the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text


def _refs(code, kind: str = "law") -> list[tuple[str, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.kind == kind]


def test_the_eu_treaties_are_eu_law_although_the_bwb_lists_them():
    # Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland (y12, docplayer): the state-aid
    # articles of the VWEU are the Union's; the BWB lists the treaty (BWBV0001506) but no
    # national law is cited.
    code = parse_text(
        "- de-minimisverordening: verordening (EU) Nr. 1407/2013 van de Commissie van 18 "
        "december 2013 inzake de toepassing van de artikelen 107 en 108 van het Verdrag "
        "betreffende de werking van de Europese Unie op de-minimissteun;"
    )
    assert _refs(code) == []
    eu = _refs(code, "eu")
    assert eu == [
        ("Verdrag betreffende de werking van de Europese Unie", "107", None),
        ("Verdrag betreffende de werking van de Europese Unie", "108", None),
    ]
    assert code.references[0].url.endswith("CELEX:12016E/TXT")
    # its predecessor, renumbered by Lisbon, is its own treaty; the Euratom treaty, whose
    # title begins with the EG-Verdrag's, is not the EG-Verdrag
    code = parse_text(
        "gelet op artikel 87 van het EG-Verdrag en artikel 2 van het Verdrag "
        "tot oprichting van de Europese Gemeenschap voor Atoomenergie;"
    )
    assert _refs(code) == []
    assert _refs(code, "eu") == [
        ("Verdrag tot oprichting van de Europese Gemeenschap", "87", None),
        ("Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie", "2", None),
    ]


def test_a_law_name_broken_by_the_pdf_is_joined_only_into_a_known_name():
    # Almelo APV 2021 (y09, a 5dok transcript of a PDF): "Hore- cawet" is one word broken
    # at a line end; "Drank- en" is the compound's own hyphen. The same break in running
    # text ("wor- den", also y09 and p12) is no name and stays as it is.
    code = parse_text(
        "gelet op de artikelen 4, 25a en 25d van de Drank- en Hore- cawet, artikel 5.13 van "
        "de Wet algemene bepalingen omgevingsrecht;"
    )
    assert {(r.bwb, r.article) for r in code.references} == {
        ("BWBR0002458", "4"),
        ("BWBR0002458", "25a"),
        ("BWBR0002458", "25d"),
        ("BWBR0024779", "5.13"),
    }
    # joined, the pieces must make a name the registry knows: else it stays unknown
    code = parse_text("gelet op artikel 4 van de Wet bo- demdingen;")
    assert [(r.bwb, r.resolved) for r in code.references] == [(None, False)]


def test_a_plural_of_divisions_names_the_law_once_per_division():
    # Nijkerk delegatie- en mandaatbesluit 2017 (w05): two divisions, two namings, as the
    # truth records them; a single law named stays one naming.
    code = parse_text(
        "gelet op artikel 156 Gemeentewet en de Afdelingen 10.1.1 en 10.1.2 van de "
        "Algemene wet bestuursrecht;"
    )
    assert _refs(code) == [
        ("Gemeentewet", "156", None),
        ("Algemene wet bestuursrecht", None, None),
        ("Algemene wet bestuursrecht", None, None),
    ]
    code = parse_text("gelet op de hoofdstukken 2, 3 en 4 van de Gemeentewet;")
    assert _refs(code) == [("Gemeentewet", None, None)] * 3
    assert _refs(parse_text("gelet op de Gemeentewet;")) == [("Gemeentewet", None, None)]
