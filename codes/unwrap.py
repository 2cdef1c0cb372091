"""Lines that go on one sentence, joined: a hard-wrapped copy (a PDF's text, a mail) or a
page break cuts sentences, and the structure rules read one line at a time.

Two lines join where the first does not end a sentence and the second does not open a new
unit (an item marker, a heading word); in a text wrapped at a width, adjacent lines join
where the first runs near that width. A heading keeps its own line, unless its title wraps
after a word no title ends in.
"""

from __future__ import annotations

import re

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


def unwrap_edits(lines: list[tuple[int, int]], raws: list[str]) -> list[tuple[int, int, str, str]]:
    """Join lines that continue a sentence across a line or page break."""
    trimmed = [raw.rstrip() for raw in raws]
    lengths = [len(c) for c in trimmed if c]
    if not lengths:
        return []
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    long_followed = sum(
        1 for c, after in zip(trimmed, trimmed[1:], strict=False) if after and len(c) >= 0.6 * width
    )
    wrapped = width <= 140 and long_followed >= 0.2 * len(lengths)
    edits = []
    count = len(raws)
    i = 0
    heading = False  # the line at i goes on a heading's title
    while i < count - 1:
        current = trimmed[i]
        j = i + 1
        while j < count and not trimmed[j] and j - i <= 3:
            j += 1
        gap = j - i - 1  # blank lines between the two
        # Adjacent lines join only in a wrapped text: most lines of most texts end here.
        if j >= count or not current or (gap == 0 and not wrapped):
            i += 1
            continue
        following = raws[j]
        join = False
        if gap == 0:  # in a wrapped text
            if not MARKER.match(following) and following.lstrip()[:1] != "#":
                join = (
                    len(current) >= 0.55 * width
                    and not current.endswith(":")
                    and not _is_heading(current)
                    # A heading's line ends with its title, unless the title wraps on after
                    # a word no title ends in or inside brackets ("Artikel 4. Geschenken,
                    # ..., evenementen en" / "buitenlandse reizen").
                    and (
                        not (heading or _opens_heading(current))
                        or current.split()[-1].lower() in UNFINISHED_WORDS
                        or current.count("(") > current.count(")")
                    )
                )
        elif (
            _LOWER_START.match(following)
            and not MARKER.match(following)
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
        if join and not current.endswith("-"):
            edits.append(
                (
                    lines[i][0] + len(current),
                    lines[j][0] + (len(following) - len(following.lstrip())),
                    " ",
                    "unwrap",
                )
            )
        # Only a joined line carries a heading on to the next.
        heading = join and (heading or _opens_heading(current))
        i = j if join else i + 1
    return edits


def _opens_heading(line: str) -> bool:
    """ "Artikel 4. Geschenken" opens a heading; "Artikel 15 lid 1 ..." cites one."""
    return _HEADING_WORD.match(line) is not None and not _CITES.match(line)


_UPPER = re.compile(r"[A-ZÀ-Ý]")
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # what is left is the letters ([^\W\d_])


def _is_heading(line: str) -> bool:
    """Mostly capitals: an OCR'd heading such as 'ARTIKEL 1.1 MELDEN VAN FUNCTIES'."""
    upper = len(_UPPER.findall(line))
    if upper < 3:  # cannot be more than 0.8 of more than three letters (and is cheap to count)
        return False
    letters = len(_NOT_LETTERS.sub("", line))
    return letters > 3 and upper > 0.8 * letters
