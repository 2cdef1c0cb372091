"""Stage 3, after the walk: the drafts the builder of `structure.py` made -> frozen nodes.

Annexes get their role (own articles, explanation of the body, quoted regulations),
every node its id, computed once (`ids.py`), and its span in the source; then the
drafts become the frozen `Node`s of `model.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import model as m
from .ids import assign_ids, child_ids
from .normalize import Normalized
from .structure import Draft

_SECTION = m.SECTION
_WORD = re.compile(r"[a-zà-ÿ]+")
_SPACES = re.compile(r"[ \u00a0]+")
_EXPLANATORY_TITLE = re.compile(r"toelichting|artikelsgewijs", re.I)
_QUOTED_TITLE = re.compile(
    r"wet- en regelgeving|wettelijk kader|overzicht van (?:de )?(?:wet|regel)", re.I
)


def classify_annexes(root: Draft) -> None:
    annexes = [c for c in root.children if c.kind == m.BIJLAGE]
    body_articles: dict[str | None, Draft] = {}
    if any(c.kind == m.ARTIKEL for annex in annexes for c in annex.children):
        in_annex = _annex_members(root)  # (most codes have no articles in an annex)
        body_articles = {
            d.number: d for d in _walk(root) if d.kind == m.ARTIKEL and id(d) not in in_annex
        }
    for annex in annexes:
        articles = [c for c in annex.children if c.kind == m.ARTIKEL and not c.quoted]
        repeats = [
            a
            for a in articles
            if a.number in body_articles and _same_title(a, body_articles[a.number])
        ]
        title = annex.title or ""
        if articles and (_EXPLANATORY_TITLE.search(title) or len(repeats) * 2 > len(articles)):
            annex.role = "explanatory"
            for part in articles:
                part.kind = m.SECTION
                part.rank = 3.3
                part.role = "toelichting"
                if part.number in body_articles:
                    part.explains = part.number
        elif articles or _nested_articles(annex):
            annex.role = "own"
        elif _QUOTED_TITLE.search(title) or any(d.quoted for d in _walk(annex)):
            annex.role = "quoted"
        else:
            annex.role = "text"


def _nested_articles(annex: Draft) -> bool:
    """Whether an annex holds articles of its own inside its chapters or divisions: a plan
    or regulation adopted as the annex ("Bijlage A" / "Hoofdstuk 1 ALGEMENE BEPALINGEN" /
    "Afdeling 1.1 Definities" / "Artikel 1.1 Begripsbepalingen", zh01)."""
    return any(d.kind == m.ARTIKEL and not d.quoted for d in _walk(annex) if d is not annex)


def _same_title(a: Draft, b: Draft) -> bool:
    left, right = _words(a.title), _words(b.title)
    if not left or not right:
        return not left and not right
    return len(left & right) / len(left | right) >= 0.5


def _words(title: str | None) -> set[str]:
    return {w for w in _WORD.findall((title or "").lower()) if len(w) > 2}


def _node_words(pieces: list[tuple[int, int]], text: str) -> str:
    """A node's words: its pieces of `text`, stripped, one per line, and runs of spaces as
    one space (no run crosses a line break, so the joined words are folded at once; most
    have none, and a substitution would replace every single space by itself)."""
    if len(pieces) == 1:  # the common case: one line of text
        start, end = pieces[0]
        words = text[start:end].strip()
    else:
        words = "\n".join([piece for start, end in pieces if (piece := text[start:end].strip())])
    return _SPACES.sub(" ", words) if "  " in words or "\u00a0" in words else words


def _walk(draft: Draft) -> Iterator[Draft]:
    """`draft` and every draft below it, in document order (a stack, not a generator per
    level: a deep tree's drafts are not passed up through every level above them)."""
    todo = [draft]
    while todo:
        draft = todo.pop()
        yield draft
        todo.extend(reversed(draft.children))


def _annex_members(root: Draft) -> set[int]:
    return {id(d) for annex in root.children if annex.kind == m.BIJLAGE for d in _walk(annex)}


def freeze(root: Draft, norm: Normalized) -> m.Node:
    text, span = norm.text, norm.span
    body_article_ids: dict[str | None, str] = {}
    # Only the parts of an explanatory annex explain an article (`classify_annexes`).
    if any(part.explains for annex in root.children for part in annex.children):
        ids = assign_ids(root)
        in_annex = _annex_members(root)
        body_article_ids = {
            d.number: ids[id(d)]
            for d in _walk(root)
            if d.kind == m.ARTIKEL and not d.quoted and id(d) not in in_annex
        }

    return _make(root, "code", text, span, body_article_ids)


def _make(draft: Draft, node_id: str, text: str, span, explained: dict[str | None, str]) -> m.Node:
    """The frozen node of `draft` and of every draft below it. A module function, not a
    closure of `freeze`: a nested function that calls itself is a garbage cycle (it holds
    its own cell, and with it the `Normalized`) that only the cycle collector frees."""
    children = draft.children
    return m.Node(
        draft.kind,
        node_id,
        span(draft.start, max(draft.end, draft.start)),
        draft.number,
        draft.title,
        _node_words(draft.text, text) if draft.text else "",
        tuple(
            [
                _make(child, child_id, text, span, explained)
                for child, child_id in zip(children, child_ids(children, node_id), strict=True)
            ]
        )
        if children
        else (),
        draft.role,
        draft.quoted,
        explained.get(draft.explains) if draft.explains else None,
        round((draft.rank - 3) * 10) if draft.kind == _SECTION else None,  # level
    )
