"""Write a `ModelCode` as an editable Word file (real heading styles) or as Markdown.

Both use the shapes the parser reads: "Hoofdstuk N Title", "Artikel N.M Title",
numbered leden with indented onderdelen, a "Wettelijke grondslag" block under each
article, "Bijlage N: Title" annexes, so the result parses back to the same structure.
"""

from __future__ import annotations

import io

from codes.dates import dutch_date

from .model_code import Article, ModelCode

_BASIS = {
    "raad": "artikel 15, derde lid, van de Gemeentewet",
    "college": "de artikelen 41c, tweede lid, en 69, tweede lid, van de Gemeentewet",
    "alle": "de artikelen 15, derde lid, 41c, tweede lid, en 69, tweede lid, van de Gemeentewet",
}


def _blocks(model: ModelCode):
    """The document as (kind, text) blocks: title, para, heading1, heading2, lid, item, basis, table."""
    yield "title", model.title
    yield "para", f"De raad van de gemeente {model.gemeente};"
    yield "para", f"gelet op {_BASIS[model.voor]};"
    yield "para", "besluit:"
    yield "para", "vast te stellen de"
    yield "para", model.citeertitel
    for chapter in model.chapters:
        yield "heading1", f"Hoofdstuk {chapter.number} {chapter.title}"
        for article in chapter.articles:
            yield from _article(article, with_basis=True)
    adopted = model.options.get("vastgesteld_op")
    when = (
        dutch_date(adopted) if adopted else "......................"
    )  # for the griffier to fill in
    yield "para", f"Aldus vastgesteld in de openbare vergadering van de raad van {when},"
    yield "para", "De griffier,                                        De voorzitter,"
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
            yield from _article(article, with_basis=bool(article.basis))
    number += 1
    yield "heading1", f"Bijlage {number}: Vergelijking met de gemeenten in het corpus"
    yield (
        "para",
        (
            "Voor elk artikel de gemeenten in het corpus van de toolkit met een gelijkwaardige bepaling, "
            "gevonden door tekst en onderwerp te vergelijken (gedragscode compare)."
        ),
    )
    rows = [("Bepaling", "Gelijkwaardige bepaling in")]
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


def _article(article: Article, with_basis: bool):
    yield "heading2", f"Artikel {article.number} {article.title}"
    for lid in article.leden:
        first, *items = lid.split("\n")
        yield "lid", first
        for item in items:
            yield "item", item.strip()
    if with_basis and article.basis:
        yield "basis", "Wettelijke grondslag"
        yield "para", "; ".join(article.basis)


def to_docx(model: ModelCode) -> bytes:
    from docx.shared import Cm

    from .house_style import document as house_style_document

    document = house_style_document()  # A4, nl-NL, the house style's fonts and page numbers
    for kind, value in _blocks(model):
        if kind == "title":
            document.add_paragraph(value, style="Title")
        elif kind == "heading1":
            document.add_heading(value, level=1)
        elif kind == "heading2":
            document.add_heading(value, level=2)
        elif kind == "lid":
            paragraph = document.add_paragraph(value)
            paragraph.paragraph_format.left_indent = Cm(0.6)
            paragraph.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "item":
            paragraph = document.add_paragraph(value)
            paragraph.paragraph_format.left_indent = Cm(1.2)
            paragraph.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "basis":
            document.add_paragraph().add_run(value).italic = True
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
            out[-1] += f"\n   {value}"
        elif kind == "lid" and out and out[-1][:1].isdigit():
            out[-1] += f"\n{value}"
        elif kind == "table":
            lines = [f"| {value[0][0]} | {value[0][1]} |", "|---|---|"]
            lines += [f"| {left} | {right} |" for left, right in value[1:]]
            out.append("\n".join(lines))
        else:
            out.append(value)
    return "\n\n".join(out) + "\n"
