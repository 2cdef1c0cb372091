"""Citation misses of the ze round of the development set: each from its real sentence,
with the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .conftest import law_refs as _refs

GEMW = "Gemeentewet"
WNT = "Wet normering topinkomens"


def test_a_comma_alone_joins_another_list_of_leden():
    # Invulling actieve informatieplicht college 2018 (Enschede, ze03): the leden of one
    # article in two lists, the second after a bare comma; all of 169 was lost.
    code = parse_text(
        "De actieve informatieplicht van het college aan de raad is gebaseerd op artikel 169, "
        "tweede lid, vierde en vijfde lid, en artikel 180, tweede lid, van de Gemeentewet."
    )
    assert _refs(code) == [
        (GEMW, "169", 2, None),
        (GEMW, "169", 4, None),
        (GEMW, "169", 5, None),
        (GEMW, "180", 2, None),
    ]
    # the usual shapes are unchanged: a volzin is no lid, "en" before the next article
    code = parse_text("gelet op artikel 12, derde lid, eerste volzin, en 13 van de Gemeentewet;")
    assert _refs(code) == [(GEMW, "12", 3, None), (GEMW, "13", None, None)]


def test_a_point_of_an_onderdeel_does_not_end_the_chain():
    # Wijziging Uitvoeringsregeling WNT (Staatscourant 2017, 23427; ze14): "onderdeel b, onder
    # 6°" is the Aanwijzingen's form for a point of an onderdeel; the chain stopped there and
    # the six articles were lost (the law counted as named). We record the onderdeel.
    code = parse_text(
        "Gelet op de artikelen 1.1, onderdeel b, onder 6°, 1.9, eerste lid, onderdeel a, 2.6, "
        "3.3, 3.4 en 4.1 van de Wet normering topinkomens;"
    )
    assert _refs(code) == [
        (WNT, "1.1", None, "b"),
        (WNT, "1.9", 1, "a"),
        (WNT, "2.6", None, None),
        (WNT, "3.3", None, None),
        (WNT, "3.4", None, None),
        (WNT, "4.1", None, None),
    ]
    # a point on its own is still the onderdeel ("onder 1°")
    code = parse_text("als bedoeld in artikel 4, eerste lid, onder 1°, van de Gemeentewet")
    assert _refs(code) == [(GEMW, "4", 1, "1")]


def test_the_wnt_under_its_first_title_and_its_abbreviation():
    # Uitvoeringsbesluit WNT (Staatsblad 2012, 624; ze13) cites the act by its title of
    # 2012; its citeertitel is Wet normering topinkomens since 2017 (same BWB id).
    code = parse_text(
        "Gelet op artikel 2.11 van de Wet normering bezoldiging topfunctionarissen publieke en "
        "semipublieke sector; de WNT stelt een maximum."
    )
    refs = [(r.law, r.bwb, r.article) for r in code.references if r.kind == "law"]
    assert refs == [(WNT, "BWBR0032249", "2.11"), (WNT, "BWBR0032249", None)]
    # the regulations under it keep their own rows of the BWB list
    code = parse_text("De Uitvoeringsregeling WNT wordt als volgt gewijzigd:")
    assert [r.bwb for r in code.references if r.kind == "law"] == ["BWBR0035962"]


def test_an_amendment_instruction_names_the_amended_regulation_not_the_law_cited_before():
    # Wijziging Reglement van orde PS Noord-Holland 2023 (ze09): within ARTIKEL I, the
    # instructions B and C quote "artikel 10 van de Wet openbaarheid van bestuur"; instruction
    # D's "Artikel 10, eerste lid, komt te luiden" is the reglement's own article 10, not the
    # Wob's (the same shapes open the instructions of b02, c13, j11, j14, o01, v01).
    text = (
        "ARTIKEL I Actualisatie\n\n"
        "B\n\nIn artikel 6, negende lid, onderdeel a wordt ‘artikel 10 van de Wet openbaarheid "
        "van bestuur’ vervangen door: artikel 5.1 van de Wet open overheid.\n\n"
        "D\n\nArtikel 10, eerste lid, komt te luiden:\n\n • 1.\n\n  Voor de toelating van nieuwe "
        "leden stelt de voorzitter een commissie in.\n"
    )
    assert _refs(parse_text(text)) == [
        ("Wet openbaarheid van bestuur", "10", None, None),
        ("Wet open overheid", "5.1", None, None),
    ]
    # in running text the repeated number is still the law's ("als bedoeld in lid 2 van
    # artikel 15" after "artikel 15, eerste lid, Gemeentewet" in the same article)
    code = parse_text(
        "Artikel 1\n\nDe raad stelt op grond van artikel 15, eerste lid, Gemeentewet een "
        "gedragscode vast. De code als bedoeld in artikel 15, tweede lid, wordt openbaar gemaakt.\n"
    )
    assert _refs(code) == [(GEMW, "15", 1, None), (GEMW, "15", 2, None)]
