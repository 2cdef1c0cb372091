"""What the one-page report and the many-page report share: the codes with their column
names, sources and findings; references and findings per provision; the norms; the
Jinja environment; and how a provision's text is shown (linked, or a word diff).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from codes import model as m
from codes.resources import template_path

from .align import Comparison
from .code_facts import CodeFacts
from .labels import column_names, place_labels, word
from .norms import NormValue
from .sources import published_source

#: Below this match score two provisions say the same thing in other words: a word diff would
#: mark everything, so the report shows the text itself.
DIFF_THRESHOLD = 0.5
SEVERITIES = ("error", "warning", "info")


@dataclass
class CodeInfo:
    key: str  # the comparison's key of the code
    column: str  # the header a reader sees: distinct even for copies of one gemeente
    organisation: str
    title: str
    source_url: str | None
    source_label: str | None
    provisions: int
    findings: list[dict[str, str]]  # every finding, with the Dutch severity and the place
    counts: dict[str, int]
    places: dict[str, str] = field(repr=False)  # node id -> "art. 4.1 (Hoofdstuk 2)"
    # the norms made where the code was parsed (`code_facts`); None: `norm_table` makes them
    norms: tuple[NormValue, ...] | None = field(default=None, repr=False)

    @property
    def anchor(self) -> str:
        return anchor(self.key)


def anchor(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", key)


def code_infos(
    comparison: Comparison, codes: list[m.Code], facts: list[CodeFacts] | None = None
) -> dict[str, CodeInfo]:
    """Per comparison key, what the report says about the code, with all review findings;
    `facts` (in the order of `codes`): the findings and sources already made, if they were."""
    from codes.review import review

    columns = column_names(codes)
    infos = {}
    for position, (key, code, column) in enumerate(
        zip(comparison.codes, codes, columns, strict=True)
    ):
        known = facts[position] if facts else None
        places = place_labels(code)
        findings = [
            {
                "severity": f.severity,
                "severity_nl": word("severity", f.severity),
                "place": places.get(f.node, f.node) if f.node else "",
                # The report is Dutch: the review's Dutch wording of the finding's facts.
                "message": f.problem.text("nl"),
                "suggestion": f.fix.text("nl"),
                "node": f.node,
            }
            for f in (known.findings if known else review(code))
        ]
        source = known.source if known else published_source(code)
        start, end = comparison.bounds[position]
        infos[key] = CodeInfo(
            key,
            column,
            code.metadata.organisation or key,
            code.metadata.citeertitel or code.metadata.title or "",
            source.url if source else None,
            source.label if source else None,
            end - start,
            findings,
            {s: sum(f["severity"] == s for f in findings) for s in SEVERITIES},
            places,
            known.norms if known else None,
        )
    return infos


def provision_of(comparison: Comparison, code: str, node_id: str) -> str:
    """The provision a node belongs to: the longest provision id that prefixes the node id."""
    start, end = comparison.bounds[comparison.position(code)]
    owners = [
        item.node
        for item in comparison.provisions[start:end]
        if node_id == item.node or node_id.startswith(item.node + "__")
    ]
    return max(owners, key=len) if owners else node_id


def refs_by_provision(
    comparison: Comparison, codes: list[m.Code]
) -> dict[tuple[str, str], list[m.Reference]]:
    found: dict[tuple[str, str], list[m.Reference]] = {}
    for key, code in zip(comparison.codes, codes, strict=True):
        for ref in code.references:
            if ref.url:
                owner = provision_of(comparison, key, ref.node)
                found.setdefault((key, owner), []).append(ref)
    return found


def findings_by_provision(
    comparison: Comparison, infos: dict[str, CodeInfo]
) -> dict[tuple[str, str], list[dict[str, str]]]:
    found: dict[tuple[str, str], list[dict[str, str]]] = {}
    for key, info in infos.items():
        for finding in info.findings:
            owner = provision_of(comparison, key, finding["node"])
            found.setdefault((key, owner), []).append(finding)
    return found


def unique_refs(refs: list[m.Reference]) -> list[dict[str, str]]:
    seen, out = set(), []
    for ref in refs:
        label = " ".join(
            p
            for p in (
                ref.law,
                f"art. {ref.article}" if ref.article else "",
                f"lid {ref.lid}" if ref.lid else "",
            )
            if p
        )
        if ref.url not in seen:
            seen.add(ref.url)
            out.append({"url": ref.url, "label": label})
    return out


def link_refs(text: str, refs: list[m.Reference]) -> str:
    escaped = html.escape(text)
    for ref in sorted({r.text: r for r in refs}.values(), key=lambda r: -len(r.text)):
        words = html.escape(" ".join(ref.text.split()))
        if words and words in escaped and f">{words}</a>" not in escaped:
            escaped = escaped.replace(words, f'<a href="{html.escape(ref.url)}">{words}</a>', 1)
    return escaped


def title_of(label: str) -> str:
    """The words of a provision's label after "Artikel 4.1": its title, or the whole label
    of a headed section."""
    return re.sub(r"^Artikel\s+\S+\s*", "", label) if label.startswith("Artikel") else ""


def same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def norm_table(
    codes: list[m.Code],
    places: list[dict[str, str]],
    norms: list[tuple[NormValue, ...] | None] | None = None,
) -> list[dict[str, object]]:
    """The norms as the report and the web app show them: a row per variable with its Dutch
    name, unit and description, a cell per code (in the order of `codes`) with the value, the
    Dutch status and the quoted words, each after its place ("art. 4 lid 3: “...”") as
    `places` (per code, node id -> label) names it. `norms`: each code's values where they
    were made already (None: made here)."""
    from .norms import definitions, extract

    given = norms if norms is not None else [None] * len(codes)
    made = [extract(code) if n is None else n for code, n in zip(codes, given, strict=True)]
    values = [{v.variable: v for v in per_code} for per_code in made]
    rows = []
    for definition in definitions():
        cells = []
        for per_code, labels in zip(values, places, strict=True):
            value = per_code[definition.id]
            evidence = "; ".join(
                f"{labels.get(e.node, e.node)}: “{e.quote}”" for e in value.evidence[:4]
            )
            cells.append(
                {
                    "status": value.status,
                    "status_nl": word("status", value.status),
                    "value": value.value,
                    "evidence": evidence,
                }
            )
        rows.append(
            {
                "id": definition.id,
                "name": definition.name,
                "unit": word("units", definition.unit) if definition.unit else "",
                "description": definition.description,
                "cells": cells,
            }
        )
    return rows


def environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(
        loader=FileSystemLoader(str(template_path(""))),
        autoescape=select_autoescape(["j2", "html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
