"""The JSON of one code inside a list, written nested by the encoder (`to_json_list_item`),
is the document of the code indented one level (`json_list_item`), byte for byte."""

from __future__ import annotations

from dataclasses import replace

from codes.corpus import catalog
from codes.export import join_json, to_json_bytes, to_json_list_item
from codes.parse import parse_file


def json_list_item(document: bytes) -> bytes:
    """The plain way to the same bytes, for comparison: every line of the document indented
    (a JSON text holds no raw line break inside a string)."""
    return document.replace(b"\n", b"\n  ")


def test_every_corpus_code_as_a_list_item():
    codes = [parse_file(entry.path) for entry in catalog()]
    items = [to_json_list_item(code) for code in codes]
    assert items == [json_list_item(to_json_bytes(code)) for code in codes]
    assert join_json(items) == to_json_bytes(codes)
    assert items[0].startswith(b'{\n    "file": ') and items[0].endswith(b"\n  }")


def test_a_code_the_standard_encoder_writes_too():
    # A lone surrogate: orjson refuses it, the standard encoder writes it as an escape.
    code = replace(parse_file(catalog()[0].path), warnings=("half a pair: \ud800",))
    item = to_json_list_item(code)
    assert b'"half a pair: \\ud800"' in item
    assert item == json_list_item(to_json_bytes(code))
