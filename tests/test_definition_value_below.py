"""A definition whose value stands lines below its word, as `pdftotext -layout` gives a PDF's
definition table: w10 (Waterschap Rijn en IJssel, Verordening behandeling bezwaren 2017)."""

from codes import parse_text

_W10 = (
    "Artikel 1 Begripsbepalingen\n"
    "In deze verordening wordt verstaan onder:\n\n"
    "                                           • h.\n\n"
    "                                       Waterschap:\n\n"
    "                              het Waterschap Rijn en IJssel;\n\n"
    "                                           • i.\n\n"
    "                                           Wet:\n\n"
    "                              de Algemene wet bestuursrecht.\n\n"
    "Artikel 2 Instelling\n"
    "Een belanghebbende als bedoeld in artikel 1:2 van de wet kan bezwaar maken.\n"
)


def _cited(text: str) -> list[tuple[str | None, str | None]]:
    code = parse_text(text, "w10.txt")
    return [(r.bwb, r.article) for r in code.references if r.kind == "law" and r.article]


def test_the_value_below_its_word_defines_de_wet():
    """Before, the blanks after "Wet:" put the value out of the definition's reach and
    "artikel 1:2 van de wet" stayed unresolved."""
    assert _cited(_W10) == [("BWBR0005537", "1:2")]


def test_a_colon_far_from_any_law_defines_nothing():
    text = _W10.replace("de Algemene wet bestuursrecht.", "een regeling van het waterschap.")
    assert _cited(text) == [(None, "1:2")]
