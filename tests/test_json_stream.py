"""The JSON of one code written a batch at a time (`json_stream.json_chunks`) is the
document `to_json_bytes` makes at once, byte for byte, whatever the batch size."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codes import json_stream
from codes.corpus import catalog
from codes.export import to_json_bytes
from codes.parse import parse_file, parse_text


def streamed(code, batch: int) -> bytes:
    size = json_stream.BATCH
    json_stream.BATCH = batch
    try:
        return b"".join(json_stream.json_chunks(code))
    finally:
        json_stream.BATCH = size


@pytest.mark.parametrize("batch", [1, 2, 7, json_stream.BATCH])
def test_every_corpus_code_streamed_is_its_document(batch):
    for entry in catalog():
        code = parse_file(entry.path)
        assert streamed(code, batch) == to_json_bytes(code)


def test_empty_lists_and_a_tree_without_children():
    code = parse_text("Geen artikelen, geen verwijzingen.")
    code = replace(code, references=(), repairs=(), root=replace(code.root, children=()))
    document = to_json_bytes(code)
    assert b'"references": []' in document and b'"articles": []' in document
    assert streamed(code, 2) == document


def test_a_batch_the_standard_encoder_writes():
    # A lone surrogate: orjson refuses that batch, the standard encoder writes it as an escape.
    code = parse_file(catalog()[0].path)
    node = replace(code.root.children[0], title="half a pair: \ud800")
    code = replace(code, root=replace(code.root, children=(node, *code.root.children[1:])))
    document = to_json_bytes(code)
    assert b'"half a pair: \\ud800"' in document
    assert streamed(code, 3) == document


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Artikel 1",
                "Hoofdstuk 2",
                "1. Het lid.",
                "a. onderdeel;",
                "artikel 41c Gemeentewet",
                "\n",
            ]
        ),
        max_size=30,
    ),
    st.integers(1, 5),
)
def test_any_code_streamed_is_its_document(lines, batch):
    code = parse_text("\n".join(["Artikel 1 Begrippen", *lines]))
    assert streamed(code, batch) == to_json_bytes(code)
