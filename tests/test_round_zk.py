"""Round zk's misses (devset zk01-zk15): each rule from its real sentence, with the
references it must give and the ones it must not."""

from __future__ import annotations

from codes import parse_text


def _articles(code) -> list[tuple[str | None, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.article]


def _named(code) -> list[str | None]:
    return [r.law for r in code.references if r.kind == "law" and not r.article]


def test_a_number_opening_a_line_of_a_list_joined_by_van_het_is_an_article():
    # Landsmeer, verordening vertrouwenscommissie 2017 (zk12): the register's grondslag
    # cell, whose last item lost the "artikel" that the split gelet op had
    code = parse_text(
        "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\n"
        "  7. Gemeentewet, art. 149\n"
        "  8. Archiefwet 1995, art. 15\n"
        "  9. Archiefwet 1995, art. 31\n"
        "  10. 9 van het Archiefbesluit 1995\n\n"
        "Regelgeving die op deze regeling is gebaseerd (gedelegeerde regelgeving)\n"
    )
    assert _articles(code) == [
        ("Gemeentewet", "149", None),
        ("Archiefwet 1995", "15", None),
        ("Archiefwet 1995", "31", None),
        ("Archiefbesluit 1995", "9", None),
    ]
    assert _named(code) == []


def test_a_plain_number_joined_by_van_de_inside_a_line_stays_a_count():
    # only a line break opens the item: mid-sentence "3 van de" counts, and a division
    # word before the line break still reads the number (d08's "Titel 4:3 van de")
    code = parse_text(
        "Het besluit wordt genomen door ten minste 3 van de Gemeentewet genoemde leden."
    )
    assert _articles(code) == []
    code = parse_text(
        "De procedure van hoofdstuk\n6 van de Algemene wet bestuursrecht is van toepassing."
    )
    assert _articles(code) == []
