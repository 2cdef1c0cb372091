"""Round zn's misses (devset zn01-zn15): each rule from its real sentence, with the
references it must give and the ones it must not."""

from __future__ import annotations

from codes import parse_text


def _named(code) -> list[str | None]:
    return [r.law for r in code.references if r.kind == "law" and not r.article]


def _articles(code) -> list[tuple[str | None, str | None, int | None, str | None]]:
    return [(r.law, r.article, r.lid, r.onderdeel) for r in code.references if r.article]


IOAW = "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers"
IOAZ = "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen"


def test_a_bracket_after_a_laws_name_coins_its_abbreviation():
    # Heerenveen, Verordening Handhaving Participatiewet 2025 (zn11): "PW" is no
    # abbreviation the registry knows, the gelet op coins it
    code = parse_text(
        "Gelet op artikel 8 van de Participatiewet (PW)\n\n"
        "Gelet op artikel 35, eerste lid, aanhef en onderdeel c van de Wet inkomensvoorziening "
        "oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers (IOAW),\n\n"
        "Artikel 1. Toepassingsbereik\n\n"
        "Deze verordening gaat over het nakomen van alle regels binnen de PW, IOAW en IOAZ."
    )
    assert _articles(code) == [("Participatiewet", "8", None, None), (IOAW, "35", 1, "c")]
    # the bracket itself names nothing more; the later "PW" names the Participatiewet
    assert _named(code) == ["Participatiewet", IOAW, IOAZ]


def test_a_bracket_without_the_kind_letter_abbreviates_the_thing_not_the_law():
    # Enkhuizen, reglement gegevensverstrekking (e20): "BRP" lacks the W of the wet; it is
    # the register, and "vanuit de BRP" names no law
    code = parse_text(
        "De artikelen 3.8 en 3.9 van de Wet Basisregistratie personen (BRP)\n\n"
        "4. Via het Data distributiesysteem (DDS) worden gegevens vanuit de BRP rechtstreeks verstrekt."
    )
    assert _named(code) == []
    assert [a for _, a, _, _ in _articles(code)] == ["3.8", "3.9"]


def test_a_word_or_a_bracket_of_another_kind_coins_nothing():
    # one capital is a word, not an abbreviation; a known abbreviation of the same law
    # stays a gloss (Tilburg's "de Participatiewet (Pw)", g12)
    code = parse_text(
        "Gelet op de Participatiewet (Zie) en de Participatiewet (Pw). Zie verder de Pw."
    )
    assert _named(code) == ["Participatiewet", "Participatiewet", "Participatiewet"]
