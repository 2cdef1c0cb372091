"""The units a comparison aligns: a code's provisions.

A provision is an article of the code or of its own annexes (a protocol); in a
code without numbered articles (assen.txt) it is a headed section with words of
its own; in an annex of plain text (a protocol in phases) it is such a section
too. Explanatory blocks, explanations per article and quoted law are not
provisions: they explain or cite, they do not regulate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from codes import model as m

_NOT_A_PROVISION = re.compile(
    r"wetstechnische informatie|gegevens van de regeling|inhoudsopgave", re.I
)


@dataclass(frozen=True, slots=True)
class Provision:
    code: str  # the code's key: corpus name or file stem
    node: str  # node id in that code
    label: str  # "Artikel 4.1 Omgang met geschenken" or the section title
    text: str
    span: m.Span
    scope: str  # body or the annex id

    @property
    def key(self) -> str:
        return f"{self.code}:{self.node}"


def code_key(code: m.Code) -> str:
    return Path(code.file).stem


def _text_without_blocks(node: m.Node) -> str:
    parts = [node.text] if node.text else []
    for child in node.children:
        if child.kind in (m.BLOCK, m.SECTION) or child.quoted:
            continue
        words = _text_without_blocks(child)
        if words:
            parts.append(
                f"{child.number}. {words}"
                if child.kind in (m.LID, m.ONDERDEEL) and child.number
                else words
            )
    return "\n".join(parts)


def provisions(code: m.Code) -> list[Provision]:
    key = code_key(code)
    found: list[Provision] = []
    articles = code.articles()
    for article, scope in articles:
        label = " ".join(p for p in ("Artikel", article.number, article.title) if p)
        found.append(
            Provision(key, article.id, label, _text_without_blocks(article), article.span, scope)
        )

    # Headed sections with words of their own: the whole code when it has no articles,
    # else only in annexes that hold plain text (a protocol in phases, guidelines).
    def visit(node: m.Node, scope: str, include: bool) -> None:
        for child in node.children:
            if child.quoted or child.explains:
                continue
            child_scope = child.id if child.kind == m.BIJLAGE else scope
            child_include = include or (child.kind == m.BIJLAGE and child.role == "text")
            if (
                child.kind == m.SECTION
                and child_include
                and child.text.strip()
                and not _NOT_A_PROVISION.search(child.title or "")
            ):
                found.append(
                    Provision(
                        key,
                        child.id,
                        child.title or child.id,
                        _text_without_blocks(child),
                        child.span,
                        child_scope,
                    )
                )
            if child.kind != m.ARTIKEL:
                visit(child, child_scope, child_include)

    visit(code.root, "body", not articles)
    order = {p.node: i for i, p in enumerate(sorted(found, key=lambda p: p.span.start))}
    return sorted(found, key=lambda p: order[p.node])
