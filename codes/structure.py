"""Stage 3, structure: normalized lines -> the tree of nodes.

The builder walks the lines once, asks the rules of `rules.py` what each line
is, and keeps a stack of open nodes ranked from bijlage down to onderdeel. A
heading closes every open node of its own rank or lower and opens its own.
After the walk (`tree.py`), annexes get their role (own articles, explanation of
the body, quoted regulations), every node its id, computed once, in `ids.py`, and
the drafts become frozen nodes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from .contents import contents_lines
from .lines import HEADING, IN_ANNEX, IN_ARTICLE, IN_BLOCK, Context, Line, Token
from .model import (
    ARTIKEL,
    BIJLAGE,
    BLOCK,
    HOOFDSTUK,
    LID,
    ONDERDEEL,
    PARAGRAAF,
    PREAMBLE,
    SECTION,
    SIGNATURE,
    TEXT,
)
from .normalize import Normalized
from .rules import RULES, Chain, artikel, document_facts

_RANK = {
    BIJLAGE: 0.0,
    HOOFDSTUK: 1.0,
    PARAGRAAF: 2.0,
    PREAMBLE: 3.0,
    SIGNATURE: 3.0,
    ARTIKEL: 4.0,
    BLOCK: 5.0,
    LID: 6.0,
    ONDERDEEL: 7.0,
    TEXT: 8.0,
}
_END = attrgetter("end")
_PREAMBLE_OR_SIGNATURE = frozenset((PREAMBLE, SIGNATURE))
_BODY_PARTS = frozenset((ARTIKEL, HOOFDSTUK, PARAGRAAF))  # the code's own text begins with one
_WITH_WORDS = frozenset((LID, ONDERDEEL, SIGNATURE, PREAMBLE))  # a token's words are its text
_TEXT_BEARING = {ARTIKEL, LID, ONDERDEEL, BLOCK, SECTION, PREAMBLE, SIGNATURE, TEXT}
_PREAMBLE_START = re.compile(
    r"^(?:Intitulé|De raad van de gemeente|De gemeenteraad van|Het college van burgemeester en wethouders van|"
    r"Burgemeester en wethouders van|Provinciale Staten van|Gedeputeerde Staten van|Het algemeen bestuur van|"
    r"De raad der gemeente)"
)
# "besluiten:" where the body is plural (Provinciale Staten besluiten).
_BESLUIT = re.compile(
    r"^\*{0,2}(?:besluit(?:en)?|b ?e ?s ?l ?u ?i ?t(?: ?e ?n)?|BESLUIT|Besluit)\s*:", re.I
)
_RULE_LINE = re.compile(r"(?:=\s*){3,}|(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}")
_RULE_FIRST, _BESLUIT_FIRST = frozenset("=-*_"), frozenset("*bB")  # what each can match first
_MARKUP_FIRST = frozenset("#*_")  # what Markdown heading marks and emphasis open with
_MD_MARKS = re.compile(r"^(#{1,6})\s+")
_EMPHASIS = re.compile(r"^(?:\*{1,3}|__)(.*?)(?:\*{1,3}|__)$")


@dataclass(slots=True)
class Draft:
    kind: str
    rank: float
    start: int
    end: int
    number: str | None = None
    title: str | None = None
    role: str | None = None
    quoted: bool = False
    rule: str = ""
    text: list[tuple[int, int]] = field(default_factory=list)
    children: list[Draft] = field(default_factory=list)
    explains: str | None = None  # number of the body article, resolved to an id later


_NEWLINE = re.compile("\n")


def split_lines(norm: Normalized, heading_levels: dict[int, int], source: str) -> list[Line]:
    """The lines of the normalized text that hold words, in order: a blank line, a setext
    underline or a horizontal rule is left out (it makes no `Line`: about half of a code's
    lines are blank), and shows only as a gap in the `index`es."""
    text = norm.text
    source_line_starts = (
        [0] + [match.end() for match in _NEWLINE.finditer(source)] if heading_levels else []
    )
    lines: list[Line] = []
    position = 0
    for index, raw in enumerate(text.split("\n")):
        start = position
        position += len(raw) + 1
        stripped = raw.strip()
        # A blank line, a setext underline or a horizontal rule (the rule's first characters tested first).
        if not stripped or (stripped[0] in _RULE_FIRST and _RULE_LINE.fullmatch(stripped)):
            continue
        level = None
        if heading_levels:
            source_line = bisect_right(source_line_starts, norm.to_source(start)) - 1
            level = heading_levels.get(source_line)
        indent = body_offset = len(raw) - len(raw.lstrip())
        if level is None and stripped[0] not in _MARKUP_FIRST:
            # No heading and no Markdown marks or emphasis to take off: most lines.
            lines.append(Line(index, start, raw, stripped, indent, indent, None))
            continue
        body = stripped
        marks = _MD_MARKS.match(body) if body[0] == "#" else None
        if marks:
            level = level or len(marks.group(1))
            body_offset += marks.end()
            body = body[marks.end() :]
        # A heading, or any line set entirely in bold ("**Artikel 1 Begrippen**"), is read without the marks.
        emphasis = (
            _EMPHASIS.match(body) if level is not None or body.startswith(("**", "__")) else None
        )
        if emphasis and emphasis.group(1).strip():
            body = emphasis.group(1)
            body_offset += raw[body_offset:].find(body)
        lines.append(Line(index, start, raw, body.strip(), body_offset, indent, level))
    return lines


# An amending decision numbers its own articles in Roman numerals ("Artikel I Wijziging
# beleidsregel", "Artikel II Inwerkingtreding") and announces the text it quotes ("wordt
# als volgt gewijzigd:", "komt te luiden:", "luidende:"); an Arabic "Artikel 1
# Begripsomschrijvingen" after that is the amended regulation's, not the decision's.
_ROMAN = re.compile(r"[IVXLC]+")
_ANNOUNCES_QUOTE = re.compile(r"als volgt|te luiden|luidende")

# In a preamble, a short line is part of it, not a heading over what follows.
_PREAMBLE_RULES = Chain(
    tuple(r for r in RULES if r.__name__ not in ("plain_heading", "caps_heading"))
)
_RULES = Chain(RULES)


class Builder:
    def __init__(self, lines: list[Line]):
        self.lines = lines  # those with words (`split_lines`)
        self.root = Draft("code", -1.0, 0, 0)
        self.stack: list[Draft] = [self.root]
        self.kinds: list[str] = [self.root.kind]  # the kind of each open node, kept with `stack`
        self.ctx = Context()
        self.ctx.article_headings = {}
        self.quote_mode = False
        self.previous_body = ""
        # Bumped on every push and pop: what the context reads from the open nodes is
        # read again only then, not on every line (a node's children grow only by a push,
        # and the quote mode and the newest node's mark change only with one).
        self._shape = 0
        self._read_at = -1
        self._place = 0  # the key of `lines.Place` the open nodes give (`_read_stack`)
        self._in_preamble = False  # a preamble is open (`_read_stack`)
        self.besluit_seen = False
        self.amending = False  # an article numbered in Roman numerals was seen
        self.announced = False  # ... and its text announced the quoted text of an amendment
        self.contents: frozenset[int] = frozenset()

    # -- the walk ---------------------------------------------------------
    def build(self) -> Draft:
        content = self.lines
        # A table of contents is text: its entries would make every article twice.
        contents = self.contents = contents_lines(content)
        self.ctx.lowercase_articles, self.ctx.numbered_sections = document_facts(
            [line for line in content if line.index not in contents] if contents else content
        )
        next_article: list[str | None] = [None] * len(content)
        upcoming = None
        probe = Context()  # no lines around, no facts of the document: the line's own words
        probe.article_headings = self.ctx.article_headings
        for i in range(len(content) - 1, -1, -1):
            next_article[i] = upcoming
            line = content[i]
            # The first words tested here, not in a call per line: most lines are no article.
            if line.body.startswith(_ARTICLE_WORDS) and line.index not in contents:
                upcoming = _article_number(line, probe) or upcoming
        previous_index = -2
        skip = False
        ctx = self.ctx
        last = len(content) - 1
        for i, line in enumerate(content):
            if skip:  # the line was taken by the token before it (an article's title)
                skip = False
                previous_index = line.index
                continue
            # What the rules may read of the open nodes and the lines around this one
            # (inline: a method call per line costs more than the assignments).
            if self._read_at != self._shape:
                self._read_at = self._shape
                self._read_stack()
            ctx.next_line = content[i + 1] if i < last else None
            ctx.next_article_number = next_article[i]
            ctx.previous_blank = previous_index != line.index - 1
            token = None if line.index in contents else self._classify(line)
            if token is None and not self.amending:  # running text, the common case
                self._add_text(line, line.body_offset)
            else:
                self._apply(token, line)
            if token is not None and token.consumes_next and i < last:
                skip = True
                self._extend(content[i + 1])
            previous_index = line.index
            self.previous_body = line.body
        while len(self.stack) > 1:
            self._close(self.stack.pop())
        return self.root

    def _classify(self, line: Line) -> Token | None:
        """The token of `line` (not a line of the table of contents), or None for text."""
        if (
            not self.ctx.seen_articles
            and not self._in_preamble
            and _PREAMBLE_START.match(line.body)
        ):
            if line.body.startswith("Intitulé"):
                return Token(PREAMBLE, "preamble", title=line.body)
            return Token(PREAMBLE, "preamble", text=line.body, text_offset=line.body_offset)
        if line.body[0] in _BESLUIT_FIRST and _BESLUIT.match(line.body):
            self.besluit_seen = True
        # Between "De raad ..." and the words after "besluit: vast te stellen" every line is preamble.
        holding = self._in_preamble and (
            not self.besluit_seen
            or self.previous_body.lower().startswith("vast te stellen")
            or _BESLUIT.match(self.previous_body)
        )
        ctx = self.ctx
        place = self._place if line.heading_level is None else self._place | HEADING
        for rule in (_PREAMBLE_RULES if holding else _RULES).for_line(line.body, place):
            token = rule(line, ctx)
            if token is not None:
                return token
        return None

    def _read_stack(self) -> None:
        ctx = self.ctx
        kinds = self.kinds
        ctx.in_quote = self.quote_mode or self.stack[-1].quoted
        self._in_preamble = PREAMBLE in kinds
        ctx.in_annex = BIJLAGE in kinds
        ctx.in_article = ARTIKEL in kinds
        if not ctx.in_article:  # no article open: no lid nor onderdeel of one either
            ctx.in_block = BLOCK in kinds
            ctx.last_lid, ctx.lid_has_items, ctx.last_item = 0, False, None
            self._place = IN_BLOCK * ctx.in_block | IN_ANNEX * ctx.in_annex
            return
        ctx.in_block = BLOCK in kinds[kinds.index(ARTIKEL) :]
        self._place = IN_ARTICLE | IN_BLOCK * ctx.in_block | IN_ANNEX * ctx.in_annex
        # The innermost open article.
        article = self.stack[len(kinds) - 1 - kinds[::-1].index(ARTIKEL)]
        lid = _last_child(article, LID)
        ctx.last_lid = int(lid.number) if lid and lid.number and lid.number.isdigit() else 0
        item = _last_child(lid or article, ONDERDEEL)
        ctx.lid_has_items = item is not None
        # Dash items under "g." ("• -" lines) do not end the letters: "• h" follows "g".
        if item is not None and not item.number:
            items = (lid or article).children
            item = next((c for c in reversed(items) if c.kind == ONDERDEEL and c.number), None)
        ctx.last_item = item.number if item else None

    # -- applying tokens --------------------------------------------------
    def _apply(self, token: Token | None, line: Line) -> None:
        if self.amending and not self.announced and _ANNOUNCES_QUOTE.search(line.body):
            self.announced = True
        if token is None:
            self._add_text(line, line.body_offset)
            return
        kind = token.kind
        if kind == SIGNATURE and self.stack[-1].kind == SIGNATURE:
            self._add_text(line, line.body_offset)
            return
        if kind == "quote-start":
            self.quote_mode = False
            draft = self._open(SECTION, token.level, token, line)
            draft.quoted = True
            self.quote_mode = True
            return
        rank = token.level if kind == SECTION else _RANK.get(kind, 8.0)
        if self.quote_mode and kind in (HOOFDSTUK, PARAGRAAF):
            rank = 3.45 if kind == HOOFDSTUK else 3.47
        if kind in (SECTION, BIJLAGE) and rank <= 3.4:
            self.quote_mode = False
        quoted_article = False
        if kind == ARTIKEL and token.number:
            quoted_article = self.announced and token.number[0].isdigit()
            if _ROMAN.fullmatch(token.number):
                self.amending, self.announced = True, False
        draft = self._open(kind, rank, token, line)
        draft.quoted = draft.quoted or quoted_article
        if kind in _WITH_WORDS and token.text:
            start = line.start + token.text_offset
            draft.text.append((start, line.start + len(line.raw.rstrip())))
        ctx = self.ctx
        if kind == BIJLAGE:
            ctx.after_signature = False
        if kind == SIGNATURE:
            ctx.after_signature = True
        if kind != TEXT:
            ctx.seen_structure = True
        if kind in _BODY_PARTS:
            ctx.seen_articles = True

    def _open(self, kind: str, rank: float, token: Token, line: Line) -> Draft:
        stack = self.stack
        if kind in _BODY_PARTS:
            # The code's own text begins: a preamble or signature above it is finished.
            while _PREAMBLE_OR_SIGNATURE.intersection(self.kinds[1:]):
                self._close(stack.pop())
        while stack[-1].rank >= rank and len(stack) > 1:
            self._close(stack.pop())
        parent = stack[-1]
        draft = Draft(  # positional: binding keywords costs more than the making
            kind,
            rank,
            line.start + line.indent,  # where the line's words begin
            line.start + len(line.raw.rstrip()),
            token.number,
            token.title,
            token.role,
            # A draft opened under a quoted one is quoted, and only the newest draft is ever
            # marked quoted after it opens: the top of the stack says whether any open one is.
            self.quote_mode or parent.quoted,
            token.rule,
        )
        parent.children.append(draft)
        stack.append(draft)
        self.kinds.append(kind)
        self._shape += 1
        return draft

    def _extend(self, line: Line) -> None:
        """The open node also covers `line` (a title on its own line)."""
        self.stack[-1].end = max(self.stack[-1].end, line.start + line.body_offset + len(line.body))

    def _add_text(self, line: Line, offset: int) -> None:
        top = self.stack[-1]
        if top.kind not in _TEXT_BEARING:  # an article takes text after its leden too
            top = self._open(TEXT, 8.0, Token(TEXT, "text"), line)
        top.text.append((line.start + offset, line.start + offset + len(line.body)))
        end = line.start + len(line.raw.rstrip())
        if end > top.end:
            top.end = end

    def _close(self, draft: Draft) -> None:
        self._shape += 1  # `draft` was just popped
        self.kinds.pop()
        if draft.children:
            draft.end = max(draft.end, max(map(_END, draft.children)))
        if self.stack:
            parent = self.stack[-1]
            if draft.end > parent.end:
                parent.end = draft.end


def _last_child(draft: Draft | None, kind: str) -> Draft | None:
    if draft is None:
        return None
    for child in reversed(draft.children):  # a loop costs a third of next() over a generator
        if child.kind == kind:
            return child
    return None


# What `_ARTIKEL` starts with (no lowercase articles in a fresh context).
_ARTICLE_WORDS = ("Artikel", "ARTIKEL", "Art.")


def _article_number(line: Line, probe: Context) -> str | None:
    """The number of the article `line` heads (its body starts with `_ARTICLE_WORDS`), as
    read without the lines around it (`probe`: a fresh context)."""
    token = artikel(line, probe)
    return token.number if token else None
