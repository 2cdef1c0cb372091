"""The title of a PDF that a document-sharing site shows as a transcript (docplayer).

Such a page is headed by whatever sentence the site took from the PDF ("gelezen het
voorstel van burgemeester en wethouders ...;", "Inhoudsopgave: TITEL 7"), repeats it in
its download button (`Download "..."`), and then gives the PDF's text page by page, each
page on one line that opens with its number. The regulation's own name stands at the
start of page 1, after the publication's header ("GEMEENTEBLAD Officiële uitgave van de
gemeente Apeldoorn Nr april 2017 VERORDENING PARTICIPATIEWET 2017 De raad van ..."): it
runs to the words that open the preamble, or else to its year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import DATE, parse_date
from . import organisation
from .adoption import DECISION_NUMBER, MEETING_LABEL, OPENING_BODY, PLACE_DATE
from .candidates import LINE, SENTENCE, Candidate
from .name_edges import NAME_START
from .run_on import CONTENTS, PREAMBLE, WINDOW, name_before, name_end
from .title import contents_glued

# A copy may set every line off by a margin ("    Download ...", pdftotext's six spaces).
_SITE = re.compile(r'\n[ \t]*Download "[^"\n]*"\n')
# A copy may indent the page's line ("\t1 ..."), as it indents any line that opens with a digit.
_FIRST_PAGE = re.compile(r"\n[ \t]*1 (?P<page>[^\n]{10,})")
# The publication's header before the name: "GEMEENTEBLAD Officiële uitgave van de
# gemeente Apeldoorn Nr april 2017", "CVDR Officiële uitgave van Pekela. Nr. CVDR310096_1
# 3 april 2018"; the older blad of a provincie gives its number first ("Nummer 32 van 2006
# PROVINCIAAL BLAD VAN ZEELAND") or its number and month without a publisher ("Provinciaal
# Blad Nr. 2012/ november 2012 ISSN: X"), and its PDF may rule the header off with a line
# that the transcript keeps as one letter repeated ("HHHHHHHHHHHH").
_BLAD = r"(?:gemeenteblad|provinciaal ?blad|waterschapsblad)"
_HEADER = re.compile(
    r"(?i)(?:(?:gemeenteblad|provinciaal ?blad|waterschapsblad|staatscourant|cvdr)\.?\s+"
    r"offici[eë]le uitgave van [^\n]{0,80}?\bnr\.?(?:\s+\S+)?\s+(?:\d{1,2}\s+)?[a-z]+\s+\d{4}"
    rf"|nummer\s+\d+\s+van\s+\d{{4}}\s+{_BLAD}(?:\s+van\s+\w+)?"
    rf"|{_BLAD}\s+nr\.?\s*[\d/]+\s+(?:\d{{1,2}}\s+)?[a-z]+\s+\d{{4}}(?:\s+issn:?\s*\S+)?)"
    r"\s+(?:(\w)\1{9,}\s+)?"
)
# A decision's title as the name ("Besluit van Provinciale Staten van Gelderland van 28 maart
# 2012, van Utrecht van 23 april 2012 en ... van Waterschap Vallei en Veluwe."): the bodies
# before its date are no preamble; after it the title runs to the preamble or its full stop.
_DECISION_NAME = 500
_FULL_STOP = re.compile(r"(?<=[^\W\d_]{3})\.(?=\s)")
# The decision's heading, which the PDF set on a line of its own under the name, run into
# page 1: "... Nr juni 2017 Subsidieregeling ... Zuid-Holland Besluit van Gedeputeerde Staten
# van 28 maart 2017, PZH , tot vaststelling ...". Capitalised and near the page's start it
# heads the page; "bij besluit van ..." further on dates another decision.
_DECISION = re.compile(
    rf"\b(?:Besluit|Verordening)\s+(?:van\s+(?!\d)[^,.;\n\d]{{0,80}}?\s+)?van\s+({DATE})"
)
_DECISION_WINDOW = 600
# A cover may give the decision and the day it took effect as a pair of labels after the name:
# "BELEIDSLIJN BIBOB GEMEENTE ALMERE ... besluit d.d. 22 februari 2005 in werking getreden d.d.
# 1 maart 2005 wijzigingsbesluit d.d. 9 oktober 2012 ..." (zo01). The decision that took effect
# is the regulation's own, and so is the date in force beside it; an amendment names itself
# ("wijzigingsbesluit"), and "bij besluit d.d. ..." in a sentence names a decision that did
# something else. Read as a pair: "in werking getreden d.d." alone may be the amendment's.
_COVER_DECISION = re.compile(
    rf"(?<![\w-])(?<!bij )[Bb]esluit\s+d\.d\.\s+({DATE}),?\s+"
    rf"in\s+werking\s+getreden(?:\s+(?:d\.d\.|op|per)\s+({DATE}))?"
)
# A raadsbesluit form heads its page with the place and date it was drawn up, as a letter
# does: "Raadsbesluit Bleskensgraaf, 23 augustus 2012 Raadsbesluit Programmanaam ..." (xb11),
# "Besluit Nijverdal, 12 december 2017 Nr. 17INT02673 De raad van ..." (xb13). A dateline, not
# a name. Where the body that opens the preamble follows it at once (with the decision's
# number), it dates the decision, as the same dateline on a line of its own does
# (`adoption.dateline_above_preamble`, zi02); xb11's form goes on with its labels and the
# meeting of another day, so its date is the form's.
_FORM_DATELINE = re.compile(rf"\w*[Bb]esluit[ \t]+{PLACE_DATE}")
_DATELINE_BEFORE_BODY = re.compile(
    rf"\w*[Bb]esluit[ \t]+{PLACE_DATE}{DECISION_NUMBER}[ \t]+"
    rf"(?:{'|'.join(body.rstrip() for body in OPENING_BODY)})\s"
)
# A raadsbesluit's page that opens with its meeting, the label and the date alone before the
# agenda's labels: "1 Raadsvergadering 16 december 2014 Agendapunt: Besluit ..." (zz01); the
# same label as zh10's on a line of its own (`adoption._MEETING_LABEL`). A proposal's page
# opens with its own name ("1 Raadsvoorstel Vergadering : 18 december 2014", za11).
_MEETING_OPENS = re.compile(rf"(?i){MEETING_LABEL}({DATE})\s")
# The end of a cover page: its number may stand after the name; the next page opens "2 ".
_PAGE_NUMBER = re.compile(r"(?: 1)?[ \t]*\n")
_NEXT_PAGE = re.compile(r"\s*2\s")
# The site's list of other documents under the page's title: each line the title or a
# snippet of another PDF, with its own bodies and dates ("Het algemeen bestuur van het
# Hoogheemraadschap De Stichtse Rijnlanden; gelezen het voorstel ... van 20 april 2010").
_SIMILAR = re.compile(r"\n[ \t]*Vergelijkbare documenten[ \t]*\n")


def without_similar(text: str) -> str:
    """The page up to the site's list of similar documents, which names other bodies and
    other dates; the offsets of what stays are those of the whole page."""
    similar = _SIMILAR.search(text, 0, 6000)
    return text if similar is None else text[: similar.start() + 1]


def _first_page(text: str) -> re.Match | None:
    """The first page of a document site's transcript ("1 <its first words>"), or None
    where the text is no such transcript."""
    head = text[:6000]
    return _FIRST_PAGE.search(head) if _SITE.search(head) else None


def transcript_title(text: str) -> Iterator[Candidate]:
    """The name at the start of a transcript's first page, where the page's own heading
    is not a regulation's name; and the joint body whose board opens the preamble after
    it: "Financiële verordening BEL Combinatie Het Algemeen Bestuur van de Werkorganisatie
    BEL-Gemeenten, overwegende ..." (a board stands at a line's start elsewhere,
    `organisation.named`)."""
    span = _name_span(text)
    if span is not None:
        start, end = span
        # A first page that holds nothing but the name is the PDF's cover: its own title,
        # over the sentence the site picked for its heading ("VeiligheidsRegio Kennemerland"
        # above "1 Gemeenschappelijke Regeling VeiligheidsRegio Kennemerland Toelichting").
        trust = SENTENCE if _cover(text, start, end) else LINE
        yield Candidate("title", text[start:end], start, end, "transcript", trust)
        yield from organisation.board_at(text, end + 1)


def _cover(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is all its page holds: the line ends with it (or
    with the page's number, "... RZG-Zuidplas 1") and the next page follows; or the page goes
    on with the table of contents, which a cover holds below the name."""
    if CONTENTS.match(text, end):
        return True  # the cover's table of contents follows the name (ud01)
    rest = _PAGE_NUMBER.match(text, end)
    return rest is not None and _NEXT_PAGE.match(text, rest.end()) is not None


def _name_span(text: str) -> tuple[int, int] | None:
    """Where the name at the start of a transcript's first page stands, if it has one."""
    page = _first_page(text)
    if page is None:
        return None
    heading = text[:6000].lstrip()
    if NAME_START.match(heading) and not contents_glued(heading.split("\n", 1)[0]):
        return None  # the site's heading is the name (not the PDF's lines it joined)
    start = page.start("page")
    header = _HEADER.match(text, start)
    if header:
        start = header.end()
    if NAME_START.match(text, start) is None:
        return None
    decision = _DECISION.match(text, start)
    if decision is not None:
        window = text[start : start + _DECISION_NAME]
        dated = decision.end() - start
        ends = [
            m.start()
            for m in (PREAMBLE.search(window, dated), _FULL_STOP.search(window, dated))
            if m
        ]
        if not ends:
            return None  # no end that can be told: no name
        end = min(ends)
    else:
        # A cover page's line ends the name ("1 Gemeenschappelijke Regeling VeiligheidsRegio
        # Kennemerland Toelichting" / "2"), less its page number; a page run into one
        # line is longer than the window.
        line_end = text.find("\n", start, start + WINDOW)
        window = text[start : start + WINDOW if line_end < 0 else line_end]
        if line_end >= 0 and _NEXT_PAGE.match(text, line_end):
            window = window.removesuffix(" 1")
        # The name ends where the preamble opens or the decision's heading follows it
        # ("Algemene subsidieverordening Zeeland 2007 Besluit van provinciale staten van
        # Zeeland van 8 december 2006, ..."), or else with its year.
        heading = _DECISION.search(window, 1)
        end = name_end(window, heading)
        if end is None and line_end >= 0 and _NEXT_PAGE.match(text, line_end):
            end = len(window)  # the cover holds the name alone
        if end is None:
            return None  # no end that can be told: no name
    name = name_before(window, end)
    if name is None or _FORM_DATELINE.match(name):
        return None
    return start, start + len(name)


def transcript_decision(text: str) -> Iterator[Candidate]:
    """The adoption date in the decision heading or the cover's labels at the start of a
    transcript's first page, and the date in force the cover gives beside it."""
    page = _first_page(text)
    if page is None:
        return
    start = page.start("page")
    end = min(page.end("page"), start + _DECISION_WINDOW)
    match = (
        _DECISION.search(text, start, end)
        or _COVER_DECISION.search(text, start, end)
        or _DATELINE_BEFORE_BODY.match(text, start, end)
        or _MEETING_OPENS.match(text, start, end)
    )
    if match and (value := parse_date(match.group(1))):
        yield Candidate(
            "adopted_on", value, match.start(1), match.end(1), "transcript decision", SENTENCE
        )
    if match and match.re is _COVER_DECISION and (value := parse_date(match.group(2) or "")):
        yield Candidate(
            "in_force_from", value, match.start(2), match.end(2), "transcript cover", SENTENCE
        )
