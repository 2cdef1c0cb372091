"""Fuzzing the parser, every output format and review on mutated corpus texts (issue #10).

Pieces of the bundled codes are mutated (characters inserted, deleted and replaced,
control characters and raw bytes included, words the rules react to) and run
through `parse_bytes`, every `parse --format`, and review. An `InputError` is the
only allowed failure: anything else is a crash. A few hundred examples per run;
`python -m pytest tests/test_fuzz.py --hypothesis-profile=long` runs 20,000.
"""

from __future__ import annotations

from hypothesis import event, given
from hypothesis import strategies as st
from lxml import etree

from codes import InputError, parse_bytes
from codes.akn import to_akn
from codes.export import to_json, to_markdown, to_text
from codes.review import review

from .conftest import CORPUS, NAMES

TEXTS = {name: (CORPUS / f"{name}.txt").read_text(encoding="utf-8") for name in NAMES}
# Words and marks the structure and citation rules react to, so mutations reach them.
TOKENS = [
    "Artikel ", "artikel 1", "Hoofdstuk 2", "§ 3", "lid ", "1. ", "a. ", "tot en met ",
    "juncto ", "van de Gemeentewet", "Awb", "8:1", "-\n", "\n\n", "# ", "**", "30 februari 2021",
    "31-04-2020", "(hierna: Wet)", "Bijlage ", "Toelichting", "é", "€", "\u2028", "\ufeff",
]  # fmt: skip
CHARACTERS = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from("\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x85\x9f\ufffe\uffff\t\r\n"),
)
MUTATION = st.tuples(
    st.floats(0, 1),  # where, as a share of the text
    st.sampled_from(["insert", "delete", "replace"]),
    st.one_of(st.text(CHARACTERS, max_size=8), st.sampled_from(TOKENS)),
    st.integers(0, 40),  # how many characters to delete or replace
)


@st.composite
def mutated(draw) -> bytes:
    text = TEXTS[draw(st.sampled_from(NAMES))]
    start = draw(st.integers(0, len(text) - 1))
    text = text[start : start + draw(st.integers(200, 6000))]
    for where, action, payload, length in draw(st.lists(MUTATION, max_size=12)):
        at = int(where * len(text))
        if action == "insert":
            text = text[:at] + payload + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + length :]
        else:
            text = text[:at] + payload + text[at + len(payload) :]
    data = text.encode(
        draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "cp1252"])), "ignore"
    )
    for where, raw in draw(st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=4)), max_size=3)):
        at = int(where * len(data))
        data = data[:at] + raw + data[at:]
    return data


@given(mutated(), st.sampled_from(["fuzz.txt", "fuzz.md", "fuzz.docx", "fuzz.xml"]))
def test_no_input_crashes_the_parser_outputs_or_review(data, name):
    try:
        code = parse_bytes(data, name)
    except InputError as error:
        event(f"input error: {str(error).split(':')[1].strip()[:30]}")
        assert "\n" not in str(error)  # one line, as the command line prints it
        return
    event(f"parsed, {'with' if code.articles() else 'without'} articles")
    to_json(code)
    to_markdown(code)
    to_text(code)
    etree.fromstring(to_akn(code).encode("utf-8"))  # well-formed XML, whatever the input
    review(code)


def _word_file(text: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line, style="Heading 1" if line.startswith("Hoofdstuk") else None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WORD = _word_file(TEXTS["best"][:6000])
XML_TOKENS = [
    b"<w:p>", b"</w:p>", b"<w:t>", b"</w:t>", b"<w:numPr><w:numId w:val=\"1\"/></w:numPr>",
    b"&amp;", b"&#1;", b"<!DOCTYPE x>", b"<w:pStyle w:val=\"X\"/>", b'w:val="-1"', b"\x00",
]  # fmt: skip


@given(
    st.sampled_from(["word/document.xml", "word/styles.xml", "word/numbering.xml"]),
    st.lists(
        st.tuples(
            st.floats(0, 1),
            st.one_of(st.binary(max_size=6), st.sampled_from(XML_TOKENS)),
            st.integers(0, 30),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_no_mutated_word_file_crashes_the_parser(part, mutations):
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(WORD))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == part:
                for where, raw, length in mutations:
                    at = int(where * len(data))
                    data = data[:at] + raw + data[at + length :]
            package.writestr(info.filename, data)
    try:
        code = parse_bytes(buffer.getvalue(), "fuzz.docx")
    except InputError as error:
        event("input error")
        assert "\n" not in str(error)
        return
    event("parsed")
    to_json(code)
    etree.fromstring(to_akn(code).encode("utf-8"))
