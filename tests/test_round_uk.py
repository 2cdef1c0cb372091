"""Round uk (benchmarks/devset/README.md): the fixes from the real sentences of uk01, a
docplayer transcript of Krimpen aan den IJssel's Verordening individuele inkomenstoeslag
2015, and uk11, the Mandaatregeling of the GR Werk en Inkomen Lekstroom (2020)."""

from codes import parse_text
from tests.conftest import law_refs

_PW = "Participatiewet"
_AWB = "Algemene wet bestuursrecht"

# uk01, as the transcript gives it: the definition of the wet closes the same list.
_KIND = (
    "d. referteperiode: ...; e. ten laste komend kind: het kind als bedoeld in artikel 4, aanhef, "
    "en onderdeel e, van de wet; f. wet: Participatiewet. 2. De bepalingen van de wet zijn op deze "
    "verordening van toepassing"
)


def _refs(text: str) -> list[tuple]:
    return law_refs(parse_text(text, "test.txt"))


def test_an_aanhef_set_off_by_commas_on_both_sides_of_its_en_keeps_its_onderdeel():
    """ "artikel 4, aanhef, en onderdeel e, van de wet" (uk01) cites onderdeel e of article 4
    of the defined wet; before, the comma after "aanhef" ended the citation, the article was
    read as the code's own and the onderdeel lost."""
    assert (_PW, "4", None, "e") in _refs(_KIND)


def test_an_aanhef_with_a_lid_and_commas_keeps_both():
    text = "bedoeld in artikel 4, eerste lid, aanhef, en onderdeel e, van de Participatiewet;"
    assert _refs(text) == [(_PW, "4", 1, "e")]


def test_an_aanhef_followed_by_another_article_is_read_as_before():
    """The near miss: after "aanhef, en" another article, not an onderdeel, follows."""
    text = "gelet op artikel 4, aanhef, en artikel 5 van de Participatiewet;"
    assert _refs(text) == [(_PW, "4", None, None), (_PW, "5", None, None)]


# uk11, as the register gives it.
_MANDAAT = (
    "mandaat: de bevoegdheid om in naam van een bestuursorgaan (de mandaatgever) een besluit te "
    "nemen in de zin van artikel 1:3 van de Algemene wet bestuursrecht (hierna te noemen: Awb);"
)


def test_hierna_te_noemen_glosses_the_law_before_it():
    """ "(hierna te noemen: Awb)" (uk11) names the Awb once, as "(hierna: Awb)" does; before,
    the opening "hierna" was taken for the whole and "te noemen: Awb" for the coined term, so
    that the "Awb" inside it counted as a second naming."""
    assert _refs(_MANDAAT) == [(_AWB, "1:3", None, None)]


def test_hierna_te_noemen_defines_de_wet_as_hierna_does():
    for opening in ("hierna:", "hierna te noemen:", "hierna genoemd:"):
        text = f"gelet op de Participatiewet ({opening} de wet). Zie artikel 8 van de wet."
        assert _refs(text) == [(_PW, None, None, None), (_PW, "8", None, None)]


def test_a_gloss_of_another_word_after_hierna_te_noemen_is_read_as_before():
    """The near miss: the term coined is no law, so nothing is named twice or dropped."""
    text = "het college van burgemeester en wethouders (hierna te noemen: het college) en de Awb;"
    assert _refs(text) == [(_AWB, None, None, None)]


# uk02, the Gemeenteblad transcript of Bergeijk's 1e wijziging Verordening Participatiewet 2015,
# as docplayer runs it into one line.
_BERGEIJK = (
    "De raad der gemeente Bergeijk; gezien het voorstel van burgemeester en wethouders d.d. 10 "
    "maart 2015; besluit: de 1 e wijziging Verordening Participatiewet 2015 vast te stellen, met "
    "terugwerkende kracht vanaf 1 januari 2015 Hoofdstuk 1. Algemeen Artikel 1 Begripsbepalingen "
    "1. Alle begrippen die in deze verordening worden gebruikt hebben dezelfde betekenis.\n"
)


def test_a_dictum_that_adopts_an_amendment_retroactively_dates_it_in_force():
    """The date a decision applies from, "met terugwerkende kracht vanaf", is its date in
    force; the amendment before "vast te stellen" is what it adopts, the text itself, not
    another decree's amendment."""
    assert parse_text(_BERGEIJK, "uk02.txt").metadata.in_force_from == "2015-01-01"


def test_an_amendments_own_retroactive_sentence_still_dates_the_amendment_only():
    # the indicative sentence of a decree that amends one of its parts (tests/test_metadata_adopter)
    text = (
        "Besluit van het college van burgemeester en wethouders van Ede.\n\nArtikel 1\n\nBijlage 2 "
        "vervalt. Deze wijziging werkt terug tot en met 01-01-2020.\n"
    )
    assert parse_text(text, "amendment.txt").metadata.in_force_from is None
