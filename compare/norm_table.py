"""The norms as research data: a tidy table (one row per code and variable, the value
typed) and the evidence behind each value in a table of its own.

`norms.extract` gives a `NormValue` per code and variable with all the words it was
read from. A researcher needs to pivot that: one row per code x variable, a number
in a number column and its unit beside it, text in a text column, and no duplicates.
The quotes, articles and spans go to the evidence table, joined on (code, variable).
Both tables are written by `gedragscode norms` (CSV or JSON; `--evidence FILE`), by
the web app's CSV download and into SQLite (`export.py`); `COLUMNS` documents them
for the codebook and `schema.sql`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from codes import model as m

from .norms import FOUND, NormValue, definitions, extract
from .provisions import code_key


@dataclass(frozen=True, slots=True)
class NormRow:
    """One code x variable."""

    code: str
    gemeente: str
    variable: str
    status: str  # found, not regulated, unclear
    value_number: int | float | None  # for a number variable that was found
    unit: str
    value_text: str | None  # words; for an unclear number every value read, joined by " | "
    article: str  # where it was read: "art. 4.1 lid 2", several joined by "; "
    source: str
    span_start: int | None  # of the first quote in the source text
    span_end: int | None
    evidence_count: int


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One passage a value was read from."""

    code: str
    variable: str
    value: str  # the value this passage gives, normalized
    article: str
    node: str
    quote: str
    source: str
    span_start: int
    span_end: int


#: Column -> meaning, for the codebook (`norms --codebook`), in Dutch for the researchers
#: who read it; the column names themselves are the stable keys.
COLUMNS: dict[str, dict[str, str]] = {
    "norms": {
        "code": "sleutel van de code: de bestandsnaam zonder extensie (best, de-bilt)",
        "gemeente": "de organisatie die de code heeft vastgesteld, zoals gelezen uit de tekst",
        "variable": "de norm (zie de variabelen hieronder)",
        "status": "found (uit de tekst gelezen), not regulated (geen bepaling zegt het) "
        "of unclear (bepalingen geven verschillende waarden, alle in de vindplaatsen)",
        "value_number": "de waarde van een getalsvariabele als die gevonden is, als getal",
        "unit": "eenheid van value_number (euro, years = jaar, werkdagen); leeg bij woorden",
        "value_text": "de waarde van een woordvariabele als die gevonden is (meer waarden die "
        "alle gelden gescheiden door '; '); bij unclear elke gelezen waarde, gescheiden door ' | '",
        "article": "het artikel (en lid) of de paragraaf waar de waarde gelezen is, meer dan "
        "één gescheiden door '; '",
        "source": "het bronbestand, relatief aan de huidige map (meegeleverde codes: "
        "codes/corpus/...)",
        "span_start": "begin van het eerste citaat: positie (in tekens) in de gedecodeerde brontekst",
        "span_end": "einde van dat citaat (exclusief)",
        "evidence_count": "uit hoeveel passages de waarde gelezen is (rijen in de vindplaatsen)",
    },
    "evidence": {
        "code": "sleutel van de code (koppelt aan norms.code)",
        "variable": "de norm (koppelt aan norms.variable)",
        "value": "de waarde die deze passage geeft",
        "article": "het artikel (en lid) of de paragraaf van de passage",
        "node": "id van de node in de artikelgraaf (gedragscode parse --format json)",
        "quote": "de woorden waaruit de waarde gelezen is",
        "source": "het bronbestand, als in de tabel norms",
        "span_start": "begin van het citaat: positie (in tekens) in de gedecodeerde brontekst",
        "span_end": "einde van het citaat (exclusief)",
    },
}


def norm_table(codes: list[m.Code]) -> tuple[list[NormRow], list[EvidenceRow]]:
    """The tidy norms and their evidence for `codes`, in code and variable order."""
    rows: list[NormRow] = []
    evidence: list[EvidenceRow] = []
    for code in codes:
        source = source_path(code.file)
        for value in extract(code):
            passages = _evidence_rows(code, value, source)
            rows.append(_norm_row(code, value, passages, source))
            evidence.extend(passages)
    return rows, evidence


def _norm_row(code: m.Code, value: NormValue, passages: list[EvidenceRow], source: str) -> NormRow:
    number = _is_number(value.variable) and value.status == FOUND
    first = passages[0] if passages else None
    return NormRow(
        code=code_key(code),
        gemeente=code.metadata.organisation or code_key(code),
        variable=value.variable,
        status=value.status,
        value_number=_number(value.value) if number else None,
        unit=value.unit if _is_number(value.variable) else "",
        value_text=None if number else value.value,
        article="; ".join(dict.fromkeys(p.article for p in passages)),
        source=source,
        span_start=first.span_start if first else None,
        span_end=first.span_end if first else None,
        evidence_count=len(passages),
    )


def _evidence_rows(code: m.Code, value: NormValue, source: str) -> list[EvidenceRow]:
    """The passages of one value in document order, each once."""
    seen: dict[tuple, EvidenceRow] = {}
    for item in value.evidence:
        key = (item.node, item.span.start, item.span.end, item.value)
        if key not in seen:
            seen[key] = EvidenceRow(
                code_key(code),
                value.variable,
                item.value,
                article_label(code, item.node, item.span),
                item.node,
                item.quote,
                source,
                item.span.start,
                item.span.end,
            )
    return sorted(seen.values(), key=lambda e: (e.span_start, e.span_end, e.value))


def _is_number(variable: str) -> bool:
    return any(d.id == variable and d.kind == "number" for d in definitions())


def _number(text: str | None) -> int | float | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None


def source_path(file: str) -> str:
    """The source file as a researcher can use it on another machine: relative to the
    current folder when it lies there, a bundled code as codes/corpus/NAME, else relative
    to the current folder all the same (never an absolute path of this machine)."""
    if file.startswith("<"):  # <stdin>
        return file
    from codes.corpus import HERE

    path = Path(file).resolve()
    here = Path.cwd().resolve()
    if path.is_relative_to(here):
        return path.relative_to(here).as_posix()
    if path.is_relative_to(HERE.resolve()):
        return "codes/corpus/" + path.relative_to(HERE.resolve()).as_posix()
    try:
        return Path(os.path.relpath(path, here)).as_posix()
    except ValueError:  # another drive on Windows
        return path.name


def article_label(code: m.Code, node_id: str, span: m.Span) -> str:
    """How people cite the place: "art. 4.1 lid 2", with the chapter or annex when the
    article number occurs more than once in the code; a section by its title; "titel"
    for the code's own name."""
    if node_id == code.root.id:  # read from the code's title (norms.py, from_title)
        return "titel"
    path = _path_to(code.root, node_id)
    if not path:
        return node_id
    article = next((n for n in reversed(path) if n.kind == m.ARTIKEL), None)
    if article is None:  # a headed section (a code without articles), or text before them
        titled = next((n for n in reversed(path) if n.title), None)
        return " ".join(titled.title.split())[:80] if titled else node_id
    label = f"art. {article.number}" if article.number else article.id
    lid = next(
        (
            c
            for c in article.children
            if c.kind == m.LID and c.number and c.span.start <= span.start < c.span.end
        ),
        None,
    )
    if lid is not None:
        label += f" lid {lid.number}"
    if sum(1 for a, _ in code.articles() if a.number == article.number) > 1:
        container = next((n for n in reversed(path) if n.kind in (m.HOOFDSTUK, m.BIJLAGE)), None)
        if container is not None:
            kind = "Hoofdstuk" if container.kind == m.HOOFDSTUK else "Bijlage"
            label += f" ({kind} {container.number})" if container.number else f" ({kind})"
    return label


def _path_to(root: m.Node, node_id: str) -> list[m.Node]:
    """The nodes from the root down to `node_id`, or [] when the code has no such node."""
    stack = [(root, [root])]
    while stack:
        node, path = stack.pop()
        if node.id == node_id:
            return path
        stack.extend((child, [*path, child]) for child in reversed(node.children))
    return []


def to_csv(rows: list[NormRow] | list[EvidenceRow]) -> str:
    if not rows:
        return ""
    buffer = io.StringIO()
    names = [f.name for f in fields(rows[0])]
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(
        ["" if v is None else v for v in (getattr(row, n) for n in names)] for row in rows
    )
    return buffer.getvalue()


def to_json(rows: list[NormRow] | list[EvidenceRow]) -> str:
    return json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"


def to_text(rows: list[NormRow]) -> str:
    """The table for reading in a terminal: code, variable, status, value with its unit."""
    shown = [
        (
            r.code,
            r.variable,
            r.status,
            f"{_plain(r.value_number)} {r.unit}".strip()
            if r.value_number is not None
            else r.value_text or "",
        )
        for r in rows
    ]
    width = max([len("code"), *(len(r[0]) for r in shown)])
    lines = [f"{'code':{width}} {'variable':28} {'status':14} value"]
    lines += [f"{c:{width}} {v:28} {s:14} {value}".rstrip() for c, v, s, value in shown]
    return "\n".join(lines) + "\n"


def _plain(number: int | float) -> str:
    return re.sub(r"\.0$", "", str(number))
