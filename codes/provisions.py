"""The provision rules: a numbered lid and a lettered or numbered onderdeel, told
apart by sequence and indentation (see `codes/rules.py` for the chain)."""

from __future__ import annotations

import re
from string import ascii_letters

from .lines import Chars, Context, Line, Place, Token, first, where

# A list label after a bullet may lack its point: the register prints the label of its
# source list as is ("• a" over "werkgever: ...", "• 1 Ambtenaren stellen ..."); only
# after a bullet, and only in sequence (see `lid` and `onderdeel`), is a bare label one.
LID = re.compile(
    r"^(?:(?:[•·▪\-–o]\s+)?(?:(\d{1,2})[.)]|\((\d{1,2})\))|[•·▪]\s*(\d{1,2})(?=\s|$))(?:\s+|$)(.*)$"
)
ITEM = re.compile(
    r"^(?:(?:[•·▪\-–]\s*)?(?:([a-zA-Z]|\d{1,2}°|\d{1,2}e)[.)]|\(([a-z])\))|[•·▪]\s*([a-z])(?=\s|$))"
    r"(?:\s+|$)(.*)$"
)
_BULLET = re.compile(r"^[•·▪\-–]\s+(.*)$")


def _in_provisions(place: Place) -> bool:
    """Leden and onderdelen stand in an article, not in its explanatory blocks."""
    return place.in_article and not place.in_block


@first(Chars("•·▪-–o(", digits=True))  # what `LID` can match first
@where(_in_provisions)
def lid(line: Line, ctx: Context) -> Token | None:
    """A numbered lid, told apart from a numbered onderdeel by sequence and indentation."""
    match = LID.match(line.body)
    if not match:
        return None
    number = int(match.group(1) or match.group(2) or match.group(3))
    item_next = (
        ctx.last_item is not None and ctx.last_item.isdigit() and number == int(ctx.last_item) + 1
    )
    if match.group(3) and not (number == ctx.last_lid + 1 or item_next):
        return None  # a bare number after a bullet is a label only in sequence
    if line.indent > 0 and not line.body.startswith(("•", "-")) and ctx.last_lid:
        if item_next or (number == 1 and not ctx.lid_has_items):
            return _numbered("onderdeel", number, match, line)
        if number == ctx.last_lid + 1:
            return _numbered("lid", number, match, line)
        return None
    if number == ctx.last_lid + 1 or (number == 1 and ctx.last_lid == 0):
        return _numbered("lid", number, match, line)
    if item_next:
        return _numbered("onderdeel", number, match, line)
    return None


def _numbered(kind: str, number: int, match: re.Match, line: Line) -> Token:
    """A lid, or an onderdeel numbered like one, with the words after its number."""
    offset = line.body_offset + match.start(4)
    # Positional (no number's title): binding keywords costs more than the making.
    return Token(kind, "lid", str(number), None, match.group(4), offset)


@first(Chars("•·▪-–(" + ascii_letters, digits=True))  # what `ITEM` or `_BULLET` can match first
@where(_in_provisions)
def onderdeel(line: Line, ctx: Context) -> Token | None:
    match = ITEM.match(line.body)
    if match:
        number = match.group(1) or match.group(2) or match.group(3)
        expected = (
            chr(ord(ctx.last_item) + 1) if ctx.last_item and ctx.last_item.isalpha() else None
        )
        if len(number) == 1 and number.isupper():
            if not expected or number.lower() != expected:
                return None
            number = number.lower()
        elif match.group(3) and number != (expected or "a"):
            match = None  # a bare letter after a bullet is a label only in sequence
    if match:
        return Token(
            "onderdeel",
            "onderdeel",
            number,
            text=match.group(4),
            text_offset=line.body_offset + match.start(4),
        )
    match = _BULLET.match(line.body)
    if match:
        if match.group(1) in ("-", "–"):  # "• -": the label alone, its text on the next line
            return Token("onderdeel", "bullet", None, text="", text_offset=line.body_offset)
        return Token(
            "onderdeel",
            "bullet",
            None,
            text=match.group(1),
            text_offset=line.body_offset + match.start(1),
        )
    return None
