"""References as a table, CSV or JSON, for `gedragscode refs`."""

from __future__ import annotations

import csv
import io
import json

from . import model as m
from .export import reference_dict

COLUMNS = (
    "file",
    "kind",
    "law",
    "bwb",
    "article",
    "lid",
    "onderdeel",
    "target",
    "node",
    "start",
    "end",
    "url",
    "text",
)


def reference_rows(codes: list[m.Code], internal: bool) -> list[dict[str, object]]:
    rows = []
    for code in codes:
        for ref in code.references:
            if ref.kind == "internal" and not internal:
                continue
            data = reference_dict(ref)
            data["file"] = code.file
            data["start"], data["end"] = ref.span.start, ref.span.end
            rows.append({key: data.get(key) for key in COLUMNS})
    return rows


def references_table(codes: list[m.Code], fmt: str, internal: bool = False) -> str:
    rows = reference_rows(codes, internal)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    lines = [f"{'law':32} {'article':8} {'lid':3} {'node':34} link"]
    for row in rows:
        law = str(row["law"] or "")[:32]
        lid = "" if row["lid"] is None else str(row["lid"])
        link = row["url"] or (f"-> {row['target']}" if row["target"] else "")
        lines.append(
            f"{law:32} {str(row['article'] or '-'):8} {lid:3} {str(row['node'])[:34]:34} {link}"
        )
    lines.append(f"{len(rows)} references")
    return "\n".join(lines) + "\n"
