"""Round ux (benchmarks/devset/README.md): the fixes from the real sentences of the round's
integrity procedures, each with a near miss that is still read as before."""

from tests.conftest import law_fields

# ux03, an expydoc copy of Weert's raadsvoorstel: the header's agenda codes, as the copy
# gives them.
_HEADER = (
    "Wolfs, Madeleine GRIFFIE S0GRI\n"
    "RAD: RAD140325 2014-03-25T00:00:00+01:00 BW: BW140218\n"
    "ONDERWERP\n"
)


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("law", "article"))


def test_a_time_zone_before_an_agenda_code_is_no_article_of_the_bw():
    """ "+01:00 BW" is a time zone and the label of burgemeester en wethouders' agenda code;
    before, it was article 1:00 of the Burgerlijk Wetboek, and with the number gone the
    label "BW:" still named the code."""
    assert _refs(_HEADER) == []


def test_a_book_and_its_article_before_the_bw_are_read_as_before():
    refs = _refs("de huurprijs, bedoeld in 7:248 BW, en 2:5 Awb;")
    assert [article for _law, article in refs] == ["7:248", "2:5"]


def test_a_definition_of_the_abbreviation_still_names_the_law():
    """A label whose value is words, not a code, is a definition that names the law."""
    assert [law for law, _article in _refs("Awb: Algemene wet bestuursrecht;\n")]
