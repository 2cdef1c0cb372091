"""The fast scans of codes/scan.py find exactly what a plain scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from codes import scan
from codes.citations.anchors import ANCHOR, anchors
from codes.citations.divisions import _DIVISION_ALONE, _DIVISION_WORDS, _NAME
from codes.citations.items import ORDINALS
from codes.citations.names import _QUOTED, _QUOTES
from codes.citations.other_names import REGULATION_NAME as _REGULATION_NAME
from codes.citations.other_names import REGULATION_WORDS as _REGULATION_WORDS
from codes.corpus import catalog
from codes.dates import _DIGIT_FIRST, DATE
from codes.internal_refs import _LID_WORDS, _OWN_LID, lid_held, own_lid_matches
from codes.metadata.adopter import _NOTICE_ANCHORS, _STATED_BY_ANCHORS
from codes.metadata.adoption import (
    _ADOPTION,
    _LOOSE,
    _OWN_ANCHORS,
    _PROPOSAL,
    _SELF_ANCHORS,
    _SIGNED,
)
from codes.metadata.adoption import _ANCHORS as ADOPTION_ANCHORS
from codes.metadata.organisation import _BODY_OF, _BODY_WORDS
from codes.metadata.stated_name import _ANNOUNCED_WORDS, _ENACT_WORDS, _ENACTED
from codes.metadata.table import _LABEL, _LABEL_WORDS
from codes.metadata.text_guesses import _KIND_WORDS, _NAMED
from codes.scan import Anchors, finditer, literal_key, lowered, near, same_length_lower

_FRAGMENTS = [
    "het eerste lid",
    " lid 3",
    "Lid 12 van het artikel",
    "het vorige lid",
    "de tweede  lid",
    "lidstaat",
    "vastgesteld in de openbare vergadering van 12 februari 2024",
    "in zijn vergadering op maandag 4 maart 2019",
    " heeft op 3 juli 2024 de regeling vastgesteld",
    "30 februari 2021",
    "31-04-2020",
    "29/02/2019",
    "2021-02-30",
    "00-01-2020",
    "1.13.2020",
    "31 April 2020",
    "MEI",
    " ",
    "\n",
    "-",
    ".",
    "12",
    "a",
    "İ",
    "Organisatie",
    "Organisatietype Gemeente",
    "\tCiteertitel: ",
    "Datum inwerkingtreding",
    "De raad van de gemeente Bergen",
    "Burgemeester en wethouders van Súdwest-Fryslân",
    "gemeente Den Haag",
    "Waterschap Rivierenland",
    "vast te stellen de Gedragscode integriteit 2024",
    "de Verordening X vast te stellen",
    "besluit: vast te stellen: ",
    "Gemeentewet",
    "Subsidieverordening ",
    "Verordening Wmo ",
    "Regeling ",
    "Beleidsregels ",
    "de ",
    " 2023",
    "1998 ",
    "in het negentiende lid",
    "Van de\nvijfde lid",
    "lid 12 Van",
    "artikel 3",
    "Artikelen 4 en 5",
    "ART. 6",
    "ARTIKEL IV",
    "Art 12",
    "artt. 3",
    "Wetsartikel 2",
    "[de ]artikel[en] [3.1.1",
    "de wet \u201cdualisering gemeentebestuur\u201d",
    "Wet 'Huis voor klokkenluiders'",
    "regio's",
    '"',
    "volgende",
    "navolgende\n",
    "vastgesteld op ",
    "vastgesteld  d.d. ",
    "vastgestelddd",
    "bekend",
    "bekendmaking",
    "gemeente Bergen",
    "emeente",
    "provincie 'S",
    "waterschapaterschap A",
    "vergadering",
    "vergaderingvergadering van ",
    "is door",
    "werd\n\u00a0door",
    "dis  door",
    "isdoor ",
    "als volgt",
    "als\tvolgt",
    "aldus vastgesteld in de vergadering van 3 mei 2020",
    "Aldus besloten op 1 januari 2019.",
    "op voorstel van 12-02-2020",
    "afdeling 9.1.3 van De Wet",
    " Hoofdstuk IVa, ",
    "§ 3. ",
    "titelIV ",
    "AFDELING\n2 ",
    "paragraafparagraaf 1:",
]
# _DIVISION_ALONE as it reads plainly, before it was read on the lowercase copy from its words.
_PLAIN_DIVISION_ALONE = re.compile(rf"(?<![\w.§]){_NAME}\.?(?=[\s,])", re.I)
# _OWN_LID as it reads plainly, before it opened with a class for speed.
_PLAIN_OWN_LID = re.compile(
    r"(?:[Hh]et|[Dd]e|[Ii]n|[Vv]an)\s+(?:(?P<ord>"
    + "|".join(ORDINALS)
    + r")|(?P<prev>vorige))\s+lid\b"
    r"|(?:[Ll]id)\s+(?P<num>\d{1,2})\b(?!\s*(?:van\s+(?:de|het)\s+)?[A-Z])(?!\s*van\s+(?:het\s+)?artikel)",
)
texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map("".join)


def _same(pattern: re.Pattern, text: str, anchors, held=None) -> None:
    assert [m.span() for m in near(pattern, text, anchors, held)] == [
        m.span() for m in pattern.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_near_finds_what_finditer_finds(text):
    _same(_OWN_LID, text, _LID_WORDS)
    _same(_OWN_LID, text, _LID_WORDS, lid_held)
    _same_own_lids(text)
    assert [(m.span(), m.groupdict()) for m in _OWN_LID.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _PLAIN_OWN_LID.finditer(text)
    ]
    _same(_ADOPTION, lowered(text), ADOPTION_ANCHORS)
    assert [m.span() for m in _DIGIT_FIRST.finditer(lowered(text))] == [
        m.span() for m in re.compile(DATE).finditer(lowered(text))
    ]
    _same(_LABEL, text, _LABEL_WORDS)
    _same(_BODY_OF, text, _BODY_WORDS)
    _same(_NAMED, text, _KIND_WORDS)
    _same(_ENACTED, text, _ENACT_WORDS)
    _same(_REGULATION_NAME, text, _REGULATION_WORDS)
    _same(_QUOTED, text, _QUOTES)
    assert [m.span() for m in near(_DIVISION_ALONE, lowered(text), _DIVISION_WORDS)] == [
        m.span() for m in _PLAIN_DIVISION_ALONE.finditer(text)
    ]
    assert [m.span() for m in anchors(text)] == [m.span() for m in ANCHOR.finditer(text)]


@given(st.text(max_size=40))
def test_lowered_keeps_length_and_offsets(text):
    low = lowered(text)
    assert len(low) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, low, strict=True))


@given(st.text(max_size=40) | st.text(alphabet="aAÀàΣσςİ \udc80ẞß€", max_size=20))
def test_lowered_is_what_lowering_each_character_gives(text):
    plain = text.lower()
    if len(plain) != len(text):  # a character that lowercases to two stays as it is
        plain = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    assert same_length_lower(text) == plain


@given(st.text(alphabet="aAÀàΣσİ \udc80ẞß€1x", max_size=40), st.integers(1, 9))
def test_a_long_text_lowered_in_pieces_is_lowered_as_a_whole(text, piece):
    """A text longer than `_PIECE` is lowered a piece at a time: the same result, where
    a "Σ", lowered by its place in a word, leaves it whole."""
    whole, size = same_length_lower(text), scan._PIECE
    scan._PIECE = piece
    try:
        assert same_length_lower(text) == whole
        assert scan.past_ascii(text) == {c for c in text if not c.isascii()}
    finally:
        scan._PIECE = size


def test_a_window_never_cuts_a_lookahead_of_a_later_match():
    # "lid 3Lid 12 van het artikel": the lookahead of the second "Lid" reads past the
    # window of the first; the second must be judged from its own anchor (and rejected).
    text = "Lid 4 Gemeentewetlidstaathet eerste lidin het derde lida lid 3Lid 12 van het artikel"
    _same(_OWN_LID, text, _LID_WORDS)
    _same(_OWN_LID, text, _LID_WORDS, lid_held)
    _same_own_lids(text)


def _same_own_lids(text: str) -> None:
    """`own_lid_matches` tries _OWN_LID at two places per "lid": the matches `near` finds."""
    assert [(m.span(), m.groupdict()) for m in own_lid_matches(text)] == [
        (m.span(), m.groupdict()) for m in near(_OWN_LID, text, _LID_WORDS, lid_held)
    ]


def test_own_lid_matches_are_what_near_finds_in_every_corpus_code():
    for entry in catalog():
        _same_own_lids(entry.path.read_text(encoding="utf-8", errors="replace"))


def test_own_lid_matches_start_where_near_starts_them():
    # Hand-read: "de" inside "ende" starts a match (which own_lids then drops as inside a
    # word); "in het tweede lid" starts at "het"; a "Lid" in capitals after an ordinal
    # is no match, "Lid 3" is; more than `before` blanks hide the "het" from the window.
    text = "bepaalt ende eerste lid. Zie in het tweede lid en het derde Lid; Lid 3 geldt. het"
    text += " " * 61 + "vierde lid"
    found = [(m.start(), m.group()) for m in own_lid_matches(text)]
    assert found == [(10, "de eerste lid"), (32, "het tweede lid"), (65, "Lid 3")]
    _same_own_lids(text)


def test_regulation_names_are_found_from_their_anchor_words():
    # Real names (g-round devset): the capital word before "verordening" lies before
    # the anchor, the year up to a hundred characters after it.
    text = (
        "gelet op de Subsidieverordening gemeente Bergeijk 2018 en de Verordening "
        "individuele voorzieningen maatschappelijke ondersteuning Gennep 2015; "
        "Beleidsregels Wet Bibob gemeente Utrecht 2020"
    )
    _same(_REGULATION_NAME, text, _REGULATION_WORDS)
    assert len(list(near(_REGULATION_NAME, text, _REGULATION_WORDS))) == 3


def _separate_scans(words, text: str) -> list[tuple[int, int]]:
    """Each word's places by its own scan, merged by start (the word listed first first)."""
    found = [(m.start(), i, m.end()) for i, w in enumerate(words.words) for m in w.finditer(text)]
    return [(start, end) for start, _, end in sorted(found, key=lambda f: f[:2])]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_case_forms_found_in_one_scan_stand_where_each_scan_finds_them(text):
    # "lid"/"Lid" and the regulation words in capitals are one scan of the lowercase copy
    assert _LID_WORDS.folded and _REGULATION_WORDS.folded
    for words in (_LID_WORDS, _REGULATION_WORDS):
        assert words.places(text) == _separate_scans(words, text)
    mixed = "LID lid Lid lId EGELING Egeling egeling Beleidsregeling BELEIDSREGELING"
    assert _LID_WORDS.places(mixed) == [(4, 7), (8, 11)]
    # "Egeling" is none of the spellings; "Beleidsregeling" holds two words
    regulation = [(16, 23), (32, 39), (40, 52), (48, 55), (56, 68), (64, 71)]
    assert _REGULATION_WORDS.places(mixed) == regulation


# Anchors with a pattern that starts with a literal of five letters or more, or with a
# short one, blanks and a literal of five or more.
_KEYED = (
    ADOPTION_ANCHORS,
    _OWN_ANCHORS,
    _SELF_ANCHORS,
    _NOTICE_ANCHORS,
    _STATED_BY_ANCHORS,
    _ANNOUNCED_WORDS,
    _KIND_WORDS,
    Anchors.of("aaaaa(?=a)", "ababa(?:ba|c)", before=0, after=0),  # overlapping places
    Anchors.of(r"ab\s+ababa\b", r"x\s+xxxxx", before=0, after=0),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_patterns_tried_at_their_literal_stand_where_finditer_finds_them(text):
    assert ADOPTION_ANCHORS.keys == (
        ("", "vergadering"),
        None,
        ("", "bekend"),
        ("", "besloten"),
    )
    assert _STATED_BY_ANCHORS.keys == (None, None)  # "door" is too common to scan for
    assert _ANNOUNCED_WORDS.keys == (("als", "volgt"),)
    for words in _KEYED:
        for subject in (text, lowered(text), text.replace(" ", "a")):
            assert words.places(subject) == _separate_scans(words, subject)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abx \n\u00a0", max_size=40))
def test_a_literal_after_blanks_stands_where_finditer_finds_it(text):
    spaced = _KEYED[-1]
    assert spaced.keys == (("ab", "ababa"), ("x", "xxxxx"))
    assert spaced.places(text) == _separate_scans(spaced, text)


def test_overlapping_literals_are_each_tried():
    overlapping = _KEYED[-2]
    assert overlapping.keys == (("", "aaaaa"), ("", "ababa"))
    # "ababa" stands at 8, 10 and 12; a match from 8 ends at 15, so 10 and 12 are not tried
    tricky = "aaaaaaa abababababac ababac"
    assert overlapping.places(tricky) == [(0, 5), (8, 15), (21, 27)]
    assert overlapping.places(tricky) == _separate_scans(overlapping, tricky)
    spaced = _KEYED[-1]
    spaced_text = "ab ababa ababa ab\n ababa x xxxxxxxx"
    assert spaced.places(spaced_text) == [(0, 8), (15, 24), (25, 32)]
    assert spaced.places(spaced_text) == _separate_scans(spaced, spaced_text)


def test_a_literal_key_is_read_only_where_every_match_holds_it():
    assert literal_key(re.compile(r"vastgesteld\s+(?:op|d\.d\.)")) == ("", "vastgesteld")
    assert literal_key(re.compile(r"emeente(?=[ \t]+[A-Z'])")) == ("", "emeente")
    assert literal_key(re.compile(r"als\s+volgt")) == ("als", "volgt")
    assert literal_key(re.compile(r"Citeertitel|Organisatie")) is None  # an alternation
    assert literal_key(re.compile(r"(?i)vastgesteld")) is None  # any case
    assert literal_key(re.compile(r"(vastgesteld)")) is None  # a group
    assert literal_key(re.compile(r"vastgesteld?")) == ("", "vastgestel")
    assert literal_key(re.compile(r"he(?:eft|bben)\s+op\b")) is None  # too short to be rare
    assert literal_key(re.compile(r"is\s*door")) is None  # the blanks may be none
    assert literal_key(re.compile(r"is\s+door")) is None  # too short to be rare
    assert literal_key(re.compile(r"is\s+door de")) is None  # a blank in the literal


@settings(max_examples=300, deadline=None)
@given(texts)
def test_finditer_from_a_literal_finds_what_finditer_finds(text):
    for pattern in (_SIGNED, _LOOSE, _PROPOSAL, _ANNOUNCED_WORDS.words[0], _LABEL):
        assert literal_key(pattern) is not None or pattern is _LABEL
        for subject in (text, lowered(text)):
            assert [m.span() for m in finditer(pattern, subject)] == [
                m.span() for m in pattern.finditer(subject)
            ]


def test_a_parse_leaves_no_copy_of_its_texts_behind():
    """The caches of whole texts (`text_cache`) are emptied at the end of a parse: their
    keys are the code's texts, and a large file's copies would outlive its parse."""
    from codes.metadata.table import _new_row
    from codes.parse import parse_file

    lowered("Een tekst van een eerdere code")
    parse_file(catalog()[0].path)
    assert scan._TEXT_CACHES and lowered in scan._TEXT_CACHES and _new_row in scan._TEXT_CACHES
    assert all(cached.cache_info().currsize == 0 for cached in scan._TEXT_CACHES)
