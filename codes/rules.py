"""The structure rules: small named functions that recognise one shape of line.

Each rule looks at one `Line` (and at the read-only `Context` the builder keeps)
and returns a `Token` or None. The builder in `structure.py` tries them in the
order of `RULES`; the first that answers wins. A new shape of Dutch code is a
new rule here (or in `provisions.py`, for leden and onderdelen) plus a fixture, not
an edit of the builder. The types are in `lines.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .article_heading import ARTIKEL, HEADING_LINE, NEXT_ENTRY, NOT_A_TITLE, read_heading
from .citations.names import registry
from .lines import Chars, Context, Line, Place, Token
from .lines import first as _first
from .lines import where as _where
from .provisions import ITEM, LID, lid, onderdeel

_HOOFDSTUK = re.compile(
    r"^(?:Hoofdstuk|HOOFDSTUK)\s+([0-9]{1,3}[a-z]?|[IVXLC]{1,6})\b\.?\s*[-–:.]?\s*(.*)$"
)
_PARAGRAAF = re.compile(
    r"^(?:Paragraaf|PARAGRAAF|§)\s*([0-9]{1,3}(?:\.[0-9]{1,3})*[a-z]?|[A-Z])\b\.?\s*[-–:.]?\s*(.*)$"
)
_BIJLAGE = re.compile(
    r"^(?:Bijlage|BIJLAGE)(?:\s+([0-9]{1,2}|[IVX]{1,4}|[A-Z]))?\b\s*[:.\-–]?\s*(.*)$"
)
_SIGNATURE = re.compile(
    r"^\*?(?:Aldus (?:vastgesteld|besloten)|Ondertekening$|Vastgesteld (?:bij|in|door)\b|"
    r"Zo vastgesteld|Namens de raad)"
)
_BLOCK = re.compile(
    r"^(TOELICHTING|Toelichting|KERN|Kern|VOORBEELDE?N?|Voorbeelde?n?|WETTELIJK KADER|Wettelijk kader|"
    r"Wettelijke grondslag|WETTELIJKE GRONDSLAG|Artikelsgewijze toelichting|Algemene toelichting|"
    r"AANDACHTSPUNTEN[A-Z ]*)\b\s*(?::?\s*\*([^*]+)\*|:[ \t]*([A-Z][^.;:!?*]{1,60}?)|:?)\s*$"
)  # "Wettelijk kader *Informatieplicht*" in text, "Wettelijk kader: Informatieplicht" in Markdown
_SECTION_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+([A-Z][^.:;!?]{2,90})$")
_CITATION_START = re.compile(r"(?i)^(?:de\s+)?(?:artikel(?:en)?|art\.)\s+\d")
_LAW_FIRST = re.compile(r"^(.{3,90}?)\s*[,:]\s*(?:artikel|art\.)\s+\S")
_REGULATION_TITLE = re.compile(
    r"^(?:Verordening|Reglement|Regeling|Besluit|Rechtspositiebesluit|Wet|Protocol)\b[^.:;]{3,120}$"
)
_ROMAN_CAPS = re.compile(r"^(?:[IVX]{1,4})\s*[A-Z][A-Z ,/&'-]{3,}$")
_ROMAN_RUN_IN = re.compile(r"^(?:I{1,3}|IV|VI{0,3})(?=REGELGEVING|[A-Z]{5,})")


def _is_caps(text: str) -> bool:
    if not text.isupper():  # a lowercase letter, or none cased: the common answer, cheaply
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


@_first("H")
def hoofdstuk(line: Line, ctx: Context) -> Token | None:
    match = _HOOFDSTUK.match(line.body)
    if match and len(line.body) <= HEADING_LINE:
        return _division("hoofdstuk", match.group(1), match.group(2).strip(), ctx)
    return None


@_first("P§")
def paragraaf(line: Line, ctx: Context) -> Token | None:
    match = _PARAGRAAF.match(line.body)
    if match and len(line.body) <= HEADING_LINE and not NOT_A_TITLE.match(match.group(2)):
        return _division("paragraaf", match.group(1), match.group(2).strip(), ctx)
    return None


def _division(kind: str, number: str, title: str, ctx: Context) -> Token:
    """A chapter or paragraph heading; "Paragraaf 1" or "§ 1" alone takes its title from
    the next line ("BEGRIPSBEPALINGEN", "Algemene bepalingen"), as an article does."""
    if not title and _title_line(ctx.next_line):
        return Token(kind, kind, number, ctx.next_line.body, consumes_next=True)
    return Token(kind, kind, number, title or None)


@_first("Aa")
def artikel(line: Line, ctx: Context) -> Token | None:
    """An article heading; running text or a law citation that starts with "Artikel" is not."""
    memo = ctx.article_headings if not ctx.lowercase_articles else None
    heading = memo.get(line.body, _UNSEEN) if memo is not None else _UNSEEN
    if heading is _UNSEEN:
        heading = read_heading(line.body, ctx.lowercase_articles)
        if memo is not None:
            memo[line.body] = heading
    if heading is None:
        return None
    number, title, rejected, law_title = heading
    # "Artikel 1 Algemene wet bestuursrecht" over its first lid: in a delegation or
    # mandate decision, the article that holds the powers under that law (a list of
    # legal bases, "- 3. Artikel 156 Gemeentewet - 4.", goes on with its own numbers).
    first_lid = LID.match(ctx.next_line.body) if title and ctx.next_line else None
    if first_lid and "1" in first_lid.group(1, 2) and registry().resolve(title) is not None:
        return Token("artikel", "artikel", number, title)
    # "Artikel 5 Awb" in a list of legal bases: a citation, not a heading over a text.
    if rejected or (law_title and _cites(ctx.next_line)):
        return None
    if not title and _title_line(ctx.next_line):
        return Token("artikel", "artikel", number, ctx.next_line.body, consumes_next=True)
    return Token("artikel", "artikel", number, title.rstrip(":") or None)


_UNSEEN = object()


def _cites(line: Line | None) -> bool:
    """Whether `line` is another citation (the next entry of a list of legal bases)."""
    if line is None:
        return False
    body = line.body
    return bool(_CITATION_START.match(body)) or registry().match_at(body, 0) is not None


# The words that open a heading of their own: no article title on the next line.
_HEADING_WORD = re.compile(r"(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Paragraaf|Bijlage|BIJLAGE)\b")


def _title_line(line: Line | None) -> bool:
    """'Artikel 1' followed by 'Begripsbepalingen' on a line of its own: the article's title."""
    if line is None or line.heading_level is not None:
        return False
    body = line.body
    return (
        3 <= len(body) <= 70
        and body[:1].isupper()
        and not body.endswith((".", ",", ";", ":", "!", "?"))
        and not LID.match(body)
        and not ITEM.match(body)
        and not _BLOCK.match(body)
        and not _HEADING_WORD.match(body)
        and not NEXT_ENTRY.search(body)
        and registry().match_at(body, 0) is None
    )


@_first("B")
def bijlage(line: Line, ctx: Context) -> Token | None:
    match = _BIJLAGE.match(line.body)
    if not match or len(line.body) > HEADING_LINE:
        return None
    rest = match.group(2).strip()
    if not match.group(1) and rest and not rest[:1].isupper():
        return None  # "bijlage bij deze code ..." in running text
    if rest.endswith(".") and len(rest) > 80:
        return None
    return Token("bijlage", "bijlage", match.group(1), rest or None)


@_first("*AOVZN")
def signature(line: Line, ctx: Context) -> Token | None:
    if not ctx.seen_articles and ctx.next_article_number is not None:
        return None  # "Vastgesteld in de raadsvergadering van ..." in a header above the articles
    if _SIGNATURE.match(line.body) and not ctx.in_quote and "\t" not in line.body:
        return Token(
            "signature", "signature", text=line.body.strip("*"), text_offset=line.body_offset
        )
    return None


@_first("TKVWA")
def block(line: Line, ctx: Context) -> Token | None:
    match = _BLOCK.match(line.body)
    if not match:
        return None
    role = match.group(1).lower()
    role = {"voorbeelden": "voorbeeld", "wettelijke grondslag": "wettelijk kader"}.get(role, role)
    if role.startswith("aandachtspunten"):
        role = "aandachtspunten"
    sub = match.group(2) or match.group(3)
    title = match.group(1) + (f": {sub.strip()}" if sub else "")
    return Token("block", "block", title=title, role=role)


@_where(lambda place: not place.in_article or place.in_annex)
def law_quote(line: Line, ctx: Context) -> Token | None:
    """A heading that names a law and article, after which the law's text is quoted."""
    if not (ctx.in_annex or line.body.rstrip().endswith(":")):
        return None  # the cheap tests first: most lines are running text
    if "artikel" not in line.body and "art." not in line.body:
        return None
    match = _LAW_FIRST.match(line.body)
    if match and registry().resolve(match.group(1).strip()):
        return Token("section", "law_quote", title=line.body.rstrip(":"), level=3.5, role="quote")
    return None


@_first("VRBWP")  # what `_REGULATION_TITLE` can match first
@_where(lambda place: place.in_annex and not place.in_article)
def regulation_title(line: Line, ctx: Context) -> Token | None:
    """In an annex, the title of another regulation whose articles follow, quoted."""
    if (
        _REGULATION_TITLE.match(line.body)
        and ctx.next_line is not None
        and (_HOOFDSTUK.match(ctx.next_line.body) or ARTIKEL.match(ctx.next_line.body))
    ):
        return Token("quote-start", "regulation_title", title=line.body, level=3.4, role="quote")
    return None


@_first(Chars(digits=True))  # both shapes open with their number (`_SECTION_HEADING`)
def numbered_heading(line: Line, ctx: Context) -> Token | None:
    """ "3. Afspraken over ..." heads a chapter when the next article is numbered 3.x; in a
    document without articles (a circulaire, beleidsregels) it heads a numbered section."""
    if ctx.numbered_sections:
        return _numbered_section(line, ctx)
    if ctx.next_article_number is None or "." not in ctx.next_article_number:
        return None  # the cheap tests first: a lid "1. ..." has no chapter to head
    match = _SECTION_HEADING.match(line.body)
    if not match or "." in match.group(1):
        return None
    if ctx.next_article_number.split(".")[0] != match.group(1):
        return None
    return Token("hoofdstuk", "numbered_heading", match.group(1), match.group(2).strip())


def _numbered_section(line: Line, ctx: Context) -> Token | None:
    match = _SECTION_HEADING.match(line.body)
    following = ctx.next_line
    if match is None or following is None or _SECTION_HEADING.match(following.body):
        return None
    if len(following.body) <= len(line.body) and not following.body.endswith((".", ":", ";")):
        return None  # an item of a short list, not a heading over a paragraph
    depth = match.group(1).count(".") + 1
    return Token(
        "section",
        "numbered_section",
        match.group(1),
        match.group(2).strip(),
        level=3.1 + depth / 20,
    )


def document_facts(lines: list[Line]) -> tuple[bool, bool]:
    """Whether the document writes its article headings in lowercase, and whether it is
    built of numbered sections instead of articles. Both need a run numbered from 1, so a
    sentence that starts with "artikel 4 ..." or a numbered list does not decide it."""

    def tokens(rule: Rule, lowercase: bool = False) -> Iterator[Token]:
        ctx = Context()
        ctx.lowercase_articles = lowercase
        for index, line in enumerate(lines):
            ctx.next_line = lines[index + 1] if index + 1 < len(lines) else None
            if (token := rule(line, ctx)) is not None:
                yield token

    # Most documents have "Artikel" headings: the other two passes are then not needed.
    if next(tokens(artikel), None) is not None:
        return False, False
    if _numbered_run([t.number for t in tokens(artikel, lowercase=True) if t.number]):
        return True, False
    sections = tokens(_numbered_section)
    return False, _numbered_run([t.number for t in sections if "." not in t.number])


def _numbered_run(numbers: list[str]) -> bool:
    """A run that starts "1", "2": the first two numbers of headings, not of a list."""
    values = [n for n in numbers if n.isdigit()]
    return values[:2] == ["1", "2"]


@_first(Chars(not_lower=True))  # `_is_caps` below: a lowercase letter is not
@_where(lambda place: not place.in_article or place.in_block or place.in_annex)
def caps_heading(line: Line, ctx: Context) -> Token | None:
    """An all-capitals line outside an article: a section heading (or an annex after the signature)."""
    body = line.body
    if len(body) > 90 or not _is_caps(body):
        return None
    if not ctx.seen_structure and not ctx.in_annex:
        return None  # the title at the top of the document
    if body.rstrip().endswith((".", ",", ";")):
        return None
    if ctx.after_signature and not ctx.in_annex:
        return Token("bijlage", "caps_heading", None, body.strip())
    level = 3.1 if _ROMAN_CAPS.match(body) or _ROMAN_RUN_IN.match(body) else 3.2
    return Token("section", "caps_heading", title=body.strip(), level=level)


@_where(lambda place: place.heading)  # a line with a heading level
def markdown_heading(line: Line, ctx: Context) -> Token | None:
    return Token("section", "markdown_heading", title=line.body, level=3 + line.heading_level / 10)


@_first(Chars(upper=True))  # `body[:1].isupper()` below
@_where(lambda place: not place.in_article and (not place.in_block or place.in_annex))
def plain_heading(line: Line, ctx: Context) -> Token | None:
    """A short line on its own, without closing punctuation, before a paragraph."""
    body = line.body
    if not ctx.seen_structure and not ctx.in_annex:
        return None
    if not ctx.previous_blank or len(body) > 80 or not body[:1].isupper() or "\t" in body:
        return None
    if body.endswith((".", ",", ";", ":", "!", "?")) or LID.match(body) or ITEM.match(body):
        return None
    following = ctx.next_line
    if following is None or len(following.body) < len(body):
        return None
    if ctx.after_signature and not ctx.in_annex:
        return None  # a place and date, a name: part of the signature
    return Token("section", "plain_heading", title=body, level=3.3)


Rule = Callable[[Line, Context], Token | None]

#: The chain, in the order the builder tries it.
RULES: tuple[Rule, ...] = (
    hoofdstuk,
    paragraaf,
    artikel,
    bijlage,
    signature,
    block,
    law_quote,
    regulation_title,
    markdown_heading,
    numbered_heading,
    caps_heading,
    lid,
    onderdeel,
    plain_heading,
)


class Chain:
    """Rules in their order, and for each place among the open nodes (`lines.Place`) and
    first character of a line the ones that can answer it: most lines are running text,
    and a rule declared with `_first` is not called for a line that cannot be its heading,
    nor one declared with `_where` for a line where it cannot stand."""

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        # Per place key, then per first character: a list, not a dict of pairs, so that a
        # line costs no tuple to look its rules up.
        self._by_place: list[dict[str, tuple[Rule, ...]]] = [{} for _ in range(16)]

    def for_line(self, body: str, place: int) -> tuple[Rule, ...]:
        """The rules to try on a line that opens `body` at the place of key `place`."""
        by_first = self._by_place[place]
        first = body[:1]
        rules = by_first.get(first)
        if rules is None:
            at = Place(place)
            rules = by_first[first] = tuple(
                rule
                for rule in self.rules
                if first in getattr(rule, "first", first) and getattr(rule, "where", _anywhere)(at)
            )
        return rules


def _anywhere(place: Place) -> bool:
    return True
