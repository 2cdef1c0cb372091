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


def test_defined_wet_before_an_infinitive_is_no_law_name():
    # xu10 Ridderkerk: "een persoonlijk plan als bedoeld in artikel 2.3.2, tweede lid, van de Wet op
    # te stellen" -- "op te stellen" is the sentence's verb, so "de Wet" is the defined word.
    text = (
        "In deze verordening wordt verstaan onder Wet: de Wet maatschappelijke ondersteuning 2015.\n"
        "Het college brengt de cliënt op de hoogte van de mogelijkheid om een persoonlijk plan als "
        "bedoeld in artikel 2.3.2, tweede lid, van de Wet op te stellen.\n"
    )
    refs = [r for r in parse_text(text).references if r.kind == "law" and r.article]
    assert [(r.law, r.article, r.lid, r.resolved_via) for r in refs] == [
        ("Wet maatschappelijke ondersteuning 2015", "2.3.2", 2, "definition")
    ]


def test_wet_op_a_subject_is_still_a_name():
    code = parse_text("gelet op artikel 4 van de Wet op het primair onderwijs;\n")
    assert ("Wet op het primair onderwijs", "BWBR0003420", "4") in _laws(code)


def test_lowercase_wet_before_a_name_in_capitals_names_the_law():
    # xu01 Neder-Betuwe: "de wet Verbetering Arbeidsmarktpositie Alleenstaande Ouders" -- the
    # capital after "wet" opens the name as a capital "Wet" would.
    code = parse_text(
        "Gelet op de wet Verbetering Arbeidsmarktpositie Alleenstaande Ouders en de Participatiewet;\n"
    )
    assert "BWBR0025029" in {bwb for _, bwb, _ in _laws(code)}


def test_lowercase_wet_and_name_in_lowercase_stay_unread():
    # All in lowercase nothing marks a name: a title outside the curated list needs a capital.
    code = parse_text(
        "Gelet op de wet verbetering arbeidsmarktpositie alleenstaande ouders en de Participatiewet;\n"
    )
    assert {bwb for _, bwb, _ in _laws(code)} == {"BWBR0015703"}


def test_hyphenated_gemeente_written_with_a_blank_is_the_registers():
    # xu01: "De raad van de gemeente Neder Betuwe , gelezen het voorstel ..." is Neder-Betuwe.
    from codes.organisations import register

    assert register().lookup("Neder Betuwe").name == "Neder-Betuwe"
    assert register().lookup("Hendrik Ido Ambacht").name == "Hendrik-Ido-Ambacht"
    code = parse_file(next(TEXTS.glob("xu01-*.txt")))
    assert code.metadata.organisation == "Neder-Betuwe"
