"""Round xt (regulations found by a subject joined with a province, region or year): pinned.

The first run found nothing to fix on the saved texts (benchmarks/devset/README.md, round xt);
these tests hold the round's right readings, read from the devset's own texts, and the one fix its
hard-wrapped copies asked for: an adoption sentence broken over lines.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_variants import hard_wrapped
from codes import parse_file, parse_text

TEXTS = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "texts"


def _text(name: str) -> str:
    return next(TEXTS.glob(f"{name}*.txt")).read_text(encoding="utf-8")


def test_adoption_sentence_over_wrapped_lines():
    # xt05 Lingewaard, wrapped at 78 columns as a mail or a PDF has it: "Het College van
    # burgermeester en wethouders heeft op 27 mei 2025 de" / "Beleidsregels ... 2025" /
    # "vastgesteld. Met het vaststellen ...".
    wrapped = hard_wrapped(_text("xt05-"), 78)
    assert "heeft op 27 mei 2025 de\n" in wrapped
    assert parse_text(wrapped).metadata.adopted_on == "2025-05-27"


def test_blank_line_ends_the_adoption_sentence():
    # A paragraph that dates nothing is not joined to a later "vastgesteld" across a blank line.
    code = parse_text(
        "Het college heeft op 3 maart 2020 de raad ingelicht\n\nover de regels die zijn vastgesteld\n"
    )
    assert code.metadata.adopted_on != "2020-03-03"


def test_gelet_op_with_two_laws():
    # xt01 Groningen: "Gelet op de artikelen 149 en 225 van de Gemeentewet en artikel 2a van de
    # Wegenverkeerswet 1994;"
    code = parse_file(next(TEXTS.glob("xt01-*.txt")))
    found = {(r.bwb, r.article) for r in code.references if r.kind == "law" and r.article}
    assert found == {("BWBR0005416", "149"), ("BWBR0005416", "225"), ("BWBR0006622", "2a")}


def test_colon_articles_of_two_codes():
    # xt07 Volkskredietbank: "artikel 1:1 van de Wet op het financieel toezicht" and "artikel
    # 1:431 e.v. van het Burgerlijk Wetboek" (Boek 1 by the colon number).
    code = parse_file(next(TEXTS.glob("xt07-*.txt")))
    found = {(r.bwb, r.article) for r in code.references if r.kind == "law" and r.article}
    assert ("BWBR0020368", "1:1") in found
    assert ("BWBR0002656", "1:431") in found
    assert code.metadata.organisation == "Volkskredietbank Noord-Oost Groningen"
