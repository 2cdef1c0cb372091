"""Rules about the laws a code cites: repealed, unknown to the registry, or not said."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from .. import model as m
from ..citations.names import registry
from .model import Finding, say
from .registry import _finding, _where, rule


@rule("law-repealed", "warning")
def repealed_law(code: m.Code) -> Iterator[Finding]:
    for ref in code.references:
        if ref.kind != "law" or not ref.law:
            continue
        law = registry().by_name.get(ref.law)
        if law is None or not law.repealed_on or not law.successor:
            continue
        problem = say(
            "law-repealed.message",
            where=_where(code, ref.node),
            law=law.name,
            successor=law.successor,
            repealed_on=date.fromisoformat(law.repealed_on),
        )
        fix = say("law-repealed.fix", successor=law.successor)
        if ref.article:
            successor_article = law.article_map.get(ref.article)
            if successor_article:
                fix = say(
                    "law-repealed.fix-mapped-article",
                    successor=law.successor,
                    article=ref.article,
                    successor_article=successor_article,
                )
            else:
                fix = say("law-repealed.fix-article", successor=law.successor, article=ref.article)
        yield _finding(code, "law-repealed", problem, fix, ref.node, ref.span)


@rule("law-unknown", "info")
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
                say("law-unknown.message", where=_where(code, ref.node), law=ref.law),
                say("law-unknown.fix"),
                ref.node,
                ref.span,
            )


@rule("law-undefined", "warning")
def undefined_law(code: m.Code) -> Iterator[Finding]:
    """ "artikel 7 van de wet" in a code that says of no law that it is "de wet": a reader
    cannot tell which law is meant (the reference's kind is "unresolved")."""
    seen = set()
    for ref in code.references:
        if ref.kind == "unresolved" and ref.law not in seen:
            seen.add(ref.law)
            yield _finding(
                code,
                "law-undefined",
                say("law-undefined.message", where=_where(code, ref.node), words=ref.law),
                say("law-undefined.fix", word=(ref.law or "wet").split()[-1]),
                ref.node,
                ref.span,
            )
