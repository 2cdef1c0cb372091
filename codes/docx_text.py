"""The text of a Word document as Word shows it, every tracked change accepted.

python-docx reads a paragraph's runs and hyperlinks only, and the body's paragraphs and
tables only. A draft code a griffier edits with "Wijzigingen bijhouden" keeps its new
words in tracked insertions (`w:ins`); templates put the title in a content control
(`w:sdt`), a cover page too; older files wrap words in smart tags and fields. All of that
is text the reader sees, and python-docx would drop it. Deleted text (`w:del`, whose
words are `w:delText`) and a drawing's text boxes (a drawing's words stand twice: in the
drawing and in its fallback picture) are not part of the running text.
"""

from __future__ import annotations

from collections.abc import Iterator

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

PARAGRAPH, TABLE = _W + "p", _W + "tbl"
# Wrappers whose children are blocks of the body or of a cell: a content control, custom XML.
_BLOCK_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml"}
# Not running text: deletions, properties, drawings and objects, and a control's own settings.
_NOT_TEXT = {
    _W + "del",
    _W + "moveFrom",
    _W + "pPr",
    _W + "rPr",
    _W + "sdtPr",
    _W + "sdtEndPr",
    _W + "drawing",
    _W + "pict",
    _W + "object",
    _MC + "AlternateContent",
}
_CHARACTERS = {_W + "tab": "\t", _W + "noBreakHyphen": "-", _W + "cr": "\n"}


def blocks(container) -> Iterator:
    """The paragraphs (`w:p`) and tables (`w:tbl`) of a body or a table cell's element, in
    document order, also those inside a content control."""
    for child in container:
        if child.tag == PARAGRAPH or child.tag == TABLE:
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from blocks(child)


def paragraph_text(paragraph) -> str:
    """The words of a `w:p` element as Word shows them with every change accepted."""
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)


def _collect(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _NOT_TEXT:
            continue
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag == _W + "br":
            # a line break is a new line; a page or column break is only layout
            if child.get(_W + "type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        else:
            _collect(child, parts)


def table_lines(table) -> list[str]:
    """A python-docx table's rows, a line each with its cells between tabs, each cell's
    paragraphs joined by a blank. A row with one cell of text is a block of text laid out
    in a table (an article in a frame): its paragraphs stay lines. A merged cell is given
    by python-docx once for every column it spans: it is written once."""
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen = None
        for cell in row.cells:
            if cell._tc is not seen:
                cells.append(_cell_text(cell))
                seen = cell._tc
        filled = [cell for cell in cells if cell]
        if len(filled) == 1:
            lines.extend(line.strip() for line in filled[0].split("\n") if line.strip())
        elif filled:
            lines.append("\t".join(" ".join(cell.split()) for cell in cells))
    return lines


def _cell_text(cell) -> str:
    """A table cell's paragraphs, a line each, and a table inside it as `table_lines`."""
    from docx.table import Table

    lines = []
    for block in blocks(cell._tc):
        if block.tag == PARAGRAPH:
            lines.append(paragraph_text(block))
        else:
            lines.extend(table_lines(Table(block, cell)))
    return "\n".join(lines).strip()
