"""The comparison report for a few codes: one self-contained HTML file (no network needed,
works when mailed).

Per topic, the provisions of every code side by side in aligned rows (stacked, one code
under the other, on a phone and in print when there are many), marked word by word
against the base code, with references linked to wetten.overheid.nl, the review
findings of each provision, a note where a code does not regulate the topic; before
that the codes with their published source, a coverage grid (topic x code), the norms
table, a similarity heatmap with its scale, and every review finding. A few lines of
JavaScript add search and filters; without it everything is shown. Every provision of
every code appears exactly once.

For more than `SINGLE_PAGE_LIMIT` codes use `report_site.build_site`: a summary page and
a page per topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from codes import model as m

from .align import OTHER, Comparison, compare, rows
from .code_facts import CodeFacts
from .coverage import coverage
from .diff import WordDiffer, diff_html
from .heatmap import heatmap_svg, legend_svg
from .report_parts import (
    DIFF_THRESHOLD,
    anchor,
    code_infos,
    environment,
    findings_by_provision,
    link_refs,
    norm_table,
    refs_by_provision,
    same_text,
    title_of,
    unique_refs,
)
from .topics import classifier

#: Up to this many codes the report is one page; above it, a folder of pages.
SINGLE_PAGE_LIMIT = 10
TITLE = "Vergelijking gedragscodes integriteit"


@dataclass
class Report:
    html: str
    comparison: Comparison
    provision_keys_shown: list[str]


def build_report(
    codes: list[m.Code],
    base: str | None = None,
    jobs: int = 1,
    facts: list[CodeFacts] | None = None,
) -> Report:
    """The one-page report; `facts` (in the order of `codes`): each code's norms, findings
    and source, if they were made where the code was parsed (`code_facts.with_facts`)."""
    comparison = compare(codes, jobs=jobs)
    differ = WordDiffer()
    by_key = dict(zip(comparison.codes, codes, strict=True))
    base_key = base if base in by_key else most_central(comparison)
    order = [base_key] + [c for c in comparison.codes if c != base_key]  # the base column first
    infos = code_infos(comparison, codes, facts)
    findings = findings_by_provision(comparison, infos)
    refs = refs_by_provision(comparison, codes)
    names = classifier().by_id
    shown: list[str] = []

    def elsewhere(key: str, anchor_key: str | None) -> str | None:
        """Where a provision's closest base provision stands when that is not its row."""
        match = comparison.match(key, base_key)
        if match is None or match.target is None or match.target == anchor_key:
            return None
        target = comparison.provision(match.target)
        place = infos[base_key].places.get(target.node, target.label)
        return f"dichtstbij in {infos[base_key].column}: {place} ({match.score:.2f})"

    def cell(key: str, reference_text: str, anchor_key: str) -> dict[str, object]:
        item = comparison.provision(key)
        shown.append(key)
        score = comparison.pair_score(anchor_key, key) if anchor_key != key else None
        own_refs = refs.get((item.code, item.node), [])
        if anchor_key != key and score is not None and score >= DIFF_THRESHOLD:
            body = diff_html(differ.diff(reference_text, item.text))
        else:
            body = link_refs(item.text, own_refs)
        scores = comparison.topics.get(key) or []
        return {
            "key": key,
            "col": item.code,
            "column": infos[item.code].column,
            "place": infos[item.code].places.get(item.node, item.label),
            "title": title_of(item.label),
            "html": body,
            "why": f"{names[scores[0].topic].name}: {scores[0].explain()}"
            if scores
            else "geen onderwerpwoord",
            "anchor": anchor(key),
            "score": score,
            "refs": unique_refs(own_refs),
            "elsewhere": elsewhere(key, anchor_key),
            "findings": findings.get((item.code, item.node), []),
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
            same = len(row) == len(order) and all(
                same_text(comparison.provision(k).text, reference_text) for k in row.values()
            )
            cells = [
                cell(row[code], reference_text, anchor_key) if code in row else None
                for code in order
            ]
            rendered.append({"same": same, "cells": cells})
        topics.append(
            {
                "id": topic_id,
                "name": topic.name if topic else "Overige bepalingen",
                "description": topic.description
                if topic
                else "Bepalingen zonder duidelijk onderwerp.",
                "count": sum(len(r) for r in topic_rows),
                "rows": rendered,
                "absent": [infos[c].column for c in order if c not in present],
            }
        )
    columns = [infos[k] for k in order]
    position = {key: i for i, key in enumerate(comparison.codes)}
    context = {
        "title": TITLE,
        "codes": columns,
        "base": infos[base_key],
        "provision_count": len(comparison.provisions),
        "topics": topics,
        "coverage": [
            {"id": row.topic, "name": row.name, "counts": [row.counts[position[k]] for k in order]}
            for row in coverage(comparison)
        ],
        "norms": norm_table(
            [by_key[k] for k in order],
            [infos[k].places for k in order],
            [infos[k].norms for k in order],
        ),
        "heatmap": heatmap_svg(
            [infos[c].column for c in comparison.codes], comparison.code_similarity
        ),
        "legend": legend_svg(),
        "many": len(order) > 4,
    }
    page = environment().get_template("report.html.j2").render(**context)
    return Report(page, comparison, shown)


def most_central(comparison: Comparison) -> str:
    """The code most like all others: the natural base when none is chosen (often the model's heir)."""
    matrix = comparison.code_similarity
    totals = [float(matrix[i].sum()) for i in range(len(comparison.codes))]
    return comparison.codes[totals.index(max(totals))]
