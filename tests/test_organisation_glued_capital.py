"""A register name with the next line's capital glued on ("Gemeente WaalreBijgewerkt"): a copy
that ran the intitulé's three lines into one (t14 and u12, Waalre's APV 2009 on the CVDR)."""

from codes import parse_text

_T14 = (
    "APV 2009\n\nIntitulé\n\nAPV 2009\n\n"
    "Algemene Plaatselijke VerordeningGemeente WaalreBijgewerkt tot en met 31 januari 2009\n\n"
    "Hoofdstuk 1 ALGEMENE BEPALINGEN\n\nArtikel 1.1 Begripsomschrijvingen\n\n"
    "In deze verordening wordt verstaan onder:\n"
)


def test_the_name_glued_to_the_next_capital_is_the_organisation():
    """Before, the capital glued after "Waalre" made it no whole word: no organisation."""
    assert parse_text(_T14, "t14.txt").metadata.organisation == "Waalre"


def test_a_name_inside_a_longer_word_is_still_no_place():
    """ "Waalres" or "Waalrewijk" goes on in lowercase: no whole word, as before."""
    text = _T14.replace("WaalreBijgewerkt", "WaalrewijkBijgewerkt")
    assert parse_text(text, "t14.txt").metadata.organisation is None
