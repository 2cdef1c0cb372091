"""The `Locator` flattens the node tree once, with each node's article and quoting, where
it walked the tree recursively and asked a node's chain of ancestors each time; and
`own_articles` reads that flat walk. Both must give what the plain recursive forms,
written out here, give: on random trees and on the bundled corpus."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from codes import model as m
from codes.internal_refs import Locator, own_articles

_KINDS = [m.HOOFDSTUK, m.PARAGRAAF, m.ARTIKEL, m.LID, m.ONDERDEEL, m.BIJLAGE, m.SECTION]


def _plain_ancestors(root: m.Node) -> dict[str, list[m.Node]]:
    """Node id -> the nodes that hold it, outermost first (the recursive walk it replaced)."""
    found: dict[str, list[m.Node]] = {}

    def visit(node: m.Node, chain: list[m.Node]) -> None:
        found[node.id] = chain
        for child in node.children:
            visit(child, [*chain, node])

    visit(root, [])
    return found


def _plain_own_articles(root: m.Node) -> dict[str, list[tuple[m.Node, list[str]]]]:
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


def _agrees(root: m.Node) -> None:
    locate = Locator(root)
    chains = _plain_ancestors(root)
    assert [n.id for n in locate.nodes] == [n.id for n in root.walk()]  # document order
    for node in root.walk():
        chain = chains[node.id]
        outward = [node, *reversed(chain)]
        assert list(locate.outward(node)) == outward
        assert locate.ancestors(node) == chain
        assert locate.article(node) == next((n for n in outward if n.kind == m.ARTIKEL), None)
        assert locate.quoted(node) == (node.quoted or any(n.quoted for n in chain))
    assert own_articles(locate) == _plain_own_articles(root)


@st.composite
def trees(draw, depth: int = 0, path: str = "code") -> m.Node:
    kind = "code" if depth == 0 else draw(st.sampled_from(_KINDS))
    size = draw(st.integers(0, 3 if depth < 4 else 0))
    children = tuple(draw(trees(depth + 1, f"{path}_{i}")) for i in range(size))
    return m.Node(
        kind,
        path,
        m.Span(0, 0),
        number=draw(st.sampled_from([None, "1", "2"])),
        children=children,
        role=draw(st.sampled_from([None, "own", "quoted"])),
        quoted=draw(st.booleans()) if depth else False,
        explains=draw(st.sampled_from([None, None, "art_1"])) if depth else None,
    )


@settings(max_examples=300, deadline=None)
@given(trees())
def test_the_flat_walk_gives_what_the_recursive_walk_gives(root):
    _agrees(root)


def test_the_flat_walk_agrees_on_the_corpus(corpus):
    for code in corpus.values():
        _agrees(code.root)


def test_an_article_holds_its_lid_and_a_quoted_chapter_its_articles():
    lid = m.Node(m.LID, "art_1__para_1", m.Span(10, 20), number="1")
    article = m.Node(m.ARTIKEL, "art_1", m.Span(0, 20), number="1", children=(lid,))
    quoted = m.Node(m.ARTIKEL, "chp_2__art_3", m.Span(30, 40), number="3")
    chapter = m.Node(m.HOOFDSTUK, "chp_2", m.Span(25, 40), quoted=True, children=(quoted,))
    root = m.Node("code", "code", m.Span(0, 40), children=(article, chapter))
    locate = Locator(root)
    assert locate.at(15) is lid
    assert locate.article(lid) is article
    assert locate.article(chapter) is None
    assert locate.quoted(quoted) and not locate.quoted(lid)
    assert own_articles(locate) == {"1": [(article, ["body"])]}
