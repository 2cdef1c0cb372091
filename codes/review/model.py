"""The data objects of a review: a `Rule` a user can look up, and a `Finding`."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    title: str
    explanation: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect: which rule, where (node id and source span), the quoted words, and a fix."""

    rule: str
    severity: str
    message: str
    suggestion: str
    node: str
    span: Span
    quote: str
    file: str = ""
