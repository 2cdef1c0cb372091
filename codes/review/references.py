"""Rules about internal references: to articles, leden and onderdelen that do not exist."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import model as m
from .model import Finding
from .registry import _finding, _where, rule


@rule(
    "ref-internal-missing",
    "error",
    "Internal reference to an article or lid that does not exist",
    "The code refers to one of its own articles, leden or onderdelen that is not there, usually after "
    "renumbering.",
)
def internal_missing(code: m.Code) -> Iterator[Finding]:
    for ref in code.references:
        if ref.kind == "internal" and not ref.resolved:
            what = f"artikel {ref.article}" + (f" lid {ref.lid}" if ref.lid else "")
            message = f"{_where(code, ref.node)} refers to {what}, which does not exist"
            yield _finding(
                code,
                "ref-internal-missing",
                message,
                "correct the number or restore the article",
                ref.node,
                ref.span,
            )
    yield from _onderdeel_refs(code)


def _onderdeel_refs(code: m.Code) -> Iterator[Finding]:
    for ref in code.references:
        if ref.kind != "internal" or not ref.resolved or not ref.onderdeel or not ref.target:
            continue
        target = code.node(ref.target)
        items = {n.number for n in target.walk() if n.kind == m.ONDERDEEL} if target else set()
        for letter in ref.onderdeel.split(","):
            if items and letter not in items:
                yield _finding(
                    code,
                    "ref-internal-missing",
                    f"{_where(code, ref.node)} refers to onderdeel {letter} of {ref.target}, which does not exist",
                    "correct the letter",
                    ref.node,
                    ref.span,
                )


_EXPLAINED_LEDEN = re.compile(
    r"\b[Ll]id(?:en)?\s+(\d{1,2}(?:\s*(?:,|en)\s*\d{1,2})*)(?:\s+sub\s+([a-z]))?"
)


@rule(
    "ref-explained-lid-missing",
    "error",
    "Explanation names a lid the explained article does not have",
    "An explanatory annex (toelichting per artikel) discusses 'lid N' of the article it explains; that lid "
    "must exist in the article.",
)
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
                        yield _finding(
                            code,
                            "ref-explained-lid-missing",
                            f"the toelichting on artikel {article.number} discusses lid {number}, "
                            f"which artikel {article.number} does not have",
                            "update the toelichting to the article's current leden",
                            node.id,
                            node.span,
                        )
                    elif match.group(2):
                        items = {o.number for o in leden[number].children if o.kind == m.ONDERDEEL}
                        if match.group(2) not in items:
                            yield _finding(
                                code,
                                "ref-explained-lid-missing",
                                f"the toelichting on artikel {article.number} discusses lid {number} "
                                f"sub {match.group(2)}, which does not exist",
                                "update the toelichting",
                                node.id,
                                node.span,
                            )
