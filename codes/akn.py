"""The article graph as Akoma Ntoso 3.0 XML, following STOP where it has a convention.

`act` with `meta/identification` (FRBR work, expression and manifestation;
work URI `/akn/nl/act/gm0106/2022/<name>` with the CBS code of the gemeente),
`preface`, `preamble`, `body` with chapter / section / article / paragraph /
point, `<ref href>` for every reference with a link, and `attachments` for the
annexes. Explanatory blocks become `hcontainer name="toelichting"` etc.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from . import model as m
from .encoding import xml_safe
from .organisations import register

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_ELEMENT = {
    m.HOOFDSTUK: "chapter",
    m.PARAGRAAF: "section",
    m.ARTIKEL: "article",
    m.LID: "paragraph",
    m.ONDERDEEL: "point",
    m.SECTION: "hcontainer",
    m.BLOCK: "hcontainer",
    m.TEXT: "hcontainer",
    m.SIGNATURE: "hcontainer",
}


def work_uri(code: m.Code) -> str:
    meta = code.metadata
    kind = meta.organisation_type or "gemeente"
    known = register().lookup(meta.organisation or "", kind)
    org = known.code if known is not None else ""
    if not org:
        prefix = {"gemeente": "gm", "provincie": "pv", "waterschap": "ws"}.get(kind, "org")
        org = prefix + "-" + _slug(meta.organisation or "onbekend")
    year = _year(code)
    return (
        f"/akn/nl/act/{org}/{year}/{_slug(meta.citeertitel or meta.title or Path(code.file).stem)}"
    )


def _year(code: m.Code) -> str:
    """The year of the work: adoption, entry into force, or the year its title names."""
    meta = code.metadata
    if meta.adopted_on or meta.in_force_from:
        return (meta.adopted_on or meta.in_force_from)[:4]
    years = re.findall(r"\b(?:19|20)\d\d\b", f"{meta.citeertitel or ''} {meta.title or ''}")
    return years[-1] if years else "0000"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "code"


def to_akn(code: m.Code) -> str:
    from lxml import etree

    def el(parent, tag: str, text: str | None = None, **attributes):
        child = etree.SubElement(
            parent,
            f"{{{NS}}}{tag}",
            {k.rstrip("_"): xml_safe(v) for k, v in attributes.items() if v},
        )
        if text:
            child.text = xml_safe(text)
        return child

    root = etree.Element(f"{{{NS}}}akomaNtoso", nsmap={None: NS})
    act = el(root, "act", name="gedragscode")
    meta = el(act, "meta")
    identification = el(meta, "identification", source="#gedragscode")
    work = work_uri(code)
    date = code.metadata.adopted_on or code.metadata.in_force_from or f"{_year(code)}-01-01"
    expression = f"{work}/nld@{date}"
    for frbr, this, uri in (
        ("FRBRWork", work, work),
        ("FRBRExpression", expression, expression),
        ("FRBRManifestation", f"{expression}/akn.xml", f"{expression}/akn.xml"),
    ):
        part = el(identification, frbr)
        el(part, "FRBRthis", value=this)
        el(part, "FRBRuri", value=uri)
        el(
            part,
            "FRBRdate",
            date=date,
            name="vaststelling"
            if code.metadata.adopted_on
            else "inwerkingtreding"
            if code.metadata.in_force_from
            else "jaar uit de titel",
        )
        el(part, "FRBRauthor", href="#" + _slug(code.metadata.organisation or "auteur"))
        if frbr == "FRBRWork":
            el(part, "FRBRcountry", value="nl")
        if frbr == "FRBRExpression":
            el(part, "FRBRlanguage", language="nld")
    references = el(meta, "references", source="#gedragscode")
    el(
        references,
        "TLCOrganization",
        eId=_slug(code.metadata.organisation or "auteur"),
        href=f"/ontology/organization/nl/{_slug(code.metadata.organisation or 'onbekend')}",
        showAs=code.metadata.organisation or "onbekend",
    )

    preface = el(act, "preface")
    title_p = el(preface, "p")
    el(title_p, "docTitle", code.metadata.title or Path(code.file).stem)
    if code.metadata.citeertitel:
        el(el(preface, "p"), "shortTitle", code.metadata.citeertitel)

    by_node: dict[str, list[m.Reference]] = {}
    for ref in code.references:
        by_node.setdefault(ref.node, []).append(ref)
    refs_by_node = {node: _Links(refs) for node, refs in by_node.items()}

    def content(parent, node: m.Node) -> None:
        if not node.text:
            return
        holder = el(parent, "content")
        for line in node.text.split("\n"):
            paragraph = el(holder, "p")
            _fill(paragraph, line, refs_by_node.get(node.id, _NO_LINKS))

    def render(parent, node: m.Node) -> None:
        if node.kind == m.PREAMBLE:
            preamble = el(act, "preamble")
            for line in ([node.title] if node.title else []) + node.text.split("\n"):
                if line:
                    _fill(el(preamble, "p"), line, refs_by_node.get(node.id, _NO_LINKS))
            for child in node.walk():
                if child is node:
                    continue
                # A preamble holds containers of paragraphs, not hierarchy: flatten what it contains.
                container = el(preamble, "container", name=child.role or child.kind, eId=child.id)
                for line in ([child.title] if child.title else []) + child.text.split("\n"):
                    if line:
                        _fill(el(container, "p"), line, refs_by_node.get(child.id, _NO_LINKS))
                if len(container) == 0:
                    el(container, "p")
            return
        tag = _ELEMENT.get(node.kind, "hcontainer")
        name = None
        if tag == "hcontainer":
            name = node.role or node.kind
        attributes = {"eId": node.id, "name": name}
        if node.quoted:
            attributes["class"] = (
                "quoted"  # cited from another regulation, not a provision of this code
            )
        if node.explains:
            attributes["refersTo"] = "#" + node.explains
        element = el(parent, tag, **attributes)
        if node.number:
            el(element, "num", node.number)
        if node.title:
            el(element, "heading", node.title)
        has_container_children = any(c.kind not in (m.TEXT,) for c in node.children)
        if node.kind in (m.LID, m.ARTIKEL) and any(c.kind == m.ONDERDEEL for c in node.children):
            if node.text:
                _fill(
                    el(el(element, "intro"), "p"),
                    node.text.replace("\n", " "),
                    refs_by_node.get(node.id, _NO_LINKS),
                )
            holder = el(element, "list", eId=f"{node.id}__list_1")
            for child in node.children:
                render(holder if child.kind == m.ONDERDEEL else element, child)
            return
        if node.text and has_container_children:
            intro = el(element, "intro")
            _fill(
                el(intro, "p"), node.text.replace("\n", " "), refs_by_node.get(node.id, _NO_LINKS)
            )
        elif node.text:
            content(element, node)
        elif not node.children:
            el(el(element, "content"), "p")
        for child in node.children:
            render(element, child)

    for child in code.root.children:
        if child.kind == m.PREAMBLE:  # the preamble comes before the body in an act
            render(act, child)
    body = el(act, "body")
    annexes = [c for c in code.root.children if c.kind == m.BIJLAGE]
    for child in code.root.children:
        if child.kind not in (m.BIJLAGE, m.PREAMBLE):
            render(body, child)
    if len(body) == 0:
        el(el(el(body, "hcontainer", name="leeg"), "content"), "p")
    if annexes:
        attachments = el(act, "attachments")
        for annex in annexes:
            attachment = el(attachments, "attachment", eId=annex.id)
            doc = el(attachment, "doc", name=annex.role or "bijlage")
            doc_meta = el(doc, "meta")
            doc_id = el(doc_meta, "identification", source="#gedragscode")
            annex_uri = f"{work}/{annex.id}"
            for frbr in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
                part = el(doc_id, frbr)
                el(part, "FRBRthis", value=annex_uri)
                el(part, "FRBRuri", value=annex_uri)
                el(part, "FRBRdate", date=date, name="vaststelling")
                el(part, "FRBRauthor", href="#" + _slug(code.metadata.organisation or "auteur"))
                if frbr == "FRBRWork":
                    el(part, "FRBRcountry", value="nl")
                if frbr == "FRBRExpression":
                    el(part, "FRBRlanguage", language="nld")
            doc_preface = el(doc, "preface")
            el(
                el(doc_preface, "p"),
                "docTitle",
                " ".join(p for p in ("Bijlage", annex.number, annex.title) if p),
            )
            main = el(doc, "mainBody")
            for child in annex.children:
                render(main, child)
            if len(main) == 0:
                el(el(el(main, "hcontainer", name="leeg"), "content"), "p")
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode(
        "utf-8"
    )


class _Links:
    """The linked references of one node, found in a line of its text in one pass.

    Each reference is linked where its words first stand in the line, unless an
    earlier reference took that place. Looking every reference up in every line
    was quadratic (a citation repeated thousands of times in one lid).
    """

    def __init__(self, references: list[m.Reference]) -> None:
        import ahocorasick_rs

        self.order: dict[str, tuple[int, str]] = {}  # words -> (rank, href); the first wins
        for ref in references:
            words = " ".join(ref.text.split())
            if words and (ref.url or ref.target):
                self.order.setdefault(words, (len(self.order), ref.url or "#" + (ref.target or "")))
        self.words = list(self.order)
        self.automaton = ahocorasick_rs.AhoCorasick(self.words) if self.words else None

    def place(self, line: str) -> list[tuple[int, int, str]]:
        if self.automaton is None:
            return []
        first: dict[str, int] = {}
        # Every place of every reference's words, overlapping ones too, in character offsets.
        for index, start, _ in self.automaton.find_matches_as_indexes(line, overlapping=True):
            first.setdefault(self.words[index], start)
        starts: list[int] = []
        placed: list[tuple[int, int, str]] = []
        for words in sorted(first, key=lambda w: self.order[w][0]):
            start, end = first[words], first[words] + len(words)
            i = bisect_right(starts, start)
            if (i and placed[i - 1][1] > start) or (i < len(placed) and placed[i][0] < end):
                continue  # overlaps a reference placed before it
            starts.insert(i, start)
            placed.insert(i, (start, end, self.order[words][1]))
        return placed


_NO_LINKS = _Links([])


def _fill(paragraph, line: str, links: _Links) -> None:
    """Write `line` into `paragraph`, wrapping the words of each linked reference in <ref>."""
    from lxml import etree

    line = xml_safe(line)
    position = 0
    last = None
    for start, end, href in links.place(line):
        segment = line[position:start]
        if last is None:
            paragraph.text = (paragraph.text or "") + segment
        else:
            last.tail = (last.tail or "") + segment
        last = etree.SubElement(paragraph, f"{{{NS}}}ref", href=xml_safe(href))
        last.text = line[start:end]
        position = end
    if last is None:
        paragraph.text = (paragraph.text or "") + line[position:]
    else:
        last.tail = (last.tail or "") + line[position:]
