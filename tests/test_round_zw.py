"""Rules from round zw (a representative held-out round); each test built from the real text."""

from codes import parse_text
from codes.metadata import adopter

# zw06, Zuid-Holland: the decision heading without its "van" opens the preamble
_NAJAARSNOTA = (
    "Intitulé\n\n"
    "Vaststelling en aanpassing subsidieplafonds en begrotingssubsidies najaarsnota 2019\n\n"
    "Besluit Provinciale Staten van Zuid-Holland,\n\n"
    "Gelezen het voorstel van Gedeputeerde Staten van 1 oktober 2019, met het besluitnummer "
    "PZH-2019-707519702;\n\n"
    "Gelet op Artikel 216 van de Provinciewet en de financiële verordening provincie Zuid-Holland "
    "2017, artikel 5;\n\nBesluiten:\n\nVast te stellen de najaarsnota 2019;\n"
)


def test_a_bare_decision_word_before_the_body_heads_its_decision():
    # Not "het voorstel van Gedeputeerde Staten": the staten decide, the deputies propose.
    code = parse_text(_NAJAARSNOTA, "zw06.txt")
    assert code.metadata.adopted_by == "provinciale staten"


def test_a_lowercase_besluit_in_the_preamble_opens_no_body():
    # "besluit:" closing a preamble is no heading: the body after it on the line is not read.
    text = "De raad van de gemeente X;\ngelet op artikel 149 van de Gemeentewet;\nbesluit: burgemeester en wethouders te verzoeken\n"
    terms = [c.value for c in adopter.adopted_by(text)]
    assert "college van burgemeester en wethouders" not in terms
