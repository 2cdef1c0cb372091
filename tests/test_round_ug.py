"""Round ug (benchmarks/devset/README.md): the fixes from the real sentences of the ug texts,
bulletin pages and PDF transcripts of gemeenschappelijke regelingen, a provincie and a
waterschap."""

from tests.conftest import law_fields


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "onderdeel"))


# ug11, the definitions of the GR Streekarchief Langstraat Heusden Altena 2024 as the register
# gives them: the onderdeel's letter keeps its point before the comma that closes it.
_DEFINITIONS = (
    "e.\n\n    archiefbescheiden: de in artikel 1, onder c., van de Archiefwet 1995 bedoelde "
    "archiefbescheiden;\n\n  • f.\n\n    archiefbewaarplaats: de in artikel 1, onder f., van de "
    "Archiefwet 1995 bedoelde archiefbewaarplaats;"
)
_ARCHIEFWET = "BWBR0007376"


def test_an_onderdeel_with_its_point_before_a_comma_belongs_to_the_citation():
    """Before, the point after "onder c" ended the citation: "artikel 1, onder c" lost its law
    and "van de Archiefwet 1995" counted as the law named without an article."""
    assert _refs(_DEFINITIONS) == [(_ARCHIEFWET, "1", "c"), (_ARCHIEFWET, "1", "f")]


def test_an_onderdeel_without_the_point_is_read_as_before():
    text = "de in artikel 1, onder c, van de Archiefwet 1995 bedoelde archiefbescheiden;"
    assert _refs(text) == [(_ARCHIEFWET, "1", "c")]


def test_a_point_that_ends_the_sentence_still_ends_the_citation():
    """A capital after the point opens a new sentence: the law there is not the article's."""
    refs = _refs("Zie artikel 1, onder c. Van de Archiefwet 1995 is geen sprake.")
    assert (_ARCHIEFWET, "1", "c") not in refs
