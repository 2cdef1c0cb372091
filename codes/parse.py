"""The pipeline: read -> normalize -> structure -> metadata -> references -> `Code`.

>>> from codes import parse_file
>>> code = parse_file("codes/corpus/best.txt")
>>> len(code.articles())
44
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from . import collector
from . import model as m
from .cvdr import published_url
from .dates import impossible_dates
from .metadata import extract_metadata
from .metadata.view import metadata_text
from .normalize import normalize
from .read import Source, read_bytes, read_path
from .references import find_references
from .scan import HEADING_MARKS, forget_texts, lowered, run_start
from .spaces import as_plain_spaces
from .structure import Builder, split_lines
from .tree import classify_annexes, freeze

# The article rules read numbers of up to four digits (article_heading.NUMBER); a longer one is
# a typo or a date, but its text must not vanish into the article before it unsaid.
_LONG_ARTICLE_NUMBER = re.compile(r"artikel[ \t]+\d{5,}\b")  # on the lowercase copy


def _long_article_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Where a line opens with "Artikel" and a number of five digits or more."""
    for match in _LONG_ARTICLE_NUMBER.finditer(lowered(text)):
        # Back over the blanks and heading marks only: a line may hold a whole document.
        line = run_start(text, match.start(), HEADING_MARKS)
        if line == 0 or text[line - 1] == "\n":
            yield line, match.end()


@collector.paused()
def parse_source(source: Source) -> m.Code:
    plain = as_plain_spaces(source.text)  # read by normalization and by the metadata
    norm = normalize(source.text, markdown=source.format == "markdown", plain=plain)
    lines = split_lines(norm, source.heading_levels, source.text)
    draft = Builder(lines).build()
    classify_annexes(draft)
    root = freeze(draft, norm)
    warnings = list(source.warnings)
    warnings += [
        f"{source.path}: '{words}' at {norm.span(start, end).as_list()} is not a day of the "
        "calendar; it is not used as a date, check the source"
        for start, end, words in impossible_dates(norm.text)
    ]
    warnings += [
        f"{source.path}: '{norm.text[start:end].strip()}' at {norm.span(start, end).as_list()} "
        "has a number of more than four digits and is not read as an article; its text stays "
        "with the article before it, check the number"
        for start, end in _long_article_numbers(norm.text)
    ]
    if not any(
        n.kind in (m.ARTIKEL, m.HOOFDSTUK, m.PARAGRAAF, m.SECTION, m.BIJLAGE) for n in root.walk()
    ):
        whole = m.Node(
            m.SECTION,
            "div_1",
            m.Span(0, len(source.text)),
            title=None,
            text=" ".join(norm.text.split()),
        )
        root = m.Node("code", "code", root.span, children=(whole,))
        warnings.append(
            f"{source.path}: no recognizable structure (no articles or headings); parsed as one section"
        )
    text = metadata_text(plain, norm.repairs, source.format == "markdown")
    del plain  # a copy of the whole file, not needed through the rest of the parse
    read_as = source if text == source.text else replace(source, text=text)
    metadata, disagreements = extract_metadata(read_as, norm, root)
    warnings.extend(disagreements)
    own_names = tuple(n for n in (metadata.title, metadata.citeertitel) if n)
    references, unresolved = find_references(source, norm, root, own_names, metadata.adopted_on)
    warnings.extend(unresolved)
    forget_texts()  # the next code has texts of its own
    return m.Code(
        file=source.path,
        format=source.format,
        source=source.text,
        metadata=metadata,
        root=root,
        references=tuple(references),
        repairs=norm.repairs,
        warnings=tuple(warnings),
        sha256=source.sha256,
        source_url=published_url(source.metadata.get("identifier"), source.text),
    )


def parse_file(
    path: str | Path, input_format: str | None = None, max_size: int | None = None
) -> m.Code:
    """`max_size`: bytes read at most, and what a .docx may inflate to (default 200 MB)."""
    return parse_source(read_path(path, input_format, max_size))


def parse_bytes(
    data: bytes,
    name: str = "<input>",
    input_format: str | None = None,
    max_size: int | None = None,
) -> m.Code:
    return parse_source(read_bytes(data, name, input_format, max_size))


def parse_text(text: str, name: str = "<text>", input_format: str | None = None) -> m.Code:
    return parse_bytes(text.encode("utf-8"), name, input_format)
