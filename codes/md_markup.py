"""Markdown's inline markup, taken out of a code's text as normalization edits.

A code copied from a web page or converted from Word arrives as Markdown with its
markup in the words: "artikel 15, **eerste lid**, van de Gemeentewet", a metadata
table as "| Citeertitel | Gedragscode Bergen 2020 |", "1\\." escaped by pandoc, a
link "[Gemeentewet](https://wetten.overheid.nl/...)". The citation grammar and the
metadata read words, so the markup goes, as edits that `codes.normalize` applies and
maps back to the source (each one a `Repair` of kind "markup"). Headings ("# ...")
are read by `codes.md_headings`; list markers and "---" rules are structure the
rules already read.

The rules are CommonMark's where they matter to our texts, kept conservative: a
delimiter run is emphasis only where it opens before and closes after a non-blank on
the same line, and "_" only outside a word ("artikel_1" stays).
"""

from __future__ import annotations

import re

Edit = tuple[int, int, str, str]

# Each pattern is tried only where a literal character it needs stands (a line that
# opens with "|", a run of "*" or "_", "[" for a link): `re` tries a pattern that opens
# with a lookbehind or "^" at every position of the text.
# "| a | b |": a table row (its outer pipes optional when it has an inner one).
_ROW_START = re.compile(r"\n[ \t]*\|")  # over "\n" + text
_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$", re.M)
# A run of delimiters, found by what it opens with: a scan that opens with a literal
# skips through the text, one that opens with the class "[*_]" tries every position.
_DELIMITER_RUNS = (re.compile(r"\*[*_]*"), re.compile(r"_[*_]*"))
_DELIMITER_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?[ \t]*")
_CELL_SEPARATOR = re.compile(r"[ \t]*(?<!\\)\|[ \t]*")
_STRONG = re.compile(r"(?<![\w*\\])(\*\*|__)(?=[^\s*_])([^\n]*?[^\s\\*_])\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*|_)(?=[^\s*_])([^\n]*?[^\s\\*_])\1(?![\w*])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")  # the backslash only
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[(?P<words>[^\]\n]+)\]\((?P<target>[^)\s]*)(?:[ \t]+\"[^\"\n]*\")?\)")


def markup_edits(text: str) -> list[Edit]:
    """The edits that take the inline markup out of Markdown `text`."""
    edits: list[Edit] = []
    if "|" in text:
        edits += _table_edits(text)
    if "*" in text or "_" in text:
        edits += _emphasis_edits(text)
    if "\\" in text:
        edits += [(m.start(), m.end(), "", "markup") for m in _ESCAPE.finditer(text)]
    if "](" in text:
        edits += [(m.start(), m.end(), "", "markup") for m in _IMAGE.finditer(text)]
        for match in _LINK.finditer(text):
            if text[match.start() - 1 : match.start()] == "!":
                continue  # an image, taken whole above
            edits.append((match.start(), match.start("words"), "", "markup"))
            edits.append((match.end("words"), match.end(), "", "markup"))
    return edits


def _table_edits(text: str) -> list[Edit]:
    """A row's cells end up tab-separated, as a table copied from a browser is; the
    delimiter row goes."""
    edits = []
    for opening in _ROW_START.finditer("\n" + text):
        row = _ROW.match(text, opening.start())
        if row is None:
            continue
        start, end = row.span()
        if _DELIMITER_ROW.fullmatch(text, start, end):
            edits.append((start, end, "", "markup"))
            continue
        separators = list(_CELL_SEPARATOR.finditer(text, start, end))
        for i, separator in enumerate(separators):
            outer = i == 0 and not text[start : separator.start()].strip()
            outer = outer or (i == len(separators) - 1 and separator.end() == end)
            edits.append((separator.start(), separator.end(), "" if outer else "\t", "markup"))
    return edits


def _emphasis_edits(text: str) -> list[Edit]:
    edits = []
    taken: set[int] = set()
    runs = sorted(
        run.start()
        for pattern in _DELIMITER_RUNS
        for run in pattern.finditer(text)
        if text[run.start() - 1 : run.start()] not in ("*", "_")  # a run's start, not inside one
    )
    for pattern in (_STRONG, _EMPHASIS):
        reached = 0  # as finditer: a match starts after the one before it ends
        for position in runs:
            match = pattern.match(text, position) if position >= reached else None
            if match is None:
                continue
            reached = match.end()
            opener, closer = match.start(1), match.end(2)
            if opener in taken or closer in taken:
                continue
            width = len(match.group(1))
            edits.append((opener, opener + width, "", "markup"))
            edits.append((closer, closer + width, "", "markup"))
            taken.update(range(opener, opener + width))
            taken.update(range(closer, closer + width))
    return edits


def blanked(text: str, repairs, kinds: frozenset[str] = frozenset({"markup"})) -> str:
    """`text` with the repairs of `kinds` made where they blank out (Markdown's markup,
    the line break of a wrapped sentence), every offset kept: for the stages that read
    the source itself (the metadata), so that their spans stay spans of the file."""
    pieces, position = [], 0
    for repair in repairs:
        if repair.kind not in kinds:
            continue
        start, end = repair.span.start, repair.span.end
        pieces += [text[position:start], repair.replacement.ljust(end - start)]
        position = end
    return "".join([*pieces, text[position:]]) if pieces else text
