"""The comparison report for many codes: a folder of pages instead of one file.

Side by side stops working past about ten codes (400 columns), and one file with
every text of 400 codes is hundreds of megabytes no browser opens. So:

- `index.html`: the codes with their published source, findings and the codes most
  like each; the coverage grid (code x topic, each topic linking to its page); the
  most alike pairs (a heatmap with its scale up to `HEATMAP_LIMIT` codes);
- `normen.html`: the norms, a row per code; `bevindingen.html`: every review finding;
- `onderwerp-<topic>.html`: per topic the rows of aligned provisions. Each row shows
  its first provision (of the base code where it has one) in full; the others are
  grouped by identical text and shown as the words that differ with a little context
  (a word diff only for these groups, each computed once), or, when too unlike for a
  diff, as the start of their text. Every provision appears once, in one group.

Pages are rendered one at a time as they are written, so the report never holds more
than one page (the topic pages' cards are all laid out before their word diffs are made
over the pool); every page name is known before the work starts (`page_names`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from codes import model as m
from codes.pool import map_ordered

from .align import OTHER, Comparison, compare, rows
from .code_facts import CodeFacts
from .coverage import coverage
from .diff import WordDiffer, compact_html
from .heatmap import HEATMAP_LIMIT, heatmap_svg, legend_svg, most_alike, nearest
from .report import TITLE, most_central
from .report_parts import (
    DIFF_THRESHOLD,
    CodeInfo,
    code_infos,
    environment,
    link_refs,
    norm_table,
    refs_by_provision,
    same_text,
    title_of,
)
from .topics import classifier

#: A text too unlike its row's first for a word diff is shown up to this many words.
EXCERPT_WORDS = 60


def page_names() -> list[str]:
    """Every page of a report folder, whatever the codes: a topic no code regulates gets
    a page that says so, so the names can be checked before any work is done."""
    topics = [t.id for t in classifier().topics] + [OTHER]
    return ["index.html", "normen.html", "bevindingen.html"] + [topic_page(t) for t in topics]


def topic_page(topic_id: str) -> str:
    return f"onderwerp-{topic_id}.html"


@dataclass
class Site:
    comparison: Comparison
    names: list[str]
    pages: Iterator[str]  # the pages in the order of `names`, rendered as they are read


def build_site(
    codes: list[m.Code],
    base: str | None = None,
    jobs: int = 1,
    facts: list[CodeFacts] | None = None,
) -> Site:
    """The pages of the report; `jobs` processes align the codes and make the word diffs;
    `facts` (in the order of `codes`): each code's norms, findings and source, if made."""
    comparison = compare(codes, jobs=jobs)
    by_key = dict(zip(comparison.codes, codes, strict=True))
    base_key = base if base in by_key else most_central(comparison)
    order = [base_key] + [c for c in comparison.codes if c != base_key]
    infos = code_infos(comparison, codes, facts)
    pages = _pages(comparison, codes, by_key, base_key, order, infos, jobs)
    return Site(comparison, page_names(), pages)


def _pages(comparison, codes, by_key, base_key, order, infos, jobs) -> Iterator[str]:
    env = environment()
    columns = [infos[k] for k in order]
    labels = [infos[k].column for k in comparison.codes]
    position = {key: i for i, key in enumerate(comparison.codes)}
    topics = [(t.id, t.name, t.description) for t in classifier().topics]
    topics.append((OTHER, "Overige bepalingen", "Bepalingen zonder duidelijk onderwerp."))
    grid = {row.topic: row.counts for row in coverage(comparison)}
    common = {"title": TITLE, "base": infos[base_key], "many": True, "codes": columns}
    similar = nearest(labels, comparison.code_similarity)
    yield env.get_template("report_index.html.j2").render(
        **common,
        provision_count=len(comparison.provisions),
        topics=[
            {"id": t, "name": name, "page": topic_page(t), "count": sum(grid.get(t, ()))}
            for t, name, _ in topics
        ],
        coverage=[
            {
                "code": infos[key],
                "counts": [grid[t][position[key]] if t in grid else 0 for t, _, _ in topics],
                "nearest": similar[position[key]],
            }
            for key in order
        ],
        pairs=most_alike(labels, comparison.code_similarity),
        heatmap=heatmap_svg(labels, comparison.code_similarity)
        if len(labels) <= HEATMAP_LIMIT
        else None,
        legend=legend_svg(),
    )
    table = norm_table(
        [by_key[k] for k in order],
        [infos[k].places for k in order],
        [infos[k].norms for k in order],
    )
    yield env.get_template("report_norms.html.j2").render(
        **common,
        variables=[
            {"name": r["name"], "unit": r["unit"], "description": r["description"]} for r in table
        ],
        rows=[
            {"code": infos[key], "cells": [r["cells"][i] for r in table]}
            for i, key in enumerate(order)
        ],
    )
    del table
    yield env.get_template("report_findings.html.j2").render(**common)
    refs = refs_by_provision(comparison, codes)
    # The word diffs are most of the work of the topic pages and each is independent of
    # the others: the cards are laid out first with their diffs pending, the diffs run
    # over the pool, and the pages are rendered when every diff is in.
    pending: list[tuple[dict, str, str]] = []
    pages = []
    for topic_id, name, description in topics:
        topic_rows = rows(comparison, topic_id, base_key)
        present = {code for row in topic_rows for code in row}
        cards = [_card(comparison, infos, refs, pending, row, base_key) for row in topic_rows]
        pages.append(((topic_id, name, description), cards, present))
    pairs = [(old, new) for _, old, new in pending]
    bodies = map_ordered(diff_body, pairs, jobs, initializer=_new_word_table)
    for (group, _, _), body in zip(pending, bodies, strict=True):
        group["html"] = body
    for (topic_id, name, description), cards, present in pages:
        yield env.get_template("report_topic.html.j2").render(
            **common,
            topic={"id": topic_id, "name": name, "description": description},
            cards=cards,
            absent=[infos[c].column for c in order if c not in present],
        )


def diff_body(pair: tuple[str, str]) -> str:
    """The compact word diff of (old, new), as a card shows it; a worker's own word table
    gives the same diff as any other (only which words are equal counts)."""
    if _differ is None:
        _new_word_table()
    return compact_html(_differ.diff(*pair))


def _new_word_table() -> None:
    """One word table per report and process (each worker, or this process with one job),
    so that a long-lived process (the web app) does not grow one table over every report."""
    global _differ
    _differ = WordDiffer()


_differ: WordDiffer | None = None


def _card(
    comparison: Comparison,
    infos: dict[str, CodeInfo],
    refs: dict,
    pending: list[tuple[dict, str, str]],
    row: dict[str, str],
    base_key: str,
) -> dict[str, object]:
    """One row: its first provision in full, the others grouped by their text; a group's
    word diff is added to `pending` (group, old, new), not made here."""
    anchor_key = row.get(base_key) or next(iter(row.values()))
    first = comparison.provision(anchor_key)
    groups: dict[str, dict[str, object]] = {}
    for key in row.values():
        if key == anchor_key:
            continue
        item = comparison.provision(key)
        text = " ".join(item.text.split())
        group = groups.get(text)
        if group is None:
            score = comparison.pair_score(anchor_key, key)
            same = same_text(item.text, first.text)
            body = "" if same or score >= DIFF_THRESHOLD else _excerpt(item.text)
            group = groups[text] = {
                "who": [],
                "keys": [],
                "codes": [],
                "same": same,
                "score": score,
                "html": body,
                "diffed": not same and score >= DIFF_THRESHOLD,
            }
            if group["diffed"]:  # its "html" is filled in when the diff is made
                pending.append((group, first.text, item.text))
        group["who"].append(
            f"{infos[item.code].column} {infos[item.code].places.get(item.node, item.label)}"
        )
        group["keys"].append(key)
        group["codes"].append(item.code)
    variants = sorted(groups.values(), key=lambda g: (not g["same"], -len(g["keys"])))
    return {
        "key": anchor_key,
        "who": infos[first.code].column,
        "place": infos[first.code].places.get(first.node, first.label),
        "title": title_of(first.label),
        "html": link_refs(first.text, refs.get((first.code, first.node), [])),
        "variants": variants,
        "codes": " ".join([first.code] + [c for g in variants for c in g["codes"]]),
        "same": bool(variants) and all(g["same"] for g in variants),
        "count": len(row),
    }


def _excerpt(text: str) -> str:
    import html

    words = text.split()
    if len(words) <= EXCERPT_WORDS:
        return html.escape(text)
    return html.escape(" ".join(words[:EXCERPT_WORDS])) + ' <span class="gap">… (ingekort)</span>'
