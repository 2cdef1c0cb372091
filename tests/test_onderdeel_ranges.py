"""A range of onderdelen ("onderdelen a tot en met g", "onder 1° t/m 3°") cites each of them,
as a range of leden cites each lid (the devset's convention, `benchmarks/devset/README.md`).
Before, the range stopped the list and the whole citation was lost."""

from codes import parse_text

from .conftest import law_refs

# xu10 (Ridderkerk, Verordening maatschappelijke ondersteuning 2019): "de Wet" is defined in
# the chapter the copy lost, so the law stays unresolved; the sentence goes on with its verb.
_XU10 = (
    "Artikel 5\nDe cliënt wordt na de melding in de gelegenheid het plan te overhandigen waarin hij "
    "de omstandigheden, bedoeld in artikel 2.3.2, vierde lid, onderdelen a tot en met g, van de Wet "
    "beschrijft.\n"
)


def _refs(text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    return law_refs(parse_text(text, "test.txt"), ("law", "unresolved"))


def test_each_onderdeel_of_the_range_is_cited():
    refs = _refs(_XU10)
    assert [r[3] for r in refs] == list("abcdefg")
    assert {r[:3] for r in refs} == {("de wet", "2.3.2", 4)}


def test_the_verb_after_de_wet_is_no_part_of_a_name():
    """ "van de Wet beschrijft" is the defined "de Wet" and the sentence's verb, not a law
    named "Wet beschrijft"."""
    assert all(r[0] == "de wet" for r in _refs(_XU10))


def test_numbered_onderdelen_and_a_range_before_a_last_one():
    refs = _refs("gelet op artikel 156, derde lid, onder 1° t/m 3° en 5°, van de Gemeentewet;")
    assert [(r[1], r[2], r[3]) for r in refs] == [("156", 3, n) for n in ("1", "2", "3", "5")]


def test_a_list_without_a_range_is_read_as_before():
    refs = _refs("gelet op artikel 160, eerste lid, onder a, e en h van de Gemeentewet;")
    assert [r[3] for r in refs] == ["a", "e", "h"]
