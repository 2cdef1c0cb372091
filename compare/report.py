"""The comparison report: one self-contained HTML file (no network needed, works when mailed).

Per topic, the provisions of every code side by side in aligned rows, marked
word by word against the base code, with references linked to
wetten.overheid.nl, the review findings of each provision, a note where a code
does not regulate the topic, the norms table and a similarity heatmap in inline
SVG. Every provision of every code appears exactly once.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from codes import model as m
from codes.resources import template_path
from codes.review import review

from .align import OTHER, Comparison, compare, rows
from .diff import WordDiffer, diff_html
from .norms import extract
from .provisions import code_key
from .topics import classifier

#: Below this match score two provisions say the same thing in other words: a word diff would
#: mark everything, so the report shows the text itself.
DIFF_THRESHOLD = 0.5


@dataclass
class Report:
    html: str
    comparison: Comparison
    provision_keys_shown: list[str]


def build_report(codes: list[m.Code], base: str | None = None, jobs: int = 1) -> Report:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    comparison = compare(codes, jobs=jobs)
    differ = WordDiffer()
    by_key = dict(zip(comparison.codes, codes, strict=True))
    base_key = base if base in by_key else _most_central(comparison)
    order = [base_key] + [c for c in comparison.codes if c != base_key]  # the base column first
    findings = {key: review(code) for key, code in by_key.items()}
    findings_by_node: dict[tuple[str, str], list] = {}
    for key, items in findings.items():
        for finding in items:
            owner = _provision_of(comparison, key, finding.node)
            findings_by_node.setdefault((key, owner), []).append(finding)
    refs_by_node: dict[tuple[str, str], list[m.Reference]] = {}
    for key, code in by_key.items():
        for ref in code.references:
            if ref.url:
                refs_by_node.setdefault((key, _provision_of(comparison, key, ref.node)), []).append(
                    ref
                )
    shown: list[str] = []

    def elsewhere(key: str, anchor_key: str | None) -> str | None:
        """Where a provision's closest base provision stands when that is not its row (one-to-many)."""
        match = comparison.match(key, base_key)
        if match is None or match.target is None or match.target == anchor_key:
            return None
        target = comparison.provision(match.target)
        return f"closest in {_organisation(by_key[base_key])}: {target.label}, {target.node} ({match.score:.2f})"

    def cell(key: str, reference_text: str | None, anchor_key: str | None) -> dict[str, object]:
        item = comparison.provision(key)
        shown.append(key)
        similar = (
            anchor_key is not None and comparison.pair_score(anchor_key, key) >= DIFF_THRESHOLD
        )
        if reference_text is not None and anchor_key != key and similar:
            body = diff_html(differ.diff(reference_text, item.text))
        else:
            body = _link_refs(item.text, refs_by_node.get((item.code, item.node), []))
        scores = comparison.topics.get(key) or []
        why = (
            f"{classifier().by_id[scores[0].topic].name}: {scores[0].explain()}"
            if scores
            else "no topic term"
        )
        refs = _unique_refs(refs_by_node.get((item.code, item.node), []))
        return {
            "key": key,
            "node": item.node,
            "label": item.label,
            "html": body,
            "why": why,
            "anchor": re.sub(r"[^A-Za-z0-9_-]", "-", key),
            "score": comparison.pair_score(anchor_key, key)
            if anchor_key and anchor_key != key
            else None,
            "refs": refs,
            "elsewhere": elsewhere(key, anchor_key),
            "findings": [
                {"severity": f.severity, "message": f.message}
                for f in findings_by_node.get((item.code, item.node), [])
            ],
        }

    topics = []
    for topic in [*classifier().topics, None]:
        topic_id = topic.id if topic else OTHER
        topic_rows = rows(comparison, topic_id, base_key)
        if not topic_rows:
            continue
        present = {code for row in topic_rows for code in row}
        rendered = []
        for row in topic_rows:
            anchor_key = row.get(base_key) or next(iter(row.values()))
            reference_text = comparison.provision(anchor_key).text
            rendered.append(
                [
                    cell(row[code], reference_text, anchor_key) if code in row else None
                    for code in order
                ]
            )
        topics.append(
            {
                "id": topic_id,
                "name": topic.name if topic else "Overige bepalingen",
                "description": topic.description if topic else "Provisions without a clear topic.",
                "count": sum(len(r) for r in topic_rows),
                "rows": rendered,
                "absent": [_organisation(by_key[c]) for c in order if c not in present],
            }
        )
    norm_rows = _norm_rows(order, by_key)
    context = {
        "title": "Vergelijking gedragscodes integriteit",
        "codes": [
            {
                "key": key,
                "organisation": _organisation(code),
                "counts": {
                    s: sum(f.severity == s for f in findings[key])
                    for s in ("error", "warning", "info")
                },
                "findings": findings[key],
            }
            for key, code in ((k, by_key[k]) for k in order)
        ],
        "base": {"organisation": _organisation(by_key[base_key])},
        "provision_count": len(comparison.provisions),
        "topics": topics,
        "norms": norm_rows,
        "heatmap": heatmap_svg(
            [_organisation(by_key[c]) for c in comparison.codes], comparison.code_similarity
        ),
    }
    environment = Environment(
        loader=FileSystemLoader(str(template_path(""))),
        autoescape=select_autoescape(["j2", "html"]),
    )
    page = environment.get_template("report.html.j2").render(**context)
    return Report(page, comparison, shown)


def _most_central(comparison: Comparison) -> str:
    """The code most like all others: the natural base when none is chosen (often the model's heir)."""
    matrix = comparison.code_similarity
    totals = [float(matrix[i].sum()) for i in range(len(comparison.codes))]
    return comparison.codes[totals.index(max(totals))]


def _organisation(code: m.Code) -> str:
    return code.metadata.organisation or code_key(code)


def _provision_of(comparison: Comparison, code: str, node_id: str) -> str:
    """The provision a node belongs to: the longest provision id that prefixes the node id."""
    start, end = comparison.bounds[comparison.position(code)]
    owners = [
        item.node
        for item in comparison.provisions[start:end]
        if node_id == item.node or node_id.startswith(item.node + "__")
    ]
    return max(owners, key=len) if owners else node_id


def _unique_refs(refs: list[m.Reference]) -> list[dict[str, str]]:
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


def _link_refs(text: str, refs: list[m.Reference]) -> str:
    escaped = html.escape(text)
    for ref in sorted({r.text: r for r in refs}.values(), key=lambda r: -len(r.text)):
        words = html.escape(" ".join(ref.text.split()))
        if words and words in escaped and f">{words}</a>" not in escaped:
            escaped = escaped.replace(words, f'<a href="{html.escape(ref.url)}">{words}</a>', 1)
    return escaped


def _norm_rows(order: list[str], by_key: dict[str, m.Code]) -> list[dict[str, object]]:
    from .norms import definitions

    values = {key: {v.variable: v for v in extract(code)} for key, code in by_key.items()}
    result = []
    for definition in definitions():
        cells = []
        for key in order:
            value = values[key][definition.id]
            evidence = "; ".join(f"{e.node}: “{e.quote}”" for e in value.evidence[:4])
            cells.append({"status": value.status, "value": value.value, "evidence": evidence})
        result.append(
            {
                "name": definition.name,
                "unit": definition.unit,
                "description": definition.description,
                "cells": cells,
            }
        )
    return result


def heatmap_svg(labels: list[str], matrix) -> str:
    """An inline SVG heatmap of code-to-code similarity, darker for more alike."""
    size, left, top = 56, 120, 110
    n = len(labels)
    width, height = left + n * size + 10, top + n * size + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="Similarity of the codes">'
    ]
    for j, label in enumerate(labels):
        x = left + j * size + size / 2
        parts.append(
            f'<text x="{x}" y="{top - 8}" transform="rotate(-40 {x} {top - 8})">{html.escape(label)}</text>'
        )
    for i, label in enumerate(labels):
        y = top + i * size
        parts.append(
            f'<text x="{left - 6}" y="{y + size / 2 + 4}" text-anchor="end">{html.escape(label)}</text>'
        )
        for j in range(n):
            value = float(matrix[i, j])
            shade = int(255 - 200 * max(0.0, min(1.0, value)))
            color = f"rgb({shade},{shade + int((255 - shade) * 0.2)},255)"
            ink = "#fff" if value > 0.55 else "#1d2433"
            parts.append(
                f'<rect x="{left + j * size}" y="{y}" width="{size - 2}" height="{size - 2}" fill="{color}">'
                f"<title>{html.escape(labels[i])} ~ {html.escape(labels[j])}: {value:.2f}</title></rect>"
            )
            parts.append(
                f'<text x="{left + j * size + size / 2 - 1}" y="{y + size / 2 + 4}" text-anchor="middle" '
                f'fill="{ink}">{value:.2f}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
