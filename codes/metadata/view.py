"""The text the metadata reads: the source itself, so that every span is the file's, with
what normalization repaired made where it keeps every offset.

- Unicode spaces are plain spaces, and Markdown's markup is blanked out;
- a line break inside one sentence or name of a hard-wrapped text (a PDF's lines, a
  mail's) is a space, so that a title, a table value or a date clause reads as one line:
  "Officiële naam regelingGedragscode voor ambtenaren bij Gemeente Alphen aan den" /
  "Rijn". Normalization joins more lines than that (whatever reads on as running text);
  the metadata takes only the joins that visibly break a sentence, because a title line
  over "De raad van de gemeente ..." must stay a line of its own.
"""

from __future__ import annotations

import re

from ..md_markup import blanked
from ..model import Repair, Span
from ..unfinished import UNFINISHED_WORDS
from .table import ROW_OPENING
from .wrapped_names import HYPHEN_BREAK

_ELIDED_BEFORE = frozenset({"en", "of", "tot"})  # "heffings- en invordering", "op- of aanmerking"
# A line that ends its sentence or a table's row, so that the next one, in a capital, starts
# anew however long the line: "gelet op ... Gemeentewet;" / "Gedragscode burgemeester en
# wethouders gemeente Echt-Susteren 2025" (a10), "| Echt-Susteren | Gemeenteblad 2025, 451585 |
# overige overheidsinformatie |" above the same title. Not a full stop: it also ends "d.d.",
# "nr." and a list's typo ("Losser." / "Oldenzaal", r14). A row goes on where the next line
# holds cells too ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties |" / "Staatsblad 2011,
# 427 | AMvB |", h15).
_CLOSED = re.compile(r"[;!?][ \t]*$")
# A line that ends in a web address ends there too: a register page gives its permanent link
# on a line of its own above the regulation's heading ("http://lokaleregelgeving.overheid.nl/
# CVDR735419/1" / "Verordening jeugdhulp Hof van Twente 2025", zh10 wrapped at 60 columns),
# and no sentence runs on past an address into a capital.
_WEB_ADDRESS_END = re.compile(r"(?:https?://|www\.)\S*[ \t]*$")
_BLANKED = {False: frozenset({"unwrap"}), True: frozenset({"unwrap", "markup"})}


def metadata_text(text: str, repairs: tuple[Repair, ...], markdown: bool) -> str:
    """The source as the metadata reads it (the same length, the same offsets), from `text`,
    the source with plain spaces (`spaces.as_plain_spaces`, made once per parse)."""
    # Adjacent lines are joined only in a hard-wrapped text; the widest lines that were
    # joined to the next tell the width it was wrapped at.
    wraps = [
        r for r in repairs if r.kind == "unwrap" and text.count("\n", r.span.start, r.span.end) == 1
    ]
    widths = sorted((len(_line_before(text, r.span.start)) for r in wraps), reverse=True)
    joined = [r for r in wraps if _sentence_goes_on(text, r.span, widths)]
    kept = [r for r in repairs if r.kind != "unwrap"] + joined + list(_elisions(text))
    kept.sort(key=lambda r: r.span.start)
    return blanked(text, kept, _BLANKED[markdown])


def _elisions(text: str):
    """Line breaks after the hyphen of an elided word ("heffings-" / "en
    invorderingsambtenaar", "raads-" / "en commissieleden") or inside a compound name whose
    next part is capitalised ("Arnhem-" / "Nijmegen", "Zaanstreek-" / "Waterland", x02,
    zb03; `wrapped_names.HYPHEN_BREAK`): no word is broken there, so normalization leaves
    them, but the name goes on, on the next line behind its margin. (A word broken in two
    goes on in lowercase; normalization closes it up, which the offsets here cannot.)"""
    at = text.find("-\n")
    while at >= 0:
        rest = text[at + 2 : at + 60].lstrip(" \t")  # the next line, behind its margin
        following = rest.split(maxsplit=1)
        if at and text[at - 1].isalpha() and following and rest[0] != "\n":
            if following[0] in _ELIDED_BEFORE:
                yield Repair("unwrap", Span(at + 1, at + 2), "\n", " ")
            elif following[0][:1].isupper():
                yield Repair("unwrap", Span(at + 1, at + 2), "\n", HYPHEN_BREAK)
        at = text.find("-\n", at + 2)


def _line_before(text: str, end: int) -> str:
    return text[text.rfind("\n", 0, end) + 1 : end]


def _closed(text: str, line: str, following: int) -> bool:
    """Whether `line` ends its sentence or its table row (`_CLOSED`)."""
    if line.rstrip().endswith("|"):
        next_end = text.find("\n", following)
        return "|" not in text[following : None if next_end < 0 else next_end]
    return _CLOSED.search(line) is not None or _WEB_ADDRESS_END.search(line) is not None


def _sentence_goes_on(text: str, span, widths: list[int]) -> bool:
    """Whether the line break at `span` breaks one sentence or name: the next line goes
    on in lowercase, the line ends in a word no sentence ends in ("omtrent", "de"), or
    the next line's first word would not have fitted on the line ("... Alphen aan den" /
    "Rijn"), which is where a wrapping program breaks. The width is that of the other
    joined lines (`widths`, widest first): a line wider than all of them, such as a title
    over "De raad van ...", was not wrapped."""
    if text[span.end : span.end + 1].islower():
        return True
    line = _line_before(text, span.start)
    words = line.split()
    if words and words[-1].lower() in UNFINISHED_WORDS:
        return True
    following = text[span.end : span.end + 60].split(maxsplit=1)
    if not following or len(widths) < 2 or _closed(text, line, span.end):
        return False
    if ROW_OPENING.match(text, span.end):
        return False  # the next row of the register's table opens there (`table.ROW_OPENING`)
    width = widths[1] if len(line) == widths[0] else widths[0]
    return len(line) <= width < len(line) + 1 + len(following[0])
