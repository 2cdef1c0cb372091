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
