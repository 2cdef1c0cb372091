"""Citation misses of the z round of the development set: each from its real sentence,
with the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .conftest import law_refs as _refs

WMO = "Wet maatschappelijke ondersteuning 2015"


def test_square_brackets_of_a_model_may_hold_ordinals_of_leden():
    # Verordening maatschappelijke ondersteuning Leeuwarderadeel 2015 (z12, docplayer): the VNG
    # model's optional leden stayed in brackets; every article and lid the text names counts.
    code = parse_text(
        "De raad van de gemeente Leeuwarderadeel; gelet op de artikelen 2.1.3, 2.1.4, [eerste, "
        "tweede,] derde en zevende lid, [2.1.5, eerste lid,] 2.1.6, [2.1.7, 2.3.6, vierde lid,] "
        "en 2.6.6, eerste lid, van de Wet maatschappelijke ondersteuning 2015; gezien het advies"
    )
    assert _refs(code) == [
        (WMO, "2.1.3", None, None),
        (WMO, "2.1.4", 1, None),
        (WMO, "2.1.4", 2, None),
        (WMO, "2.1.4", 3, None),
        (WMO, "2.1.4", 7, None),
        (WMO, "2.1.5", 1, None),
        (WMO, "2.1.6", None, None),
        (WMO, "2.1.7", None, None),
        (WMO, "2.3.6", 4, None),
        (WMO, "2.6.6", 1, None),
    ]
    # a bracket around a later ordinal, as the model writes it elsewhere
    code = parse_text(
        "De raad; gelet op artikel 2.1.4, eerste[, tweede] en derde lid, van de Wet "
        "maatschappelijke ondersteuning 2015;"
    )
    assert [lid for _, _, lid, _ in _refs(code)] == [1, 2, 3]


def test_onder_before_the_aanhef_keeps_the_letter():
    # Provinciaal mandaatbesluit Omgevingsdienst de Vallei 2018 (z01): "onder aanhef en onder b"
    # for the usual "aanhef en onder b"; the citation was lost and the law counted as named.
    code = parse_text(
        "f. m.e.r.-beoordelingsbesluit: besluit over een activiteit als bedoeld in artikel 7.2, "
        "eerste lid, onder aanhef en onder b van de Wet milieubeheer waarin wordt geoordeeld of "
        "een milieueffectrapport moet worden gemaakt."
    )
    assert _refs(code) == [("Wet milieubeheer", "7.2", 1, "b")]
    # the usual order is unchanged (Noordoostpolder lijkbezorgingsrechten, n09)
    code = parse_text(
        "De raad; gelet op artikel 229, eerste lid, aanhef en onderdelen a en b, van de Gemeentewet;"
    )
    assert _refs(code) == [("Gemeentewet", "229", 1, "a"), ("Gemeentewet", "229", 1, "b")]


def test_a_decree_the_bwb_list_holds_without_its_apostrophe():
    # z01: "het Besluit risico’s zware ongevallen 2015"; the 2015 BWB list writes "besluit
    # risicos zware ongevallen 2015" (BWBR0036791), which matched no spelling in use.
    code = parse_text(
        "b. BRZO-bedrijven: alle inrichtingen die vallen onder de werking van het Besluit "
        "risico’s zware ongevallen 2015 en de inrichtingen die behoren tot categorie 4."
    )
    [ref] = [r for r in code.references if r.kind == "law"]
    assert (ref.law, ref.bwb, ref.article) == (
        "Besluit risico's zware ongevallen 2015",
        "BWBR0036791",
        None,
    )
