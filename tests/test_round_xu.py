"""Round xu (citation-heavy regulations of the social domain): the round's fixes, each built from
the real sentence of a devset text (benchmarks/devset/README.md, round xu)."""

from __future__ import annotations

from pathlib import Path

from codes import parse_file, parse_text

TEXTS = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "texts"


def _laws(code) -> list[tuple[str, str | None, str | None]]:
    return [(r.law, r.bwb, r.article) for r in code.references if r.kind == "law"]


def test_regulations_of_the_wet_inburgering_2021_are_not_the_old_ones():
    # xu06 Oss: "Besluit: het Besluit inburgering 2021;" and "Regeling: de Regeling inburgering
    # 2021;" name the acts under the Wet inburgering 2021, not the Besluit (BWBR0020674) and the
    # Regeling inburgering (BWBR0020657) of 2006 whose words they begin with.
    code = parse_file(next(TEXTS.glob("xu06-*.txt")))
    laws = {law for law, _, article in _laws(code) if not article}
    assert {"Besluit inburgering 2021", "Regeling inburgering 2021"} <= laws
    assert not {bwb for _, bwb, _ in _laws(code)} & {"BWBR0020674", "BWBR0020657"}


def test_old_besluit_inburgering_keeps_its_id():
    code = parse_text("Gelet op artikel 3.1 van het Besluit inburgering;\n")
    assert ("Besluit inburgering", "BWBR0020674", "3.1") in _laws(code)
