"""Rules about structure: duplicate numbers, gaps, empty articles, lists without aanhef."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import model as m
from .model import Finding, say
from .registry import _finding, _where, rule


def _scopes(code: m.Code) -> dict[str, list[m.Node]]:
    """The code's own articles grouped by numbering scope.

    The body and each own annex number their articles; a chapter is a scope of its
    own only when it restarts the numbering (best.txt: every chapter starts at 1.1).
    """
    by_chapter: dict[tuple[str, str], list[m.Node]] = {}
    for article, scope in code.articles():
        chapter = next((p for p in article.id.split("__") if p.startswith("chp_")), "")
        by_chapter.setdefault((scope, chapter), []).append(article)
    scopes: dict[str, list[m.Node]] = {}
    seen_scopes: set[str] = set()
    for (scope, chapter), articles in by_chapter.items():
        first = (articles[0].number or "").split(".")[0]
        restarts = bool(chapter) and first == "1" and scope in seen_scopes
        seen_scopes.add(scope)
        scopes.setdefault(f"{scope}/{chapter}" if restarts else scope, []).extend(articles)
    return scopes


@rule("structure-duplicate-article", "error")
def duplicate_articles(code: m.Code) -> Iterator[Finding]:
    for articles in _scopes(code).values():
        seen: dict[str, m.Node] = {}
        for article in articles:
            if article.number in seen:
                problem = say(
                    "structure-duplicate-article.message",
                    number=article.number or "",
                    first=seen[article.number].id,
                    second=article.id,
                )
                fix = say("structure-duplicate-article.fix")
                yield _finding(
                    code, "structure-duplicate-article", problem, fix, article.id, article.span
                )
            else:
                seen[article.number] = article


def _gaps(numbers: list[int]) -> list[int]:
    if not numbers:
        return []
    expected = set(range(1, max(numbers) + 1))
    return sorted(expected - set(numbers))


@rule("structure-article-gap", "warning")
def article_gaps(code: m.Code) -> Iterator[Finding]:
    for articles in _scopes(code).values():
        present: dict[str, set[int]] = {}
        for article in articles:
            parts = (article.number or "").split(".")
            if not all(re.fullmatch(r"\d+", p) for p in parts):
                continue
            for depth in range(1, len(parts) + 1):  # 2.1.1 implies 2.1 and 2
                prefix = ".".join(parts[: depth - 1])
                present.setdefault(prefix, set()).add(int(parts[depth - 1]))
        for prefix, numbers in present.items():
            for missing in _gaps(sorted(numbers)):
                label = f"{prefix}.{missing}" if prefix else str(missing)
                anchor = articles[0]
                yield _finding(
                    code,
                    "structure-article-gap",
                    say("structure-article-gap.message", number=label),
                    say("structure-article-gap.fix"),
                    anchor.id,
                    anchor.span,
                )


def _list_holders(article: m.Node) -> list[m.Node]:
    """The nodes that can hold onderdelen: the article itself and each of its leden."""
    return [article, *[c for c in article.children if c.kind == m.LID]]


def _sequence_key(number: str | None) -> int | None:
    if not number:
        return None
    if number.isdigit():
        return int(number)
    if len(number) == 1 and number.isalpha():
        return ord(number.lower()) - ord("a") + 1
    digits = re.match(r"(\d+)[°e]$", number)
    return int(digits.group(1)) if digits else None


@rule("structure-lid-gap", "warning")
def lid_gaps(code: m.Code) -> Iterator[Finding]:
    for article, _ in code.articles():
        for kind, holders in (
            (m.LID, [article]),
            (m.ONDERDEEL, _list_holders(article)),
        ):
            for holder in holders:
                keys = [_sequence_key(c.number) for c in holder.children if c.kind == kind]
                keys = [k for k in keys if k is not None]
                if keys and keys != list(range(1, len(keys) + 1)):
                    label = "leden" if kind == m.LID else "onderdelen"
                    numbers = ", ".join(c.number or "-" for c in holder.children if c.kind == kind)
                    problem = say(
                        "structure-lid-gap.message",
                        where=_where(code, holder.id),
                        parts=label,
                        numbers=numbers,
                    )
                    fix = say("structure-lid-gap.fix", parts=label)
                    yield _finding(code, "structure-lid-gap", problem, fix, holder.id, holder.span)


@rule("structure-empty-article", "warning")
def empty_articles(code: m.Code) -> Iterator[Finding]:
    for article, _ in code.articles():
        if not article.full_text().strip():
            yield _finding(
                code,
                "structure-empty-article",
                say("structure-empty-article.message", number=article.number or ""),
                say("structure-empty-article.fix"),
                article.id,
                article.span,
            )


@rule("structure-list-without-aanhef", "warning")
def list_without_aanhef(code: m.Code) -> Iterator[Finding]:
    for article, _ in code.articles():
        for holder in _list_holders(article):
            has_items = any(c.kind == m.ONDERDEEL for c in holder.children)
            if has_items and not holder.text.strip():
                yield _finding(
                    code,
                    "structure-list-without-aanhef",
                    say("structure-list-without-aanhef.message", where=_where(code, holder.id)),
                    say("structure-list-without-aanhef.fix"),
                    holder.id,
                    holder.span,
                )
