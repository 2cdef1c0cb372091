"""Citation shapes of the j round of the development set (Staatsblad, register pages,
Gemeenteblad): each from its real sentence, with the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .test_citation_grammar import _refs


def test_a_law_cited_without_its_year_is_not_the_law_inside_its_name():
    # Staatsblad 2006, 129 (j14): "Militaire Ambtenarenwet" is the Militaire ambtenarenwet
    # 1931, not the Ambtenarenwet inside its name.
    _, found = _refs(
        "de artikelen 125, eerste lid, onderdelen l en m, en tweede lid, van de Ambtenarenwet, "
        "50 van de Politiewet 1993 en 12, eerste lid, onderdelen q en r, en tweede lid, van de "
        "Militaire Ambtenarenwet"
    )
    assert sorted(found, key=str) == sorted(
        [
            ("Ambtenarenwet 2017", "125", 1, "l"),
            ("Ambtenarenwet 2017", "125", 1, "m"),
            ("Ambtenarenwet 2017", "125", 2, None),
            ("Politiewet 1993", "50", None, None),
            ("Militaire ambtenarenwet 1931", "12", 1, "q"),
            ("Militaire ambtenarenwet 1931", "12", 1, "r"),
            ("Militaire ambtenarenwet 1931", "12", 2, None),
        ],
        key=str,
    )


def test_genoemd_besluit_is_the_decree_named_before():
    # Gorinchem, hondenbelasting 2011 (j08): the Honden- en kattenbesluit 1999 (no confirmed
    # BWB id) is known by name, so "van genoemd besluit" is not the Gemeentewet cited before.
    code = parse_text(
        "Artikel 3 Vrijstellingen\n\nDe belasting wordt niet geheven voor honden: c. die "
        "verblijven in een hondenasiel als bedoeld in artikel 1, onderdeel c, van het Honden- en "
        "kattenbesluit 1999, welk asiel is opgenomen in het centraal register bedoeld in artikel "
        "5, tweede lid, van genoemd besluit; d. als bedoeld in artikel 231 van de Gemeentewet.\n"
    )
    found = [(r.law, r.article, r.lid, r.onderdeel) for r in code.references if r.kind == "law"]
    assert found == [
        ("Honden- en kattenbesluit 1999", "1", None, "c"),
        ("Honden- en kattenbesluit 1999", "5", 2, None),
        ("Gemeentewet", "231", None, None),
    ]
