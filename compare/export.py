"""Exports for researchers: alignment JSON, norms as long CSV with a codebook,
and the whole graph, alignment and norms as a documented SQLite database
(schema and documentation in `schema.sql`)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import astuple
from pathlib import Path

from codes import model as m
from codes.errors import InputError
from codes.files import writing

from .align import Comparison
from .norm_table import COLUMNS, norm_table, source_path, to_csv
from .norms import codebook
from .provenance import provenance
from .provisions import code_key
from .topics import classifier, node_topics

SCHEMA = Path(__file__).parent / "schema.sql"


def alignment_json(comparison: Comparison, with_diffs: bool = True, jobs: int = 1) -> str:
    """The alignment JSON in one string; `stream.alignment_chunks` writes it piece by piece."""
    from .stream import alignment_chunks

    return b"".join(alignment_chunks(comparison, with_diffs, jobs)).decode("utf-8")


def norms_csv(codes: list[m.Code]) -> str:
    """The tidy norms table as CSV: one row per code and variable (`norm_table.COLUMNS`)."""
    return to_csv(norm_table(codes)[0])


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
    # In Dutch, for the researchers who read it; names in backticks are the stable keys.
    lines = [
        "# Codeboek van de normtabellen",
        "",
        "`gedragscode norms --format csv -o norms.csv --evidence evidence.csv` schrijft twee "
        "tabellen (dezelfde kolommen in JSON, en als de tabellen `norms` en `norm_evidence` van "
        "`gedragscode export --sqlite`). Koppel ze op `code` en `variable`.",
        "",
        "## Tabel `norms`: één rij per code en variabele",
        "",
        *_column_lines(COLUMNS["norms"]),
        "",
        "## Tabel `evidence`: één rij per passage waaruit een waarde gelezen is",
        "",
        *_column_lines(COLUMNS["evidence"]),
        "",
        "# Variabelen",
        "",
    ]
    for entry in entries:
        lines += [
            f"## `{entry['variable']}`: {entry['name']}",
            "",
            entry["description"],
            "",
            f"- kolom: `{entry['column']}`"
            + (f", eenheid: `{entry['unit']}`" if entry["unit"] else ""),
            f"- waarden: {entry['values']}",
            f"- gezocht in bepalingen over: {entry['searched_in']}",
            f"- status: {entry['statuses']}",
            "",
        ]
    return "\n".join(lines)


def _column_lines(columns: dict[str, str]) -> list[str]:
    rows = ("| `" + c + "` | " + d.replace("|", "\\|") + " |" for c, d in columns.items())
    return ["| kolom | betekenis |", "|---|---|", *rows]


def write_sqlite(
    path: str | Path,
    codes: list[m.Code],
    comparison: Comparison,
    force: bool = False,
    command: str = "",
) -> Path:
    """The database at `path` (`-`: standard output), built in a temporary file next to
    it and renamed into place; `command` is recorded in the provenance table.

    A failure half-way (a full disk) leaves no database behind and an existing one
    untouched; an existing file is only replaced with `force`.
    """
    keys = [code_key(c) for c in codes]
    twice = next((k for k in keys if keys.count(k) > 1), None)
    if twice is not None:
        raise InputError(
            f"two codes have the key '{twice}' (the file name without extension); "
            "rename one so that each code has its own rows"
        )
    with writing(path, force=force) as temp:
        try:
            _fill(temp, codes, comparison, command)
        except sqlite3.Error as error:
            raise InputError(
                f"{path}: cannot write the database ({error}); nothing was written"
            ) from None
    return Path(path)


def _fill(path: Path, codes: list[m.Code], comparison: Comparison, command: str) -> None:
    connection = sqlite3.connect(str(path))
    try:
        # No rollback journal: on failure the whole temporary file is thrown away.
        connection.execute("PRAGMA journal_mode = OFF")
        # Every row is checked against its keys as it is written: no dangling row.
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript(SCHEMA.read_text(encoding="utf-8"))
        _insert(connection, "topics", [(t.id, t.name, t.description) for t in classifier().topics])
        _insert(
            connection,
            "codebook",
            [
                (e["variable"], e["name"], e["description"], e["unit"], e["column"], e["values"])
                for e in codebook()
            ],
        )
        for code in codes:
            _fill_code(connection, code)
        _insert(connection, "provenance", [astuple(p) for p in provenance(codes, command)])
        norms, evidence = norm_table(codes)
        _insert(connection, "norms", [astuple(row) for row in norms])
        _insert(connection, "norm_evidence", [(None, *astuple(row)) for row in evidence])
        _fill_comparison(connection, comparison)
        connection.commit()
    finally:
        connection.close()


def _insert(connection: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    if rows:
        marks = ",".join("?" * len(rows[0]))
        connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _fill_code(connection: sqlite3.Connection, code: m.Code) -> None:
    key = code_key(code)
    meta = code.metadata
    _insert(
        connection,
        "codes",
        [
            (
                key,
                source_path(code.file),
                code.format,
                meta.organisation,
                meta.organisation_type,
                meta.title,
                meta.citeertitel,
                meta.adopted_on,
                meta.in_force_from,
            )
        ],
    )
    _insert(connection, "nodes", list(_node_rows(key, code.root)))
    _insert(
        connection,
        "node_topics",
        [
            (key, node_id, s.topic, s.score, s.explain())
            for node_id, scores in node_topics(code).items()
            for s in scores
        ],
    )
    _insert(
        connection,
        "refs",
        [
            (
                None,
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


def _fill_comparison(connection: sqlite3.Connection, comparison: Comparison) -> None:
    for item in comparison.provisions:
        scores = comparison.topics.get(item.key, [])
        connection.execute(
            "INSERT INTO provisions VALUES (?,?,?,?,?)",
            (item.code, item.node, item.label, item.scope, comparison.primary_topic(item.key)),
        )
        _insert(
            connection,
            "provision_topics",
            [(item.code, item.node, s.topic, s.score, s.explain()) for s in scores],
        )
    _insert(
        connection,
        "alignment",
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
