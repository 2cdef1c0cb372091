"""A citation whose words point at a law the code does not say ("van de wet" with its
definition cut off with the copy) claims no law: its kind is "unresolved", not "law"; a law
named by a name the registry does not know is still a law (the session after round vb)."""

from __future__ import annotations

from codes import parse_text


def _cited(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [
        (r.kind, r.law, r.article, r.resolved)
        for r in parse_text(text).references
        if r.kind != "internal"
    ]


def test_de_wet_undefined_is_unresolved_and_no_law():
    # xn06 (Meierijstad's Wmo verordening): the definition of "wet" lies beyond the excerpt
    code = parse_text(
        "Artikel 3\nEen melding als bedoeld in artikel 2.3.2 van de wet wordt schriftelijk gedaan.\n"
    )
    refs = [r for r in code.references if r.kind != "internal"]
    assert [(r.kind, r.law, r.article, r.resolved) for r in refs] == [
        ("unresolved", "de wet", "2.3.2", False)
    ]
    assert refs[0].url is None
    assert any("the law is left unresolved" in w for w in code.warnings)


def test_die_wet_with_no_law_before_it_is_unresolved():
    assert _cited("Artikel 3\nDe aanvraag als bedoeld in artikel 4 van die wet.\n") == [
        ("unresolved", "die wet", "4", False)
    ]


def test_de_wet_defined_is_the_law():
    text = (
        "Artikel 1\nIn deze verordening wordt verstaan onder:\na. wet: Wet maatschappelijke "
        "ondersteuning 2015;\nArtikel 3\nEen melding als bedoeld in artikel 2.3.2 van de wet.\n"
    )
    kinds = {(kind, law, article) for kind, law, article, _ in _cited(text)}
    assert ("law", "Wet maatschappelijke ondersteuning 2015", "2.3.2") in kinds
    assert not any(kind == "unresolved" for kind, *_ in _cited(text))


def test_a_law_by_a_name_the_registry_does_not_know_is_still_a_law():
    # xb15: "artikel XIII van de Wet van 18 december 2008" names an act by its date
    cited = _cited("Artikel 2\nGelet op artikel XIII van de Wet van 18 december 2008;\n")
    assert [(kind, article) for kind, _, article, _ in cited] == [("law", "XIII")]
