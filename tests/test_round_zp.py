"""Registry gaps of round zp (recent texts citing the newest law), each from its real sentence."""

from __future__ import annotations

from codes import parse_text


def _laws(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.law, r.bwb, r.article) for r in parse_text(text).references if r.kind == "law"]


def test_the_laws_named_in_velsens_definitions_are_known():
    # Velsen's Beleidsregels schuldhulpverlening 2023 (zp08): the definitions name the Wgs,
    # its Besluit of 2021 and the Wet vereenvoudiging beslagvrije voet; the last two were
    # unknown to the registry, so no law was named at all.
    text = (
        "Het college van burgemeester en wethouders van de gemeente Velsen\n"
        "gelet op:\n- artikel 3 van de Wet gemeentelijke schuldhulpverlening;\n"
        "besluit vast te stellen de volgende regeling:\n\n"
        "Artikel 1. Begripsbepalingen\nIn deze beleidsregels wordt verstaan onder:\n"
        "Wet: de Wet gemeentelijke schuldhulpverlening (Wgs);\n"
        "Besluit gemeentelijke schuldhulpverlening (Bgs);\n"
        "Wet vereenvoudiging beslagvrije voet (wvvbv);\n"
    )
    laws = _laws(text)
    assert ("Wet gemeentelijke schuldhulpverlening", "BWBR0031331", "3") in laws
    # no BWB id is confirmed for either: named, without a link rather than a wrong one
    assert ("Besluit gemeentelijke schuldhulpverlening", None, None) in laws
    assert ("Wet vereenvoudiging beslagvrije voet", None, None) in laws


def test_the_comptabiliteitswet_2016_is_not_the_act_of_2001():
    # NJB's note on the Wet versterking decentrale rekenkamers (zp10): "Comptabiliteitswet
    # 2016" was read as the bare title "Comptabiliteitswet", the act of 2001 it replaced.
    text = (
        "Dit besluit berust op de Gemeentewet, de Provinciewet en de Comptabiliteitswet 2016 "
        "in verband met het afschaffen van de decentrale rekenkamerfunctie.\n"
    )
    laws = [law for law, _, _ in _laws(text)]
    assert "Comptabiliteitswet 2016" in laws
    assert "Comptabiliteitswet 2001" not in laws


def test_the_bare_comptabiliteitswet_is_the_act_in_force_on_the_texts_date():
    # The bare title still names the 2001 act in a text of before 2018, and its successor after.
    old = _laws("Vastgesteld op 1 maart 2010.\n\nGelet op artikel 20 van de Comptabiliteitswet;\n")
    new = _laws("Vastgesteld op 1 maart 2023.\n\nGelet op artikel 2.1 van de Comptabiliteitswet;\n")
    assert ("Comptabiliteitswet 2001", "BWBR0013891", "20") in old
    assert ("Comptabiliteitswet 2016", None, "2.1") in new
