"""Round uc (benchmarks/devset/README.md): the citation rule from the real sentence of
uc04, with the shapes it must leave alone."""

from codes import parse_text

_DEN_HAAG = """REGELING NEVENWERKZAAMHEDEN EN FINANCIËLE BELANGEN

HET COLLEGE VAN BURGEMEESTER EN WETHOUDERS,

  • -

    gelet op het bepaalde in artikel 15:1e en 15:1f van de Arbeidsvoorwaardenregeling gemeente Den Haag,

  • -

    mede gelet op het gestelde in artikel 125 Ambtenarenwet juncto 160 Gemeentewet;

Besluit:
"""


def _laws(text: str) -> list[tuple[str, str, str]]:
    code = parse_text(text, "test.txt")
    refs = [r for r in code.references if r.kind == "law"]
    return sorted((r.bwb or r.law or "", str(r.article or ""), str(r.lid or "")) for r in refs)


def test_a_bare_number_after_juncto_is_an_article_of_the_law_that_follows():
    """uc04: 'artikel 125 Ambtenarenwet juncto 160 Gemeentewet' cites article 160 of the
    Gemeentewet, as 'en 160 Gemeentewet' would; the Gemeentewet is not named without one."""
    assert _laws(_DEN_HAAG) == [("BWBR0001947", "125", ""), ("BWBR0005416", "160", "")]


def test_jo_abbreviated_joins_the_same_way():
    text = "gelet op artikel 125 Ambtenarenwet jo. 160 Gemeentewet;\n"
    assert _laws(text) == [("BWBR0001947", "125", ""), ("BWBR0005416", "160", "")]


def test_juncto_within_one_law_keeps_its_law():
    """Inside one citation 'juncto' already joined the articles of the law named after
    them (b03's 'de artikelen 15, derde lid, 105, eerste lid juncto 143 van de
    Provinciewet'): unchanged."""
    text = "gelet op de artikelen 15, derde lid, 105, eerste lid juncto 143 van de Provinciewet;\n"
    assert _laws(text) == [
        ("BWBR0005645", "105", "1"),
        ("BWBR0005645", "143", ""),
        ("BWBR0005645", "15", "3"),
    ]


def test_a_bare_number_after_juncto_without_a_law_after_it_cites_nothing():
    """No law closes the number ('juncto 160 van deze regeling' is the regulation's own):
    no citation of the law named before."""
    text = "gelet op artikel 125 Ambtenarenwet juncto 16 van deze regeling;\n"
    assert _laws(text) == [("BWBR0001947", "125", "")]
