"""A definition whose value stands lines below its word, as `pdftotext -layout` gives a PDF's
definition table: w10 (Waterschap Rijn en IJssel, Verordening behandeling bezwaren 2017)."""

from .conftest import law_refs_in

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


def test_the_value_below_its_word_defines_de_wet():
    """Before, the blanks after "Wet:" put the value out of the definition's reach and
    "artikel 1:2 van de wet" stayed unresolved."""
    awb = ("Algemene wet bestuursrecht", "BWBR0005537")
    assert law_refs_in(_W10) == [(*awb, None, None), (*awb, "1:2", None)]


def test_a_colon_far_from_any_law_defines_nothing():
    text = _W10.replace("de Algemene wet bestuursrecht.", "een regeling van het waterschap.")
    # "de wet" names no law here: the reference stays, unresolved, and claims no law
    assert law_refs_in(text) == []
    assert law_refs_in(text, ("unresolved",)) == [("de wet", None, "1:2", None)]
