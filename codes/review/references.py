"""Rules about internal references: to articles, leden and onderdelen that do not exist."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import model as m
from .model import Finding, Wording, say
from .registry import _finding, _where, rule


@rule("ref-internal-missing", "error")
def internal_missing(code: m.Code) -> Iterator[Finding]:
    for ref in code.references:
        if ref.kind == "internal" and not ref.resolved:
            if ref.lid:
                target = say("place.article-lid", number=ref.article or "", lid=ref.lid)
            else:
                target = say("place.article", number=ref.article or "")
            yield _finding(
                code,
                "ref-internal-missing",
                say("ref-internal-missing.message", where=_where(code, ref.node), target=target),
                say("ref-internal-missing.fix"),
                ref.node,
                ref.span,
            )
    yield from _onderdeel_refs(code)


def _node_place(code: m.Code, node_id: str) -> Wording:
    """ "artikel 4 lid 2" for a lid, else where the node stands (`_where`)."""
    node = code.node(node_id)
    article = code.node(node_id.rpartition("__")[0]) if node and node.kind == m.LID else None
    if node is not None and article is not None and article.kind == m.ARTIKEL:
        return say("place.article-lid", number=article.number or "", lid=node.number or "")
    return _where(code, node_id)


def _onderdeel_refs(code: m.Code) -> Iterator[Finding]:
    for ref in code.references:
        if ref.kind != "internal" or not ref.resolved or not ref.onderdeel or not ref.target:
            continue
        target = code.node(ref.target)
        items = {n.number for n in target.walk() if n.kind == m.ONDERDEEL} if target else set()
        for letter in ref.onderdeel.split(","):
            if items and letter not in items:
                problem = say(
                    "ref-internal-missing.message-onderdeel",
                    where=_where(code, ref.node),
                    onderdeel=letter,
                    target=_node_place(code, ref.target),
                )
                fix = say("ref-internal-missing.fix-onderdeel")
                yield _finding(code, "ref-internal-missing", problem, fix, ref.node, ref.span)


_EXPLAINED_LEDEN = re.compile(
    r"\b[Ll]id(?:en)?\s+(\d{1,2}(?:\s*(?:,|en)\s*\d{1,2})*)(?:\s+sub\s+([a-z]))?"
)


@rule("ref-explained-lid-missing", "error")
def explained_leden(code: m.Code) -> Iterator[Finding]:
    for part in code.nodes():
        if not part.explains:
            continue
        article = code.node(part.explains)
        if article is None:
            continue
        leden = {c.number: c for c in article.children if c.kind == m.LID}
        for node in part.walk():
            for match in _EXPLAINED_LEDEN.finditer(node.text):
                for number in re.findall(r"\d+", match.group(1)):
                    if number not in leden:
                        problem = say(
                            "ref-explained-lid-missing.message",
                            article=article.number or "",
                            lid=number,
                        )
                        fix = say("ref-explained-lid-missing.fix")
                        yield _finding(
                            code, "ref-explained-lid-missing", problem, fix, node.id, node.span
                        )
                    elif match.group(2):
                        items = {o.number for o in leden[number].children if o.kind == m.ONDERDEEL}
                        if match.group(2) not in items:
                            problem = say(
                                "ref-explained-lid-missing.message-onderdeel",
                                article=article.number or "",
                                lid=number,
                                onderdeel=match.group(2),
                            )
                            fix = say("ref-explained-lid-missing.fix-onderdeel")
                            yield _finding(
                                code, "ref-explained-lid-missing", problem, fix, node.id, node.span
                            )
