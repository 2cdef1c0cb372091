"""Rules from round xf (regulations of the Omgevingswet era, 2022-2026: adviesrecht, leges,
VTH verordeningen, participatiebeleid, mandates); each test built from the real sentence."""

from codes import parse_text


def _law_refs(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return [
        (r.law, r.article, r.lid, r.onderdeel)
        for r in parse_text(text).references
        if r.kind == "law" and r.article
    ]


# xf02, provincie Fryslân: Legesverordening 2024, gelet op.
_FRYSLAN = (
    "Provinciale staten van Fryslân,\n\n"
    "gelet op de artikelen 220 en 223, eerste lid, aanhef en onderdeel b, en volgende van de "
    "Provinciewet en artikel 13.1a van de Omgevingswet; besluiten vast te stellen de volgende "
    "verordening:\n"
)


def test_an_open_range_set_off_by_a_comma_keeps_the_chain_and_its_law():
    refs = _law_refs(_FRYSLAN)
    assert ("Provinciewet", "220", None, None) in refs
    assert ("Provinciewet", "223", 1, "b") in refs
    assert ("Omgevingswet", "13.1a", None, None) in refs
    # the law is named for the chain, not as a law named without an article
    named = [r for r in parse_text(_FRYSLAN).references if r.kind == "law" and not r.article]
    assert named == []


def test_an_open_range_without_a_comma_is_read_as_before():
    refs = _law_refs("gelet op artikel 160 en volgende van de Gemeentewet;\n")
    assert refs == [("Gemeentewet", "160", None, None)]
