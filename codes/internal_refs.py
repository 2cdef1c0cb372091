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
from .citations.grammar import Citation
from .citations.items import ORDINALS
from .covered import Covered
from .normalize import Normalized
from .scan import Anchors, word_char

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


_ORDINAL_WORDS = frozenset(_BEFORE_LID)
_LONGEST_ORDINAL = max(map(len, _BEFORE_LID))
_LEADS = ("het", "Het", "de", "De", "in", "In", "van", "Van")  # as _OWN_LID spells them


def own_lid_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches `near(_OWN_LID, text, _LID_WORDS, lid_held)` gives (and so
    `_OWN_LID.finditer`), without a search of a window per "lid": each match holds one
    "lid", and starts either at it ("lid 6") or at the one place "het eerste lid" can start
    for it, read backwards from it. So the pattern is tried at those two places only, with
    the window `near` would search to, the earlier first."""
    end = 0
    for at, stop in _LID_WORDS.places(text):
        if at < end:
            continue
        floor = max(end, at - _LID_WORDS.before)  # where `near` would start to search
        limit = stop + _LID_WORDS.after
        match = None
        if (opening := _lid_phrase_start(text, at, floor)) >= 0:
            match = _OWN_LID.match(text, opening, limit)
        if match is None and _LID_NUMBER.match(text, at):
            match = _OWN_LID.match(text, at, limit)
        if match is not None:
            end = match.end()
            yield match


def _lid_phrase_start(text: str, at: int, floor: int) -> int:
    """Where "het eerste lid" ("de vorige lid", "in het tweede lid": "het ...") must start
    for the "lid" at `at`, not before `floor`: blanks, an ordinal (or "vorige"), blanks and
    one of the words _OWN_LID opens with; -1 where they do not stand before it."""
    blank = at
    while blank > floor and text[blank - 1].isspace():  # what `\s` matches
        blank -= 1
    word = blank
    while word > floor and blank - word <= _LONGEST_ORDINAL and not text[word - 1].isspace():
        word -= 1
    if blank == at or text[word:blank] not in _ORDINAL_WORDS:
        return -1
    lead = word
    while lead > floor and text[lead - 1].isspace():
        lead -= 1
    if lead == word:
        return -1
    for spelling in _LEADS:
        if text.endswith(spelling, floor, lead):
            return lead - len(spelling)
    return -1


class Locator:
    """Finds the innermost node that holds a source position, and what holds a node.

    The tree is flattened once, in document order (a stack, not recursion: a deep tree
    would pay a Python call and a copy of its chain per node), with each node's parent,
    the article it lies in and whether quoted text holds it, so that asking a node's
    article or quoting costs one lookup instead of a walk outward."""

    def __init__(self, root: m.Node):
        nodes: list[m.Node] = []
        parents: list[int] = []
        articles: list[int] = []  # index of the article a node lies in (itself first), or -1
        quoted: list[bool] = []  # whether the node or one that holds it is quoted
        stack: list[tuple[m.Node, int]] = [(root, -1)]
        while stack:
            node, parent = stack.pop()
            index = len(nodes)
            nodes.append(node)
            parents.append(parent)
            if node.kind == m.ARTIKEL:
                articles.append(index)
            else:
                articles.append(articles[parent] if parent >= 0 else -1)
            quoted.append(node.quoted or (parent >= 0 and quoted[parent]))
            if node.children:
                stack.extend([(child, index) for child in reversed(node.children)])
        self.nodes = nodes
        self.parent = parents
        self._articles = articles
        self._quoted = quoted
        # A node's place by its id (ids are unique; were they not, the last would count)
        self._index = {node.id: index for index, node in enumerate(nodes)}
        self.starts = [n.span.start for n in nodes]

    def at(self, position: int) -> m.Node:
        i = bisect_right(self.starts, position) - 1
        while i > 0 and self.nodes[i].span.end < position:
            i = self.parent[i]
        return self.nodes[max(i, 0)]

    def outward(self, node: m.Node) -> Iterator[m.Node]:
        """`node`, then the nodes that hold it, innermost first."""
        yield node
        i = self._index.get(node.id, -1)
        i = self.parent[i] if i >= 0 else -1
        while i >= 0:
            yield self.nodes[i]
            i = self.parent[i]

    def ancestors(self, node: m.Node) -> list[m.Node]:
        """The nodes that hold `node`, outermost first."""
        held = list(self.outward(node))[1:]
        held.reverse()
        return held

    def article(self, node: m.Node) -> m.Node | None:
        """The article `node` lies in: itself, or the innermost article that holds it."""
        i = self._index.get(node.id, -1)
        if i < 0:
            return node if node.kind == m.ARTIKEL else None
        return self.nodes[self._articles[i]] if self._articles[i] >= 0 else None

    def quoted(self, node: m.Node) -> bool:
        """Whether `node` or a node that holds it is quoted text."""
        i = self._index.get(node.id, -1)
        return node.quoted or (i >= 0 and self._quoted[i])


def own_articles(locate: Locator) -> dict[str, list[tuple[m.Node, list[str]]]]:
    """Article number -> the articles with that number and the ids of their scopes (the
    hoofdstukken and bijlagen that hold them), in document order. Quoted and explanatory
    parts hold none of the code's own articles, nor does a bijlage that is not its own."""
    found: dict[str, list[tuple[m.Node, list[str]]]] = {}
    nodes, parents = locate.nodes, locate.parent
    # the scopes of each node's children; None where its children are not the code's own
    inner: list[list[str] | None] = [None] * len(nodes)
    inner[0] = ["body"]
    for i in range(1, len(nodes)):
        scopes = inner[parents[i]]
        child = nodes[i]
        if scopes is None or child.quoted or child.explains:
            continue
        if child.kind == m.ARTIKEL and child.number:
            found.setdefault(child.number, []).append((child, scopes))
        if child.kind == m.BIJLAGE and child.role != "own":
            continue
        inner[i] = [*scopes, child.id] if child.kind in (m.HOOFDSTUK, m.BIJLAGE) else scopes
    return found


def _lid(article: m.Node, number: int) -> m.Node | None:
    """Lid `number` of an article, if it has one."""
    return next((c for c in article.children if c.kind == m.LID and c.number == str(number)), None)


def internal(
    citation: Citation,
    written: str,
    span: m.Span,
    node: m.Node,
    locate: Locator,
    articles,
    warnings: list[str],
) -> list[m.Reference]:
    scope_ids = {n.id for n in locate.ancestors(node) if n.kind in (m.HOOFDSTUK, m.BIJLAGE)}
    inside_quote = locate.quoted(node)
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


def own_lids(
    text: str, norm: Normalized, locate: Locator, covered: Covered, warnings
) -> list[m.Reference]:
    """'het eerste lid', 'het vorige lid', 'lid 6': a lid of the article the words stand in
    (none inside the `covered` spans of article citations)."""
    results = []
    for match in own_lid_matches(text):
        # The pattern starts with a word, not a lookbehind, for speed: check the boundary here.
        before = text[match.start() - 1 : match.start()]
        if word_char(text, match.start() - 1) or (match.group("num") and before == "."):
            continue
        if match.start() in covered:
            continue
        span = norm.span(match.start(), match.end())
        node = locate.at(span.start)
        if locate.quoted(node):
            continue
        article = locate.article(node)
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
