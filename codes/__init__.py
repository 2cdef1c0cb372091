"""The input side of the toolkit: any source of a gedragscode -> the article graph.

    from codes import parse_file
    code = parse_file("codes/corpus/best.txt")
    for article, scope in code.articles():
        print(article.id, article.number, article.title)

The pipeline modules load on first use, so that `import codes.errors` (the command
line does that at start-up) stays cheap.
"""

from __future__ import annotations

from importlib import import_module

from .errors import InputError

_LAZY = {
    "Code": "model",
    "Metadata": "model",
    "Node": "model",
    "Reference": "model",
    "Repair": "model",
    "Span": "model",
    "parse_bytes": "parse",
    "parse_file": "parse",
    "parse_source": "parse",
    "parse_text": "parse",
}

__all__ = ["InputError", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'codes' has no attribute {name!r}")
