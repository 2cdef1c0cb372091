"""A table of contents at the head of a copied regulation: its lines are no headings.

A Word or PDF regulation copied to text keeps its table of contents, one entry per line
with the page number at its end ("Artikel 1. Begripsbepalingen 4", "2. Doel van de
regeling 3", "Artikel 4 Melding ........ 5"). Read as headings, every article would
stand twice, the first time empty. An entry is a line that ends in a page number; a
table of contents is a run of at least three entries whose page numbers never go down,
one of which names an article, hoofdstuk, paragraaf or bijlage (a tariff table's rows
end in numbers too, but name no article).

A web page's contents have no page numbers ("Inhoudsopgave" / "Hoofdstuk 1. Algemene
bepalingen" / "Artikel 1. Begripsbepaling" / "Artikel 2. Programma-indeling" / ...): there
the entries are a run of headings with no words of a provision between them (an article
has words of its own) that the body then repeats, its first entry standing again as the
first heading of the text. An overview of the chapters names the articles of each as a
range ("HOOFDSTUK 2 COMMISSIES" / "ARTIKELEN 5 TOT EN MET 13" / ... / "ARTIKEL 77", zu03):
a range is an entry like a heading, so the chapter with one article keeps its run.

A PDF copied to text may run several entries into one line, joined by dashes ("Artikel 4:
Voorzitter der Staten - Artikel 5: Fracties", ze12): a heading names one part, so a line
that names a second part after a dash is an entry of the contents, whatever its neighbours.
A copy wrapped at the page's width (pdftotext, a mail) breaks such a line at a dash: the
line after an entry that ends in its joining dash ("- Artikel 27: Recht van onderzoek -" /
"Artikel 28: Inspreken door burgers") or in the word of the next part ("... en PS - Artikel"
/ "20: Ingekomen stukken") goes on with the contents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# The entry's words, then dots or spaces, then the page number.
_ENTRY = re.compile(r"^(?P<words>\S.{1,150}?)(?:\s*\.{3,}\s*|\s+)(?P<page>\d{1,3})$")
# "Artikelen 5 tot en met 13": an overview gives each chapter the range of its articles. An
# entry may abbreviate the word, as a heading may: "INHOUDSOPGAVE" / "Hoofdstuk 1 :
# BEGRIPSOMSCHRIJVINGEN" / "Art. 1 Begripsbepalingen" / "Art. 2 Melding hulpvraag" (uo01).
_PART = re.compile(r"(?i)^(?:artikel(?:en)?|art\.|hoofdstuk|paragraaf|§|bijlage)\s*\d")
_RUN = 3
_ARTICLE = re.compile(r"(?i)^art(?:ikel|\.)\s*\d")
# The characters `_PART` can match first, ignoring case (found by trying every character).
_PART_FIRST = frozenset("aAhHpPbB§")
_LEADERS = "-\u2013\u2022 \t"  # a dash or bullet before a joined entry
_JOINED_FIRST = _PART_FIRST | frozenset(_LEADERS)  # what such a line can open with
_SECOND_PART = re.compile(r"(?i)\s[-\u2013]\s+(?:artikel|hoofdstuk|paragraaf|§)\s*\d")


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
            if run:  # most lines end no run: no call for them
                close()
            continue
        page = int(match.group("page"))
        if run and page < run[-1][1]:
            close()
        run.append((line.index, page, bool(_PART.match(match.group("words")))))
    close()
    return frozenset(found | _unnumbered(lines) | _joined(lines))


def _unnumbered(lines: Sequence[_Line]) -> set[int]:
    """The lines of a table of contents without page numbers: a run of at least three
    article headings, with only chapter and paragraph headings between them, whose first
    line stands again after the run."""
    found: set[int] = set()
    run: list[_Line] = []
    opened = 0  # the position of the run's first line
    # Each body's last position, made at the first run that needs it: a document of many
    # runs (a 100 MB file of codes) searched the rest of its lines at each one.
    last: dict[str, int] = {}

    def close(position: int) -> None:
        if len(run) < _RUN:  # most lines close an empty run: no need to count
            run.clear()
            return
        articles = sum(1 for line in run if _ARTICLE.match(line.body))
        if articles >= _RUN:
            if not last:
                last.update((line.body, at) for at, line in enumerate(lines))
            if _announced(lines, opened) or last[run[0].body] >= position:
                found.update(line.index for line in run)
        run.clear()

    for position, line in enumerate(lines):
        # A heading line is short; most lines are text and end the run at once (`_part`
        # inline, its first-character test first: one call per line costs as much).
        body = line.body
        heading = body[:1] in _PART_FIRST and len(body) <= 100 and _PART.match(body) is not None
        if heading and run and body == run[0].body:
            close(position)  # the first entry standing again: the body begins here
        elif not heading:
            # An entry's title wrapped onto the next line ("Artikel 14. Vaststelling
            # hoogte belastingen, heffingen en" / "prijzen") goes on in lowercase.
            if run and body[:1].islower() and line.index == run[-1].index + 1:
                run.append(line)
            elif run:
                close(position)
            continue
        if not run:
            opened = position
        run.append(line)
    close(len(lines))
    return found


# The word that announces a table of contents, alone on its line.
_CONTENTS_WORD = re.compile(r"(?i)(?:inhoudsopgave|inhoud)\s*:?\s*$")


def _announced(lines: Sequence[_Line], position: int) -> bool:
    """Whether the line before a run of headings announces them as the contents: a copy
    cut short keeps "Inhoudsopgave" / "Hoofdstuk 1 ..." / "Artikel 1 Begrippen" / ... but
    not the body that would repeat its first entry (zq13, a register page cut at "Artikel 16")."""
    return position > 0 and _CONTENTS_WORD.match(lines[position - 1].body.strip()) is not None


def _joined(lines: Sequence[_Line]) -> set[int]:
    """The lines that hold two entries of a table of contents joined by a dash, and the
    lines of such an entry that a wrapped copy broke at its dash."""
    found = set()
    cut: _Line | None = None  # the line before: an entry broken at its joining dash ...
    number_next = False  # ... or after the word of the next part, before its number
    for line in lines:
        if cut is None and line.body[:1] not in _JOINED_FIRST:
            continue  # no part opens the line, none was cut before it: the common case
        body = line.body.lstrip(_LEADERS)
        # Whether it opens with the word and number of a part (`_PART`): most lines are
        # text, ruled out by their first character without trying the pattern.
        part = body[:1] in _PART_FIRST and _PART.match(body) is not None
        if cut is not None and (body[:1].isdigit() if number_next else part):
            found.update((cut.index, line.index))
        # Most lines hold no dash between words: no need to try the pattern.
        elif part and (" - " in body or " \u2013 " in body) and _SECOND_PART.search(body):
            found.add(line.index)
        elif not part:
            cut = None
            continue
        number_next = _PART_WORD_LAST.search(body) is not None
        cut = line if number_next or body.endswith((" -", " \u2013")) else None
    return found


# "... Provinciale Staten - Artikel" / "20: Ingekomen stukken": a wrapped copy broke the
# second entry between its word and its number.
_PART_WORD_LAST = re.compile(r"(?i)\s[-\u2013]\s+(?:artikel|hoofdstuk|paragraaf|§)$")
