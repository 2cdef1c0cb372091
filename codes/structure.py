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

from . import model as m
from .contents import contents_lines
from .lines import Context, Line, Token
from .normalize import Normalized
from .rules import RULES, Chain, artikel, document_facts

_RANK = {
    m.BIJLAGE: 0.0,
    m.HOOFDSTUK: 1.0,
    m.PARAGRAAF: 2.0,
    m.PREAMBLE: 3.0,
    m.SIGNATURE: 3.0,
    m.ARTIKEL: 4.0,
    m.BLOCK: 5.0,
    m.LID: 6.0,
    m.ONDERDEEL: 7.0,
    m.TEXT: 8.0,
}
_PREAMBLE_OR_SIGNATURE = frozenset((m.PREAMBLE, m.SIGNATURE))
_TEXT_BEARING = {m.ARTIKEL, m.LID, m.ONDERDEEL, m.BLOCK, m.SECTION, m.PREAMBLE, m.SIGNATURE, m.TEXT}
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
            lines.append(Line(index, start, raw, "", 0, 0, None))
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
        self.lines = lines
        self.root = Draft("code", -1.0, 0, 0)
        self.stack: list[Draft] = [self.root]
        self.ctx = Context()
        self.quote_mode = False
        self.previous_body = ""
        # Bumped on every push and pop: what the context reads from the open nodes is
        # read again only then, not on every line (a node's children grow only by a push).
        self._shape = 0
        self._read_at = -1
        self._kinds_now: list[str] = []  # the open nodes' kinds, read with the context
        self.besluit_seen = False
        self.amending = False  # an article numbered in Roman numerals was seen
        self.announced = False  # ... and its text announced the quoted text of an amendment
        self.contents: frozenset[int] = frozenset()

    # -- the walk ---------------------------------------------------------
    def build(self) -> Draft:
        content = [line for line in self.lines if line.body]
        # A table of contents is text: its entries would make every article twice.
        self.contents = contents_lines(content)
        self.ctx.lowercase_articles, self.ctx.numbered_sections = document_facts(
            [line for line in content if line.index not in self.contents]
        )
        next_article: list[str | None] = [None] * len(content)
        upcoming = None
        for i in range(len(content) - 1, -1, -1):
            next_article[i] = upcoming
            token = None if content[i].index in self.contents else _article_number(content[i])
            if token:
                upcoming = token
        previous_index = -2
        skip = False
        for i, line in enumerate(content):
            if skip:  # the line was taken by the token before it (an article's title)
                skip = False
                previous_index = line.index
                continue
            self._update_context(
                line,
                content[i + 1] if i + 1 < len(content) else None,
                next_article[i],
                previous_index == line.index - 1,
            )
            token = self._classify(line)
            self._apply(token, line)
            if token is not None and token.consumes_next and i + 1 < len(content):
                skip = True
                self._extend(content[i + 1])
            previous_index = line.index
            self.previous_body = line.body
        while len(self.stack) > 1:
            self._close(self.stack.pop())
        return self.root

    def _classify(self, line: Line) -> Token | None:
        if line.index in self.contents:
            return None
        if (
            not self.ctx.seen_articles
            and m.PREAMBLE not in self._kinds_now
            and _PREAMBLE_START.match(line.body)
        ):
            if line.body.startswith("Intitulé"):
                return Token(m.PREAMBLE, "preamble", title=line.body)
            return Token(m.PREAMBLE, "preamble", text=line.body, text_offset=line.body_offset)
        if line.body[0] in _BESLUIT_FIRST and _BESLUIT.match(line.body):
            self.besluit_seen = True
        # Between "De raad ..." and the words after "besluit: vast te stellen" every line is preamble.
        holding = m.PREAMBLE in self._kinds_now and (
            not self.besluit_seen
            or self.previous_body.lower().startswith("vast te stellen")
            or _BESLUIT.match(self.previous_body)
        )
        for rule in (_PREAMBLE_RULES if holding else _RULES).for_line(line.body):
            token = rule(line, self.ctx)
            if token is not None:
                return token
        return None

    def _update_context(
        self, line: Line, following: Line | None, next_article: str | None, adjacent: bool
    ):
        ctx = self.ctx
        if self._read_at != self._shape:
            self._read_at = self._shape
            self._read_stack()
        ctx.in_quote = self.quote_mode or self.stack[-1].quoted
        ctx.next_line = following
        ctx.next_article_number = next_article
        ctx.previous_blank = not adjacent

    def _read_stack(self) -> None:
        ctx = self.ctx
        kinds = self._kinds_now = [d.kind for d in self.stack]
        ctx.in_article = m.ARTIKEL in kinds
        ctx.in_block = (
            m.BLOCK in kinds[kinds.index(m.ARTIKEL) :] if ctx.in_article else m.BLOCK in kinds
        )
        ctx.in_annex = m.BIJLAGE in kinds
        # The innermost open article.
        article = (
            self.stack[len(kinds) - 1 - kinds[::-1].index(m.ARTIKEL)] if ctx.in_article else None
        )
        lid = _last_child(article, m.LID)
        ctx.last_lid = int(lid.number) if lid and lid.number and lid.number.isdigit() else 0
        item = _last_child(lid or article, m.ONDERDEEL)
        ctx.lid_has_items = item is not None
        # Dash items under "g." ("• -" lines) do not end the letters: "• h" follows "g".
        if item is not None and not item.number:
            items = (lid or article).children
            item = next((c for c in reversed(items) if c.kind == m.ONDERDEEL and c.number), None)
        ctx.last_item = item.number if item else None

    # -- applying tokens --------------------------------------------------
    def _apply(self, token: Token | None, line: Line) -> None:
        if self.amending and not self.announced and _ANNOUNCES_QUOTE.search(line.body):
            self.announced = True
        if token is None:
            self._add_text(line, line.body_offset)
            return
        if token.kind == m.SIGNATURE and self.stack[-1].kind == m.SIGNATURE:
            self._add_text(line, line.body_offset)
            return
        if token.kind == "quote-start":
            self.quote_mode = False
            draft = self._open(m.SECTION, token.level, token, line)
            draft.quoted = True
            self.quote_mode = True
            return
        rank = token.level if token.kind == m.SECTION else _RANK.get(token.kind, 8.0)
        if self.quote_mode and token.kind in (m.HOOFDSTUK, m.PARAGRAAF):
            rank = 3.45 if token.kind == m.HOOFDSTUK else 3.47
        if token.kind in (m.SECTION, m.BIJLAGE) and rank <= 3.4:
            self.quote_mode = False
        quoted_article = False
        if token.kind == m.ARTIKEL and token.number:
            quoted_article = self.announced and token.number[0].isdigit()
            if _ROMAN.fullmatch(token.number):
                self.amending, self.announced = True, False
        draft = self._open(token.kind, rank, token, line)
        draft.quoted = draft.quoted or quoted_article
        if token.kind in (m.LID, m.ONDERDEEL, m.SIGNATURE, m.PREAMBLE) and token.text:
            start = line.start + token.text_offset
            draft.text.append((start, line.start + len(line.raw.rstrip())))
        if token.kind == m.BIJLAGE:
            self.ctx.after_signature = False
        if token.kind == m.SIGNATURE:
            self.ctx.after_signature = True
        if token.kind not in (m.TEXT,):
            self.ctx.seen_structure = True
        if token.kind in (m.ARTIKEL, m.HOOFDSTUK, m.PARAGRAAF):
            self.ctx.seen_articles = True

    def _open(self, kind: str, rank: float, token: Token, line: Line) -> Draft:
        if kind in (m.ARTIKEL, m.HOOFDSTUK, m.PARAGRAAF):
            # The code's own text begins: a preamble or signature above it is finished.
            while _PREAMBLE_OR_SIGNATURE.intersection([d.kind for d in self.stack[1:]]):
                self._close(self.stack.pop())
        while self.stack[-1].rank >= rank and len(self.stack) > 1:
            self._close(self.stack.pop())
        end = line.start + len(line.raw.rstrip())
        draft = Draft(
            kind,
            rank,
            line.start + (len(line.raw) - len(line.raw.lstrip())),
            end,
            number=token.number,
            title=token.title,
            role=token.role,
            rule=token.rule,
        )
        # A draft opened under a quoted one is quoted, and only the newest draft is ever
        # marked quoted after it opens: the top of the stack says whether any open one is.
        draft.quoted = self.quote_mode or self.stack[-1].quoted
        self.stack[-1].children.append(draft)
        self.stack.append(draft)
        self._shape += 1
        return draft

    def _extend(self, line: Line) -> None:
        """The open node also covers `line` (a title on its own line)."""
        self.stack[-1].end = max(self.stack[-1].end, line.start + line.body_offset + len(line.body))

    def _add_text(self, line: Line, offset: int) -> None:
        top = self.stack[-1]
        if top.kind not in _TEXT_BEARING:  # an article takes text after its leden too
            top = self._open(m.TEXT, 8.0, Token(m.TEXT, "text"), line)
        top.text.append((line.start + offset, line.start + offset + len(line.body)))
        top.end = max(top.end, line.start + len(line.raw.rstrip()))

    def _close(self, draft: Draft) -> None:
        self._shape += 1  # `draft` was just popped
        if draft.children:
            draft.end = max(draft.end, max(c.end for c in draft.children))
        if self.stack:
            parent = self.stack[-1]
            parent.end = max(parent.end, draft.end)


def _last_child(draft: Draft | None, kind: str) -> Draft | None:
    if draft is None:
        return None
    for child in reversed(draft.children):  # a loop costs a third of next() over a generator
        if child.kind == kind:
            return child
    return None


def _article_number(line: Line) -> str | None:
    if not line.body.startswith(("Artikel", "ARTIKEL", "Art.")):
        return None  # what `_ARTIKEL` starts with (no lowercase articles in a fresh context)
    token = artikel(line, Context())
    return token.number if token else None
