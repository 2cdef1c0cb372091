"""The rule registry: each rule registers itself with its `Rule` (id, severity, what it checks).

Rules live in `law.py`, `references.py`, `structure.py` and `dates.py`; `review` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from .. import model as m
from .model import Finding, Rule

Check = Callable[[m.Code], Iterator[Finding]]
RULES: dict[str, tuple[Rule, Check]] = {}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def rule(rule_id: str, severity: str, title: str, explanation: str):
    def register(check: Check) -> Check:
        RULES[rule_id] = (Rule(rule_id, severity, title, explanation), check)
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
    code: m.Code, rule_id: str, message: str, suggestion: str, node: str, span: m.Span
) -> Finding:
    severity = RULES[rule_id][0].severity
    quote = " ".join(code.source[span.start : span.end].split())
    return Finding(rule_id, severity, message, suggestion, node, span, quote[:300], code.file)


def _long_date(iso: str) -> str:
    parsed = date.fromisoformat(iso)
    return f"{parsed.day} {_MONTHS[parsed.month - 1]} {parsed.year}"


def _where(code: m.Code, node_id: str) -> str:
    """'artikel 6.2' for the article a node is in, else the nearest titled section."""
    parts = node_id.split("__")
    ancestors = [code.node("__".join(parts[:i])) for i in range(len(parts), 0, -1)]
    for node in ancestors:
        if node is not None and node.kind == m.ARTIKEL:
            return ("quoted " if node.quoted else "") + f"artikel {node.number}"
    for node in ancestors:
        if node is not None and node.title:
            return f"'{node.title}'"
    return node_id
