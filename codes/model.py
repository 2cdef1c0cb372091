"""The article graph: the data objects every stage passes on.

A `Code` is one gedragscode: its `Metadata`, a tree of `Node`s (hoofdstuk,
paragraaf, artikel, lid, onderdeel, bijlage, headed sections, explanatory
blocks), every `Reference` it makes, and the `Repair`s normalization made.
Every node, reference and repair carries a `Span` into the original source
text, so a user can always check what a result was read from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import quote

from .frozen import fast_init


@fast_init  # built per span, repair, node and reference: `frozen.py`
@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) in the source text of `file`."""

    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@fast_init  # built per span, repair, node and reference: `frozen.py`
@dataclass(frozen=True, slots=True)
class Repair:
    """One change normalization made: `original` at `span` became `replacement`."""

    kind: str  # hyphenation, page-furniture, ocr, unwrap, relineate, markup (Markdown's), space
    span: Span
    original: str
    replacement: str


# Node kinds, in the vocabulary of the domain.
HOOFDSTUK = "hoofdstuk"
PARAGRAAF = "paragraaf"
ARTIKEL = "artikel"
LID = "lid"
ONDERDEEL = "onderdeel"
BIJLAGE = "bijlage"
SECTION = "section"  # a headed section without an article number (assen.txt)
BLOCK = "block"  # explanatory block: toelichting, kern, voorbeeld, wettelijk kader
PREAMBLE = "preamble"
SIGNATURE = "signature"
TEXT = "text"  # a free paragraph directly under a container


@fast_init  # built per span, repair, node and reference: `frozen.py`
@dataclass(frozen=True, slots=True)
class Node:
    """One element of the article graph.

    `text` is the node's own words (for an artikel without leden: its body; for a
    lid: its words before any onderdelen). `role` refines the kind: the kind of an
    explanatory block ("toelichting", "kern", ...), or for a bijlage how it relates
    to the code ("own", "explanatory", "quoted"). `quoted` marks text that is cited
    from another regulation; `explains` links an explanatory part to the id of the
    article it explains. `level` orders headed sections the way Markdown's
    '#' marks do.
    """

    kind: str
    id: str
    span: Span
    number: str | None = None
    title: str | None = None
    text: str = ""
    children: tuple[Node, ...] = ()
    role: str | None = None
    quoted: bool = False
    explains: str | None = None
    level: int | None = None  # a headed section's heading level, 1 (highest) to 6

    def walk(self) -> Iterator[Node]:
        """The node and every node below it, in document order (a stack, not a generator
        per level: a deep node is not passed up through every level above it)."""
        todo = [self]
        while todo:
            node = todo.pop()
            yield node
            if node.children:
                todo.extend(reversed(node.children))

    def full_text(self, into: dict[int, str] | None = None) -> str:
        """The node's words with those of all its descendants, in reading order.

        With `into`, the full text of every descendant is kept there too, by `id(node)`,
        so an export that needs the text of each level computes each once.
        """
        parts = [self.text] if self.text else []
        for child in self.children:
            if child.kind in (HOOFDSTUK, PARAGRAAF, ARTIKEL, SECTION, BIJLAGE) and child.title:
                parts.append(child.title)
            child_text = child.full_text(into)
            if into is not None:
                into[id(child)] = child_text
            if child_text:
                parts.append(
                    f"{child.number} {child_text}"
                    if child.kind in (LID, ONDERDEEL) and child.number
                    else child_text
                )
        return "\n".join(parts)


def _eur_lex(name: str | None) -> str | None:
    """EU law has no BWB id: its link is EUR-Lex by the CELEX number the registry holds."""
    from .citations.names import registry

    law = registry().by_name.get(name or "")
    celex = law.celex if law else None
    return f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}" if celex else None


class _UrlSlot:
    """Where a `Reference` keeps its `url` once read (a base class: a dataclass with slots
    makes a slot of its fields only)."""

    __slots__ = ("_url",)


@fast_init  # built per span, repair, node and reference: `frozen.py`
@dataclass(frozen=True, slots=True)
class Reference(_UrlSlot):
    """One citation, split to a single article and lid.

    `kind` is "law" (a national statute or regulation, resolved through the law
    registry), "eu" (EU law such as the AVG), "local" (another decentral regulation:
    an APV, "de Verordening ... gemeente X"), "internal" (an article or lid of the
    same code, resolved to `target`) or "unresolved" (words that point at a law the code
    does not say: "van de wet" with its definition cut off, "die wet" after no law; `law`
    holds the words, "de wet"). A range ("8:1 tot en met 8:5") gives its two
    endpoints, each with `range` "8:1-8:5"; it is never expanded. `resolved_via`
    says how the law was found: name, abbreviation, definition (the code's own
    "wet: ...") or earlier ("die wet": the law last named).
    """

    kind: str
    text: str
    span: Span
    node: str  # id of the node whose text holds the citation
    law: str | None = None
    bwb: str | None = None
    article: str | None = None
    lid: int | None = None
    onderdeel: str | None = None
    target: str | None = None  # internal references: id of the node it names
    resolved: bool = True
    range: str | None = None
    resolved_via: str | None = None

    @property
    def url(self) -> str | None:
        """The link to the article on wetten.overheid.nl (EUR-Lex for EU law), or None: a
        function of the frozen fields, so computed at the first read only (reports and
        Akoma Ntoso read it several times per reference)."""
        url = getattr(self, "_url", _NOT_READ)
        if url is _NOT_READ:
            url = _url(self.kind, self.law, self.bwb, self.article, self.lid)
            _keep_url(self, url)
        return url


_NOT_READ = object()
# The slot `url` is kept in: not a field (the fields, equality, hash, repr and pickle of a
# reference stay as they were), set through its descriptor as the reference is frozen.
_keep_url = _UrlSlot._url.__set__


def _url(kind: str, law: str | None, bwb: str | None, article: str | None, lid: int | None):
    if kind == "eu":
        return _eur_lex(law)
    if kind != "law" or not bwb:
        return None
    url = f"https://wetten.overheid.nl/jci1.3:c:{bwb}"
    if article:
        url += f"&artikel={quote(article, safe=':.')}"
        if lid is not None:
            url += f"&lid={lid}"
    return url


@dataclass(frozen=True, slots=True)
class Metadata:
    organisation: str | None = None
    organisation_type: str | None = None  # gemeente, provincie, waterschap
    title: str | None = None
    citeertitel: str | None = None
    adopted_on: str | None = None  # ISO date
    adopted_by: str | None = None
    in_force_from: str | None = None
    proposal_date: str | None = None  # the date of the voorstel the besluit names
    source_spans: dict[str, Span] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Code:
    """One parsed code: the root of the article graph."""

    file: str
    format: str
    source: str  # the decoded source text all spans point into
    metadata: Metadata
    root: Node
    references: tuple[Reference, ...] = ()
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = ()
    sha256: str = ""  # of the bytes read, for the provenance of exports
    source_url: str | None = None  # where the regulation is published, when the file says so
    _index: dict[str, Node] = field(default_factory=dict, compare=False, repr=False)

    def nodes(self) -> Iterator[Node]:
        return self.root.walk()

    def node(self, node_id: str) -> Node | None:
        if not self._index:
            self._index.update((n.id, n) for n in self.root.walk())
        return self._index.get(node_id)

    def articles(self) -> list[tuple[Node, str]]:
        """The code's own articles in document order, each with its scope.

        Scope is "body" or the id of the bijlage the article belongs to. Articles
        quoted from other regulations and the parts of an explanatory annex are
        nodes of the graph, but not articles of this code.
        """
        found: list[tuple[Node, str]] = []
        # A stack, not a nested function that calls itself: such a function is a garbage
        # cycle (it holds its own cell) that would keep `found` and its nodes alive until
        # the cycle collector runs.
        todo = [(child, "body") for child in reversed(self.root.children)]
        while todo:
            node, scope = todo.pop()
            if node.quoted or node.explains:
                continue
            if node.kind == BIJLAGE:
                if node.role != "own":
                    continue
                scope = node.id
            elif node.kind == ARTIKEL:
                found.append((node, scope))
            if node.children:
                todo.extend((child, scope) for child in reversed(node.children))
        return found
