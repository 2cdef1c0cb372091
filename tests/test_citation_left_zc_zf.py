"""Citation misses the rounds zc-zf left: each from its real sentence, with the
references it must give (and the ones it must not)."""

from __future__ import annotations

from codes import parse_text


def _named(code) -> list[tuple[str, str | None]]:
    return [(r.law, r.bwb) for r in code.references if r.kind == "law" and not r.article]


def test_the_registry_knows_the_brzo_1999_and_the_oms_richtlijn():
    # Mandaatbesluit BRZO/IPPC Omgevingsdienst Noordzeekanaalgebied 2013 (zf09): the act
    # the 2015 one replaced, no BWB id confirmed, so no link
    code = parse_text(
        "Overwegende dat het wenselijk is dat de directeur mandaat krijgt voor de bedrijven "
        "die vallen onder het Besluit risico’s zware ongevallen 1999 en of categorie 4 van "
        "de Richtlijn Integrated Pollution Prevention and Control (2008/1/EG);"
    )
    assert _named(code) == [("Besluit risico's zware ongevallen 1999", None)]
    # Ondermandaatbesluit ODMH 2025 (zf10): the OM's guideline is in the BWB as a
    # beleidsregel, its title cut there ("... etc")
    code = parse_text(
        "Het mandaat geldt voor de bevoegdheden als bedoeld in\n"
        "    de Richtlijn bestuurlijke strafbeschikkingsbevoegdheid milieu- en keurfeiten."
    )
    assert _named(code) == [
        ("Richtlijn bestuurlijke strafbeschikkingsbevoegdheid milieu- en keurfeiten", "BWBR0034494")
    ]
