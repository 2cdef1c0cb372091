"""Round v: a title that a PDF or a narrow page wrapped over two or three lines."""

from codes import parse_text
from codes.metadata.title import wrapped


def test_a_title_goes_on_after_a_word_that_cannot_end_it():
    # a02 (Hendrik-Ido-Ambacht) as a PDF wraps it at 60 columns
    text = (
        "Intitulé\n"
        "Gedragscode integriteit voor de burgemeester en de\n"
        "wethouders van de gemeente Hendrik-Ido-\n"
        "Ambacht\n"
        "De raad van de gemeente Hendrik-Ido-Ambacht;\n"
    )
    start = text.index("Gedragscode")
    line = "Gedragscode integriteit voor de burgemeester en de"
    assert wrapped(text, start, line) == (
        "Gedragscode integriteit voor de burgemeester en de wethouders van de gemeente "
        "Hendrik-Ido-Ambacht"
    )


def test_a_hyphen_before_a_conjunction_keeps_its_space():
    text = "Gedragscode Integriteit raads-\nen commissieleden Veere 2022\n\nDe raad"
    assert wrapped(text, 0, "Gedragscode Integriteit raads-") == (
        "Gedragscode Integriteit raads- en commissieleden Veere 2022"
    )


def test_a_complete_title_is_not_joined_to_the_preamble_or_a_date():
    text = "Gedragscode integriteit gemeente Veere\nDe raad van de gemeente Veere;\n"
    assert wrapped(text, 0, "Gedragscode integriteit gemeente Veere") == (
        "Gedragscode integriteit gemeente Veere"
    )
    # an open end followed by the preamble or a date line stays as it is
    text = "Regeling melding van\nDe raad van de gemeente Veere;\n"
    assert wrapped(text, 0, "Regeling melding van") == "Regeling melding van"
    text = "Regeling melding van\n12 mei 2016\n"
    assert wrapped(text, 0, "Regeling melding van") == "Regeling melding van"


def test_the_intitule_of_a_wrapped_page_is_whole():
    # b01 (Zeeland) wrapped at 78 columns
    text = (
        "Intitulé\n\n"
        "Besluit van provinciale staten van Zeeland houdende vaststelling van de\n"
        "Gedragscode Politieke Ambtsdragers 2024\n\n"
        "Provinciale Staten van Zeeland;\n\n"
        "gelet op artikel 15, derde lid, van de Provinciewet;\n"
    )
    code = parse_text(text, "b01.txt")
    assert code.metadata.title == (
        "Besluit van provinciale staten van Zeeland houdende vaststelling van de "
        "Gedragscode Politieke Ambtsdragers 2024"
    )
