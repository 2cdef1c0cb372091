"""Citation misses of the zc round of the development set (belastingverordeningen,
controleprotocollen, waterschappen): each from its real sentence, with the references it
must give. Hand-checked against the acts (lid 1 of article 156 Gemeentewet has no
onderdelen; the Waterschapswet's articles 123 and 124 name the heffingsambtenaar)."""

from __future__ import annotations

from codes import parse_text

from .conftest import law_refs as _refs

GW, WSW = "Gemeentewet", "Waterschapswet"


def test_onderdelen_after_a_list_of_leden_are_the_last_lids():
    # Legesverordening Etten-Leur 2016 (zc07; the same gelet op in Alkmaar's, c12)
    code = parse_text(
        "gelet op artikel 156, eerste en tweede lid, aanhef en onderdeel h en 229, eerste lid, "
        "aanhef en onderdeel b van de Gemeentewet en de artikelen 2, tweede lid, en 7 van de "
        "Paspoortwet;"
    )
    assert _refs(code) == [
        (GW, "156", 1, None),
        (GW, "156", 2, "h"),
        (GW, "229", 1, "b"),
        ("Paspoortwet", "2", 2, None),
        ("Paspoortwet", "7", None, None),
    ]
    # one lid keeps its onderdeel; a lid range gives it to its last lid only
    code = parse_text(
        "gelet op artikel 156, tweede lid, aanhef en onderdeel h, van de Gemeentewet;"
    )
    assert _refs(code) == [(GW, "156", 2, "h")]
    code = parse_text(
        "bedoeld in artikel 7, eerste tot en met derde lid, onder a, van de Gemeentewet"
    )
    assert _refs(code) == [(GW, "7", 1, None), (GW, "7", 2, None), (GW, "7", 3, "a")]


def test_a_law_closing_two_parallel_bedoeld_in_phrases_holds_for_both():
    # Verordening zuiveringsheffing Hoogheemraadschap De Stichtse Rijnlanden 2026 (zc02)
    code = parse_text(
        "heffingsambtenaar: de ambtenaar bedoeld in artikel 123, derde lid, onderdeel b, of de "
        "ambtenaar bedoeld in artikel 124, vijfde lid, onderdeel a, van de Waterschapswet;"
    )
    assert _refs(code) == [(WSW, "123", 3, "b"), (WSW, "124", 5, "a")]


def test_a_first_member_of_another_shape_keeps_its_own_reading():
    # not parallel: the first citation is no "bedoeld in" phrase, so the law after the
    # second says nothing of it (an article of the code itself).
    code = parse_text(
        "Artikel 3 Tarief\n\nZoals geregeld in artikel 2, en de ambtenaar bedoeld in "
        "artikel 124 van de Waterschapswet."
    )
    assert _refs(code) == [(WSW, "124", None, None)]


def test_the_controleverordening_names_the_besluit_accountantscontrole():
    # Controleprotocol gemeente Vlissingen 2025 (zc11): the model's loose name of the decree
    code = parse_text(
        "gelet op artikel 213, eerste lid Gemeentewet en het Besluit accountantscontrole gemeenten;"
    )
    refs = [(r.law, r.bwb, r.article, r.lid) for r in code.references if r.kind == "law"]
    assert refs == [
        (GW, "BWBR0005416", "213", 1),
        ("Besluit accountantscontrole decentrale overheden", "BWBR0015524", None, None),
    ]


def test_a_law_closing_a_definition_is_not_cited_by_the_heading_below():
    # Reglement van orde Grave 2019 (zd11); "f. de wet: de Wet gemeenschappelijke regelingen"
    # over "Artikel 2" in t07 is the same shape.
    code = parse_text(
        "In dit reglement wordt verstaan onder:\n\n  • voorzitter: voorzitter van de raad.\n\n"
        "  • wet: Gemeentewet\n\nArtikel 2. Het fractievoorzittersoverleg\n\n"
        "Er is een fractievoorzittersoverleg.\n"
    )
    assert _refs(code) == [(GW, None, None, None)]
    # the law before an article on its own line still cites it where a comma joins them
    code = parse_text("Wettelijke grondslag: Gemeentewet,\nartikel 149\n")
    assert _refs(code) == [(GW, "149", None, None)]
