"""Rules about dates and metadata: adoption, proposal, entry into force, title year."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .. import model as m
from .model import Finding, say
from .registry import _finding, rule


def _metadata_span(code: m.Code, key: str) -> m.Span:
    return code.metadata.source_spans.get(key, m.Span(0, 0))


def _out_of_order(code: m.Code, rule_id: str, earlier: str, later: str) -> Iterator[Finding]:
    """A finding when the date `earlier` (a metadata field) falls after the date `later`;
    the message names both dates by their field names."""
    first, second = getattr(code.metadata, earlier), getattr(code.metadata, later)
    if first and second and second < first:
        facts = {earlier: date.fromisoformat(first), later: date.fromisoformat(second)}
        problem = say(f"{rule_id}.message", **facts)
        yield _finding(
            code, rule_id, problem, say(f"{rule_id}.fix"), "code", _metadata_span(code, later)
        )


@rule("date-adopted-before-proposal", "error")
def adopted_before_proposal(code: m.Code) -> Iterator[Finding]:
    yield from _out_of_order(code, "date-adopted-before-proposal", "proposal_date", "adopted_on")


@rule("date-in-force-before-adoption", "error")
def in_force_before_adoption(code: m.Code) -> Iterator[Finding]:
    yield from _out_of_order(code, "date-in-force-before-adoption", "adopted_on", "in_force_from")


_YEAR = re.compile(r"\b(20\d\d|19\d\d)\b")


@rule("date-title-year", "warning")
def title_year(code: m.Code) -> Iterator[Finding]:
    meta = code.metadata
    title_year = _YEAR.findall(meta.title or "")
    cite_year = _YEAR.findall(meta.citeertitel or "")
    if title_year and cite_year and title_year[-1] != cite_year[-1]:
        yield _finding(
            code,
            "date-title-year",
            say(
                "date-title-year.message-citeertitel",
                title_year=title_year[-1],
                citeertitel_year=cite_year[-1],
            ),
            say("date-title-year.fix-citeertitel"),
            "code",
            _metadata_span(code, "citeertitel"),
        )
    if title_year and meta.adopted_on and title_year[-1] != meta.adopted_on[:4]:
        yield _finding(
            code,
            "date-title-year",
            say(
                "date-title-year.message-adopted",
                title_year=title_year[-1],
                adopted_on=date.fromisoformat(meta.adopted_on),
            ),
            say("date-title-year.fix-adopted"),
            "code",
            _metadata_span(code, "title"),
        )


@rule("date-adoption-missing", "info")
def adoption_missing(code: m.Code) -> Iterator[Finding]:
    if not code.metadata.adopted_on:
        yield _finding(
            code,
            "date-adoption-missing",
            say("date-adoption-missing.message"),
            say("date-adoption-missing.fix"),
            "code",
            m.Span(0, 0),
        )
