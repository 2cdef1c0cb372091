"""Exports for researchers: alignment JSON, norms as long CSV with a codebook,
and the whole graph, alignment and norms as a documented SQLite database
(schema and documentation in `schema.sql`)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from codes import model as m
from codes.errors import InputError
from codes.files import writing

from .align import Comparison
from .norms import codebook, extract
from .provisions import code_key
from .topics import classifier, node_topics

SCHEMA = Path(__file__).parent / "schema.sql"
NORM_COLUMNS = (
    "gemeente",
    "code",
    "variable",
    "value",
    "unit",
    "status",
    "node",
    "quote",
    "start",
    "end",
    "file",
)


def alignment_json(comparison: Comparison, with_diffs: bool = True, jobs: int = 1) -> str:
    """The alignment JSON in one string; `stream.alignment_chunks` writes it piece by piece."""
    from .stream import alignment_chunks

    return b"".join(alignment_chunks(comparison, with_diffs, jobs)).decode("utf-8")


def norm_rows(codes: list[m.Code]) -> list[dict[str, object]]:
    rows = []
    for code in codes:
        for value in extract(code):
            base = {
                "gemeente": code.metadata.organisation or code_key(code),
                "code": code_key(code),
                "variable": value.variable,
                "unit": value.unit,
                "status": value.status,
                "file": code.file,
            }
            if not value.evidence:
                rows.append({**base, "value": "", "node": "", "quote": "", "start": "", "end": ""})
                continue
            for evidence in value.evidence:
                # One row per value read, each with its own provenance (long format).
                shown = (
                    evidence.value
                    if value.status != "unclear"
                    else f"{evidence.value} (unclear: {value.value})"
                )
                rows.append(
                    {
                        **base,
                        "value": shown,
                        "node": evidence.node,
                        "quote": evidence.quote,
                        "start": evidence.span.start,
                        "end": evidence.span.end,
                    }
                )
    return rows


def norms_csv(codes: list[m.Code]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=NORM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(norm_rows(codes))
    return buffer.getvalue()


def codebook_text(fmt: str) -> str:
    entries = codebook()
    if fmt == "json":
        return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(entries[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(entries)
        return buffer.getvalue()
    lines = [
        "# Codebook of the norms table",
        "",
        "Columns of `gedragscode norms --format csv`: "
        + ", ".join(f"`{c}`" for c in NORM_COLUMNS)
        + ".",
        "One row per value read from a code (long format); `start`/`end` is the character span in `file`.",
        "",
    ]
    for entry in entries:
        lines += [
            f"## `{entry['variable']}`: {entry['name']}",
            "",
            entry["description"],
            "",
            f"- unit: {entry['unit'] or '-'}",
            f"- values: {entry['values']}",
            f"- searched in provisions of topic: {entry['searched_in']}",
            f"- status: {entry['statuses']}",
            "",
        ]
    return "\n".join(lines)


def write_sqlite(
    path: str | Path, codes: list[m.Code], comparison: Comparison, force: bool = False
) -> Path:
    """The database at `path`, built in a temporary file next to it and renamed into place.

    A failure half-way (a full disk) leaves no database behind and an existing one
    untouched; an existing file is only replaced with `force`.
    """
    with writing(path, force=force) as temp:
        try:
            _fill(temp, codes, comparison)
        except sqlite3.Error as error:
            raise InputError(
                f"{path}: cannot write the database ({error}); nothing was written"
            ) from None
    return Path(path)


def _fill(path: Path, codes: list[m.Code], comparison: Comparison) -> None:
    connection = sqlite3.connect(str(path))
    try:
        # No rollback journal: on failure the whole temporary file is thrown away.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.executescript(SCHEMA.read_text(encoding="utf-8"))
        for code in codes:
            key = code_key(code)
            meta = code.metadata
            connection.execute(
                "INSERT INTO codes VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    key,
                    code.file,
                    code.format,
                    meta.organisation,
                    meta.organisation_type,
                    meta.title,
                    meta.citeertitel,
                    meta.adopted_on,
                    meta.in_force_from,
                ),
            )
            rows = list(_node_rows(key, code.root))
            connection.executemany("INSERT INTO nodes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            connection.executemany(
                "INSERT INTO node_topics VALUES (?,?,?,?,?)",
                [
                    (key, node_id, s.topic, s.score, s.explain())
                    for node_id, scores in node_topics(code).items()
                    for s in scores
                ],
            )
            connection.executemany(
                "INSERT INTO refs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        key,
                        r.kind,
                        r.law,
                        r.bwb,
                        r.article,
                        r.lid,
                        r.onderdeel,
                        r.target,
                        int(r.resolved),
                        r.node,
                        r.text,
                        r.span.start,
                        r.span.end,
                    )
                    for r in code.references
                ],
            )
            for value in extract(code):
                connection.execute(
                    "INSERT INTO norms VALUES (?,?,?,?,?)",
                    (key, value.variable, value.status, value.value, value.unit),
                )
                connection.executemany(
                    "INSERT INTO norm_evidence VALUES (?,?,?,?,?,?,?)",
                    [
                        (key, value.variable, e.value, e.node, e.quote, e.span.start, e.span.end)
                        for e in value.evidence
                    ],
                )
        connection.executemany(
            "INSERT INTO topics VALUES (?,?,?)",
            [(t.id, t.name, t.description) for t in classifier().topics],
        )
        for item in comparison.provisions:
            scores = comparison.topics.get(item.key, [])
            connection.execute(
                "INSERT INTO provisions VALUES (?,?,?,?,?)",
                (item.code, item.node, item.label, item.scope, comparison.primary_topic(item.key)),
            )
            connection.executemany(
                "INSERT INTO provision_topics VALUES (?,?,?,?,?)",
                [(item.code, item.node, s.topic, s.score, s.explain()) for s in scores],
            )
        connection.executemany(
            "INSERT INTO alignment VALUES (?,?,?,?,?,?,?)",
            [
                (
                    *mt.source.split(":", 1),
                    mt.code,
                    mt.target.split(":", 1)[1] if mt.target else None,
                    mt.score,
                    mt.text_score,
                    mt.topic_score,
                )
                for mt in comparison.matches
            ],
        )
        connection.executemany(
            "INSERT INTO codebook VALUES (?,?,?,?,?)",
            [
                (e["variable"], e["name"], e["description"], e["unit"], e["values"])
                for e in codebook()
            ],
        )
        connection.commit()
    finally:
        connection.close()


def _node_rows(key: str, node: m.Node, parent: str | None = None, position: int = 0):
    yield (
        key,
        node.id,
        parent,
        node.kind,
        node.number,
        node.title,
        node.text,
        node.role,
        int(node.quoted),
        node.explains,
        node.span.start,
        node.span.end,
        position,
    )
    for i, child in enumerate(node.children):
        yield from _node_rows(key, child, node.id, i)
