"""A table of contents at the head of a copied regulation: its lines are no headings.

A Word or PDF regulation copied to text keeps its table of contents, one entry per line
with the page number at its end ("Artikel 1. Begripsbepalingen 4", "2. Doel van de
regeling 3", "Artikel 4 Melding ........ 5"). Read as headings, every article would
stand twice, the first time empty. An entry is a line that ends in a page number; a
table of contents is a run of at least three entries whose page numbers never go down,
one of which names an article, hoofdstuk, paragraaf or bijlage (a tariff table's rows
end in numbers too, but name no article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# The entry's words, then dots or spaces, then the page number.
_ENTRY = re.compile(r"^(?P<words>\S.{1,150}?)(?:\s*\.{3,}\s*|\s+)(?P<page>\d{1,3})$")
_PART = re.compile(r"(?i)^(?:artikel|hoofdstuk|paragraaf|§|bijlage)\s*\d")
_RUN = 3


class _Line(Protocol):
    index: int
    body: str


def contents_lines(lines: Sequence[_Line]) -> frozenset[int]:
    """The indexes of the lines (non-blank, in order) that form a table of contents."""
    found: set[int] = set()
    run: list[tuple[int, int, bool]] = []  # (line index, page, names a part)

    def close() -> None:
        if len(run) >= _RUN and any(part for _, _, part in run):
            found.update(index for index, _, _ in run)
        run.clear()

    for line in lines:
        # Most lines do not end in a digit: no need to try the pattern's 150 lengths.
        match = _ENTRY.match(line.body) if line.body[-1:].isdigit() else None
        if match is None:
            close()
            continue
        page = int(match.group("page"))
        if run and page < run[-1][1]:
            close()
        run.append((line.index, page, bool(_PART.match(match.group("words")))))
    close()
    return frozenset(found)
