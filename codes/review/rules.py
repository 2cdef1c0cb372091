"""The review rules. Each is a small function from a `Code` to findings,
registered with its `Rule` (id, severity, what it checks) in `RULES`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from .. import model as m
from ..registry import registry
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


def _dutch_date(iso: str) -> str:
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


# -- outdated law ------------------------------------------------------------------
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
        when = _dutch_date(law.repealed_on)
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


# -- references ----------------------------------------------------------------------
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


# -- structure -----------------------------------------------------------------------
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
    for (scope, chapter), articles in by_chapter.items():
        first = (articles[0].number or "").split(".")[0]
        restarts = chapter and first == "1" and chapter != "chp_1"
        scopes.setdefault(f"{scope}/{chapter}" if restarts else scope, []).extend(articles)
    return scopes


@rule(
    "structure-duplicate-article",
    "error",
    "Two articles with the same number in one scope",
    "Within a chapter or annex that numbers its own articles, every number must be unique.",
)
def duplicate_articles(code: m.Code) -> Iterator[Finding]:
    for articles in _scopes(code).values():
        seen: dict[str, m.Node] = {}
        for article in articles:
            if article.number in seen:
                yield _finding(
                    code,
                    "structure-duplicate-article",
                    f"artikel {article.number} occurs twice ({seen[article.number].id} and {article.id})",
                    "renumber one of them",
                    article.id,
                    article.span,
                )
            else:
                seen[article.number] = article


def _gaps(numbers: list[int]) -> list[int]:
    if not numbers:
        return []
    expected = set(range(1, max(numbers) + 1))
    return sorted(expected - set(numbers))


@rule(
    "structure-article-gap",
    "warning",
    "Gap in article numbering",
    "Article numbers in a scope run 1, 2, 3 (or 2.1, 2.2, ...) without a gap; a gap usually means an "
    "article was removed without renumbering.",
)
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
                    f"artikel {label} is missing from the numbering",
                    "renumber the articles or restore the missing one",
                    anchor.id,
                    anchor.span,
                )


def _sequence_key(number: str | None) -> int | None:
    if not number:
        return None
    if number.isdigit():
        return int(number)
    if len(number) == 1 and number.isalpha():
        return ord(number.lower()) - ord("a") + 1
    digits = re.match(r"(\d+)[°e]$", number)
    return int(digits.group(1)) if digits else None


@rule(
    "structure-lid-gap",
    "warning",
    "Gap in the numbering of leden or onderdelen",
    "Leden run 1, 2, 3 and onderdelen a, b, c (or 1°, 2°) without gaps or repeats.",
)
def lid_gaps(code: m.Code) -> Iterator[Finding]:
    for article, _ in code.articles():
        for kind, holders in (
            (m.LID, [article]),
            (m.ONDERDEEL, [article, *[c for c in article.children if c.kind == m.LID]]),
        ):
            for holder in holders:
                keys = [_sequence_key(c.number) for c in holder.children if c.kind == kind]
                keys = [k for k in keys if k is not None]
                if keys and keys != list(range(1, len(keys) + 1)):
                    label = "leden" if kind == m.LID else "onderdelen"
                    numbers = ", ".join(c.number or "-" for c in holder.children if c.kind == kind)
                    yield _finding(
                        code,
                        "structure-lid-gap",
                        f"{_where(code, holder.id)}: the {label} are numbered {numbers}",
                        f"number the {label} consecutively",
                        holder.id,
                        holder.span,
                    )


@rule(
    "structure-empty-article",
    "warning",
    "Article without text",
    "An article heading with no words under it.",
)
def empty_articles(code: m.Code) -> Iterator[Finding]:
    for article, _ in code.articles():
        if not article.full_text().strip():
            yield _finding(
                code,
                "structure-empty-article",
                f"artikel {article.number} has no text",
                "add the article's text or remove the heading",
                article.id,
                article.span,
            )


@rule(
    "structure-list-without-aanhef",
    "warning",
    "Onderdelen without an aanhef",
    "A list of onderdelen needs the words that introduce it (the aanhef), such as 'De informatie betreft:'.",
)
def list_without_aanhef(code: m.Code) -> Iterator[Finding]:
    for article, _ in code.articles():
        for holder in [article, *[c for c in article.children if c.kind == m.LID]]:
            has_items = any(c.kind == m.ONDERDEEL for c in holder.children)
            if has_items and not holder.text.strip():
                yield _finding(
                    code,
                    "structure-list-without-aanhef",
                    f"{_where(code, holder.id)}: onderdelen without an aanhef",
                    "add the words that introduce the list",
                    holder.id,
                    holder.span,
                )


# -- dates and metadata ----------------------------------------------------------------
def _metadata_span(code: m.Code, key: str) -> m.Span:
    return code.metadata.source_spans.get(key, m.Span(0, 0))


@rule(
    "date-adopted-before-proposal",
    "error",
    "Adopted before the proposal it names",
    "The besluit names a voorstel dated after the adoption date: one of the two dates is wrong.",
)
def adopted_before_proposal(code: m.Code) -> Iterator[Finding]:
    meta = code.metadata
    if meta.adopted_on and meta.proposal_date and meta.adopted_on < meta.proposal_date:
        yield _finding(
            code,
            "date-adopted-before-proposal",
            f"adopted on {_dutch_date(meta.adopted_on)} but the proposal is dated {_dutch_date(meta.proposal_date)}",
            "check the adoption date against the raadsbesluit",
            "code",
            _metadata_span(code, "adopted_on"),
        )


@rule(
    "date-in-force-before-adoption",
    "error",
    "In force before it was adopted",
    "A code cannot enter into force before the raad adopted it.",
)
def in_force_before_adoption(code: m.Code) -> Iterator[Finding]:
    meta = code.metadata
    if meta.adopted_on and meta.in_force_from and meta.in_force_from < meta.adopted_on:
        yield _finding(
            code,
            "date-in-force-before-adoption",
            f"in force from {_dutch_date(meta.in_force_from)}, before its adoption on {_dutch_date(meta.adopted_on)}",
            "check both dates",
            "code",
            _metadata_span(code, "in_force_from"),
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
            f"the title says {title_year[-1]} but the code was adopted on {_dutch_date(meta.adopted_on)}",
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
