"""Stage 2, normalize: undo what printing, PDF extraction and OCR did to a text.

Removes page headers and footers and OCR debris, joins words hyphenated at a
line break, unwraps lines that a PDF broke inside a paragraph, and repairs the
OCR confusions that touch structure or references. Every change is a `Repair`
with its span in the source, and `Normalized.span` maps any range of the
normalized text back to the source, so nothing is lost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from .model import Repair, Span
from .run_in import run_in_headings
from .scan import BLANK, positions, run_start, word_char
from .spaces import as_plain_spaces, space_repairs
from .unwrap import MARKER, paragraphs, unwrap_edits

# One pattern for every kind of page furniture: each line is tried once, not once a kind.
_FURNITURE = re.compile(
    r"^\s*(?:"
    r"(?:Gemeenteblad|Provinciaal blad|Waterschapsblad|Staatscourant)\s+\d{4}\s+nr\.?\s*\d+.*"
    r"|[Pp]agina\s+\d+(?:\s*(?:van|/)\s*\d+)?\s*"
    r"|[-–]\s*\d{1,3}\s*[-–]\s*"
    r"|\d{1,3}\s*"
    r")$"
)
_DIGIT = re.compile(r"\d")
_DEBRIS = re.compile(r"^\s*[^A-Za-zÀ-ÿ0-9]{1,6}\s*$|^\s*\S{1,2}\s*[:&|\[\]{}<>~^]\s*\S?\s*$")
_DASH_LABEL = re.compile(r"^[•·▪]\s*[-–]$")
# "verant-\n woordelijk": a hyphen at a line end (the letters before it are read backwards).
_HYPHEN_BREAK = re.compile(r"-[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*([a-zà-ÿ]{2,})")
# "BlJ", "BlJLAGE": an l read where a capital I stood, inside a word in capitals. The scan
# starts at the l (a literal, found fast) and reads the capitals before it backwards; a
# scan for "[A-Z]+l" would try every capital of the text.
_L_AFTER_CAPITAL = re.compile(r"l(?<=[A-Z]l)[A-Zl]*")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CENT = re.compile(r"[¢©](?=[a-z]\b)")
# "IArtikel": the I of a border or bullet read into the heading word.
_I_ARTIKEL = re.compile(r"I(?=Artikel\b|ARTIKEL\b)")
# "Artikel 2 V oorkomen": a capital split from the rest of the word, at the start of a heading.
# Only a line's first word or the one after "Artikel 2" can pass `_HEADING_START`, so the
# scan starts at a line break (a literal); the first line is matched on its own.
_AT_HEADING_START = r"[ \t]*(?:(?:Artikel|ARTIKEL)\s+\d+(?:\.\d+)*\s+)?([B-HJ-NP-TV-Z]) ([a-z]{3,})"
_SPLIT_CAPITAL_FIRST = re.compile(_AT_HEADING_START)
_SPLIT_CAPITAL = re.compile("\n" + _AT_HEADING_START)
_HEADING_START = re.compile(r"(?:^|\n)[ \t]*(?:(?:Artikel|ARTIKEL)\s+\d+(?:\.\d+)*\s+)?$")
_SPLIT_STOP = {
    "van",
    "het",
    "een",
    "voor",
    "over",
    "wordt",
    "niet",
    "met",
    "aan",
    "uit",
    "bij",
    "tot",
    "den",
    "der",
}
_ZERO_FOR_O = re.compile(r"0(?=[a-z])")
_ZERO_WORD = re.compile(r"0[a-z]{2,}\b")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus the map back to the source it came from."""

    text: str
    repairs: tuple[Repair, ...]
    _norm_starts: tuple[int, ...]
    _src_starts: tuple[int, ...]
    _copied: tuple[bool, ...]
    _src_ends: tuple[int, ...]

    def to_source(self, position: int) -> int:
        i = bisect_right(self._norm_starts, position) - 1
        if i < 0:
            return 0
        if self._copied[i]:
            return min(self._src_starts[i] + position - self._norm_starts[i], self._src_ends[i])
        return self._src_starts[i]

    def span(self, start: int, end: int) -> Span:
        """The source span of the normalized range [start, end): `to_source(start)`, and
        the source end of the piece that holds `end - 1`. Written out, because every node
        and reference maps its span: a range that ends in the piece it starts in (most
        references) needs no second search, and `min`/`max` are comparisons."""
        starts = self._norm_starts
        i = bisect_right(starts, start) - 1
        if i < 0:
            first = 0
        elif self._copied[i]:
            first = self._src_starts[i] + start - starts[i]
            if first > self._src_ends[i]:
                first = self._src_ends[i]
        else:
            first = self._src_starts[i]
        if end <= start:
            return Span(first, first)
        last = end - 1
        # The piece that holds `end - 1`: the one that holds `start` unless the next starts by then.
        if i < 0 or (i + 1 < len(starts) and starts[i + 1] <= last):
            i = bisect_right(starts, last, max(i, 0)) - 1
            if i < 0:
                return Span(first, max(first, 1))
        if self._copied[i]:
            last += self._src_starts[i] - starts[i]
            if last > self._src_ends[i]:
                last = self._src_ends[i]
            last += 1
        else:
            last = self._src_ends[i]
        return Span(first, last if last > first else first)


def normalize(text: str, markdown: bool = False, plain: str | None = None) -> Normalized:
    """`markdown`: the text is Markdown, whose inline markup goes too (`codes.md_markup`).
    `plain`: `as_plain_spaces(text)` where the caller made it already (a parse reads it twice)."""
    source = text
    # What the rules read: a space is " ", at the same offsets.
    text = as_plain_spaces(source) if plain is None else plain
    edits: list[tuple[int, int, str, str]] = []
    if markdown:
        from .md_markup import markup_edits

        edits += markup_edits(text)
    raws = text.split("\n")  # each line once, for every per-line pass
    lines = _lines(raws)
    edits += _furniture(text, lines, raws)
    edits += _hyphenation(text)
    edits += _ocr(text)
    unwrapping = unwrap_edits(lines, raws)
    joins = unwrapping.joins
    # Headings run into a wrapped paragraph are read as in the paragraph unwrapped; where
    # one goes on a line of its own, the line break stays (its edit replaces the join).
    relined = run_in_headings(
        *paragraphs(raws, lines, unwrapping.runs) if unwrapping.runs else (text, lines)
    )
    if relined and joins:
        starts = {start for start, _, _, _ in relined}
        joins = [join for join in joins if join[0] not in starts]
    edits += joins
    edits += relined
    return _apply(text, edits, source)


def _lines(raws: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each of the lines `raws` (the text split at "\n")."""
    spans, start = [], 0
    for raw in raws:
        end = start + len(raw)
        spans.append((start, end))
        start = end + 1
    return spans


# What a line of furniture starts with (it is stripped): the first characters of `_FURNITURE`.
_FURNITURE_FIRST = frozenset("GPWSp-–")
# How a line of furniture longer than three digits starts: the words of `_FURNITURE`.
_FURNITURE_STARTS = (
    "Gemeenteblad",
    "Provinciaal blad",
    "Waterschapsblad",
    "Staatscourant",
    "Pagina",
    "pagina",
    "-",
    "–",
)
# The marks of `_DEBRIS`'s second form, "ab : c": on a line longer than six characters
# its last character but one is the mark or a blank.
_DEBRIS_MARKS = frozenset(":&|[]{}<>~^")


def _furniture(
    text: str, lines: list[tuple[int, int]], raws: list[str]
) -> list[tuple[int, int, str, str]]:
    contents = [raw.strip() for raw in raws]
    # A running page header repeats: a line of ten characters or more, with a digit, that
    # stands three times or more (every line counted in C). Only such lines are remembered.
    headers = {
        content
        for content, count in Counter(contents).items()
        if count >= 3 and len(content) >= 10 and _DIGIT.search(content) is not None
    }
    edits = []
    zone = 0  # lines after a page header where OCR debris of logos lingers
    seen: set[str] = set()
    for (start, end), content in zip(lines, contents, strict=True):
        if not content:
            continue
        first = content[0]
        if (
            zone == 0
            and len(content) > 12
            and (first not in _FURNITURE_FIRST or not content.startswith(_FURNITURE_STARTS))
            and content[-2] not in _DEBRIS_MARKS
            and not content[-2].isspace()
            and content not in headers
        ):
            # A line of text: no pattern below can match it (`_FURNITURE` needs a start of
            # its own or three digits at most, `_DEBRIS` six characters at most or a mark
            # or blank before the last character), and it is no running header.
            continue
        # A header's first occurrence stays, because a web page repeats its title the same
        # way ("... 2022" as heading, intitulé and body title).
        repeated = False
        if content in headers:
            repeated = content in seen
            seen.add(content)
        furniture = (
            (first in _FURNITURE_FIRST or first.isdecimal())
            and _FURNITURE.match(content) is not None
        ) or (repeated and not MARKER.match(content))
        # "• -" alone: the label of an item of a list without numbers (the register's
        # rendering, its text on the next line), not debris.
        debris = (_DEBRIS.match(content) is not None and not _DASH_LABEL.match(content)) or (
            zone > 0
            and len(content) <= 12
            and not MARKER.match(content)
            and not content.endswith((".", ":", ";"))
        )
        if furniture or debris:
            edits.append((start, min(end + 1, len(text)), "", "page-furniture"))
            zone = 6 if furniture else zone - 1
        else:
            zone = 0
    return edits


_LETTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xC0, 0x100)))
)
_WORD_RUN = re.compile(r"[A-Za-zÀ-ÿ]+")
_HYPHEN_IN_WORD = re.compile(r"-(?=([A-Za-zÀ-ÿ]+))")
_FEW = 16  # joined words looked up one by one; more, and all words are collected once


def _hyphenation(text: str) -> list[tuple[int, int, str, str]]:
    """Join a word broken at a line end; keep its hyphen where the text writes it so elsewhere.

    Every scan starts at a hyphen and reads the word before it backwards: a scan that
    starts with a lookbehind or a class tries every position of the text. Looking each
    broken word up in the whole text one by one would be quadratic, so that is done only
    for a few words.
    """
    breaks, end_of_last = [], -1
    for match in _HYPHEN_BREAK.finditer(text):
        start = run_start(text, match.start(), _LETTERS)
        if match.start() - start >= 2 and start >= end_of_last:
            end_of_last = match.end()
            if match.group(1) not in ("en", "of", "tot", "dan"):
                breaks.append((start, match.start(), match.start(1), match.group(1)))
    if not breaks:
        return []
    broken = {(text[start:hyphen], second) for start, hyphen, _, second in breaks}
    hyphenated = {
        (text[run_start(text, m.start(), _LETTERS) : m.start()], m.group(1))
        for m in _HYPHEN_IN_WORD.finditer(text)
        if m.start() and text[m.start() - 1] in _LETTERS
    } & broken
    joined = {first + second for first, second in hyphenated}
    written = _words_written(text, joined)
    edits = []
    for start, hyphen, next_word, second in breaks:
        first = text[start:hyphen]
        keep = (first, second) in hyphenated and first + second not in written
        edits.append((hyphen, next_word, "-" if keep else "", "hyphenation"))
    return edits


def _words_written(text: str, words: set[str]) -> set[str]:
    """Which of `words` the text writes as a whole word."""
    if len(words) > _FEW:
        return words & set(_WORD_RUN.findall(text))
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (not at or text[at - 1] not in _LETTERS) and text[end : end + 1] not in _LETTERS:
                found.add(word)
                break
            at = text.find(word, at + 1)
    return found


def _ocr(text: str) -> list[tuple[int, int, str, str]]:
    # Each scan starts with a literal or a plain class, and the context a lookbehind
    # would test is tested on the match: a leading lookbehind or \b makes `re` try
    # every position of the text.
    edits = [
        (at, at + 1, "", "ocr")
        for at in positions(text, "¢©")
        if at and text[at - 1].isdigit() and _CENT.match(text, at)
    ]
    for match in _I_ARTIKEL.finditer(text):
        # At a line's start: look back over the blanks only (a line may hold a whole document).
        blank = run_start(text, match.start(), BLANK)
        if blank == 0 or text[blank - 1] == "\n":
            edits.append((match.start(), match.end(), "", "ocr"))
    for match in _L_AFTER_CAPITAL.finditer(text):
        start = run_start(text, match.start(), _CAPITALS)
        word = text[start : match.end()]
        if (
            len(word.replace("l", "")) >= 2
            and not word_char(text, start - 1)
            and not word_char(text, match.end())
        ):
            edits.append((start, match.end(), word.replace("l", "I"), "ocr"))
    first = _SPLIT_CAPITAL_FIRST.match(text)
    later = _SPLIT_CAPITAL.finditer(text, first.end() if first else 0)
    for match in [first, *later] if first else later:
        before = match.start(1) - 1
        if (
            not word_char(text, before)
            and text[before : before + 1] != "."
            and match.group(2) not in _SPLIT_STOP
            and _HEADING_START.search(text, max(0, match.start(1) - 30), match.start(1))
        ):
            edits.append((match.start(1), match.start(2), match.group(1), "ocr"))
    for match in _ZERO_FOR_O.finditer(text):
        before = text[match.start() - 1 : match.start()]
        # "0ok" or "o0k": a zero inside a word of letters, never in a number such as "2025" or "10a"
        if before.islower() or (not before.isalnum() and _ZERO_WORD.match(text, match.start())):
            edits.append((match.start(), match.end(), "o", "ocr"))
    return edits


def _apply(text: str, edits: list[tuple[int, int, str, str]], source: str) -> Normalized:
    """`text` with `edits` made; `source` is `text` before its Unicode spaces became spaces."""
    edits.sort(key=lambda e: (e[0], e[1]))
    pieces: list[str] = []
    norm_starts: list[int] = []
    src_starts: list[int] = []
    src_ends: list[int] = []
    copied: list[bool] = []
    repairs: list[Repair] = []
    position = 0  # in source
    length = 0  # of normalized output
    for start, end, replacement, kind in edits:
        if start < position:
            continue  # overlaps an earlier edit: the earlier one wins
        if start > position:
            norm_starts.append(length)
            src_starts.append(position)
            src_ends.append(start)
            copied.append(True)
            pieces.append(text[position:start])
            length += start - position
        norm_starts.append(length)
        src_starts.append(start)
        src_ends.append(end)
        copied.append(False)
        pieces.append(replacement)
        length += len(replacement)
        repairs.append(Repair(kind, Span(start, end), source[start:end], replacement))
        position = end
    if position < len(text):
        norm_starts.append(length)
        src_starts.append(position)
        src_ends.append(len(text))
        copied.append(True)
        pieces.append(text[position:])
    # `as_plain_spaces` left a text without Unicode spaces as it was.
    spaces = space_repairs(source, src_starts, src_ends, copied) if text != source else []
    if spaces:
        repairs = sorted(repairs + spaces, key=lambda r: (r.span.start, r.span.end))
    return Normalized(
        "".join(pieces),
        tuple(repairs),
        tuple(norm_starts),
        tuple(src_starts),
        tuple(copied),
        tuple(src_ends),
    )
