"""Round zc: metadata of texts dense in citations (a waterschap's tax regulation as a
docplayer transcript, one line per page)."""

from codes import parse_text
from codes.metadata.stated_name import enacted

# zc01: the transcript's page goes on from the name the decision adopts to the first heading.
HOLLANDSE_DELTA = (
    "1 WATERSCHAPSBLAD 20 Officiële uitgave van het dagelijks bestuur van het Waterschap "
    "Hollandse Delta Nr december 2017 Verordening zuiveringsheffing waterschap Hollandse Delta "
    "2018 De Verenigde Vergadering van het waterschap Hollandse Delta; gelet op de artikelen "
    "110, 113 en hoofdstuk XVIIb van de Waterschapswet; B E S L U I T : vast te stellen de: "
    "Verordening zuiveringsheffing waterschap Hollandse Delta 2018 Begripsbepalingen Artikel 1 "
    "Deze verordening verstaat onder: a. stoffen: de stoffen genoemd in artikel 6;"
)


def test_the_adopted_name_stops_before_a_run_in_heading():
    (candidate,) = enacted(HOLLANDSE_DELTA)
    assert candidate.value == "Verordening zuiveringsheffing waterschap Hollandse Delta 2018"
    assert HOLLANDSE_DELTA[candidate.start : candidate.end] == candidate.value
    assert parse_text(HOLLANDSE_DELTA).metadata.title == candidate.value


def test_a_name_citing_an_article_in_lowercase_keeps_it():
    (candidate,) = enacted("besluit: vast te stellen de Beleidsregel artikel 13b Opiumwet 2020.")
    assert candidate.value == "Beleidsregel artikel 13b Opiumwet 2020"
