"""A code's "de wet" defined as an act the law registry does not list (an act of after the
2015 BWB list it is built from): the definition decides, not the act named last before."""

from codes import parse_text

_PREAMBLE = (
    "De raad van de gemeente Utrecht;\n\n"
    "gelet op artikel 2 van de Wet goed verhuurderschap en artikel 149 van de Gemeentewet;\n\n"
    "besluit vast te stellen de Verordening goed verhuurderschap.\n\n"
)


def _cited_in_article_2(definition: str) -> list[tuple[str | None, str | None, str | None]]:
    text = (
        _PREAMBLE + "Artikel 1 Begrippen\nIn deze verordening wordt verstaan onder:\n"
        f"{definition}\nb. college: het college van burgemeester en wethouders.\n\n"
        "Artikel 2 Weigering\nOp grond van artikel 10 van de wet kan het college weigeren.\n"
    )
    code = parse_text(text, "test.txt")
    return [(r.law, r.bwb, r.article) for r in code.references if r.node == "art_2"]


def test_de_wet_is_the_unlisted_act_its_definition_names():
    """Before, "artikel 10 van de wet" fell back to the Gemeentewet, named last in the
    preamble, because the registry knows no "Wet goed verhuurderschap"."""
    expected = [("Wet goed verhuurderschap", None, "10")]
    assert _cited_in_article_2("a. wet: Wet goed verhuurderschap;") == expected
    assert _cited_in_article_2("a. wet: de Wet goed verhuurderschap;") == expected


def test_a_listed_act_in_the_definition_is_read_as_before():
    assert _cited_in_article_2("a. wet: Gemeentewet;") == [("Gemeentewet", "BWBR0005416", "10")]


def test_a_title_of_another_kind_or_a_decentral_name_defines_no_act():
    """ "wet: Besluit ..." defines no act by its title, and a name that names a body is a
    decentral regulation's: "de wet" then points back, as before."""
    for definition in (
        "a. wet: Besluit goed verhuurderschap;",
        "a. wet: Wet van de gemeente Utrecht;",
    ):
        assert _cited_in_article_2(definition) == [("Gemeentewet", "BWBR0005416", "10")]
