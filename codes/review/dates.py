"""Rules about dates and metadata: adoption, proposal, entry into force, title year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import model as m
from .model import Finding
from .registry import _finding, _long_date, rule


def _metadata_span(code: m.Code, key: str) -> m.Span:
    return code.metadata.source_spans.get(key, m.Span(0, 0))


def _out_of_order(
    code: m.Code, rule_id: str, earlier: str, later: str, message: str, fix: str
) -> Iterator[Finding]:
    """A finding when the date `earlier` (a metadata field) falls after the date `later`."""
    first, second = getattr(code.metadata, earlier), getattr(code.metadata, later)
    if first and second and second < first:
        text = message.format(first=_long_date(first), second=_long_date(second))
        yield _finding(code, rule_id, text, fix, "code", _metadata_span(code, later))


@rule(
    "date-adopted-before-proposal",
    "error",
    "Adopted before the proposal it names",
    "The besluit names a voorstel dated after the adoption date: one of the two dates is wrong.",
)
def adopted_before_proposal(code: m.Code) -> Iterator[Finding]:
    yield from _out_of_order(
        code,
        "date-adopted-before-proposal",
        "proposal_date",
        "adopted_on",
        "adopted on {second} but the proposal is dated {first}",
        "check the adoption date against the raadsbesluit",
    )


@rule(
    "date-in-force-before-adoption",
    "error",
    "In force before it was adopted",
    "A code cannot enter into force before the raad adopted it.",
)
def in_force_before_adoption(code: m.Code) -> Iterator[Finding]:
    yield from _out_of_order(
        code,
        "date-in-force-before-adoption",
        "adopted_on",
        "in_force_from",
        "in force from {second}, before its adoption on {first}",
        "check both dates",
    )


@rule(
    "date-title-year",
    "warning",
    "Year in the title or citeertitel differs from the adoption year",
    "A title such as '... 2018' for a code adopted in 2017, or a citeertitel whose year differs from the "
    "title's, usually means one of them was not updated.",
)
def title_year(code: m.Code) -> Iterator[Finding]:
    meta = code.metadata
    title_year = re.findall(r"\b(20\d\d|19\d\d)\b", meta.title or "")
    cite_year = re.findall(r"\b(20\d\d|19\d\d)\b", meta.citeertitel or "")
    if title_year and cite_year and title_year[-1] != cite_year[-1]:
        yield _finding(
            code,
            "date-title-year",
            f"the title says {title_year[-1]}, the citeertitel {cite_year[-1]}",
            "make title and citeertitel agree",
            "code",
            _metadata_span(code, "citeertitel"),
        )
    if title_year and meta.adopted_on and title_year[-1] != meta.adopted_on[:4]:
        yield _finding(
            code,
            "date-title-year",
            f"the title says {title_year[-1]} but the code was adopted on {_long_date(meta.adopted_on)}",
            "check the adoption date and the year in the title",
            "code",
            _metadata_span(code, "title"),
        )


@rule(
    "date-adoption-missing",
    "info",
    "No adoption date stated",
    "The text does not say when (and by whom) the code was adopted; a reader cannot tell which version this is.",
)
def adoption_missing(code: m.Code) -> Iterator[Finding]:
    if not code.metadata.adopted_on:
        yield _finding(
            code,
            "date-adoption-missing",
            "the text does not state when the code was adopted",
            "add 'Aldus vastgesteld in de openbare vergadering van ...' with the date",
            "code",
            m.Span(0, 0),
        )
