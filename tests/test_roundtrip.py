"""Markdown renders a code in shapes the parser reads back to the same graph."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from codes import InputError, parse_text
from codes.export import to_markdown

from .conftest import NAMES, corpus_code


def signature(code):
    return [
        (n.kind, n.id, n.number, n.title, n.role, n.quoted, n.explains, " ".join(n.text.split()))
        for n in code.nodes()
    ]


def test_corpus_markdown_round_trip():
    for name in NAMES:
        code = corpus_code(name)
        again = parse_text(to_markdown(code), f"{name}.md")
        assert signature(again) == signature(code), name


WORDS = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=9)
SENTENCE = st.lists(WORDS, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
TITLE = st.lists(WORDS, min_size=1, max_size=4).map(lambda ws: " ".join(ws).capitalize())


@st.composite
def codes(draw):
    """A code of chapters, articles, leden and lettered onderdelen, written as plain text."""
    lines = ["Gedragscode integriteit voorbeeldgemeente", ""]
    expected = []
    for chapter in range(1, draw(st.integers(1, 3)) + 1):
        title = draw(TITLE)
        lines += [f"Hoofdstuk {chapter} - {title}", ""]
        expected.append(("hoofdstuk", str(chapter), title))
        for article in range(1, draw(st.integers(1, 4)) + 1):
            number = f"{chapter}.{article}"
            heading = draw(TITLE)
            lines += [f"Artikel {number} {heading}", ""]
            expected.append(("artikel", number, heading))
            leden = draw(st.integers(0, 4))
            if leden == 0:
                lines += [draw(SENTENCE), ""]
            for lid in range(1, leden + 1):
                has_items = draw(st.booleans())
                text = draw(SENTENCE)[:-1] + (":" if has_items else ".")
                lines.append(f"{lid}. {text}")
                expected.append(("lid", str(lid), None))
                if has_items:
                    for letter in "abc"[: draw(st.integers(1, 3))]:
                        lines.append(f"   {letter}. {draw(SENTENCE)[:-1].lower()};")
                        expected.append(("onderdeel", letter, None))
            lines.append("")
    return "\n".join(lines), expected


def shape(code):
    return [
        (n.kind, n.number, n.title if n.kind in ("hoofdstuk", "artikel") else None)
        for n in code.nodes()
        if n.kind in ("hoofdstuk", "artikel", "lid", "onderdeel")
    ]


@settings(max_examples=60, deadline=None)
@given(codes())
def test_generated_codes_parse_to_their_structure_and_round_trip(sample):
    text, expected = sample
    code = parse_text(text)
    assert shape(code) == expected
    ids = [n.id for n in code.nodes()]
    assert len(ids) == len(set(ids))
    again = parse_text(to_markdown(code), "again.md")
    assert signature(again) == signature(code)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_any_text_parses_without_crashing_and_spans_stay_inside(text):
    try:
        code = parse_text(text if text.strip() else "x")
    except InputError as error:  # binary (NUL) or markup input: refused with one line
        assert "\n" not in str(error)
        return
    for node in code.nodes():
        assert 0 <= node.span.start <= node.span.end <= len(code.source)
    for ref in code.references:
        assert 0 <= ref.span.start <= ref.span.end <= len(code.source)
