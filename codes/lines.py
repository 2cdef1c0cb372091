"""What a structure rule sees and answers: a `Line` of the normalized text, the
read-only `Context` the builder keeps, and the `Token` a rule gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# `Line` and `Token` are read-only by convention, not frozen: the builder makes one of
# each for most lines, and a frozen dataclass's `__init__` (a call to
# `object.__setattr__` a field) costs five times a plain one's.


@dataclass(slots=True)
class Line:
    index: int
    start: int  # offset of the line in the normalized text
    raw: str
    body: str  # the line without Markdown heading marks and emphasis, stripped
    body_offset: int  # where `body` starts within `raw`
    indent: int
    heading_level: int | None  # from Markdown '#' or a Word heading style


@dataclass(slots=True)
class Token:
    kind: str  # a node kind of model.py, or "quote-start"
    rule: str
    number: str | None = None
    title: str | None = None
    text: str = ""  # the words after the marker (items)
    text_offset: int = 0  # where `text` starts within the line's raw text
    level: float = 0.0  # nesting of headed sections: smaller is higher
    role: str | None = None
    consumes_next: bool = False  # the title stands on the next line, which this token takes


class Context:
    """What the builder knows when a rule asks: set by the builder only."""

    in_article: bool = False
    in_block: bool = False
    in_annex: bool = False
    in_quote: bool = False
    after_signature: bool = False
    seen_structure: bool = False
    seen_articles: bool = False  # an article, hoofdstuk or paragraaf has begun
    last_lid: int = 0
    lid_has_items: bool = False
    last_item: str | None = None
    next_article_number: str | None = None
    next_line: Line | None = None
    previous_blank: bool = True
    # Facts of the whole document, set before the walk (`document_facts`).
    lowercase_articles: bool = False  # its article headings are written "artikel 1 ..."
    numbered_sections: bool = False  # it has no articles but numbered sections "1. Inleiding"
    # What `rules.artikel` read of each line's own words, by its body (`article_heading.read_heading`):
    # the builder's, shared with the look ahead for the next article number.
    article_headings: dict | None = None


class Chars:
    """A set of characters a line may open with: those of `listed`, with `digits` every
    character `\\d` matches (Unicode's decimal digits, not only 0-9), with `upper`
    every uppercase one, with `not_lower` every one but a lowercase letter."""

    def __init__(
        self,
        listed: str = "",
        *,
        digits: bool = False,
        upper: bool = False,
        not_lower: bool = False,
    ):
        self.listed, self.digits, self.upper = frozenset(listed), digits, upper
        self.not_lower = not_lower

    def __contains__(self, char: str) -> bool:
        return (
            char in self.listed
            or (self.digits and char.isdecimal())
            or (self.upper and char.isupper())
            or (self.not_lower and not char.islower())
        )


class Place:
    """Where a line stands among the builder's open nodes, and whether it has a heading
    level: what a rule's `where` test reads (`Context` has the first three too)."""

    __slots__ = ("in_article", "in_block", "in_annex", "heading")

    def __init__(self, key: int):
        self.in_article, self.in_block = bool(key & IN_ARTICLE), bool(key & IN_BLOCK)
        self.in_annex, self.heading = bool(key & IN_ANNEX), bool(key & HEADING)


# The bits of a place's key: the chain keeps its rules per key (the builder sets the
# first three as it opens and closes nodes, the fourth per line).
IN_ARTICLE, IN_BLOCK, IN_ANNEX, HEADING = 1, 2, 4, 8


def where(test: Callable[[Place], bool]) -> Callable[[Callable], Callable]:
    """Declares where among the open nodes a rule can answer at all, so that the chain
    (`rules.Chain`) does not call it elsewhere: the rule itself no longer tests it."""

    def declare(rule: Callable) -> Callable:
        rule.where = test  # type: ignore[attr-defined]
        return rule

    return declare


def first(chars: str | Chars) -> Callable[[Callable], Callable]:
    """Declares the first characters a line must have for the rule to answer, so that
    the builder's chain (`rules.Chain`) skips it on every other line without a call."""

    def declare(rule: Callable) -> Callable:
        rule.first = frozenset(chars) if isinstance(chars, str) else chars  # type: ignore[attr-defined]
        return rule

    return declare
