"""Stage 5, references: place every citation in the graph and resolve it.

A citation with a law becomes one `Reference` per article and lid, with the
law's official name and BWB id from the registry. A citation without a law is
internal: it resolves to the node id of the article (and lid) it names, or is
reported when it names nothing. Text quoted from a law ("Gemeentewet, artikel
41 b:") cites that same law. CVDR `extref`s are taken as they are: they
already carry the official Juriconnect id.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import model as m
from .citations import ORDINALS, Citation, find_citations, inside, law_mentions
from .normalize import Normalized
from .read import Source
from .registry import registry

_OWN_LID = re.compile(
    r"\b(?:[Hh]et|[Dd]e|[Ii]n|[Vv]an)\s+(?:(?P<ord>"
    + "|".join(ORDINALS)
    + r")|(?P<prev>vorige))\s+lid\b"
    r"|(?<![\w.])(?:[Ll]id)\s+(?P<num>\d{1,2})\b(?!\s*(?:van\s+(?:de|het)\s+)?[A-Z])(?!\s*van\s+(?:het\s+)?artikel)",
)
_JCI = re.compile(r"c:(BWBR\d{7})(?:&(.*))?")


class _Locator:
    """Finds the innermost node that holds a source position."""

    def __init__(self, root: m.Node):
        self.nodes: list[m.Node] = []
        self.parent: list[int] = []
        self.ancestors: dict[str, list[m.Node]] = {}

        def visit(node: m.Node, parent: int, chain: list[m.Node]) -> None:
            index = len(self.nodes)
            self.nodes.append(node)
            self.parent.append(parent)
            self.ancestors[node.id] = chain
            for child in node.children:
                visit(child, index, [*chain, node])

        visit(root, -1, [])
        self.starts = [n.span.start for n in self.nodes]

    def at(self, position: int) -> m.Node:
        i = bisect_right(self.starts, position) - 1
        while i > 0 and self.nodes[i].span.end < position:
            i = self.parent[i]
        return self.nodes[max(i, 0)]


def find_references(
    source: Source, norm: Normalized, root: m.Node
) -> tuple[list[m.Reference], list[str]]:
    text = norm.text
    locate = _Locator(root)
    articles = _own_articles(root)
    references: list[m.Reference] = []
    warnings: list[str] = []
    extref_spans = [(start, end) for start, end, _ in source.extrefs]
    references += _extrefs(source, locate)
    citations = [
        c
        for c in find_citations(text)
        if not any(s <= norm.to_source(c.start) < e for s, e in extref_spans)
    ]
    previous_law = None
    by_node_law: dict[tuple[str, str], m.Reference] = {}
    for citation in citations:
        span = norm.span(citation.start, citation.end)
        node = locate.at(span.start)
        if (node.kind == m.ARTIKEL or node.explains) and span.start == node.span.start:
            continue  # an article's own heading, not a citation
        written = " ".join(text[citation.start : citation.end].split())
        law, law_name = citation.law, citation.law_name
        if citation.same_law_as_previous:
            law, law_name = previous_law, previous_law.name if previous_law else None
        if law_name is None:
            law = _quoted_law(node, locate)
            law_name = law.name if law else None
        if law_name is not None:
            previous_law = law
            article = _article_of(node, locate)
            for item in citation.items:
                for lid in item.lids or [None]:
                    reference = m.Reference(
                        kind="law",
                        text=written,
                        span=span,
                        node=node.id,
                        law=law.name if law else law_name,
                        bwb=law.bwb if law else None,
                        article=item.article.replace(" ", ""),
                        lid=lid,
                        onderdeel=item.onderdeel,
                        resolved=law is not None,
                    )
                    references.append(reference)
                    by_node_law[(article.id if article else node.id, reference.article)] = reference
            continue
        references += _internal(
            citation, written, span, node, locate, articles, by_node_law, warnings
        )
    covered = [(c.start, c.end) for c in citations]
    for start, end, law in law_mentions(text, covered):
        span = norm.span(start, end)
        if any(s <= span.start < e for s, e in extref_spans):
            continue  # named inside an extref, which is already a reference
        node = locate.at(span.start)
        references.append(
            m.Reference(
                kind="law", text=text[start:end], span=span, node=node.id, law=law.name, bwb=law.bwb
            )
        )
    references += _own_lids(text, norm, locate, covered, warnings)
    references.sort(key=lambda r: (r.span.start, r.article or "", r.lid or 0))
    return references, warnings


def _own_articles(root: m.Node) -> dict[str, list[tuple[m.Node, list[str]]]]:
    """Article number -> the articles with that number and the ids of their scopes."""
    found: dict[str, list[tuple[m.Node, list[str]]]] = {}

    def visit(node: m.Node, scopes: list[str]) -> None:
        for child in node.children:
            if child.quoted or child.explains:
                continue
            if child.kind == m.ARTIKEL and child.number:
                found.setdefault(child.number, []).append((child, scopes))
            inner = [*scopes, child.id] if child.kind in (m.HOOFDSTUK, m.BIJLAGE) else scopes
            if child.kind == m.BIJLAGE and child.role != "own":
                continue
            visit(child, inner)

    visit(root, ["body"])
    return found


def _lid(article: m.Node, number: int) -> m.Node | None:
    """Lid `number` of an article, if it has one."""
    return next((c for c in article.children if c.kind == m.LID and c.number == str(number)), None)


def _article_of(node: m.Node, locate: _Locator) -> m.Node | None:
    for candidate in [node, *reversed(locate.ancestors.get(node.id, []))]:
        if candidate.kind == m.ARTIKEL:
            return candidate
    return None


def _quoted_law(node: m.Node, locate: _Locator):
    for candidate in [node, *reversed(locate.ancestors.get(node.id, []))]:
        if candidate.quoted or candidate.role == "quote":
            title = candidate.title or ""
            match = registry().pattern.search(title)
            if match and candidate.role == "quote":
                return registry().resolve(match.group())
    return None


def _internal(
    citation: Citation,
    written: str,
    span: m.Span,
    node: m.Node,
    locate: _Locator,
    articles,
    by_node_law,
    warnings: list[str],
) -> list[m.Reference]:
    chain = locate.ancestors.get(node.id, [])
    scope_ids = {n.id for n in chain if n.kind in (m.HOOFDSTUK, m.BIJLAGE)}
    inside_quote = node.quoted or any(n.quoted for n in chain)
    results = []
    for item in citation.items:
        candidates = articles.get(item.article, [])
        in_scope = [a for a, scopes in candidates if scope_ids & set(scopes)]
        target = (in_scope or [a for a, _ in candidates] or [None])[0]
        article_node = _article_of(node, locate)
        same_law = by_node_law.get((article_node.id if article_node else node.id, item.article))
        if target is None and same_law is not None:
            # "lid 2 van artikel 15" after "artikel 15 lid 1 Gemeentewet": the same law.
            for lid in item.lids or [None]:
                results.append(
                    m.Reference(
                        kind="law",
                        text=written,
                        span=span,
                        node=node.id,
                        law=same_law.law,
                        bwb=same_law.bwb,
                        article=item.article,
                        lid=lid,
                    )
                )
            continue
        for lid in item.lids or [None]:
            target_id = target.id if target else None
            if target is not None and lid is not None:
                lid_node = _lid(target, lid)
                target_id = lid_node.id if lid_node else None
            resolved = target_id is not None
            if not resolved and not inside_quote:
                where = f"artikel {item.article}" + (f" lid {lid}" if lid else "")
                warnings.append(
                    f"{node.id}: internal reference '{written}' names {where}, which this code does not have"
                )
            results.append(
                m.Reference(
                    kind="internal",
                    text=written,
                    span=span,
                    node=node.id,
                    article=item.article,
                    lid=lid,
                    onderdeel=item.onderdeel,
                    target=target_id,
                    resolved=resolved or inside_quote,
                )
            )
    return results


def _own_lids(
    text: str, norm: Normalized, locate: _Locator, covered, warnings
) -> list[m.Reference]:
    """'het eerste lid', 'het vorige lid', 'lid 6': a lid of the article the words stand in."""
    results = []
    starts = [start for start, _ in covered]
    for match in _OWN_LID.finditer(text):
        if inside(covered, starts, match.start()):
            continue
        span = norm.span(match.start(), match.end())
        node = locate.at(span.start)
        chain = locate.ancestors.get(node.id, [])
        if node.quoted or any(n.quoted for n in chain):
            continue
        article = _article_of(node, locate)
        if article is None and node.explains:
            continue  # an explanation names the leden of the article it explains; checked in review
        if article is None:
            continue
        if match.group("prev"):
            current = next((n for n in [node, *reversed(chain)] if n.kind == m.LID), None)
            if current is None or not (current.number or "").isdigit():
                continue
            number = int(current.number) - 1
        else:
            number = (
                ORDINALS[match.group("ord").lower()]
                if match.group("ord")
                else int(match.group("num"))
            )
        lid_node = _lid(article, number)
        if lid_node is None:
            warnings.append(
                f"{node.id}: internal reference '{match.group()}' names lid {number}, "
                f"which artikel {article.number} does not have"
            )
        results.append(
            m.Reference(
                kind="internal",
                text=match.group(),
                span=span,
                node=node.id,
                article=article.number,
                lid=number,
                target=lid_node.id if lid_node else None,
                resolved=lid_node is not None,
            )
        )
    return results


def _extrefs(source: Source, locate: _Locator) -> list[m.Reference]:
    results = []
    for start, end, doc in source.extrefs:
        match = _JCI.search(doc)
        if not match:
            continue
        params = dict(p.split("=", 1) for p in (match.group(2) or "").split("&") if "=" in p)
        bwb = match.group(1)
        law = next((law for law in registry().laws if law.bwb == bwb), None)
        lid = params.get("lid")
        node = locate.at(start)
        results.append(
            m.Reference(
                kind="law",
                text=source.text[start:end],
                span=m.Span(start, end),
                node=node.id,
                law=law.name if law else source.text[start:end],
                bwb=bwb,
                article=params.get("artikel"),
                lid=int(lid) if lid and lid.isdigit() else None,
                onderdeel=params.get("onderdeel"),
            )
        )
    return results
