"""Run-in headings, put back on lines of their own (a step of `codes.normalize`).

A PDF copied as text may arrive as one line for a page or the whole document: "...
2012. Hoofdstuk 1 Algemene bepalingen Artikel 1 Begripsomschrijving Deze verordening
verstaat onder: a. ...". Such a line gets its headings back on lines of their own. A
heading there starts a sentence (or follows another heading) and its title runs to
the next heading, a number or letter that opens a provision, or a word that opens a
sentence; a capitalised "Artikel 5" inside a sentence is a citation and stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .article_heading import names_a_law
from .scan import BLANK, run_start

_BLOB = 600
# A line that opens with an article's number and is longer than this holds the provision's
# text run into its heading: of the development set's 762 lines that open with "Artikel N",
# 747 hold at most 80 characters and 2 between 121 and 160 (a title of 100 characters
# before the text, as `_RUN_IN_HEADING` reads it, still fits).
_MIN_RUN_IN = 120
_CONTENTS_RUN = 3
# The most a title (and a chapter line) takes between two entries of a table of contents.
_ENTRY = 200
_SENTENCE_MARK = re.compile(r"[.;:!?]")
_SENTENCE_START = (
    "De|Het|Een|Deze|Dit|Die|Dat|In|Onder|Op|Voor|Bij|Indien|Als|Wanneer|Er|Hij|Zij|Ieder|"
    "Iedere|Elk|Elke|Alle|Met|Aan|Uit|Tot|Om|Ook|Geen|Wie|Wat|Hiervoor|Hierbij|Daarbij"
)
_HEADING_WORDS = r"(?:Hoofdstuk|HOOFDSTUK|Paragraaf|PARAGRAAF|Artikel|ARTIKEL|§)[ \t]+"
# An amending decision numbers its articles in Roman numerals ("Artikel I De regels ...
# worden als volgt gewijzigd"), some codes their chapters ("Hoofdstuk II Voorzieningen").
# A letter and a bare number is the Kieswet's numbering, cited ("Artikel X 6 van de Kieswet").
_ROMAN = r"[IVX]{1,5}(?![\w.:])(?![ \t]+\d{1,3}[ \t])"
_BLANKS = re.compile(r"[ \t]*")
_BLANKS_AND_NOTE = re.compile(r"[ \t]+(?:\(\d{1,2}\)[ \t]+)?")  # "(1)": a footnote mark
_RUN_IN_HEADING = re.compile(
    _HEADING_WORDS
    + r"(?P<number>\d{1,3}[a-z]?(?:\.\d{1,3})*(?::\d{1,3}[a-z]?)?|"
    + _ROMAN
    + r")[.:]?(?:[ \t]+[–-])?"
    # "... kan leveren. Artikel 2 Subsidie wordt slechts" where the page or the excerpt
    # ends: nothing tells the title from the sentence; the heading is the number alone.
    r"(?:(?=[ \t]+[^.;:!?\n]{0,80}$)|"
    r"(?:[ \t]+(?!(?:" + _SENTENCE_START + r")[ \t])(?P<title>[A-Z][^.;:!?\d\n•*]{2,100}?"
    # "Artikel 1 Algemene subsidieverordening Zeeland 2007 In deze ...": a name closed by its year.
    r"(?:[ \t](?:19|20)\d\d)?"
    # "Hoofdstuk 1. Algemene bepalingen. Artikel 1": a full stop may close a title
    # where the next heading follows.
    # "Artikel 2 Belastbaar feit. Onder de naam ...": or where a sentence begins.
    r"(?:\.(?=[ \t]+(?:" + _HEADING_WORDS + r"\d|(?:" + _SENTENCE_START + r")[ \t])))?"
    # "Artikel 1 (begripsbepalingen) In deze ...": a title in brackets.
    r"|\([a-z][^()\n.;:]{2,60}\)))?"
    r"(?=[ \t]+(?:" + _HEADING_WORDS + r"\d"
    r"|\(?\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]|[a-z][.)][ \t]|[•*-][ \t]"
    r"|(?:" + _SENTENCE_START + r")[ \t])"
    # "Artikel 3: Doel Doel van de regeling is ...": after "number:" the title may run
    # into the text with nothing to show where it ends; the heading is the number alone.
    r"|(?<=:)[ \t]+[A-Z])"
    # "Artikel 3 Belastingplicht Belastingplichtig is ...", "Artikel 4 Vrijstellingen Leges
    # worden niet ...": nor where a title without a mark runs into its first sentence,
    # when no title ends as above. A heading needs a sentence end before it (`opens`).
    r"|(?=[ \t]+[A-Z]))"
)


# "Hoofdstuk 1 Begripsomschrijvingen Artikel 1 In deze ...": a chapter (or paragraph)
# with its title, then an article, is a heading however the words before it end.
_ARTICLE_NEXT = re.compile(r"[ \t]+(?:Artikel|ARTIKEL|Paragraaf|PARAGRAAF|§)[ \t]+\d")


# The enacting formula ends the preamble: "Besluiten vast te stellen het volgende
# besluit: <name>", "vast te stellen de navolgende verordening:", "hebben vastgesteld: de
# <name> als volgt:". The first heading after it (past the regulation's name) opens the body.
# A royal decree's "Hebben goedgevonden en verstaan:" (an act's "... goedgevonden en
# verstaan, gelijk Wij goedvinden en verstaan bij deze:") is one too ("... verstaan:
# Artikel I Het Besluit ... wordt gewijzigd", zt07; 17 more texts hold it on its own line).
# Each a literal, searched on its own: an alternation has no literal prefix to skip by.
_ENACTING = (
    re.compile("ast te stellen"),  # "[Vv]ast te stellen"
    re.compile("als volgt:"),
    re.compile("goedgevonden en verstaan"),
)
_NAME = 300  # the most a regulation's name takes between the formula and its first heading
_CHAPTER_LINE = re.compile(r"[ \t]*(?=Hoofdstuk|HOOFDSTUK|Paragraaf|PARAGRAAF|§)")
_AFTER_BREAK = re.compile(r"\n(?=" + _CHAPTER_LINE.pattern + ")")


def run_in_headings(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Edits that put each run-in heading of a line longer than `_BLOB`, or of a line
    longer than `_MIN_RUN_IN` that opens with it, on a line of its own, and an article
    run into its chapter's line on a line of its own."""
    edits = []
    chapters = _chapter_lines(text)
    first_lids = _first_lid_lines(text)
    for start, end in lines:
        opening = _opening_heading(text, start, end) if end - start > _MIN_RUN_IN else None
        if end - start < _BLOB and opening is None:
            if start in chapters:
                edits += _article_after_chapter(text, start, end)
            elif start in first_lids:
                heading_end = first_lids[start]
                edits.append(
                    (heading_end, _BLANKS.match(text, heading_end, end).end(), "\n", "relineate")
                )
            continue
        headings = list(_RUN_IN_HEADING.finditer(text, start, end))
        enacted = _enacted(text, start, end, headings)
        if len(headings) < 2 and not enacted and opening is None:
            continue  # one heading alone is a citation unless the body starts there
        contents = _contents(text, headings)
        after_heading = -1
        for match in headings:
            if match.start() in contents:
                after_heading = match.end()  # the text may begin right after its contents
                continue
            # The words before the heading end at `last`; a line can hold a whole
            # document, so look back over the blanks only, never slice from the line start.
            last = run_start(text, match.start(), BLANK, start)
            title_end = match.end()
            # In capitals ("ARTIKEL 1.2") a heading word is never a citation in a sentence,
            # nor is a number closed by a colon ("Artikel 2: Rechtsvorm"; a citation's colon
            # joins digits, "artikel 2:4").
            opens = (
                last in (start, after_heading)
                or match.start() in enacted
                or text.startswith(":", match.end("number"))
                or text[last - 1] in ".:;!?)"
                or match.group().startswith(("ARTIKEL", "HOOFDSTUK", "PARAGRAAF"))
                or (
                    match.group().startswith(("Hoofdstuk", "Paragraaf", "§"))
                    and _ARTICLE_NEXT.match(text, title_end) is not None
                )
            )
            if not (opens or _numbered_after(text, title_end, match.group("number"))):
                continue  # inside a sentence: a citation, not a heading
            if start < last < match.start():
                edits.append((last, match.start(), "\n", "relineate"))
            edits.append((title_end, _BLANKS.match(text, title_end, end).end(), "\n", "relineate"))
            after_heading = title_end
    return edits


def _opening_heading(text: str, start: int, end: int) -> re.Match | None:
    """The heading a line opens with, where the line runs on into the provision's text
    ("Artikel 1 In deze regeling wordt verstaan onder: a. ..."); None where it opens with
    none, or with an article of a law ("Artikel 14 Gemeentewet kent een keuze ...": a
    citation, the sentence's subject)."""
    opening = _RUN_IN_HEADING.match(text, _BLANKS.match(text, start, end).end(), end)
    if opening is None:
        return None
    after = opening.end("number")
    return None if names_a_law(text[after : after + 200].lstrip(" \t.:")) else opening


def _enacted(text: str, start: int, end: int, headings: list[re.Match]) -> set[int]:
    """Where the first heading after each enacting formula of the line starts."""
    found: set[int] = set()
    starts = [h.start() for h in headings]
    for words in _ENACTING:
        for formula in words.finditer(text, start, end):
            i = bisect_left(starts, formula.end())  # a whole document may be one line
            if i < len(starts) and starts[i] - formula.end() <= _NAME:
                found.add(starts[i])
    return found


def _chapter_lines(text: str) -> set[int]:
    """Where the lines that `_CHAPTER_LINE` matches start: found in one scan that starts at
    each line break (a literal), not by a match a line. A heading word holds no line
    break, so a match never reads past its line."""
    found = {match.end() for match in _AFTER_BREAK.finditer(text)}
    if _CHAPTER_LINE.match(text):
        found.add(0)
    return found


# "Artikel 1 1. Dit besluit verstaat onder: a. ..." (zw08, a Gemeenteblad PDF): an article's
# number alone, then its first lid on the same line, as `_numbered_after` reads it in a long
# line. "1." before a capital opens a lid; "Artikel 5 1.1 Algemeen" or a citation's "Artikel 3
# lid 1" do not. The number ends the heading: nothing shows a title.
_FIRST_LID_LINE = re.compile(
    r"(?:Artikel|ARTIKEL)[ \t]+\d{1,3}[a-z]?(?:\.\d{1,3})*\.?(?=[ \t]+1\.[ \t]+[A-Z])"
)


def _first_lid_lines(text: str) -> dict[int, int]:
    """Where each line that opens with an article's number and its first lid starts, and
    where its heading ends: found in one scan of the text, not by a match a line. The scan
    starts at the heading word (a pattern that starts at "^" is tried at every place of
    the text, 10x slower), and the blanks before it are read back to the line's start; a
    match holds no line break, so one inside a line hides none that opens a later line."""
    found = {}
    for match in _FIRST_LID_LINE.finditer(text):
        line = run_start(text, match.start(), BLANK)
        if line == 0 or text[line - 1] == "\n":
            found[line] = match.end()
    return found


def _article_after_chapter(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """ "Hoofdstuk 1. Algemene bepalingen Artikel 1:1 Begripsbepalingen" on one short line:
    the article goes on a line of its own, as in a long line (`_ARTICLE_NEXT`)."""
    lead = _CHAPTER_LINE.match(text, start, end)
    if lead is None:
        return []
    chapter = _RUN_IN_HEADING.match(text, lead.end(), end)
    if chapter is None or _ARTICLE_NEXT.match(text, chapter.end(), end) is None:
        return []
    return [(chapter.end(), _BLANKS.match(text, chapter.end(), end).end(), "\n", "relineate")]


def _contents(text: str, headings: list[re.Match]) -> set[int]:
    """Where a table of contents run into the line stands: "Artikel 1 Begripsbepaling
    Artikel 2 Beleid Artikel 3 Budgetplafonds ...", three or more article headings with
    nothing between them (an article has words of its own)."""
    found: set[int] = set()
    run: list[int] = []
    previous = headings[0]
    for match, following in zip(headings, [*headings[1:], None], strict=True):
        # Between two entries stand no words of a provision: no full stop, semicolon or
        # colon ("Artikel 13: Bekostiging ... TITEL 3 BEPALING ... Artikel 14: ...").
        empty = following is not None and _no_sentence(text, match.end(), following.start())
        if empty and match.group().startswith(("Artikel", "ARTIKEL")):
            run.append(match.start())
            previous = match
            continue
        if (
            len(run) >= _CONTENTS_RUN - 1
            and match.group().startswith(("Artikel", "ARTIKEL"))
            and _ordinal(match) > _ordinal(previous)
        ):
            run.append(match.start())  # the last entry: words follow it, unless the text
            # itself begins there (its "Artikel 1" numbers from the start again)
        if len(run) >= _CONTENTS_RUN:
            found.update(run)
        run = []
    return found


def _no_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is at most a title: short, with no mark that ends or opens
    a provision's sentence."""
    return end - start <= _ENTRY and _SENTENCE_MARK.search(text, start, end) is None


def _ordinal(heading: re.Match) -> int:
    """The first number of a heading's number: 12 for "12.3", "12a" or "12:1"."""
    digits = re.match(r"\d+", heading.group("number"))
    return int(digits.group()) if digits else 0


# "1. Indien ...": a first lid, its number closed by a full stop before a capital.
_FIRST_LID = re.compile(r"1\.[ \t]+[A-Z]")


def _numbered_after(text: str, position: int, number: str) -> bool:
    """ "... zullen houden Artikel 2 Belangenverstrengeling 2.1 Een ...", "... = groen
    Artikel 1:3 Indiening aanvraag 1. Indien ...": the first provision numbered after the
    heading (within 20 characters) marks it where no full stop does."""
    lead = _BLANKS_AND_NOTE.match(text, position, position + 20)
    if lead is None:
        return False
    if _FIRST_LID.match(text, lead.end()):
        return True
    digit = lead.end() + len(number) + 1
    return (
        digit < position + 20
        and text.startswith(number + ".", lead.end())
        and text[digit : digit + 1].isdecimal()
    )
