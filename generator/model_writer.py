"""Write a `ModelCode` as an editable Word file or as Markdown, raadsbesluit first.

Both use the shapes the parser reads: the besluit ("De raad van de gemeente X;",
"gelezen ...", "gelet op ...", "besluit:"), "Hoofdstuk N Title", "Artikel N.M Title",
leden and onderdelen, a "Wettelijke grondslag" block under each article, the
ondertekening, "Bijlage N: Title" annexes, so the result parses back to the same
structure. In Word the leden and onderdelen carry Word's list numbering (restarting
in each article) instead of typed numbers, so that an inserted lid renumbers.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from .model_code import Article, ModelCode

_LID = re.compile(r"^(\d+)\.\s+")
_ONDERDEEL = re.compile(r"^([a-z])\.\s+")


def file_name(model: ModelCode, fmt: str = "docx") -> str:
    """'gedragscode-raad-voorbeeldstad.docx', 'gedragscode-provinciale-staten-utrecht.docx':
    body first, so the two codes sort together."""
    from .besturen import bestuur

    body = bestuur(model.bestuur).organen[model.voor].file
    slug = re.sub(r"[^a-z0-9]+", "-", model.gemeente.lower()).strip("-") or model.bestuur
    return f"gedragscode-{body}-{slug}.{'docx' if fmt == 'docx' else 'md'}"


def targets(models: list[ModelCode], output: str | None, fmt: str) -> list[Path]:
    """Where the codes go: `output` is the file of a single code, or the folder of several."""
    from codes.errors import InputError

    if output is None:
        return [Path("output") / file_name(m, fmt) for m in models]
    chosen = Path(output)
    if len(models) == 1 and not (chosen.is_dir() and not chosen.is_symlink()):
        return [chosen]
    if chosen.suffix.lower() in (".docx", ".md") and not chosen.is_dir():
        raise InputError(
            f"{chosen}: --voor alle writes two codes (raad and college); give a folder with -o"
        )
    return [chosen / file_name(m, fmt) for m in models]


def _blocks(model: ModelCode):
    """The document as (kind, value) blocks: title, para, heading1, heading2, lid and item
    ((label, text)), basis, signature ((left, right)), table."""
    yield "title", model.title
    besluit = model.besluit
    for line in (besluit.aanhef, besluit.gelezen, besluit.gelet_op, besluit.besluit):
        yield "para", line
    yield "para", besluit.vaststelling
    for chapter in model.chapters:
        yield "heading1", f"Hoofdstuk {chapter.number} {chapter.title}"
        for article in chapter.articles:
            yield from _article(article)
    yield "para", besluit.vastgesteld
    yield "signature", besluit.ondertekening
    number = 1
    yield "heading1", f"Bijlage {number}: Toelichting op de artikelen"
    for chapter in model.chapters:
        for article in chapter.articles:
            yield "heading2", f"Artikel {article.number} {article.title}"
            yield "para", article.toelichting
    if model.protocol:
        number += 1
        yield "heading1", f"Bijlage {number}: Protocol vermoedens van integriteitsschendingen"
        for article in model.protocol:
            yield from _article(article)
    if model.compared:
        number += 1
        yield from _equivalents(model, number)


def _equivalents(model: ModelCode, number: int):
    from .besturen import bestuur

    # The corpus holds gemeenten' codes: "in andere gemeenten" only for a gemeente's.
    heading = bestuur(model.bestuur).sentences["vergelijking"]
    yield "heading1", f"Bijlage {number}: {heading}"
    yield (
        "para",
        "Deze bijlage is een hulpmiddel bij de voorbereiding en hoort niet bij de vast te stellen "
        "tekst. Zij noemt per artikel de gemeenten waarvan de gedragscode een vergelijkbare "
        "bepaling heeft, met het nummer en de titel van die bepaling. Vergelijkbaar betekent: "
        "in woorden en onderwerp sterk overeenkomend; de inhoud kan op onderdelen verschillen. "
        f"Vergeleken zijn de gedragscodes van {_listing(model.compared)}.",
    )
    rows = [("Bepaling", "Vergelijkbare bepaling in")]
    for chapter in model.chapters:
        for article in chapter.articles:
            rows.append(
                (f"art. {article.number} {article.title}", "; ".join(article.equivalents) or "geen")
            )
    for article in model.protocol:
        rows.append(
            (
                f"protocol art. {article.number} {article.title}",
                "; ".join(article.equivalents) or "geen",
            )
        )
    yield "table", rows


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _article(article: Article):
    yield "heading2", f"Artikel {article.number} {article.title}"
    for lid in article.leden:
        first, *items = lid.split("\n")
        yield "lid", _labelled(first, _LID)
        for item in items:
            yield "item", _labelled(item.strip(), _ONDERDEEL)
    if article.basis:
        yield "basis", "Wettelijke grondslag"
        # The closing full stop keeps the last law name from joining the next heading's
        # "Artikel 1.2" into one citation when a reader runs the paragraphs together.
        yield "para", "; ".join(article.basis) + "."


def _labelled(line: str, pattern: re.Pattern[str]) -> tuple[str | None, str]:
    """('2.', 'text') from '2. text'; (None, line) for an unnumbered paragraph."""
    match = pattern.match(line)
    return (match.group(0).strip(), line[match.end() :]) if match else (None, line)


def to_docx(model: ModelCode, author: str | None = None) -> bytes:
    from docx.shared import Cm

    from .besturen import bestuur
    from .word import LID_STYLE, ONDERDEEL_STYLE, ListNumbering, base_document

    author = author or bestuur(model.bestuur).author(model.gemeente)
    document = base_document(author, model.citeertitel)
    numbering = ListNumbering(document)
    for kind, value in _blocks(model):
        if kind == "title":
            document.add_paragraph(value, style="Title")
        elif kind in ("heading1", "heading2"):
            document.add_heading(value, level=1 if kind == "heading1" else 2)
            numbering.restart()
        elif kind in ("lid", "item"):
            label, text = value
            if label is None:
                document.add_paragraph(text)
                continue
            level = 0 if kind == "lid" else 1
            paragraph = document.add_paragraph(text, style=(LID_STYLE, ONDERDEEL_STYLE)[level])
            numbering.number(paragraph, level)
        elif kind == "basis":
            document.add_paragraph().add_run(value).italic = True
        elif kind == "signature":
            paragraph = document.add_paragraph("\t".join(value))
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(8))
        elif kind == "table":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for left, right in value:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = left, right
        else:
            document.add_paragraph(value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_markdown(model: ModelCode) -> str:
    out: list[str] = []
    for kind, value in _blocks(model):
        if kind == "title":
            out.append(f"# {value}")
        elif kind == "heading1":
            out.append(f"## {value}")
        elif kind == "heading2":
            out.append(f"### {value}")
        elif kind == "item":
            out[-1] += "\n   " + " ".join(filter(None, value))
        elif kind == "lid":
            line = " ".join(filter(None, value))
            if value[0] and out and out[-1][:1].isdigit():
                out[-1] += f"\n{line}"
            else:
                out.append(line)
        elif kind == "signature":
            out.append("    ".join(value))
        elif kind == "table":
            lines = [f"| {value[0][0]} | {value[0][1]} |", "|---|---|"]
            lines += [f"| {left} | {right} |" for left, right in value[1:]]
            out.append("\n".join(lines))
        else:
            out.append(value)
    return "\n\n".join(out) + "\n"
