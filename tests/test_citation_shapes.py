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


def test_a_law_first_list_keeps_each_law_with_its_own_articles():
    # Dongeradeel 2002 (j05), the register's grondslag line: each law opens its articles;
    # "art. 23, Gemeentewet" is not Gemeentewet article 23.
    _, found = _refs("Drank- en Horecawet, art. 23, Gemeentewet, art. 147 en 149")
    assert found == [
        ("Alcoholwet", "23", None, None),
        ("Gemeentewet", "147", None, None),
        ("Gemeentewet", "149", None, None),
    ]
    # a comma still joins a law that opens nothing to the article before it
    _, found = _refs("art. 23, Gemeentewet")
    assert found == [("Gemeentewet", "23", None, None)]


def test_artikelen_with_one_number_holds_for_each_law_of_the_list():
    # Meierijstad 2017 (j12): the plural with one number distributes it over both laws.
    _, found = _refs(
        "artikel 18a van de Participatiewet, de artikelen 20a van de Wet inkomensvoorziening "
        "oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers en de Wet "
        "inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen, en "
        "artikel 4:81 van de Algemene wet bestuursrecht"
    )
    laws = [(law.split()[-1], article) for law, article, _, _ in found]
    assert laws == [
        ("Participatiewet", "18a"),
        ("werknemers", "20a"),
        ("zelfstandigen", "20a"),
        ("bestuursrecht", "4:81"),
    ]
    # a singular "artikel" names the second law as a whole
    code, found = _refs("artikel 149 van de Gemeentewet en de Algemene wet bestuursrecht")
    assert found == [("Gemeentewet", "149", None, None)]
    assert [r.law for r in code.references if r.kind == "law" and not r.article] == [
        "Algemene wet bestuursrecht"
    ]


def test_a_date_in_a_sentence_closes_no_regulation_name():
    # Streekarchief Langstraat Heusden Altena 2019 (j07): "de Archiefregeling die in werking
    # is getreden per 01-04-2010" names the Archiefregeling; its date is not the year that
    # closes a local name such as "Maatregelverordening Wet werk en bijstand 2012".
    code = parse_text(
        "Artikel 1\n\nDit besluit verstaat onder:\nb. archiefregeling: de Archiefregeling die in "
        "werking is getreden per 01-04-2010;\n2. Hoofdstuk 3 van de Archiefregeling is mede van "
        "toepassing.\n"
    )
    named = [r.law for r in code.references if r.kind == "law" and not r.article]
    assert named == ["Archiefregeling", "Archiefregeling"]
