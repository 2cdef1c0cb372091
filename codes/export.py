"""Stage 6, export: the article graph as JSON, Markdown or an outline of text.

JSON is the stable contract other tools rely on (`metadata`, `articles`,
`references`, plus the whole `tree`). Markdown renders the code in the same
shapes the parser reads, so it parses back to the same graph. Akoma Ntoso
lives in `akn.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from . import model as m


def reference_dict(ref: m.Reference) -> dict[str, Any]:
    span = ref.span  # its list written out, as in `node_dict`: no method call a reference
    return {
        "kind": ref.kind,
        "law": ref.law,
        "bwb": ref.bwb,
        "article": ref.article,
        "lid": ref.lid,
        "onderdeel": ref.onderdeel,
        "target": ref.target,
        "resolved": ref.resolved,
        "resolved_via": ref.resolved_via,
        "range": ref.range,
        "url": ref.url,
        "text": ref.text,
        "node": ref.node,
        "span": [span.start, span.end],
    }


def node_dict(node: m.Node) -> dict[str, Any]:
    span = node.span
    data: dict[str, Any] = {"kind": node.kind, "id": node.id, "span": [span.start, span.end]}
    # The optional keys in this order, each only where it has a value (read one by one:
    # a loop over their names with `getattr` cost a fifth of the export).
    if node.number is not None:
        data["number"] = node.number
    if node.title is not None:
        data["title"] = node.title
    if node.role is not None:
        data["role"] = node.role
    if node.explains is not None:
        data["explains"] = node.explains
    if node.text:
        data["text"] = node.text
    if node.quoted:
        data["quoted"] = True
    if node.children:
        data["children"] = list(map(node_dict, node.children))
    return data


def article_dict(article: m.Node, scope: str) -> dict[str, Any]:
    texts: dict[int, str] = {}  # the full text of every node below, each computed once
    text = article.full_text(texts)
    leden = [
        {
            "number": lid.number,
            "id": lid.id,
            "text": texts[id(lid)],
            "onderdelen": [
                {"number": o.number, "id": o.id, "text": texts[id(o)]}
                for o in lid.children
                if o.kind == m.ONDERDEEL
            ],
        }
        for lid in article.children
        if lid.kind == m.LID
    ]
    return {
        "id": article.id,
        "number": article.number,
        "title": article.title,
        "scope": scope,
        "text": text,
        "leden": leden,
        "span": article.span.as_list(),
    }


def to_dict(code: m.Code, many: Callable[[Iterable], Any] = list) -> dict[str, Any]:
    """The JSON contract of one code as dicts and lists. `many`: what each long list (the
    articles, references, repairs and the tree's top nodes) is made of its items: a list,
    or what `json_stream` writes a batch at a time, for a file too large to hold twice."""
    meta = code.metadata
    return {
        "file": code.file,
        "format": code.format,
        "metadata": {
            "organisation": meta.organisation,
            "organisation_type": meta.organisation_type,
            "title": meta.title,
            "citeertitel": meta.citeertitel,
            "adopted_on": meta.adopted_on,
            "adopted_by": meta.adopted_by,
            "in_force_from": meta.in_force_from,
            "proposal_date": meta.proposal_date,
            "spans": {k: v.as_list() for k, v in meta.source_spans.items()},
        },
        "articles": many(article_dict(a, scope) for a, scope in code.articles()),
        "references": many(map(reference_dict, code.references)),
        "repairs": many(
            {
                "kind": r.kind,
                "span": [r.span.start, r.span.end],
                "original": r.original,
                "replacement": r.replacement,
            }
            for r in code.repairs
        ),
        "warnings": list(code.warnings),
        "tree": _tree(code.root, many),
    }


def _tree(root: m.Node, many: Callable[[Iterable], Any]) -> dict[str, Any]:
    """`node_dict(root)` with its children made by `many`, in the same place."""
    data = node_dict(replace(root, children=()))
    if root.children:
        data["children"] = many(map(node_dict, root.children))
    return data


def to_json(code: m.Code | list[m.Code], indent: int | None = 2) -> str:
    """The JSON contract of one code or a list of codes (see `to_json_bytes`)."""
    return to_json_bytes(code, indent).decode("utf-8")


def to_json_bytes(code: m.Code | list[m.Code], indent: int | None = 2) -> bytes:
    """The JSON contract of one code or a list of codes, as UTF-8.

    orjson writes the same document as `json.dumps(..., ensure_ascii=False, indent=2)`
    (keys in the same order, UTF-8 text unescaped) in a tenth of the time; the standard
    encoder with `indent` is pure Python. `indent=None` gives the compact form. Bytes,
    because that is what orjson makes and what a file or a pipe takes: the JSON is about
    seven times the size of the code, and each decoding and encoding is a pass over it.
    """
    from .collector import paused

    with paused():  # ... until the dicts are gone again: none of them is in a cycle, and the
        # collector, resumed with them alive, would walk them all once
        data = [to_dict(c) for c in code] if isinstance(code, list) else to_dict(code)
        document = json_bytes(data, indent)
        del data
    return document


def json_bytes(data: Any, indent: int | None = 2) -> bytes:
    """`json.dumps(data, ensure_ascii=False, indent=indent)` as UTF-8, by orjson where it can."""
    import orjson

    if indent in (None, 2):
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0)
        except orjson.JSONEncodeError:  # a lone surrogate in a text, which UTF-8 cannot hold:
            pass  # the standard encoder keeps it, and it is written as the JSON escape "\\ud800"
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return text.encode("utf-8", "backslashreplace")


def to_json_list_item(code: m.Code) -> bytes:
    """The JSON of one code as it stands inside the list of several (`to_json_bytes`
    indented one level): made where the code was parsed, so that joining them is all that
    is left to do. The encoder writes it as the one item of a list, and it is cut out of
    "[\\n  ...\\n]" by a slice instead of a replace that copies the document over every
    line break (a tenth of the time of writing the JSON of a code)."""
    return to_json_bytes([code])[4:-2]


def join_json(items: list[bytes]) -> bytes:
    """The JSON of several codes from their `to_json_list_item`s: the same bytes as
    `to_json_bytes` of the list."""
    return b"".join(json_list_chunks(items))


def json_list_chunks(items: Iterable[bytes]) -> Iterator[bytes]:
    """`join_json` piece by piece, for a list written while its codes are still parsed."""
    yield b"[\n  "
    for index, item in enumerate(items):
        if index:
            yield b",\n  "
        yield item
    yield b"\n]"


# -- Markdown ----------------------------------------------------------------
_HEADING_WORD = {
    m.HOOFDSTUK: "Hoofdstuk",
    m.PARAGRAAF: "Paragraaf",
    m.ARTIKEL: "Artikel",
    m.BIJLAGE: "Bijlage",
}
_HEADING_LEVEL = {m.BIJLAGE: 1, m.HOOFDSTUK: 1, m.PARAGRAAF: 2, m.ARTIKEL: 3}


def to_markdown(code: m.Code) -> str:
    """The code as Markdown, in the shapes `parse` reads back to the same graph."""
    out: list[str] = []

    def heading(node: m.Node) -> str:
        words = [_HEADING_WORD[node.kind]]
        if node.number:
            words.append(node.number)
        if node.title:
            words.append(_escaped(node.title))
        return " ".join(words)

    def emit(node: m.Node, depth: int) -> None:
        kind = node.kind
        if kind in _HEADING_WORD and not node.explains:
            level = _HEADING_LEVEL[kind] + (1 if kind != m.BIJLAGE and depth > 2 else 0)
            out.append("#" * min(level, 6) + " " + heading(node))
            if node.text:
                out.append(_escaped(node.text))
        elif node.explains or kind == m.SECTION and node.number:
            out.append(
                "### Artikel " + _escaped(" ".join(p for p in (node.number, node.title) if p))
            )
            if node.text:
                out.append(_escaped(node.text))
        elif kind == m.SECTION:
            out.append("#" * _section_level(node) + " " + _escaped(node.title or ""))
            if node.text:
                out.append(_escaped(node.text))
        elif kind == m.BLOCK:
            title = node.title or node.role or "Toelichting"
            keyword, _, sub = title.partition(": ")
            out.append(f"{keyword}: {_escaped(sub)}" if sub else keyword)
            if node.text:
                out.append(_escaped(node.text))
        elif kind == m.LID:
            text = _escaped(node.text)
            out.append(f"{node.number}. {text}" if node.number else text)
        elif kind == m.ONDERDEEL:
            marker = (
                f"{node.number}."
                if node.number and not node.number.endswith("°")
                else (node.number or "-")
            )
            first, _, rest = _escaped(node.text).partition("\n")
            out.append(f"   {marker} {first}" + (f"\n{rest}" if rest else ""))
        elif kind == m.PREAMBLE:
            if node.title:
                out.append(_escaped(node.title))
            if node.text:
                out.append(_escaped(node.text))
        elif node.text:
            out.append(_escaped(node.text))
        for child in node.children:
            emit(child, depth + 1)

    for child in code.root.children:
        emit(child, 1)
    return "\n\n".join(part for part in out if part) + "\n"


# Characters Markdown reads as markup (`codes.md_markup`): a code's own "*" stays a word.
_MARKUP_CHARACTER = re.compile(r"([\\*_])")


def _escaped(text: str) -> str:
    return _MARKUP_CHARACTER.sub(r"\\\1", text)


def _section_level(node: m.Node) -> int:
    return max(1, min(6, node.level or 3))


# -- plain text outline ---------------------------------------------------------
def to_text(code: m.Code) -> str:
    meta = code.metadata
    lines = [
        f"{meta.title or code.file}",
        f"  organisation: {meta.organisation or '-'} ({meta.organisation_type or '-'})",
        f"  citeertitel: {meta.citeertitel or '-'}",
        f"  adopted on: {meta.adopted_on or '-'}  by: {meta.adopted_by or '-'}  in force: {meta.in_force_from or '-'}",
        f"  {len(code.articles())} articles, {len(code.references)} references, {len(code.repairs)} repairs",
        "",
    ]

    def walk(node: m.Node, depth: int) -> None:
        label = {
            m.HOOFDSTUK: "Hoofdstuk",
            m.PARAGRAAF: "Paragraaf",
            m.ARTIKEL: "Artikel",
            m.BIJLAGE: "Bijlage",
            m.LID: "lid",
            m.ONDERDEEL: "onderdeel",
        }.get(node.kind, node.kind)
        head = " ".join(p for p in (label, node.number, node.title) if p)
        flags = " [quoted]" if node.quoted else ""
        if node.explains:
            flags += f" [explains {node.explains}]"
        if node.role and node.kind in (m.BLOCK, m.BIJLAGE):
            flags += f" [{node.role}]"
        preview = node.text.replace("\n", " ")
        preview = (preview[:90] + "…") if len(preview) > 90 else preview
        lines.append(
            f"{'  ' * depth}{head}{flags}  ({node.id})" + (f": {preview}" if preview else "")
        )
        for child in node.children:
            walk(child, depth + 1)

    for child in code.root.children:
        walk(child, 0)
    return "\n".join(lines) + "\n"
