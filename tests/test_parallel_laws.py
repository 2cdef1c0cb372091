"""One article of two laws numbered alike holds for each (`Law.parallel`, `grammar._parallel`);
the real sentences are from u10 (Gemeenteblad beleidsregels Participatiewet 2015) and zz14
(Heemskerk re-integratieverordening 2015)."""

from codes.citations.names import registry

from .conftest import bwb_refs

_PW = "BWBR0015703"
_IOAW = "BWBR0004044"
_IOAZ = "BWBR0004163"
_GEMW = "BWBR0005416"
_AWB = "BWBR0005537"


def test_one_article_of_the_ioaw_and_the_ioaz_is_that_article_of_each():
    text = (
        "gelet op de artikelen 8a, eerste lid, aanhef en onder a, en 10b, vierde lid, van de "
        "Participatiewet en artikel 35, eerste lid, aanhef en onder b van de IOAW en de IOAZ;\n"
    )
    refs = bwb_refs(text)
    assert (_IOAW, "35", "1") in refs and (_IOAZ, "35", "1") in refs
    assert (_IOAZ, None, "") not in refs  # the IOAZ is not named as a whole as well


def test_a_slash_between_two_laws_cites_the_article_of_both():
    text = "Artikel 17 lid 1 Participatiewet en artikel 13 Ioaw/Ioaz geven aan dat belanghebbende\n"
    assert bwb_refs(text) == [(_PW, "17", "1"), (_IOAW, "13", ""), (_IOAZ, "13", "")]


def test_one_article_before_two_laws_not_numbered_alike_names_the_second_whole():
    text = "gelet op artikel 149 van de Gemeentewet en de Algemene wet bestuursrecht;\n"
    assert bwb_refs(text) == [(_GEMW, "149", ""), (_AWB, None, "")]


def test_an_article_of_the_ioaw_and_another_law_is_the_ioaws_only():
    text = "gelet op artikel 8 van de IOAW en de Participatiewet;\n"
    assert bwb_refs(text) == [(_IOAW, "8", ""), (_PW, None, "")]


def test_every_parallel_law_names_a_law_that_names_it_back():
    laws = registry().by_name
    pairs = [(law.name, law.parallel) for law in registry().laws if law.parallel]
    assert pairs, "the overlay declares the IOAW and the IOAZ parallel"
    for name, parallel in pairs:
        assert parallel in laws, f"{name}: parallel {parallel!r} is no entry"
        assert laws[parallel].parallel == name, f"{parallel} does not name {name} back"
