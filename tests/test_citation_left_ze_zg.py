"""Citation misses the rounds ze and zg left: each from its real sentence, with the
references it must give (and the ones it must not)."""

from __future__ import annotations

from codes import parse_text


def _named(code) -> list[tuple[str, str | None]]:
    return [(r.law, r.bwb) for r in code.references if r.kind == "law" and not r.article]


def _articles(code) -> list[tuple[str | None, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.article]


def test_a_bare_colon_number_joined_by_van_de_is_an_article_of_the_law():
    # Verordening bezwaarschriftencommissie Midden-Delfland 2023 (zg01), a definition
    code = parse_text("  belanghebbende: belanghebbende in de zin van 1:2 van de Awb;")
    assert _articles(code) == [("Algemene wet bestuursrecht", "1:2", None)]
    assert _named(code) == []
    # Raalte, bijzondere bijstand (d08): a division word reads the colon number first
    code = parse_text("  • Titel 4:3 van de Algemene wet bestuursrecht;")
    assert _articles(code) == []
    assert _named(code) == [("Algemene wet bestuursrecht", "BWBR0005537")]


def test_the_registry_knows_the_wet_op_de_woonwagens_en_woonschepen():
    # Woonschepenverordening Eemsmond 2000 (zg05): the register's law-first grondslag row
    # and the aanhef; the act of 1918, repealed in 1999, has no BWB id, so no link, and its
    # name is no longer cut at "en" into an unknown "Wet op Woonwagens"
    row = parse_text(
        " 1. Wet op Woonwagens en Woonschepen, artikel 31, tweede lid\n 2. Gemeentewet, artikel 149"
    )
    aanhef = parse_text(
        "Gelet op artikel 31, tweede lid, van de Wet op Woonwagens en Woonschepen, artikel 149 "
        "van de Gemeentewet, artikel 88, eerste lid, van de Huisvestingswet;"
    )
    for code in (row, aanhef):
        assert _articles(code)[:2] == [
            ("Wet op de woonwagens en woonschepen", "31", 2),
            ("Gemeentewet", "149", None),
        ]
        assert [r.bwb for r in code.references][0] is None


def test_the_wet_hergebruik_van_overheidsinformatie_without_its_van():
    # Regeling bezwaaradviescommissie Eerste Kamer 2022 (zg03); the Rijk's own pages
    # write the title so too
    code = parse_text(
        "De commissie adviseert over bezwaren tegen besluiten op grond van de Wet open "
        "overheid, de Wet hergebruik overheidsinformatie of enige andere wet."
    )
    assert _named(code) == [
        ("Wet open overheid", "BWBR0045754"),
        ("Wet hergebruik van overheidsinformatie", "BWBR0036795"),
    ]


def test_the_reglement_van_orde_of_the_eerste_kamer_is_national():
    # Regeling bezwaaradviescommissie Eerste Kamer 2022 (zg03), its grondslag
    code = parse_text(
        "gelet op artikel 15, eerste lid, van het Reglement van Orde van de Eerste Kamer der "
        "Staten-Generaal en artikel 7:13 van de Algemene wet bestuursrecht;"
    )
    assert _articles(code) == [
        ("Reglement van Orde van de Eerste Kamer der Staten-Generaal", "15", 1),
        ("Algemene wet bestuursrecht", "7:13", None),
    ]
    # a raad's own reglement van orde stays local
    code = parse_text("Het Reglement van Orde van de gemeenteraad van Utrecht, artikel 15.")
    assert [(r.law, r.bwb) for r in code.references] == [(None, None)]
