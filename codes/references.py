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
from .citations.grammar import ORDINALS, Citation, find_citations
from .citations.names import Law, registry
from .citations.resolve import Resolution, find_definitions, resolve_laws
from .dates import latest_date
from .normalize import Normalized
from .read import Source
from .scan import Anchors, lowered, near, word_char

_OWN_LID = re.compile(
    r"(?:[Hh]et|[Dd]e|[Ii]n|[Vv]an)\s+(?:(?P<ord>"
    + "|".join(ORDINALS)
    + r")|(?P<prev>vorige))\s+lid\b"
    r"|(?:[Ll]id)\s+(?P<num>\d{1,2})\b(?!\s*(?:van\s+(?:de|het)\s+)?[A-Z])(?!\s*van\s+(?:het\s+)?artikel)",
)
_LID_WORDS = Anchors.of("lid", "Lid", before=60, after=80)  # in every _OWN_LID match
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
    source: Source,
    norm: Normalized,
    root: m.Node,
    own_names: tuple[str, ...] = (),
    dated: str | None = None,
) -> tuple[list[m.Reference], list[str]]:
    """The references of a code. `own_names` are its title and citeertitel: a law named
    inside them ("Beleidsregels Wet Bibob 2020") is part of a name, not a citation.
    `dated` (ISO), the code's date, tells which act an old name means ("Wmo" in 2020 is
    the Wmo 2015); without it, the latest date in the text does."""
    text = norm.text
    locate = _Locator(root)
    articles = _own_articles(root)
    references: list[m.Reference] = []
    warnings: list[str] = []
    extref_spans = [(start, end) for start, end, _ in source.extrefs]
    references += _extrefs(source, locate)

    def in_extref(position: int) -> bool:
        return any(s <= norm.to_source(position) < e for s, e in extref_spans)

    mentions = registry().find_all(text)
    if registry().renewals(mentions):
        mentions = registry().as_of(mentions, dated or latest_date(text), text)
    definitions = find_definitions(text, mentions)
    citations = [c for c in find_citations(text, definitions.mentions) if not in_extref(c.start)]
    resolutions = resolve_laws(citations, definitions)
    # (provision, article number) -> its law and where that citation ends
    cited: dict[tuple[str, str], tuple[Law, int]] = {}
    headings: list[Citation] = []
    for citation, resolution in zip(citations, resolutions, strict=True):
        span = norm.span(citation.start, citation.end)
        node = locate.at(span.start)
        if (node.kind == m.ARTIKEL or node.explains) and not source.text[
            node.span.start : span.start
        ].strip("#* \t"):
            # An article's own heading ("## Artikel 2" in Markdown), not a citation; the
            # law a heading names ("Artikel 1 Algemene wet bestuursrecht") is named.
            headings.append(citation)
            continue
        written = _written(text, citation.start, citation.end)
        provision = _article_of(node, locate) or node
        if resolution.kind == "internal":
            if (quoted := _quoted_law(node, locate)) is not None:
                resolution = Resolution(quoted.reference_kind, quoted, via="name")
            elif (repeated := _repeated(text, citation, provision, articles, cited)) is not None:
                resolution = Resolution(repeated.reference_kind, repeated, via="earlier")
            else:
                references += _internal(citation, written, span, node, locate, articles, warnings)
                continue
        if resolution.law is not None:
            for item in citation.items:
                cited[(provision.id, item.article)] = (resolution.law, citation.end)
        if resolution.kind == "unresolved":
            warnings.append(
                f"{node.id}: '{written}' cites {resolution.name}, which this code does not say; "
                "the law is left unresolved"
            )
        for item in citation.items:
            law = _book(resolution.law, item.article)
            article = _in_book(law, item.article)
            for lid in item.lids or [None]:
                for onderdeel in item.onderdelen or [None]:
                    references.append(
                        m.Reference(
                            kind=resolution.kind if resolution.kind != "unresolved" else "law",
                            text=written,
                            span=span,
                            node=node.id,
                            law=law.name if law else resolution.name,
                            bwb=law.bwb if law else None,
                            article=article,
                            lid=lid,
                            onderdeel=onderdeel,
                            resolved=law is not None or resolution.kind == "local",
                            range=item.range,
                            resolved_via=resolution.via,
                        )
                    )
    # A division named before the law ("255 en afdeling 4.2 van de Gemeentewet") leaves
    # the law's name uncovered: the law is named for the division too.
    skipped = {id(c) for c in headings}
    covered = [(c.start, c.division or c.end) for c in citations if id(c) not in skipped]
    starts = [start for start, _ in covered]
    named = _occurrences(text, own_names)
    named_starts = [start for start, _ in named]
    others = _regulation_names(text)
    other_starts = [start for start, _ in others]
    for mention in definitions.mentions:
        if inside(covered, starts, mention.start) or in_extref(mention.start):
            continue  # part of an article citation, or named inside an extref
        if inside(named, named_starts, mention.start) and not _CITED_IN_NAME.search(
            text, max(0, mention.start - 40), mention.start
        ):
            continue  # part of the code's own name, not "ter uitvoering van de Alcoholwet"
        if inside(others, other_starts, mention.start) and not _ARTICLE_WORD.search(
            text, max(0, mention.start - 5), mention.start
        ):
            continue  # part of another regulation's name: "Verzamelverordening PW, IOAW ... 2023"
        start, law = mention.start, mention.law
        book = _BOOK_BEFORE.search(text, max(0, start - 40), start) if law.book_title else None
        if book:  # "Boek 3, titel 3 Burgerlijk Wetboek"
            start, law = book.start(), _book(law, book.group(1) + ":")
        span = norm.span(start, mention.end)
        references.append(
            m.Reference(
                kind=law.reference_kind,
                text=text[start : mention.end],
                span=span,
                node=locate.at(span.start).id,
                law=law.name,
                bwb=law.bwb,
                resolved_via=mention.via,
            )
        )
    references += _own_lids(text, norm, locate, covered, warnings)
    references.sort(key=lambda r: (r.span.start, r.article or "", r.lid or 0))
    return references, warnings


_BOOK_BEFORE = re.compile(
    r"\b[Bb]oek\s+(\d{1,2})(?:\s*,\s*titel\s+\d{1,2}[a-z]?)?\s*(?:,\s*)?(?:van\s+het\s+)?$"
)
# A name that states its legal basis cites the law: "regels ter uitvoering van de Alcoholwet";
# "Beleidsregel voor de toepassing van de Wet Bibob 2014" only names it.
_CITED_IN_NAME = re.compile(
    r"\b(?:ter\s+uitvoering\s+van|op\s+grond\s+van|krachtens|ingevolge|gelet\s+op)\s+(?:de|het)\s+$",
    re.I,
)
# The name of a (local) regulation that holds a law's name, closed by its year:
# "de Maatregelverordening Wet werk en bijstand 2012", "Beleidsregels Bibob gemeente
# Bergeijk 2018"; a year inside a date ("in werking getreden per 01-04-2010") closes no name.
# A law after "de"/"het" inside it is cited, not named ("Regeling ... van
# de Wet X"), and so is a law after an article number (a citation the grammar left open).
_REGULATION_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+(?:verordening|regeling)|Verordening|Regeling|Beleidsregels?)[ \t]"
    r"(?:(?!\b(?:de|het)\s)[^.;:()\n]){0,100}?(?<![-/])\b(?:19|20)\d{2}\b"
)
# Every match holds one of these; "[A-Z][a-z]+" before "verordening" is one word.
_REGULATION_WORDS = Anchors.of("erordening", "egeling", "Beleidsregel", before=60, after=160)
_ARTICLE_WORD = re.compile(r"\d\s*$")


def _in_book(law: Law | None, article: str) -> str:
    """ "artikel 660 van Boek 7 van het Burgerlijk Wetboek" is article 7:660, as the
    code numbers it and as "artikel 7:660 BW" cites it."""
    book = registry().book_numbers.get(law.name) if law is not None else None
    if book is None or ":" in article or not article[:1].isdigit():
        return article
    return f"{book}:{article}"


def _book(law: Law | None, article: str) -> Law | None:
    """The book of a code of books that an article number names: 6:162 BW is Boek 6."""
    if law is None or law.book_title is None:
        return law
    number = re.match(r"(\d+):", article)
    book = registry().by_name.get(law.book_title.format(number.group(1))) if number else None
    return book or law


def _regulation_names(text: str) -> list[tuple[int, int]]:
    """Where the names of regulations that hold a law's name stand in `text`."""
    found = near(_REGULATION_NAME, text, _REGULATION_WORDS)
    return [(match.start(), match.end()) for match in found]


def _occurrences(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the code's own names stand in `text`, however the lines break them."""
    words = [name.lower().split() for name in names if name and len(name.split()) >= 2]
    if not words:
        return []
    # On the lowercase copy: a pattern that ignores case is tried at every position.
    pattern = "|".join(r"\s+".join(map(re.escape, w)) for w in words)
    return [(match.start(), match.end()) for match in re.finditer(pattern, lowered(text))]


def _repeated(text: str, citation: Citation, provision: m.Node, articles, cited) -> Law | None:
    """'Artikel 15 lid 1 Gemeentewet ... als bedoeld in lid 2 van artikel 15': the same
    article number, cited with a law earlier in the same article, where the code has no
    article of that number, is that law's article again. Outside an article only in the
    same paragraph: a decree whose article headings the copy lost cites its own "artikel 2"
    a few lines after a gelet op that cited another law's (Staatsblad 2011, 427)."""
    earlier = [cited.get((provision.id, item.article)) for item in citation.items]
    if None in earlier or any(item.article in articles for item in citation.items):
        return None
    laws = {law for law, _ in earlier}
    if len(laws) != 1:
        return None
    last = max(end for _, end in earlier)
    if provision.kind != m.ARTIKEL and "\n" in text[last : citation.start]:
        return None
    return laws.pop()


def _written(text: str, start: int, end: int, limit: int = 240) -> str:
    """The citation as written, whitespace folded; a long chain is cut so that output
    stays linear in the input (every reference of a chain carries this text)."""
    written = " ".join(text[start : min(end, start + 4 * limit)].split())
    return written if len(written) <= limit else written[: limit - 1] + "…"


def inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether `position` falls in one of the sorted, non-overlapping `spans`."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < spans[i][1]


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


def _quoted_law(node: m.Node, locate: _Locator) -> Law | None:
    """The law whose text a quoting section holds ("Gemeentewet, artikel 41 b:")."""
    for candidate in [node, *reversed(locate.ancestors.get(node.id, []))]:
        if candidate.role == "quote":
            found = registry().find_all(candidate.title or "")
            return found[0].law if found else None
    return None


def _internal(
    citation: Citation,
    written: str,
    span: m.Span,
    node: m.Node,
    locate: _Locator,
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


def _own_lids(
    text: str, norm: Normalized, locate: _Locator, covered, warnings
) -> list[m.Reference]:
    """'het eerste lid', 'het vorige lid', 'lid 6': a lid of the article the words stand in."""
    results = []
    starts = [start for start, _ in covered]
    for match in near(_OWN_LID, text, _LID_WORDS):
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
