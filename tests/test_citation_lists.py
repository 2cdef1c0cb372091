"""Long and damaged lists of articles closed by one law: a damaged item costs that item at
most, not the whole list. The sentences are the devset's own; expectations hand-checked."""

from __future__ import annotations

from .conftest import bwb_refs
from .test_citation_grammar import _refs

GEMW = "Gemeentewet"


def test_de_artikelen_inside_a_list_of_artikel_chains():
    # Voorst, reglement van orde 2020 (zb11): "artikel" and "de artikelen" chains joined by
    # commas, one law closing them all; before, the list broke at ", de artikelen".
    _, refs = _refs(
        "gelet op artikel 16, artikel 19 tweede lid, de artikelen 22 en 23, artikel 33, de "
        "artikelen 82 en 83, eerste lid, artikel 107a en 107e, artikel 147a en 147b en artikel "
        "155, eerste en tweede lid, en artikel 156 van de Gemeentewet"
    )
    assert sorted((a, lid or 0) for _, a, lid, _ in refs) == sorted(
        [
            ("16", 0),
            ("19", 2),
            ("22", 0),
            ("23", 0),
            ("33", 0),
            ("82", 0),
            ("83", 1),
            ("107a", 0),
            ("107e", 0),
            ("147a", 0),
            ("147b", 0),
            ("155", 1),
            ("155", 2),
            ("156", 0),
        ]
    )
    assert {law for law, *_ in refs} == {GEMW}


def test_de_artikelen_after_a_number_without_a_connector_opens_no_item():
    # "de artikelen" joins a list after a comma or "en" only
    _, refs = _refs("artikel 3 de artikelen 4 en 5 van de Gemeentewet")
    assert [a for _, a, _, _ in refs] == ["4", "5"]


def test_each_artikelen_of_a_list_opens_a_plural_item():
    # "artikelen" names two articles at least, also where it opens the second chain of a list
    _, refs = _refs("artikel 16, de artikelen 4 lid 3 en 6 van de Gemeentewet")
    assert sorted((a, lid or 0) for _, a, lid, _ in refs) == [("16", 0), ("4", 3), ("6", 0)]


def test_an_ordinal_without_lid_before_the_next_article_is_its_lid():
    # Gelderland, beleidsregels Wet natuurbescherming 2016 (zi04): "3.4 tweede," lost its
    # "lid"; before, the whole list of ten leden lost its law.
    _, refs = _refs(
        "artikelen 2.7 tweede lid, 3.3 eerste lid, 3.4 tweede, 3.8 eerste lid, 3.9 tweede lid, "
        "3.12 zevende lid, 3.17 eerste lid, 3.34 derde lid, 4.5 eerste lid en derde lid van de "
        "Wet natuurbescherming"
    )
    assert sorted((a, lid or 0) for _, a, lid, _ in refs) == sorted(
        [
            ("2.7", 2),
            ("3.3", 1),
            ("3.4", 2),
            ("3.8", 1),
            ("3.9", 2),
            ("3.12", 7),
            ("3.17", 1),
            ("3.34", 3),
            ("4.5", 1),
            ("4.5", 3),
        ]
    )
    # an ordinal before anything else than the next article stays no lid
    _, refs = _refs("artikel 4, tweede volzin, van de Gemeentewet")
    assert [(a, lid) for _, a, lid, _ in refs] == [("4", None)]


def test_a_number_glued_to_lid_with_a_lid_of_its_own_is_the_next_article():
    # Hendrik-Ido-Ambacht, gedragscode 2018 (a02): "lid15" lost its space
    _, refs = _refs(
        "artikel 15 derde lid en 41c, tweede lid en 69, tweede lid15, derde lid van de Gemeentewet"
    )
    assert sorted(refs) == [
        (GEMW, "15", 3, None),
        (GEMW, "15", 3, None),
        (GEMW, "41c", 2, None),
        (GEMW, "69", 2, None),
    ]
    # a footnote mark glued to "lid" has no lid after it: no article 3
    _, refs = _refs("artikel 41c, tweede lid3 en artikel 69 van de Gemeentewet")
    assert [a for _, a, _, _ in refs] == ["69"]


def test_doubled_joining_words_before_the_law():
    # Utrecht, beleidsregel Wet Bibob 2014 (g09): "van de van de"
    _, refs = _refs(
        "de artikelen 3, 27, derde lid, 30a, vijfde lid onder b. en 31, derde lid onder a van "
        "de van de Drank- en Horecawet"
    )
    assert sorted((a, lid or 0, o or "") for _, a, lid, o in refs) == [
        ("27", 3, ""),
        ("3", 0, ""),
        ("30a", 5, "b"),
        ("31", 3, "a"),
    ]
    assert {law for law, *_ in refs} == {"Alcoholwet"}


def test_wbvsr_is_the_wetboek_van_strafrecht():
    # Regeling integriteit Algemene Zaken, Staatscourant 2010 (k01): bare numbers before
    # "WbvSr" in a list of offences
    _, refs = _refs(
        "diefstal en verduistering (310 WbvSr en 321 WbvSr), valsheid (225 WbvSr; 326 WbvSr)"
    )
    assert sorted(refs) == [
        ("Wetboek van Strafrecht", "225", None, None),
        ("Wetboek van Strafrecht", "310", None, None),
        ("Wetboek van Strafrecht", "321", None, None),
        ("Wetboek van Strafrecht", "326", None, None),
    ]


def test_a_preposition_said_again_before_the_next_article_keeps_the_chain():
    # u03, Regionaal Archief West-Brabant, gemeenschappelijke regeling 2012
    text = (
        "Toelichting\n\nde in artikel 32, eerste lid en in artikel 37, eerste lid van de "
        "Archiefwet 1995 genoemde taken\n"
    )
    assert bwb_refs(text) == [("BWBR0007376", "32", "1"), ("BWBR0007376", "37", "1")]
    text = "Toelichting\n\ngelet op artikel 147 en op artikel 149 van de Gemeentewet;\n"
    assert bwb_refs(text) == [("BWBR0005416", "147", ""), ("BWBR0005416", "149", "")]
