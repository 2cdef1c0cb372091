"""Where a code names itself: its title and citeertitel, the short title of a national
act's intitulé, and the subject the register files it under. A law named inside them
("Beleidsregels Wet Bibob 2020") is part of a name, not a citation of the law."""

from __future__ import annotations

import re

from ..covered import Covered
from ..scan import line_start, lowered
from .other_names import intitule_name


def own_named(text: str, own_names: tuple[str, ...]) -> Covered:
    """Where the code's own names stand: its title and citeertitel, and the short title
    of a national act's intitulé."""
    named = _occurrences(text, own_names + _heads(own_names))
    if (intitule := intitule_name(text)) is not None:
        named = _merged(named + [intitule])
    if subjects := _subject_cells(text):
        named = _merged(named + subjects)
    return Covered(named)


# The register's Wetstechnische informatie files the code under a subject of its own, the
# label glued to its value: "Eigen onderwerpWIJ WWB" (Wormerland, uh07) classifies the
# code by the laws it carries out; like its title, that cites none of them. The label is
# glued to its value, and the copy may have joined the cell to the line above it.
_SUBJECT_LABEL = "Eigen onderwerp"
_SUBJECT_CELL = re.compile(_SUBJECT_LABEL + r"(?=\S)([^\n]*)")


def _subject_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the subject cells' values. Found by the label's words first: a pattern
    that opens with a word boundary costs a scan of every position of every text."""
    spans = []
    at = text.find(_SUBJECT_LABEL)
    while at != -1:
        if (at == 0 or not text[at - 1].isalnum()) and (cell := _SUBJECT_CELL.match(text, at)):
            spans.append(cell.span(1))
        at = text.find(_SUBJECT_LABEL, at + 1)
    return spans


# The body a title names after a comma: "Participatiebeleid Omgevingswet, gemeente Cranendonck
# 2023" (xf08) is the "participatiebeleid Omgevingswet" of its own text.
_BODY_AFTER_COMMA = re.compile(
    r",\s*(?:de\s+)?(?:gemeente|provincie|waterschap|hoogheemraadschap)\b", re.IGNORECASE
)


def _heads(names: tuple[str, ...]) -> tuple[str, ...]:
    """The part of each name before a comma that sets off its body: the code's short name."""
    return tuple(name[: m.start()] for name in names if (m := _BODY_AFTER_COMMA.search(name)))


def _occurrences(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the code's own names stand in `text`, however the lines break them: sorted and
    without overlap, the first name winning where two start at one place (as an
    alternation of the names would find them). Found by string search on the lowercase
    copy: a pattern made of each code's names would be compiled again for every code."""
    low = lowered(text)
    found = []
    # once per name: a title that is also the citeertitel would lose every place to itself
    for order, name in enumerate(dict.fromkeys(names)):
        words = name.lower().split() if name else []
        if len(words) < 2:
            continue
        at = low.find(words[0])
        while at >= 0:
            end = _words_at(low, at + len(words[0]), words[1:])
            if end is not None:
                found.append((at, order, end))
            at = low.find(words[0], at + 1)
    spans, reached = [], 0
    for start, _, end in sorted(found):
        if start >= reached:
            spans.append((start, end))
            reached = end
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, those that overlap joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _words_at(text: str, position: int, words: list[str]) -> int | None:
    """Where `words` end if they follow `position`, each after one or more blanks."""
    for word in words:
        blank = position
        while blank < len(text) and text[blank].isspace():
            blank += 1
        if blank == position or not text.startswith(word, blank):
            return None
        position = blank + len(word)
    return position


def law_titled_prose(
    text: str, start: int, end: int, own_names: tuple[str, ...], kind: str = "wet"
) -> bool:
    """Whether the law named at `start`-`end` is named in a sentence of a page whose own
    name is nothing but that law's name. A body's page on a law is headed by it ("Wet open
    overheid", hdsr.nl, uv09): the heading names the page, but "De Wet open overheid (Woo)
    regelt het recht van burgers ..." below it cites the law, as it would under any other
    heading; only a name with words of its own ("Beleidsregels Wet Bibob 2020") is the
    code's in its prose too. A line that holds no more than the name is the heading, or a
    copy of it (a breadcrumb), and stays the page's name. Only an act of parliament (`kind`
    "wet") is read so: a page titled by a decree or a ministerial regulation is, in the set,
    that regulation's own text ("Archiefbesluit 1995" in its Staatsblad, uo09), which names
    itself in its prose; an act's own text calls itself "deze wet", and names itself only
    where it says how it "wordt aangehaald als"."""
    if kind != "wet" or _CITED_AS.search(text, max(0, start - 40), start):
        return False
    named = " ".join(text[start:end].split()).casefold()
    if not any(_bare(name) == named for name in own_names):
        return False
    line_end = text.find("\n", end)
    line = text[line_start(text, start) : len(text) if line_end == -1 else line_end]
    return _bare(line) != named


# The act's abbreviation in brackets after its name is no word of the page's own: "Wet open
# overheid (Woo)" heads a gemeente's page on the act as the bare name heads uv09's (vh12,
# Eindhoven's page: "De Wet open overheid (Woo), opvolger van de Wet Openbaarheid van bestuur
# (Wob) regelt ..." cites it). One short word, so a name with words of its own keeps them.
_ABBREVIATION_AFTER = re.compile(r"[ \t]*\([^\W\d_]{2,10}\)$")


def _bare(name: str) -> str:
    """`name` with its spaces made single, less an abbreviation in brackets at its end, casefolded."""
    return _ABBREVIATION_AFTER.sub("", " ".join(name.split())).casefold()


# An act's own citation title: "Deze wet wordt aangehaald als: Wet open overheid."
_CITED_AS = re.compile(r"\baangehaald\s+als\s*:?\s*[“\"'‘]?\s*$", re.IGNORECASE)
