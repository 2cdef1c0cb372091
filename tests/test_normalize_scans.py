"""The fast scans of reading and normalization find exactly what the plain patterns find.

Each scan was rewritten to start at a literal (or to skip a line by a cheap test) for
speed; the plain pattern it replaced is written out here and both must agree.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.encoding import _BREAK_OR_CONTROL, _utf8_controls
from codes.normalize import (
    _DASH_LABEL,
    _DEBRIS,
    _DIGIT,
    _FURNITURE,
    _HEADING_START,
    _SPLIT_STOP,
    _furniture,
    _lines,
    _ocr,
    normalize,
)
from codes.run_in import _CHAPTER_LINE, _chapter_lines, _first_lid_lines
from codes.scan import positions, word_char
from codes.spaces import _SPACES, _runs
from codes.unwrap import _LOWER_START, _NOT_LETTERS, _UPPER, MARKER, _is_heading, _starts_lower

_PIECES = [
    "BlJLAGE",
    "BlJ",
    "Bl",
    "ARTlKEL",
    "lJ",
    "Artikel 2 ",
    "ARTIKEL 12.3 ",
    "V oorkomen",
    "B van",
    "X abc",
    "IArtikel",
    "IARTIKEL",
    "12©m",
    "¢a",
    "©",
    "0ok",
    "\n",
    "  ",
    "\t",
    " ",
    ".",
    "a",
    "É",
    "_",
    "1",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)

# What _ocr's first three scans were before they started at a literal.
_PLAIN_CAPS_WITH_L = re.compile(r"[A-Z]+l[A-Zl]*")
_PLAIN_SPLIT_CAPITAL = re.compile(r"([B-HJ-NP-TV-Z]) ([a-z]{3,})")
_PLAIN_CENT = re.compile(r"[¢©](?=[a-z]\b)")
_PLAIN_I_ARTIKEL = re.compile(r"(?m)^[ \t]*(I)(?=Artikel\b|ARTIKEL\b)")


def _plain_ocr(text: str) -> set[tuple[int, int, str, str]]:
    edits = {
        (m.start(), m.end(), "", "ocr")
        for m in _PLAIN_CENT.finditer(text)
        if m.start() and text[m.start() - 1].isdigit()
    }
    edits.update((m.start(1), m.end(1), "", "ocr") for m in _PLAIN_I_ARTIKEL.finditer(text))
    for match in _PLAIN_CAPS_WITH_L.finditer(text):
        word = match.group()
        if (
            len(word.replace("l", "")) >= 2
            and not word_char(text, match.start() - 1)
            and not word_char(text, match.end())
        ):
            edits.add((match.start(), match.end(), word.replace("l", "I"), "ocr"))
    for match in _PLAIN_SPLIT_CAPITAL.finditer(text):
        before = match.start() - 1
        if (
            not word_char(text, before)
            and text[before : before + 1] != "."
            and match.group(2) not in _SPLIT_STOP
            and _HEADING_START.search(text, max(0, match.start() - 30), match.start())
        ):
            edits.add((match.start(1), match.start(2), match.group(1), "ocr"))
    return edits


@settings(max_examples=600, deadline=None)
@given(texts)
def test_ocr_scans_find_what_the_plain_patterns_find(text):
    # Leave out the scan that did not change: "0" read for "o".
    found = {e for e in _ocr(text) if e[2] != "o"}
    assert found == _plain_ocr(text)


def test_ocr_repairs_of_capitals_and_split_headings():
    text = "BlJLAGE 1\nArtikel 2 V oorkomen\nIn 12©m"
    assert {(text[s:e], r) for s, e, r, _ in _ocr(text)} == {
        ("BlJLAGE", "BIJLAGE"),
        ("V ", "V"),
        ("©", ""),
    }
    assert normalize(text).text == "BIJLAGE 1\nArtikel 2 Voorkomen\nIn 12m"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Hoofdstuk 1", "  §", "PARAGRAAF", "x", "", "\t"]), max_size=8))
def test_chapter_lines_are_the_lines_the_chapter_pattern_matches(lines):
    text = "\n".join(lines)
    starts, start = set(), 0
    for line in lines:
        if _CHAPTER_LINE.match(text, start, start + len(line)):
            starts.add(start)
        start += len(line) + 1
    assert _chapter_lines(text) == starts


# What `_first_lid_lines` found before its scan started at the heading word.
_PLAIN_FIRST_LID_LINE = re.compile(
    r"(?m)^[ \t]*(?:Artikel|ARTIKEL)[ \t]+\d{1,3}[a-z]?(?:\.\d{1,3})*\.?(?=[ \t]+1\.[ \t]+[A-Z])"
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Artikel 1", "ARTIKEL 2.3", " 1. Dit", "\t", " ", "x", "\n", "1. A"]),
        max_size=10,
    ).map("".join)
)
def test_first_lid_lines_are_the_lines_the_plain_pattern_matches(text):
    plain = {
        text.rfind("\n", 0, m.start() + 1) + 1: m.end()
        for m in _PLAIN_FIRST_LID_LINE.finditer(text)
    }
    assert _first_lid_lines(text) == plain


def test_first_lid_lines_of_a_text():
    text = "Artikel 1 1. Dit besluit\n  Artikel 2 1. Een\nzie Artikel 3 1. De\nArtikel 4 lid 1. A"
    assert _first_lid_lines(text) == {0: 9, 25: 36}


_LINES = ["ARTIKEL 1.1 MELDEN", "BlJLAGE", "Ĳ ÀÉ ł", "Ab ²½ ºª", "abc DEF", "ŁÓDŹ", "  ", "x"]


@given(st.lists(st.sampled_from(_LINES), max_size=5).map(" ".join))
def test_capitals_and_letters_are_counted_as_the_patterns_count_them(line):
    upper, letters = len(_UPPER.findall(line)), len(_NOT_LETTERS.sub("", line))
    assert _is_heading(line) == (upper >= 3 and letters > 3 and upper > 0.8 * letters)
    assert _starts_lower(line) == (_LOWER_START.match(line) is not None)


def _plain_furniture(text: str) -> list[tuple[int, int, str, str]]:
    """Page furniture as `_furniture` found it line by line before it skipped lines of text."""
    raws = text.split("\n")
    contents = [raw.strip() for raw in raws]
    counts = Counter(contents)
    edits, zone, seen, start = [], 0, set(), 0
    for raw, content in zip(raws, contents, strict=True):
        end, line_start, start = start + len(raw), start, start + len(raw) + 1
        if not content:
            continue
        repeated = (
            content in seen
            and counts[content] >= 3
            and len(content) >= 10
            and _DIGIT.search(content) is not None
        )
        seen.add(content)
        furniture = _FURNITURE.match(content) is not None or (
            repeated and not MARKER.match(content)
        )
        debris = (_DEBRIS.match(content) is not None and not _DASH_LABEL.match(content)) or (
            zone > 0
            and len(content) <= 12
            and not MARKER.match(content)
            and not content.endswith((".", ":", ";"))
        )
        if furniture or debris:
            edits.append((line_start, min(end + 1, len(text)), "", "page-furniture"))
            zone = 6 if furniture else zone - 1
        else:
            zone = 0
    return edits


_FURNITURE_LINES = [
    "Gemeenteblad 2020 nr. 12345",
    "Pagina 3 van 12",
    "- 12 -",
    "12",
    "1234",
    "Kopregel 2021 van de gemeente",
    "ab          :          c",
    "ab          :c",
    "ab          &",
    "x |    y",
    "• -",
    "logo",
    "Gewone regel van de tekst hier.",
    "1. Een lid van dit artikel",
    "De tekst gaat door",
    "",
    "\t",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_LINES), max_size=14).map("\n".join))
def test_furniture_found_skipping_lines_of_text_is_what_a_plain_walk_finds(text):
    raws = text.split("\n")
    assert _furniture(text, _lines(raws), raws) == _plain_furniture(text)


def test_control_characters_are_found_in_the_bytes_as_in_the_text():
    # Every character below U+3100 and the last of the Basic Multilingual Plane.
    for code in [*range(0xD800), 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000]:
        text = f"a{chr(code)}b"
        assert _utf8_controls(text.encode(), text) == bool(_BREAK_OR_CONTROL.search(text)), code


@given(st.text(alphabet="a \n\u00a0\u2009\u3000\u202f", max_size=20))
def test_space_runs_are_the_runs_of_the_class(text):
    plain = re.compile(f"[{_SPACES}]+")
    assert _runs(text) == [m.span() for m in plain.finditer(text)]
    assert positions(text, "\u00a0\u3000") == [i for i, c in enumerate(text) if c in "\u00a0\u3000"]
