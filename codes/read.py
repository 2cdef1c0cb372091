"""Stage 1, read: bytes of any supported format -> `Source` text.

One reader per format, chosen by detection (or by the caller): plain text,
Markdown, Word .docx and CVDR XML. Each returns the text all later spans point
into, plus what the format itself already says about structure: heading levels
(Markdown, Word) and references with their official Juriconnect id (CVDR).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import safety
from .dates import parse_date
from .encoding import decode_text, expand_ligatures, utf16_codec
from .errors import InputError
from .files import read_input

FORMATS = ("text", "markdown", "docx", "cvdr")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)


@dataclass(frozen=True)
class Source:
    """A decoded source. `heading_levels` maps a line number to its heading level."""

    path: str
    format: str
    text: str
    heading_levels: dict[int, int] = field(default_factory=dict)
    extrefs: tuple[tuple[int, int, str], ...] = ()  # (start, end, juriconnect id) in text
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # what reading repaired: invalid bytes, control characters
    sha256: str = ""  # of the bytes read


def read_path(
    path: str | Path, input_format: str | None = None, max_size: int | None = None
) -> Source:
    """Read a file from disk; raise `InputError` with a one-line fix on bad input.

    `max_size` (bytes; default `safety.max_size()`) caps the file and what a .docx inflates to.
    """
    data = read_input(
        path,
        "file",
        "check the path or run 'gedragscode corpus' for the bundled codes",
        "give a file with the text of a code",
        limit=max_size,
    )
    return read_bytes(data, str(path), input_format, max_size)


def read_bytes(
    data: bytes,
    name: str = "<input>",
    input_format: str | None = None,
    max_size: int | None = None,
) -> Source:
    import hashlib

    source = _read_bytes(data, name, input_format, max_size)
    return replace(source, sha256=hashlib.sha256(data).hexdigest())


def _read_bytes(data: bytes, name: str, input_format: str | None, max_size: int | None) -> Source:
    if input_format is not None and input_format not in FORMATS:
        raise InputError(
            f"unknown input format '{input_format}'; choose one of {', '.join(FORMATS)}"
        )
    limit = safety.max_size(max_size)
    if len(data) > limit:
        raise safety.too_large(name, limit)
    if not data or data.isspace():  # (`strip` would copy the whole file to tell)
        raise InputError(f"{name}: the file is empty; give a file with the text of a code")
    fmt = input_format or detect_format(data, name)
    if fmt == "docx":
        return _read_docx(data, name, limit)
    if fmt == "cvdr":
        return _read_cvdr(data, name)
    text, warnings = decode_text(data, name)
    if fmt == "markdown":
        return _read_markdown(text, name, warnings)
    return Source(name, "text", text, warnings=warnings)


def detect_format(data: bytes, name: str) -> str:
    head = data[:4096]
    if head.startswith(b"PK\x03\x04"):
        if name.lower().endswith((".docx", ".docm")) or b"word/" in data[:65536]:
            return "docx"
        raise InputError(
            f"{name}: a zip archive that is not a Word .docx file; save the code as .docx or plain text"
        )
    if head.startswith(b"%PDF"):
        raise InputError(
            f"{name}: a PDF file; extract its text first (e.g. 'pdftotext -layout {name}') and parse the .txt"
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{name}: an old Word .doc file; save it as .docx in Word or LibreOffice and try again"
        )
    if head.startswith(b"{\\rtf"):
        raise InputError(
            f"{name}: an RTF file; save it as .docx or plain text in Word and try again"
        )
    if utf16_codec(data) is not None:
        return "text"  # UTF-16 as Notepad's "Unicode" saves it, with or without a byte order mark
    if b"\x00" in head:
        raise InputError(
            f"{name}: a binary file, not text; give a .txt, .md, .docx or CVDR .xml file"
        )
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if re.match(rb"<(?:\?xml|!DOCTYPE|[A-Za-z][\w:.-]*[\s>/])", stripped):
        if b"<cvdr" in data[:8192] or b"standaarden.overheid.nl/cvdr" in data[:8192]:
            return "cvdr"
        raise InputError(
            f"{name}: XML or HTML that is not CVDR; download the code as CVDR XML or save it as text"
        )
    if name.lower().endswith((".md", ".markdown")):
        return "markdown"
    sample = data[:200_000].decode("utf-8", errors="ignore")
    return "markdown" if _md_headings(sample, 2) >= 2 else "text"


def _md_headings(text: str, enough: int) -> int:
    """How many of `_MD_HEADING.findall(text)` there are, counted up to `enough`. Every
    match opens with "#", found by `str.find`: a pattern that opens with `^` is tried
    at every position of the text."""
    count = position = 0
    while count < enough:
        at = text.find("#", position)
        if at < 0:
            break
        match = _MD_HEADING.match(text, at)  # `^` still sees the character before `at`
        if match:
            count += 1
        position = match.end() if match else at + 1
    return count


def _read_markdown(text: str, name: str, warnings: tuple[str, ...] = ()) -> Source:
    from .md_headings import heading_levels

    return Source(name, "markdown", text, heading_levels=heading_levels(text), warnings=warnings)


_WORD_HEADING = re.compile(r"^(?:Heading|Kop)\s*(\d)$", re.I)


def _read_docx(data: bytes, name: str, limit: int) -> Source:
    import io

    try:
        import docx
    except ImportError as error:  # pragma: no cover - python-docx is a dependency
        raise InputError("python-docx is not installed; run 'pip install python-docx'") from error
    from lxml import etree

    safety.check_docx(data, name, limit)  # bounded and well-formed before python-docx reads it
    try:
        return _docx_source(docx.Document(io.BytesIO(data)), name)
    except (KeyError, ValueError, AttributeError, TypeError, etree.LxmlError) as error:
        # Well-formed XML that is not what Word writes (a missing part, a paragraph
        # property python-docx cannot read) surfaces anywhere while we walk the document.
        raise InputError(
            f"{name}: not a readable Word .docx file ({type(error).__name__}: {error}); "
            "open and re-save it in Word"
        ) from None


def _docx_source(document, name: str) -> Source:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from .docx_numbering import Numbering
    from .docx_text import TABLE, blocks, paragraph_text, table_lines

    numbering = Numbering(document)
    lines: list[str] = []
    levels: dict[int, int] = {}
    # In the order the document has them: a table of signatures under the besluit, or an
    # annex's register, stays where it stands, not after the last paragraph.
    body = document._body
    for element in blocks(document.element.body):
        if element.tag == TABLE:
            lines.extend(table_lines(Table(element, body)))
            lines.append("")
            continue
        block = Paragraph(element, body)
        raw = paragraph_text(element).replace("\r", "").replace("\n", " ")
        text = raw.strip()
        if not text:
            continue
        style = block.style.name if block.style is not None else ""
        label = numbering.label(block)
        if label is not None:
            # Word draws the number; write it, indented below the first level (an onderdeel).
            text = ("   " * label[1]) + (f"{label[0]} " if label[0] else "") + text
        else:
            # An indented paragraph (by spaces or indentation) is an onderdeel, not a lid.
            # The number's position counts: a hanging indent (1. at the margin) is not indented.
            fmt = block.paragraph_format
            indent = (fmt.left_indent or 0) + min(fmt.first_line_indent or 0, 0)
            if raw[:1].isspace() or indent > 0:
                text = " " + text
        if match := _WORD_HEADING.match(style or ""):
            levels[len(lines)] = int(match.group(1))
        elif style == "Title":
            levels[len(lines)] = 1
        lines.append(text)
        lines.append("")
    # The line numbers in `levels` count the blank separator lines and the tables' rows too.
    return Source(name, "docx", expand_ligatures("\n".join(lines)), heading_levels=levels)


def _read_cvdr(data: bytes, name: str) -> Source:
    from .cvdr import cvdr_to_text

    text, extrefs, metadata = cvdr_to_text(data, name)
    warnings = []
    for key in ("adopted_on", "in_force_from"):
        written = metadata.get(key)
        if written is not None and parse_date(written) != written:
            # Later stages rely on an ISO date being a real day ("2021-02-30" is not).
            del metadata[key]
            warnings.append(
                f"{name}: {key} '{written}' is not an ISO date of the calendar; left out"
            )
    return Source(
        name, "cvdr", text, extrefs=tuple(extrefs), metadata=metadata, warnings=tuple(warnings)
    )
