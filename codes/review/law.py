"""Rules about the laws a code cites: repealed, or unknown to the registry."""

from __future__ import annotations

from collections.abc import Iterator

from .. import model as m
from ..citations.names import registry
from .model import Finding
from .registry import _finding, _long_date, _where, rule


@rule(
    "law-repealed",
    "warning",
    "Cites a repealed or replaced law",
    "The code cites a law or regulation that was repealed or replaced (law registry: repealed_on, "
    "successor). Cite the successor, and where the registry knows it, the successor's article.",
)
def repealed_law(code: m.Code) -> Iterator[Finding]:
    for ref in code.references:
        if ref.kind != "law" or not ref.law:
            continue
        law = registry().by_name.get(ref.law)
        if law is None or not law.repealed_on or not law.successor:
            continue
        when = _long_date(law.repealed_on)
        message = f"{_where(code, ref.node)} cites the {law.name}, which the {law.successor} replaced on {when}"
        suggestion = f"cite the {law.successor}"
        if ref.article:
            successor_article = law.article_map.get(ref.article)
            if successor_article:
                suggestion = f"cite artikel {successor_article} of the {law.successor} instead of artikel {ref.article}"
            else:
                suggestion = (
                    f"cite the article of the {law.successor} that replaced artikel {ref.article}"
                )
        yield _finding(code, "law-repealed", message, suggestion, ref.node, ref.span)


@rule(
    "law-unknown",
    "info",
    "Cites a law the registry does not know",
    "A citation names a law or regulation that is not in the law registry, so it has no BWB id or link. "
    "This is not an error in the code: add the law to codes/data/laws.toml if it is a statute.",
)
def unknown_law(code: m.Code) -> Iterator[Finding]:
    seen = set()
    for ref in code.references:
        if (
            ref.kind == "law"
            and ref.law
            and ref.law not in registry().by_name
            and ref.law not in seen
        ):
            seen.add(ref.law)
            yield _finding(
                code,
                "law-unknown",
                f"{_where(code, ref.node)} cites '{ref.law}', unknown to the law registry",
                "check the name; add the law with its BWB id to codes/data/laws.toml",
                ref.node,
                ref.span,
            )
