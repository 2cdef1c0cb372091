"""Citation shapes of the u round of the development set (regulations that name laws
and then use their abbreviation or a defined word): each from its real sentence, with
the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text


def _laws(code) -> list[tuple[str, str | None]]:
    return [(r.law, r.article) for r in code.references if r.kind == "law"]


def test_a_bracketed_abbreviation_after_a_name_is_that_law_for_the_whole_code():
    # Wpg-beleid Brabantse Waterschappen 2025-2027 (u09): "Wpg" is the registry's
    # abbreviation of the Wet publieke gezondheid, but this code glosses the Wet
    # politiegegevens with it, so each later "de Wpg" is the Wet politiegegevens.
    code = parse_text(
        "De Wet politiegegevens (Wpg) regelt hoe waterschappen persoonsgegevens "
        "(politiegegevens) mogen verwerken. De Brabantse Waterschappen hebben ervoor gekozen "
        "om de Wpg voor een belangrijk deel te implementeren in de applicatie BRS. De AVG is "
        "niet van toepassing op gegevens die worden verwerkt voor de opsporing of vervolging "
        "van strafbare feiten. Voor dat soort gegevens geldt de Wpg.\n"
    )
    assert _laws(code) == [("Wet politiegegevens", None)] * 3
    # without the gloss the registry's meaning stands, and a gloss of the same law
    # still names it once
    assert _laws(parse_text("Voor dat soort gegevens geldt de Wpg.\n")) == [
        ("Wet publieke gezondheid", None)
    ]
    code = parse_text("De Wet publieke gezondheid (Wpg) regelt de GGD. Zie de Wpg.\n")
    assert _laws(code) == [("Wet publieke gezondheid", None)] * 2


def test_de_regeling_defined_as_the_capitalised_gemeenschappelijke_regeling_is_internal():
    # Gemeenschappelijke Regeling Regionaal Archief West-Brabant (u03): the definitions
    # capitalise the regeling's own name; "artikel 4 van de regeling" is its own article.
    text = (
        "Artikel 1\n\nIn deze gemeenschappelijke regeling wordt verstaan onder:\n\n"
        "a. De regeling: de Gemeenschappelijke Regeling Regionaal Archief West-Brabant\n\n"
        "k. Algemeen Bestuur: het in artikel 4 van de regeling bedoeld bestuursorgaan\n"
    )
    assert [(r.kind, r.article) for r in parse_text(text).references] == [("internal", "4")]
    # a capitalised regulation of another name is not the code ("regeling" stays unresolved
    # or local, never internal)
    text = (
        "Artikel 1\n\nIn dit besluit wordt verstaan onder:\n\n"
        "a. regeling: de Regeling ambtelijke organisatie Noord-Brabant 2018\n\n"
        "b. bureau: het bureau bedoeld in artikel 4 van de regeling\n"
    )
    assert ("internal", "4") not in [(r.kind, r.article) for r in parse_text(text).references]
