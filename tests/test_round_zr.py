"""Metadata rules from round zr (copied pages); each test built from the real text of the devset."""

from codes import parse_text
from codes.metadata import adopter, adoption

# zr13, Alphen-Chaam's nota on the register: the concept, then the adoption, then the
# document's own place and date
_ALPHEN_CHAAM = (
    "Nota evenementenbeleid 2006\n\nGeldend van 19-01-2007 t/m heden\n\nIntitulé\n\n"
    "Nota evenementenbeleid 2006\n\n"
    "In concept vastgesteld door de burgemeester en college op 4 juli 2006.\n\n"
    "Vastgesteld door de burgemeester en het college op 19 december 2006\n\n"
    "Alphen.NB, 15 december 2006\n\nAfdeling ROB, M. Hoekstra\n\n"
    "1. Aanleiding\n\nIn Alphen-Chaam vinden jaarlijks kleine en grote(re) evenementen plaats.\n"
)


def _metadata(text: str):
    return parse_text(text, "zr.txt").metadata


def test_a_draft_adopted_in_concept_dates_no_adoption():
    assert _metadata(_ALPHEN_CHAAM).adopted_on == "2006-12-19"
    draft = "In concept vastgesteld door de burgemeester en college op 4 juli 2006.\n"
    assert [c.value for c in adoption.adoption(draft)] == []
    # the same words without the draft's qualifier still date it
    adopted = "Vastgesteld door de burgemeester en college op 4 juli 2006.\n"
    assert [c.value for c in adoption.adoption(adopted)] == ["2006-07-04"]


def test_a_statement_reads_every_body_it_names():
    # "de burgemeester en het college" decide together: the collegial one (the convention)
    assert _metadata(_ALPHEN_CHAAM).adopted_by == "college van burgemeester en wethouders"
    statement = "Vastgesteld door de burgemeester en het college op 19 december 2006\n"
    # "het college" alone is the gemeente's college only once the type is known
    assert [c.value for c in adopter.adopted_by(statement)] == ["burgemeester en het college"]
    assert adopter.term("burgemeester en het college", "gemeente") == (
        "college van burgemeester en wethouders"
    )
    # one body stays that body
    alone = "Vastgesteld door de burgemeester op 19 december 2006\n"
    assert [c.value for c in adopter.adopted_by(alone)] == ["burgemeester"]


def test_a_capital_article_glued_to_the_intitule_opens_the_preamble():
    # zr15, Hof van Twente's lokaleregelgeving text view runs the title into the preamble
    text = (
        "Evaluatie van het gemeentelijk KGO beleid\nGeldend van 07-03-2023 t/m heden\nIntitulé\n"
        "Evaluatie van het gemeentelijk KGO beleidDe raad van de gemeente Hof van Twente;\n"
        "gelezen het voorstel van burgemeester en wethouders;\nbesluit:\n"
        "1. kennis te nemen van de evaluatie van het gemeentelijk KGO beleid;\n"
    )
    assert _metadata(text).adopted_by == "gemeenteraad"
    # within a sentence the article is lowercase after a word: no opening there
    running = (
        "Dit is besproken met de raad van de gemeente Hof van Twente; gelezen het voorstel van "
        "burgemeester en wethouders;\n"
    )
    assert [c for c in adopter.adopted_by(running) if c.rule == "preamble"] == []
