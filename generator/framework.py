"""The normative framework of an onderzoeksopdracht, cited the way a letter cites rules.

Provisions of the gemeente's own code are named as a lawyer writes them ("artikel 4.1
van de Gedragscode integriteit 2017"), laws with their leden in words ("artikel 15,
derde lid, van de Gemeentewet") and a link to wetten.overheid.nl that the Word
letter shows as a hyperlink behind the words: no node ids, no bare URLs.

The statutory basis is that of the code which binds the betrokkene, under the law of the
body (`besturen.Bestuur.basis`, from `data/besturen.toml`): a wethouder's is Gemeentewet
art. 41c lid 2, a gedeputeerde's Provinciewet art. 40c lid 2, a dijkgraaf's Waterschapswet
art. 33 lid 3; a function the data does not name gets every article of the body's codes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codes import model as m
from codes.errors import InputError
from codes.lidwoord import with_article


@dataclass(frozen=True)
class Norm:
    label: str  # "artikel 15, derde lid, van de Gemeentewet"
    url: str | None


@dataclass(frozen=True)
class Provision:
    citation: str  # "artikel 4.1 van hoofdstuk 1 van de Gedragcode integriteit 2017"
    heading: str  # the citation as a heading, with the article's title
    text: str  # the provision's words, a lid per line


def lid_words(lid: int) -> str:
    from codes.citations.items import ORDINALS

    words = {number: word for word, number in ORDINALS.items()}
    return f"{words[lid]} lid" if lid in words else f"lid {lid}"


def law_citation(law: str, article: str | None, lid: int | None, onderdeel: str | None = None):
    parts = [f"artikel {article}"] if article else []
    if lid:
        parts.append(lid_words(lid))
    if onderdeel:
        parts.append(f"onderdeel {onderdeel}")
    if not parts:
        return with_article(law)
    return ", ".join(parts) + (", van " if len(parts) > 1 else " van ") + with_article(law)


def code_title(code: m.Code) -> str:
    """How the code is named: the corpus catalog's checked title, else its citeertitel or title."""
    from codes.corpus import catalog

    for entry in catalog():
        if Path(code.file) == entry.path:
            return entry.title
    meta = code.metadata
    return meta.citeertitel or meta.title or f"de gedragscode van {meta.organisation}"


def _provision(code: m.Code, item, repeated: Counter) -> Provision:
    node = code.node(item.node)
    title = code_title(code)
    if node is not None and node.kind == m.ARTIKEL and node.number:
        where = f"artikel {node.number}"
        container = code.node(item.node.split("__")[0])
        if repeated[node.number] > 1 and container is not None and container is not node:
            kind = "bijlage" if container.kind == m.BIJLAGE else "hoofdstuk"
            where += f" van {kind} {container.number}" if container.number else ""
        citation = f"{where} van {with_article(title)}"
        heading = citation[:1].upper() + citation[1:]
        if node.title:
            heading += f" – {node.title}"
    else:  # a headed section of a code without numbered articles
        citation = f"het onderdeel ‘{item.label}’ van {with_article(title)}"
        heading = f"{item.label} ({title})"
    return Provision(citation, heading, item.text)


def statutory_norms(citations: Sequence[str]) -> list[tuple[str, str | None, str, int | None]]:
    """(law, BWB id, article, lid) of each article and lid in `citations` ("artikel 41c,
    tweede lid, Gemeentewet"), read with the parser's own citation grammar and registry."""
    from codes.citations.grammar import find_citations
    from codes.citations.names import registry

    found = []
    for text in citations:
        for citation in find_citations(text, registry().find_all(text)):
            if citation.law is None or citation.law.mention is None:
                raise ValueError(f"statutory basis without a known law: {text!r}")
            law = citation.law.mention.law
            for item in citation.items:
                found += [(law.name, law.bwb, item.article, lid) for lid in item.lids or [None]]
    return found


def normative_framework(code: m.Code | None, case: dict[str, Any], basis: Sequence[str]):
    """The code's provisions on the alleged conduct (by topic) and the statutory norms:
    those the provisions cite, then `basis`, the articles the code rests on."""
    from compare.provisions import provisions
    from compare.topics import classifier

    topics = list(case.get("onderwerpen") or [])
    if not topics:
        topics = [s.topic for s in classifier().score(case.get("gedraging") or "", "")[:2]]
    unknown = [t for t in topics if t not in classifier().by_id]
    if unknown:
        raise InputError(
            f"field 'onderwerpen': unknown topic '{unknown[0]}'; choose from "
            f"{', '.join(classifier().by_id)}"
        )
    quoted: list[Provision] = []
    norms: list[Norm] = []
    seen: set[tuple] = set()

    def add_norm(law, url, article, lid, onderdeel=None) -> None:
        if (law, article, lid, onderdeel) not in seen:
            seen.add((law, article, lid, onderdeel))
            norms.append(Norm(law_citation(law, article, lid, onderdeel), url))

    if code is not None:
        every = provisions(code)
        repeated = Counter(code.node(p.node).number for p in every if code.node(p.node))
        for item in every:
            if {s.topic for s in classifier().score(item.text, item.label)} & set(topics):
                quoted.append(_provision(code, item, repeated))
                for ref in code.references:
                    if (
                        ref.kind == "law"
                        and ref.url
                        and (ref.node == item.node or ref.node.startswith(item.node + "__"))
                    ):
                        add_norm(ref.law, ref.url, ref.article, ref.lid, ref.onderdeel)
    for law, bwb, article, lid in statutory_norms(basis):
        ref = m.Reference("law", "", m.Span(0, 0), "", law=law, bwb=bwb, article=article, lid=lid)
        add_norm(law, ref.url, article, lid)
    return quoted, norms
