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
