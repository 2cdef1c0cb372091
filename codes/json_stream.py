"""The JSON of one code written a piece at a time: the same bytes as `export.to_json_bytes`.

`to_json_bytes` builds the dicts of the whole graph and then the whole document, each
several times the size of the code: for a file of 100 MB, gigabytes held at once, in
fresh memory that the system pays for page by page. Here each long list (articles,
references, repairs, the tree's top nodes) is encoded `BATCH` items at a time and
indented to its depth, so only one batch's dicts and bytes exist at a time.

orjson indents a nested value as it would at the top, two spaces a level; a text in JSON
holds no raw line break (it is written "\\n"), so indenting a piece one level deeper is
putting two spaces after each line break in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from . import model as m
from .export import json_bytes, to_dict

BATCH = 1000  # items encoded at a time: few calls to the encoder, little memory a call


class Lazy:
    """A list to be written as it is made, a batch at a time."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = iter(items)


def json_chunks(code: m.Code) -> Iterator[bytes]:
    """`to_json_bytes(code)` in pieces, for writing as they come."""
    from .collector import paused

    with paused():  # the graph is alive and nothing made here is in a cycle (`collector`)
        yield from _value(to_dict(code, Lazy), 0)


def _value(value: Any, depth: int) -> Iterator[bytes]:
    if isinstance(value, Lazy):
        yield from _list(value.items, depth)
    elif isinstance(value, dict) and any(isinstance(item, Lazy) for item in value.values()):
        yield from _dict(value, depth)
    else:
        yield _deeper(json_bytes(value), depth)


def _dict(value: dict[str, Any], depth: int) -> Iterator[bytes]:
    """A dict with a long list in it (never empty: it holds that list)."""
    pad = b"\n" + b"  " * (depth + 1)
    for index, (key, item) in enumerate(value.items()):
        yield (b",", b"{")[index == 0] + pad + json_bytes(key) + b": "
        yield from _value(item, depth + 1)
    yield b"\n" + b"  " * depth + b"}"


def _list(items: Iterator[Any], depth: int) -> Iterator[bytes]:
    opened = False
    while batch := list(islice(items, BATCH)):
        # "[\n  a,\n  b\n]" less its brackets: the items, each line one level in.
        inner = json_bytes(batch)[2:-2]
        yield (b",\n" if opened else b"[\n") + b"  " * depth + _deeper(inner, depth)
        opened = True
    yield b"\n" + b"  " * depth + b"]" if opened else b"[]"


def _deeper(data: bytes, depth: int) -> bytes:
    """JSON indented as at the top, indented `depth` levels further (but its first line)."""
    return data.replace(b"\n", b"\n" + b"  " * depth) if depth else data
