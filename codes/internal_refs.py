"""Internal references: a citation without a law names the code's own article (and
lid), or words such as "het eerste lid" name a lid of the article they stand in.

`Locator` finds the node that holds a position; `internal` resolves a citation to
the node id of the article or lid it names, in the same hoofdstuk or annex first;
`own_lids` finds the lid words. Whatever names nothing is reported as a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from . import model as m
from .citations.grammar import ORDINALS, Citation
from .normalize import Normalized
from .scan import Anchors, near, word_char

# "het eerste lid", "in het vorige lid", "lid 6". It opens with a class of the first
# letters, each branch checking its own behind it ("(?<=[Hh])et" is "[Hh]et"): a
# pattern that opens with a class is tried only where one of its letters stands, one
# that opens with an alternation at every position of a window.
_OWN_LID = re.compile(
    r"[HhDdIiVvLl](?:(?:(?<=[Hh])et|(?<=[Dd])e|(?<=[Ii])n|(?<=[Vv])an)\s+(?:(?P<ord>"
    + "|".join(ORDINALS)
    + r")|(?P<prev>vorige))\s+lid\b"
    r"|(?<=[Ll])id\s+(?P<num>\d{1,2})\b(?!\s*(?:van\s+(?:de|het)\s+)?[A-Z])(?!\s*van\s+(?:het\s+)?artikel))",
)
_LID_WORDS = Anchors.of("lid", "Lid", before=60, after=80)  # in every _OWN_LID match
_LID_NUMBER = re.compile(r"[Ll]id\s+\d")
_BEFORE_LID = (*ORDINALS, "vorige")


def lid_held(text: str, at: int) -> bool:
    """Whether the "lid" at `at` can be the first of an _OWN_LID match (for `near`): it
    opens "lid 6", or closes "het eerste lid" (no "lid" stands before it in the match)."""
    if _LID_NUMBER.match(text, at):
        return True
    blank = at
    while blank > 0 and text[blank - 1].isspace():  # what `\s` matches
        blank -= 1
    return blank < at and text.startswith("lid", at) and text.endswith(_BEFORE_LID, 0, blank)


class Locator:
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

    def outward(self, node: m.Node) -> Iterator[m.Node]:
        """`node`, then the nodes that hold it, innermost first."""
        yield node
        yield from reversed(self.ancestors.get(node.id, []))


def inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether `position` falls in one of the sorted, non-overlapping `spans`."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < spans[i][1]


def own_articles(root: m.Node) -> dict[str, list[tuple[m.Node, list[str]]]]:
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


def article_of(node: m.Node, locate: Locator) -> m.Node | None:
    return next((n for n in locate.outward(node) if n.kind == m.ARTIKEL), None)


def internal(
    citation: Citation,
    written: str,
    span: m.Span,
    node: m.Node,
    locate: Locator,
    articles,
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
        for lid in item.lids or [None]:
            target_id = target.id if target else None
            if target is not None and lid is not None:
                lid_node = _lid(target, lid)
                target_id = lid_node.id if lid_node else None
            resolved = target_id is not None
            if not resolved and not inside_quote:
                where = f"artikel {item.article}" + (f" lid {lid}" if lid else "")
                warnings.append(
                    f"{node.id}: '{written}' names {where} without a law, and this code has no "
                    "such article; the reference is left unresolved"
                )
            for onderdeel in item.onderdelen or [None]:
                results.append(
                    m.Reference(
                        kind="internal",
                        text=written,
                        span=span,
                        node=node.id,
                        article=item.article,
                        lid=lid,
                        onderdeel=onderdeel,
                        target=target_id,
                        resolved=resolved or inside_quote,
                        range=item.range,
                    )
                )
    return results


def own_lids(text: str, norm: Normalized, locate: Locator, covered, warnings) -> list[m.Reference]:
    """'het eerste lid', 'het vorige lid', 'lid 6': a lid of the article the words stand in."""
    results = []
    starts = [start for start, _ in covered]
    for match in near(_OWN_LID, text, _LID_WORDS, lid_held):
        # The pattern starts with a word, not a lookbehind, for speed: check the boundary here.
        before = text[match.start() - 1 : match.start()]
        if word_char(text, match.start() - 1) or (match.group("num") and before == "."):
            continue
        if inside(covered, starts, match.start()):
            continue
        span = norm.span(match.start(), match.end())
        node = locate.at(span.start)
        chain = locate.ancestors.get(node.id, [])
        if node.quoted or any(n.quoted for n in chain):
            continue
        article = article_of(node, locate)
        if article is None and node.explains:
            continue  # an explanation names the leden of the article it explains; checked in review
        if article is None:
            continue
        if match.group("prev"):
            current = next((n for n in locate.outward(node) if n.kind == m.LID), None)
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
