"""The rule registry: each rule registers itself with its `Rule` (id and severity; what it
checks, in words, is in `codes/data/review_wording.toml`).

Rules live in `law.py`, `references.py`, `structure.py` and `dates.py`; `review` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import model as m
from .model import Finding, Rule, Wording, say

Check = Callable[[m.Code], Iterator[Finding]]
RULES: dict[str, tuple[Rule, Check]] = {}


def rule(rule_id: str, severity: str):
    """Register a check; its title and explanation are `<rule_id>.title` and
    `<rule_id>.explanation` in the wording file."""

    def register(check: Check) -> Check:
        RULES[rule_id] = (Rule(rule_id, severity), check)
        return check

    return register


def review(code: m.Code, only: set[str] | None = None) -> list[Finding]:
    """All findings for `code`, in source order, errors first where they share a place."""
    findings: list[Finding] = []
    for rule_id, (_, check) in RULES.items():
        if only and rule_id not in only:
            continue
        findings.extend(check(code))
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: (f.span.start, order[f.severity], f.rule))


def _finding(
    code: m.Code, rule_id: str, problem: Wording, fix: Wording, node: str, span: m.Span
) -> Finding:
    severity = RULES[rule_id][0].severity
    quote = " ".join(code.source[span.start : span.end].split())
    return Finding(rule_id, severity, problem, fix, node, span, quote[:300], code.file)


def _where(code: m.Code, node_id: str) -> Wording:
    """ "artikel 6.2" for the article a node is in, else the nearest titled section, else
    the node id."""
    parts = node_id.split("__")
    ancestors = [code.node("__".join(parts[:i])) for i in range(len(parts), 0, -1)]
    for node in ancestors:
        if node is not None and node.kind == m.ARTIKEL:
            key = "place.quoted-article" if node.quoted else "place.article"
            return say(key, number=node.number or "")
    for node in ancestors:
        if node is not None and node.title:
            return say("place.section", title=node.title)
    return say("place.node", node=node_id)
