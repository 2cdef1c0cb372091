"""The metadata's fast head scans find exactly what the plain scans they replace find:
a search from the first literal every match holds (`scan.first`, `scan.line_start`), a
pattern that starts with a literal newline, and the rules that try a pattern only where
one scan for its first words finds them (`adopter._openings`, `text_guesses.kind_word`), and
the register's names found by one walk (`organisations.Register._whole_words`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codes.many_words import WordPlaces
from codes.metadata import (
    adopter,
    adoption,
    consents,
    dictum_label,
    joint_parties,
    opening_bodies,
    organisation,
    stated_name,
    text_guesses,
    title,
)
from codes.organisations import JOINT_KINDS, register, whole_words
from codes.scan import first, line_match, line_start, lowered, opening_matches

_FRAGMENTS = [
    "De raad van de gemeente Bergen;",
    "het college van burgemeester en wethouders",
    "Het college",
    "De burgemeester,\n",
    " en het ",
    "de ",
    "het  ",
    "gemeenteraad",
    "b & w",
    "B&W",
    "B en W ",
    "raadsleden",
    "de provincie",
    "Gedeputeerde Staten van Zeeland",
    "Onze Minister",
    "het waterschap",
    "hoogheemraden",
    "Dijkgraaf",
    "APV",
    "; gelet op ",
    ", gelezen het voorstel",
    "besluit:",
    "aanhef ",
    "Regeling van de Minister van Algemene Zaken van 3 mei 2010",
    "Besluit van de Staatssecretaris van Financiën, houdende",
    "gemeenschappelijke regeling Avres",
    "openbaar lichaam de Groene Metropoolregio",
    "Het dagelijks bestuur van de RUD Zuid-Limburg",
    "Besluit van het algemeen bestuur van Veiligheidsregio IJsselland",
    "het algemeen bestuur van X\n",
    "Het Dagelijks ",
    "De colleges van burgemeester en wethouders van de gemeenten Asten",
    "Het college van gedeputeerde staten van de provincie Utrecht en de colleges",
    "Artikel 1",
    "Besluit van het college",
    "1 Verordening van de gemeenteraad van",
    "Besluit van Provinciale Staten van 25 september 2020, ",
    "Verordening van 12 mei 2016",
    "Intitulé",
    "Intitulé\n",
    "Gedragscode 2024",
    "wordt aangehaald als: Gedragscode X.",
    "geciteerd als ",
    "Deze regeling kan worden aangehaald als ",
    # a preamble's words after a ";", blanks and bullets (`_OPENING`'s lookahead)
    ";",
    ";\n•\t",
    "; -",
    "de raad",
    " gehoord",
    "b e s l u i t",
    # an article glued to a word before it, and one before a body that opens no clause
    "xde raad",
    "nuhet college besluit",
    "het\tcollege",
    "\n",
    "\n  ",
    "\t",
    " ",
    ",",
    "2019",
    "x",
    "X",
    "Omgevingsdienst Regio Arnhem",
    "GGD Drenthe",
    "De Minister van Financiën,\n",
    "DE RAAD VAN STATE,\n",
    "Het dagelijks bestuur",
    # a dictum's label on its own line, the parties' consents one a line (`scan.opening_matches`)
    "Besluit\n",
    " BESLUIT:\n",
    "Gedeputeerde Staten van Noord-Brabant",
    "De Raad van de gemeente Alblasserdam heeft in zijn vergadering op 16 april 2019;",
    "Het Algemeen Bestuur van het Waterschap X heeft op 6 mei 2019",
    "De\n",
    "Het\t",
    # a decision's heading at a line's start, after a publication's name or a glued rubriek
    "Besluit van 21 december 2016, houdende ",
    " 12 besluit d.d. 27 oktober 2009",
    "provinciaal blad\n",
    "Wet van 22 december 1999 tot",
    "LANDSBESLUIT van de 24ste maart 2010, no. 3",
    "algemene strekking",
    "verordeningen",
    "Bekendmaking van het besluit van 19 december 2018",
    "Besluit van de rekenkamer Zeeland van 12 december 2014 houdende ",
    "Regeling van het presidium, tot ",
]
texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map("".join)
_DEVSET = sorted(Path(__file__).parent.parent.joinpath("benchmarks/devset/texts").glob("*.txt"))


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches if m is not None]


def _kind_word_plain(head: str):
    words = [
        (w, kind)
        for kind, pattern in text_guesses._KIND_ONLY
        if (w := pattern.search(head, 0, 6000))
    ]
    if not words:
        return None
    word, kind = min(words, key=lambda pair: pair[0].start())
    # after words for all decentral bodies the kind is "other" (zp09), in both versions
    return word, "other" if text_guesses._ALL_KINDS.search(head, 0, word.start()) else kind


def _openings_plain(head: str) -> list[re.Match]:
    """Every position tried in turn: an opening, or where none starts there a joint one."""
    found, at = [], 0
    while at < len(head):
        match = adopter._OPENING.match(head, at) or adopter._JOINT_OPENING.match(head, at)
        if match is not None:
            found.append(match)
        at = max(at + 1, match.end()) if match is not None else at + 1
    return found


def _check(text: str) -> None:
    head = lowered(text)[:6000]
    assert _spans(adopter._openings(head)) == _spans(_openings_plain(head))
    # a lone surrogate, which the automaton of the bodies' words cannot read
    assert _spans(adopter._openings(head + "\udc80")) == _spans(_openings_plain(head + "\udc80"))

    fast = adopter._HEADING.match(head) or adopter._HEADING_LINE.search(head)
    plain = adopter._HEADING.search(head)
    assert (fast.span("bodies") if fast else None) == (plain.span("bodies") if plain else None)
    fast = next(opening_matches(adopter._HEADING_OTHER, head, adopter._HEADING_OTHER_OPENS), None)
    assert _spans([fast]) == _spans([adopter._HEADING_OTHER.search(head)])

    fast, plain = text_guesses.kind_word(text), _kind_word_plain(text)
    assert ((fast[0].span(), fast[1]) if fast else None) == (
        (plain[0].span(), plain[1]) if plain else None
    )

    at = first(text, stated_name._CITED_WORDS)
    fast = stated_name._CITED_AS.search(text, at) if at >= 0 else None
    assert _spans([fast]) == _spans([stated_name._CITED_AS.search(text)])

    for pattern, words, by_line in (
        (organisation._MINISTER, organisation._MINISTER_WORDS, True),
        (organisation._JOINT_BODY, organisation._JOINT_WORDS, False),
        (organisation._BOARD_OF, organisation._BOARD_WORDS, True),
    ):
        at = first(text, words)
        start = line_start(text, at) if by_line else at
        fast = pattern.search(text, start) if at >= 0 else None
        assert _spans([fast]) == _spans([pattern.search(text)])
        if by_line:  # tried only at the lines that hold its words
            assert _spans([line_match(pattern, text, words)]) == _spans([pattern.search(text)])

    # what decision_title reads: the date (the line's pattern holds the newline before it)
    fast = title._DECISION_DATE.match(text) or title._DECISION_DATE_LINE.search(text)
    plain = title._DECISION_DATE.search(text)
    assert (fast.span(1) if fast else None) == (plain.span(1) if plain else None)

    at = text.find("Intitulé")
    fast = title._INTITULE.finditer(text, line_start(text, at)) if at >= 0 else ()
    assert _spans(fast) == _spans(title._INTITULE.finditer(text))

    at = first(text, joint_parties._PARTIES_WORDS)
    fast = joint_parties._PARTIES.search(text, line_start(text, at)) if at >= 0 else None
    assert _spans([fast]) == _spans([joint_parties._PARTIES.search(text)])
    at = text.find("Artikel")
    fast = joint_parties._ARTICLE.search(text, line_start(text, at)) if at >= 0 else None
    assert _spans([fast]) == _spans([joint_parties._ARTICLE.search(text)])

    # patterns tried only at the lines that open with their first words
    low = lowered(text)
    assert _spans(adoption._decision_headings(low)) == _spans(
        adoption._DECISION_HEADING.finditer(low, 0, adoption._DECISION_HEADING_HEAD)
    )
    pattern, lead = dictum_label._LABEL, dictum_label._LABEL_LINE
    assert _spans(opening_matches(pattern, text, lead)) == _spans(pattern.finditer(text))
    pattern, lead = consents._CONSENT, consents._CONSENT_LINE
    for pos, endpos in ((0, None), (0, 60), (3, len(text))):
        assert _spans(opening_matches(pattern, text, lead, pos, endpos)) == _spans(
            pattern.finditer(text, pos, endpos or len(text))
        )


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_head_scans_find_what_plain_scans_find(text):
    _check(text)


@pytest.mark.parametrize("path", _DEVSET[::7], ids=lambda p: p.stem[:12])
def test_fast_head_scans_on_devset_texts(path):
    _check(path.read_text(encoding="utf-8")[:20000])


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 400) | st.none())
def test_words_found_in_one_walk_are_first_where_str_find_finds_them(text, start, end):
    """`many_words.WordPlaces`: each set of the head's words, from any place, to any end; a text
    with a lone surrogate falls back to `str.find`."""
    for sample in (text, text + "\udc80" + text):
        places = WordPlaces(sample, organisation._HEAD_WORDS)
        for words in (
            organisation._MINISTER_WORDS,
            organisation._JOINT_WORDS,
            organisation._BOARD_WORDS,
            JOINT_KINDS,
            opening_bodies.HEAD_WORDS,
            ("De raad", "raad", "aad van"),  # not looked for: `str.find`
        ):
            assert first(sample, words, end, start=start, places=places) == first(
                sample, words, end, start=start
            )


def _whole_words_plain(text: str, begin: int, stop: int) -> list[tuple[int, int, str]]:
    """`Register._whole_words` by its trie's pattern alone, tried at every place."""
    places = register()._places(text, begin, stop)
    return [(start, end, text[start:end]) for start, end in places if whole_words(text, start, end)]


_NAMES = ["Bergen", "Ede", "Best", "Noord-Brabant", "Aa en Maas", "'s-Hertogenbosch", "Goes"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_FRAGMENTS + _NAMES), max_size=16).map("".join),
    st.integers(0, 40),
    st.integers(0, 400),
)
def test_register_names_found_in_one_walk_are_what_its_pattern_finds(text, begin, stop):
    """`organisations.Register._whole_words`: one DFA walk, or the trie's pattern where the
    automaton cannot read the text (a lone surrogate), finds the same names."""
    for sample in (text, text + "\udc80" + text):
        end = min(stop, len(sample))
        assert list(register()._whole_words(sample, begin, end)) == _whole_words_plain(
            sample, begin, end
        )


@pytest.mark.parametrize("path", _DEVSET[::7], ids=lambda p: p.stem[:12])
def test_register_names_on_devset_texts(path):
    text = path.read_text(encoding="utf-8")[:20000]
    for begin, stop in ((0, len(text)), (0, 2000), (2000, len(text))):
        assert list(register()._whole_words(text, begin, stop)) == _whole_words_plain(
            text, begin, stop
        )
