"""A footnote number glued to a law's name in a copied Staatsblad page: the name is still
found, and the number is no article. From the real sentences; hand-checked."""

from codes import parse_text
from codes.citations.footnotes import footnote_mark


def _laws(text: str) -> list[tuple]:
    code = parse_text(text, "x.txt")
    return [(r.law, r.bwb, r.article) for r in code.references if r.kind == "law"]


def test_a_name_with_a_glued_footnote_number_is_still_named():
    # zt13 (Stb. 2001, 237) and zl13 (Stb. 1999, 598): the superscript "1" lost its raising.
    assert _laws(
        "Het Rechtspositiebesluit voorzitters waterschappen1 wordt als volgt gewijzigd:\n"
    ) == [("Rechtspositiebesluit voorzitters waterschappen", "BWBR0005238", None)]
    assert _laws("De Wet voorzieningen gehandicapten1 wordt gewijzigd als volgt:\n") == [
        ("Wet voorzieningen gehandicapten", "BWBR0006169", None)
    ]


def test_a_footnote_mark_is_one_or_two_digits_after_a_lowercase_letter_then_a_break():
    text = "gehandicapten1 wordt"
    assert footnote_mark(text, len("gehandicapten"))
    assert footnote_mark("waterschappen12, en", len("waterschappen"))
    assert footnote_mark("gehandicapten1.", len("gehandicapten"))
    # a year, a number or a word glued on is no footnote mark
    assert not footnote_mark("Wmo2015 ", 3)
    assert not footnote_mark("gehandicapten123 ", len("gehandicapten"))
    assert not footnote_mark("wet1.2 ", 3)
    assert not footnote_mark("wet1a ", 3)
    assert not footnote_mark("BRP1 ", 3)  # after a capital: an abbreviation's own number


def test_an_abbreviation_takes_no_glued_number():
    # "Wmo2015" is no footnote: an abbreviation followed by digits is another word
    assert _laws("De Wmo2 regelt dit.\n") == []
