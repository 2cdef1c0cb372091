"""What a report says of each code by itself, made where the code was parsed.

A report of many codes needs, per code, its norms, its review findings and its published
source. None of them depends on the other codes, so `with_facts` (a `work` for
`gedragscode.common.map_codes`) makes them in the worker process that parsed the code,
over all cores, instead of one code after another in the parent once all are parsed.
"""

from __future__ import annotations

from dataclasses import dataclass

from codes import model as m
from codes.review.model import Finding

from .norms import NormValue
from .sources import PublishedSource


@dataclass(frozen=True, slots=True)
class CodeFacts:
    norms: tuple[NormValue, ...]  # `norms.extract`, one value per variable
    findings: tuple[Finding, ...]  # `codes.review.review`
    source: PublishedSource | None  # `sources.published_source`


def code_facts(code: m.Code) -> CodeFacts:
    from codes.review import review

    from .norms import extract
    from .sources import published_source

    return CodeFacts(tuple(extract(code)), tuple(review(code)), published_source(code))


def with_facts(code: m.Code) -> tuple[m.Code, CodeFacts]:
    return code, code_facts(code)
