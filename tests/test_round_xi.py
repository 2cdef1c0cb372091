"""Rules from round xi (regulations of provincies, waterschappen and gemeenschappelijke
regelingen: veiligheidsregio mandates, provincial reglementen, subsidy and tax verordeningen);
each test built from the real sentence."""

from codes import parse_text


def _law_refs(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.law, r.article, r.range)
        for r in parse_text(text).references
        if r.kind == "law" and r.article
    ]


# xi01, Veiligheidsregio Brabant-Zuidoost: Regeling mandaat, volmacht en machtiging 2023, gelet op.
_BRABANT_ZUIDOOST = (
    "Het Dagelijks Bestuur van Veiligheidsregio Brabant-Zuidoost, respectievelijk de voorzitter "
    "van Veiligheidsregio Brabant-Zuidoost, ieder voor zover het zijn bevoegdheden betreft;\n\n"
    "Gelet op:\n\n"
    " • -\n\n  Afdeling 10.1.1. van de Algemene wet bestuursrecht;\n\n"
    " • -\n\n  Artikel 33 tot en met artikel 33d van de Wet gemeenschappelijke regelingen;\n\n"
    "Besluit:\n"
)


def test_a_range_that_says_artikel_again_after_tot_en_met_keeps_both_endpoints():
    refs = _law_refs(_BRABANT_ZUIDOOST)
    assert refs == [
        ("Wet gemeenschappelijke regelingen", "33", "33-33d"),
        ("Wet gemeenschappelijke regelingen", "33d", "33-33d"),
    ]


def test_t_m_with_artikel_again_is_the_same_range():
    refs = _law_refs(
        "gelet op artikel 33 t/m artikel 33d van de Wet gemeenschappelijke regelingen;\n"
    )
    assert [(article, span) for _, article, span in refs] == [("33", "33-33d"), ("33d", "33-33d")]


def test_a_range_without_the_word_repeated_is_read_as_before():
    refs = _law_refs("gelet op de artikelen 220 tot en met 220h van de Gemeentewet;\n")
    assert refs == [("Gemeentewet", "220", "220-220h"), ("Gemeentewet", "220h", "220-220h")]


def test_artikel_after_a_plain_en_still_opens_its_own_item():
    # "en artikel" is no range: two articles, no range recorded.
    refs = _law_refs(
        "gelet op artikel 33 en artikel 33d van de Wet gemeenschappelijke regelingen;\n"
    )
    assert refs == [
        ("Wet gemeenschappelijke regelingen", "33", None),
        ("Wet gemeenschappelijke regelingen", "33d", None),
    ]
