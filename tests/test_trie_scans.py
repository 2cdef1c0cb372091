"""Words found by one pattern factored by their common starts (`many_words.trie_pattern`) stand
where the flat alternation of the same words, longest first, finds them; the register's
names stand where a plain scan for each name finds them (`organisations.Register`)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.many_words import literal_trie, trie_pattern, trie_words
from codes.metadata import table
from codes.organisations import register
from codes.spaces import as_plain_spaces

_WORDS = ["Bergen", "Bergen op Zoom", "Berg", "Best", "Ede", "Edam", "a.b", "(L)", "het Bildt"]
_PIECES = [*_WORDS, " ", "-", "'", "x", "\n", "Bergen (L)", "Edamm", "op"]
texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _flat(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_trie_pattern_finds_what_the_longest_first_alternation_finds(text):
    trie = literal_trie(_WORDS)
    assert [m.span() for m in re.finditer(trie_pattern(trie), text)] == [
        m.span() for m in _flat(_WORDS).finditer(text)
    ]
    every = sorted((m.start(), m.start() + len(w)) for w in _WORDS for m in _all(w, text))
    found = sorted(
        (at, end) for at in range(len(text)) for end in trie_words(trie, text, at, len(text))
    )
    assert found == every


def _all(word: str, text: str):
    return re.finditer(f"(?={re.escape(word)})", text)


def test_the_table_labels_pattern_is_their_longest_first_alternation():
    corpus = Path(__file__).parent.parent / "codes" / "corpus"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    text += " Organisatietype Gemeente Citeertitel van de regelingX Datum inwerkingtredingen"
    (label_word,) = table._LABEL_WORDS.words
    assert [m.span() for m in label_word.finditer(text)] == [
        m.span() for m in _flat(table._LABELS).finditer(text)
    ]


def _plain_whole_words(text: str) -> list[tuple[int, int, str]]:
    """Every place of every register name by `str.find`, kept where it stands as whole words."""
    found = []
    for spelling in register().by_spelling:
        for m in _all(spelling, text):
            start, end = m.start(), m.start() + len(spelling)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue
            found.append((start, end, spelling))
    return sorted(found)


def test_register_names_stand_where_a_plain_scan_finds_them():
    text = (
        "De raad van de gemeente Bergen op Zoom; het college van Bergen (L), 's-Hertogenbosch, "
        "Utrecht (gemeente) en Oud-Beijerland, gemeente Ede-Wageningen, Edam-Volendam en "
        "Súdwest-Fryslân; Bestuur, Best, waterschap Aa en Maas, het Bildt en Den Haag."
    )
    assert sorted(register()._whole_words(text)) == _plain_whole_words(text)
    assert sorted(register()._whole_words(text, 10, 80)) == [
        (start, end, name)
        for start, end, name in _plain_whole_words(text)
        if start >= 10 and end <= 80
    ]


def test_plain_spaces_of_one_text_are_not_another_texts():
    assert as_plain_spaces("8\u00a0juni") == "8 juni"
    assert as_plain_spaces("12\u202fmei") == "12 mei"
    text = "a\u2009b"
    assert as_plain_spaces(text) == "a b" and as_plain_spaces(text) == "a b"
    assert as_plain_spaces("geen") == "geen"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*table._LABELS, "Organisatiet", "Datum ", "X", " ", "\n", "é", "’", "\udc80"]
        ),
        max_size=14,
    ).map("".join),
    st.sampled_from([3, 11, 40, 1 << 18]),
)
def test_labels_found_in_one_walk_stand_where_their_alternation_finds_them(text, window):
    """A window at a time (any size) and with a lone surrogate (found by `re` instead)."""
    import codes.many_words as scan

    (label_word,) = table._LABEL_WORDS.words
    kept, scan.WINDOW = scan.WINDOW, window
    try:
        found = table._LABEL_WORDS.places(text)
    finally:
        scan.WINDOW = kept
    assert found == [m.span() for m in _flat(table._LABELS).finditer(text)]
    assert found == [m.span() for m in label_word.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcé", max_size=30), st.sampled_from([1, 2, 3, 5]))
def test_literals_found_a_window_at_a_time_are_those_of_one_walk(text, window):
    """Words inside others: a window must go on where the last match before it ended."""
    import codes.many_words as scan

    words = ("ab", "b", "bca", "abcab", "é")
    alternation = _flat(words)
    kept, scan.WINDOW = scan.WINDOW, window
    try:
        found = scan.literal_places(words, text, alternation)
    finally:
        scan.WINDOW = kept
    assert found == [m.span() for m in alternation.finditer(text)]
