"""The names a reader uses: Dutch words for the library's ids, "art. 4.1 (Hoofdstuk 2)"
for a node, and a distinct column name for each code.

Node ids (`chp_2__sec_4__art_4.1`) are exact but nobody cites them; a griffier says
"artikel 4.1 van hoofdstuk 2". Article numbers repeat per hoofdstuk (best.txt) and an
annex has its own articles (the protocol of rheden.txt), so the label names the
hoofdstuk or bijlage an article stands in.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from codes import model as m

DATA = Path(__file__).parent / "data" / "labels_nl.toml"


@cache
def dutch_words() -> dict[str, dict[str, str]]:
    """The tables of `labels_nl.toml`; "norms" (variable id -> Dutch name) from the norm
    definitions; "severity" and "severity_plural" from the review's own wording file (one
    place for the words of a norm and of a finding)."""
    from codes.review.model import SEVERITIES
    from codes.review.wording import severity_word

    from .norms import definitions

    with DATA.open("rb") as handle:
        words = tomllib.load(handle)
    words["norms"] = {d.id: d.name for d in definitions()}
    words["severity"] = {s: severity_word(s, "nl") for s in SEVERITIES}
    words["severity_plural"] = {s: severity_word(s, "nl", plural=True) for s in SEVERITIES}
    return words


def word(table: str, key: str | None) -> str:
    """The Dutch word for `key` in `table` (norms, units, status, severity), else `key`."""
    if key is None:
        return ""
    return dutch_words().get(table, {}).get(key, key)


def place_labels(code: m.Code) -> dict[str, str]:
    """Node id -> how a reader names it: "art. 4.1 (Hoofdstuk 2)", "art. 5 lid 2 (Bijlage 2)",
    or a section's title; every node of the code has one."""
    labels: dict[str, str] = {}

    def visit(node: m.Node, context: str, own: str) -> None:
        for child in node.children:
            child_context, child_own = context, own
            if child.kind == m.HOOFDSTUK:
                child_context = _container("Hoofdstuk", child)
                child_own = child_context
            elif child.kind == m.BIJLAGE:
                child_context = _container("Bijlage", child)
                child_own = child_context
            elif child.kind == m.ARTIKEL:
                child_own = f"art. {child.number}" if child.number else (child.title or "artikel")
                child_own = _with_context(child_own, context)
            elif child.kind == m.LID and child.number:
                child_own = _in_article(own, f"lid {child.number}")
            elif child.kind == m.ONDERDEEL and child.number:
                child_own = _in_article(own, f"onder {child.number.rstrip('.')}")
            elif child.kind == m.SECTION and child.title:
                child_own = _with_context(_short(child.title), context)
            labels[child.id] = child_own
            visit(child, child_context, child_own)

    visit(code.root, "", "")
    return labels


def _container(kind: str, node: m.Node) -> str:
    if node.number:
        return f"{kind} {node.number}"
    return f"{kind} {_short(node.title)}" if node.title else kind


def _with_context(own: str, context: str) -> str:
    return f"{own} ({context})" if context else own


def _in_article(article_label: str, part: str) -> str:
    """Insert a lid or onderdeel after the article: "art. 4.1 lid 2 (Hoofdstuk 2)"."""
    head, bracket, rest = article_label.partition(" (")
    return f"{head} {part}{bracket}{rest}"


def _short(title: str, words: int = 8) -> str:
    parts = title.split()
    text = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def column_names(codes: list[m.Code]) -> list[str]:
    """A header per code that tells copies apart: the organisation, and where several codes
    share it, the first of year, title and file name that differs between all of them
    ("Best (2017)", "Best (2019)"); a number where nothing does."""
    names = [_organisation(code) for code in codes]
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        groups.setdefault(name, []).append(i)
    result = list(names)
    for name, members in groups.items():
        if len(members) < 2:
            continue
        for detail in (_year, _title, _file_name):
            extras = [detail(codes[i]) for i in members]
            if all(extras) and len(set(extras)) == len(extras):
                for i, extra in zip(members, extras, strict=True):
                    result[i] = f"{name} ({extra})"
                break
        else:
            for number, i in enumerate(members, 1):
                result[i] = f"{name} ({number})"
    return result


def _organisation(code: m.Code) -> str:
    return code.metadata.organisation or Path(code.file).stem


def _year(code: m.Code) -> str | None:
    for value in (code.metadata.adopted_on, code.metadata.in_force_from):
        if value:
            return value[:4]
    found = re.search(r"\b(19|20)\d\d\b", code.metadata.citeertitel or code.metadata.title or "")
    return found.group(0) if found else None


def _title(code: m.Code) -> str | None:
    title = code.metadata.citeertitel or code.metadata.title
    return _short(title, 6) if title else None


def _file_name(code: m.Code) -> str:
    return Path(code.file).stem
