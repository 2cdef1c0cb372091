"""Lines that go on one sentence, joined: a hard-wrapped copy (a PDF's text, a mail) or a
page break cuts sentences, and the structure rules read one line at a time.

Two lines join where the first does not end a sentence and the second does not open a new
unit (an item marker, a heading word); in a text wrapped at a width, adjacent lines join
where the first runs near that width. A heading keeps its own line, unless its title wraps
after a word no title ends in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from .unfinished import UNFINISHED_WORDS

# A line that starts a new structural unit: never glued to the line before it.
MARKER = re.compile(
    r"^\s*(?:[•·▪o\-–*]\s+|\(?[0-9]{1,3}[.)°]|\(?[a-zA-Z][.)]\s|[0-9]+e\.|#|(?:[=\-*_]\s*){3,}$|"
    r"(?:I?Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Paragraaf|PARAGRAAF|Bijlage|BIJLAGE)\b)"
)
# A heading keeps its own line even when the next paragraph starts in lower case.
_HEADING_WORD = re.compile(
    r"^\s*(?:I?Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Paragraaf|PARAGRAAF|Bijlage|BIJLAGE)\b"
    r"|^\s*(?:Toelichting|TOELICHTING|Wettelijk kader|WETTELIJK KADER|Wettelijke grondslag|Kern|KERN)\s*:?\s*$"
)
_LOWER_START = re.compile(r"^\s*[a-zà-ÿ]")
# The body that opens a preamble, at a line's start: "De raad van de gemeente Wijchen;". A
# capital there opens a sentence, so a line before it that ends in no stop ends a title
# ("Verordening ... gemeente Wijchen 2026"), never a sentence the preamble goes on with.
# The same words open a preamble for the title (`metadata/title.py`). The older genitive
# "der" stands for "van de": "De raad der gemeente Epe" (uu03; `opening_bodies._BODY_CAPS`).
PREAMBLE_OPENING = (
    r"(?:De raad (?:van de|der) gemeente|De gemeenteraad van|Het college van burgemeester|"
    r"Burgemeester en wethouders van|(?:Gedeputeerde|Provinciale) Staten van|"
    r"Het (?:algemeen|dagelijks) bestuur van)"
)
_PREAMBLE_BODY = re.compile(r"\s*" + PREAMBLE_OPENING + r"\s")
# The words after "artikel 5" in a sentence that cites it: "artikel 5 van de wet ...",
# "Artikel 15 lid 1 en lid 2 Gemeentewet zijn ook van toepassing ...".
_CITING = r"\s+(?:lid|leden|van|en|of|jo|juncto|tot|onder|sub|aanhef|bedoeld|is|zijn|wordt|geldt)\b"
_CITES = re.compile(r"^\s*(?:Artikel|ARTIKEL)\s+\d{1,4}[a-z]?(?:\.\d{1,3})*(?=" + _CITING + ")")
# "artikel 5 melding" on a line of its own after a blank: a lowercase heading, not the
# rest of a sentence ("artikel 5 van de wet ..." continues one).
_LOWER_HEADING = re.compile(
    r"^\s*(?:artikel|hoofdstuk|paragraaf)\s+\d{1,4}[a-z]?(?:\.\d{1,3})*\.?"
    + f"(?!{_CITING})"
    + r"(?:\s+[^\W\d][^.;:,]{0,60})?\s*$"
)


_WRAPPED_RUNS = 8


@dataclass(frozen=True)
class Unwrapping:
    """The line breaks of a text that a sentence runs on across."""

    joins: list[tuple[int, int, str, str]]  # the edits that join two lines with a space
    # (i, j): the indexes of two lines with text (blank lines at most between them) that
    # one paragraph runs on across: those joined, and those the page's width broke before
    # an item or a heading, where the next word would not have fitted on the line. A text
    # saved without wrapping ran on there on one line ("... 2012. Hoofdstuk 1 Algemene" /
    # "bepalingen Artikel 1 ...", "... verstaan onder: a. de wet; b." / "het college: ...").
    runs: list[tuple[int, int]]


def unwrap_edits(lines: list[tuple[int, int]], raws: list[str]) -> Unwrapping:
    """Join lines that continue a sentence across a line or page break."""
    trimmed = [raw.rstrip() for raw in raws]
    lengths = list(map(len, trimmed))
    present = sorted(filter(None, lengths))  # the lengths of the lines with text
    if not present:
        return Unwrapping([], [])
    width = present[int(len(present) * 0.9)]
    # How many lines of at least 0.6 of the width another line follows (counted in C: the
    # lengths of the lines a line with text follows, each compared with the threshold),
    # counted only where the width allows a wrapped text.
    # A web page's copy opens with many short lines (menus, links, table cells) before the
    # regulation's wrapped paragraphs: a tenth of the lines suffices there, if they are
    # `_WRAPPED_RUNS` or more (o11, w10 wrapped at 78 columns: 10 of 52 and of 53 lines).
    if width <= 140:
        runs_on = sum(map((0.6 * width).__le__, compress(lengths, lengths[1:])))
        wrapped = runs_on >= 0.2 * len(present) or (
            runs_on >= _WRAPPED_RUNS and runs_on >= 0.1 * len(present)
        )
    else:
        wrapped = False
    edits = []
    runs = []
    heading = False  # the next line goes on a heading's title
    # Each line with text and the next one: a line joins only the next line with text,
    # across at most three blank lines, so the blank lines are never visited.
    filled = list(compress(range(len(lengths)), lengths))
    for i, j in zip(filled, filled[1:], strict=False):
        if j == i + 1:
            # Adjacent lines join only in a wrapped text: most lines of most texts end here.
            if not wrapped:
                continue
        elif j - i > 4 or not _starts_lower(raws[j]):
            # Across blank lines (three at most) only a line that goes on in lower case joins.
            heading = False
            continue
        current = trimmed[i]
        following = raws[j]
        join = False
        opens = None  # whether `current` opens a heading, read once where needed
        if j == i + 1:  # in a wrapped text
            if not MARKER.match(following):  # (which matches a line that opens with "#" too)
                join = (
                    len(current) >= 0.55 * width
                    and not current.endswith(":")
                    and not _is_heading(current)
                    and not _title_above_preamble(current, following)
                    # A heading's line ends with its title, unless the title wraps on after
                    # a word no title ends in or inside brackets ("Artikel 4. Geschenken,
                    # ..., evenementen en" / "buitenlandse reizen").
                    and (
                        not (heading or (opens := _opens_heading(current)))
                        or current.split()[-1].lower() in UNFINISHED_WORDS
                        or current.count("(") > current.count(")")
                    )
                )
        elif (
            not MARKER.match(following)
            and not _LOWER_HEADING.match(following)
            and not _HEADING_WORD.match(current)
        ):
            ends_open = not current.endswith(
                (".", ":", ";", "!", "?")
            ) and not current.lstrip().startswith("#")
            join = (
                ends_open
                and not _is_heading(current)
                or (bool(MARKER.match(current)) and len(current.strip()) <= 6)
            )
        if join:
            runs.append((i, j))
            if not current.endswith("-"):
                edits.append(
                    (
                        lines[i][0] + len(current),
                        lines[j][0] + (len(following) - len(following.lstrip())),
                        " ",
                        "unwrap",
                    )
                )
        elif (
            j == i + 1
            and len(current) >= 0.55 * width
            and not _title_above_preamble(current, following)
        ):
            # A wrapping program breaks a line where the next word does not fit.
            word = following.lstrip()
            blank = word.find(" ")
            if len(current) + 1 + (blank if blank >= 0 else len(word)) > width:
                runs.append((i, j))
        # Only a joined line carries a heading on to the next.
        if join and not heading and opens is None:
            opens = _opens_heading(current)
        heading = join and (heading or opens)
    return Unwrapping(edits, runs)


_LOWER_FIRST = frozenset(map(chr, [*range(ord("a"), ord("z") + 1), *range(0xE0, 0x100)]))


def _starts_lower(line: str) -> bool:
    """`_LOWER_START.match(line)`, read from the first character where that decides it."""
    first = line[:1]
    if first in _LOWER_FIRST:
        return True
    return first.isspace() and _LOWER_START.match(line) is not None


def _title_above_preamble(current: str, following: str) -> bool:
    """`following` opens a preamble with its body, `current` ends with no stop and in no
    word that a name goes on after ("... het besluit van" / "Gedeputeerde Staten van ...")."""
    return (
        _PREAMBLE_BODY.match(following) is not None
        and not current.endswith((".", ",", ";"))
        and current.rsplit(None, 1)[-1].lower() not in UNFINISHED_WORDS
    )


def _opens_heading(line: str) -> bool:
    """ "Artikel 4. Geschenken" opens a heading; "Artikel 15 lid 1 ..." cites one."""
    return _HEADING_WORD.match(line) is not None and not _CITES.match(line)


_UPPER = re.compile(r"[A-ZÀ-Ý]")
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # what is left is the letters ([^\W\d_])
# The same two classes as tables of Latin-1 bytes to delete, built from the patterns:
# `bytes.translate` counts a line's capitals and letters without a match object a character.
_NOT_UPPER_BYTES = bytes(b for b in range(256) if not _UPPER.match(chr(b)))
_NOT_LETTER_BYTES = bytes(b for b in range(256) if _NOT_LETTERS.match(chr(b)))


def _is_heading(line: str) -> bool:
    """Mostly capitals: an OCR'd heading such as 'ARTIKEL 1.1 MELDEN VAN FUNCTIES'."""
    latin = line.encode("latin-1", "ignore")  # every capital of `_UPPER` is Latin-1
    upper = len(latin.translate(None, _NOT_UPPER_BYTES))
    if upper < 3:  # cannot be more than 0.8 of more than three letters (and is cheap to count)
        return False
    if len(latin) == len(line):
        letters = len(latin.translate(None, _NOT_LETTER_BYTES))
    else:  # letters outside Latin-1 ("ł", "ő") count too
        letters = len(_NOT_LETTERS.sub("", line))
    return letters > 3 and upper > 0.8 * letters


def paragraphs(
    raws: list[str], lines: list[tuple[int, int]], runs: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """The text (its lines `raws`, at `lines`) with the line breaks of `runs`
    (`Unwrapping.runs`) made spaces, at the same offsets, and the (start, end) of its lines
    then: a wrapped paragraph is one line, as in the text saved without wrapping. What reads
    a paragraph as a whole (run-in headings) so reads a wrapped copy as it reads that text."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    copied = 0  # the lines before this one are in `pieces` and `spans`
    first = last = -1  # the first and last line of the paragraph being read
    for above, below in runs:
        if above != last:  # a new paragraph: the one before it ends
            if first >= 0:
                pieces.append(" ".join(raws[first : last + 1]))
                spans.append((lines[first][0], lines[last][1]))
                copied = last + 1
            pieces += raws[copied:above]
            spans += lines[copied:above]
            first = above
        last = below
    if first >= 0:
        pieces.append(" ".join(raws[first : last + 1]))
        spans.append((lines[first][0], lines[last][1]))
    pieces += raws[last + 1 :]
    spans += lines[last + 1 :]
    return "\n".join(pieces), spans
