"""The regulation's name: its heading, its decision title, and the name it is cited by.

A copied page opens with the furniture of the site it came from (lokaleregelgeving,
officielebekendmakingen, document-sharing sites); none of it is ever a title. After
it comes the title line, on a regelingenbank page repeated after "Intitulé"; a
decision title ("Besluit van de raad van de gemeente X van 12 februari 2024,
houdende ... (Citeertitel)") also dates the decision and gives the short title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import reduce

from ..dates import DATE, parse_date
from ..organisations import register
from ..scan import first as first_of_words
from ..scan import line_start, word_char
from ..unfinished import UNFINISHED_WORDS
from ..unwrap import PREAMBLE_OPENING
from . import adoption, name_edges, run_on
from .candidates import GUESS, HEADING, LINE, SENTENCE, Candidate
from .decree_titles import DATED_ACT, dated_decree, full_title
from .furniture import is_furniture, lines_site_heading, site_heading
from .name_edges import NEXT_LINE, REGULATION
from .repeat import dated_repeat
from .wrapped_names import HYPHEN_BREAK

# Also in capitals, as the Staatsblad heads a decree: "BESLUIT van 15 oktober 2018, ..." (zc13).
_DECISION = re.compile(
    r"^(?:Besluit|Verordening|Regeling|Beleidsregels?|Reglement|Gedragscode|Mandaatbesluit|"
    r"BESLUIT|VERORDENING|REGELING)\s+(?:van|houdende)\b"
)
_DECISION_DATE_TAIL = (
    rf"[ \t]*(?:Besluit|Verordening|Regeling|Beleidsregels?)\s+van\s(?:(?!houdende)[^\n]){{0,200}}?"
    rf"van\s*(?:\w+dag\s+)?({DATE})"
)
_DECISION_DATE = re.compile("^" + _DECISION_DATE_TAIL, re.M)
# The same after a line's break: starts with its literal (codes/scan.py), so that a search
# of the text's head is not tried at every position.
_DECISION_DATE_LINE = re.compile("\n" + _DECISION_DATE_TAIL)
_INTITULE = re.compile(r"(?m)^[ \t]*Intitulé[ \t]*\n\s*(\S[^\n]*)")
# The next line glued to the title when a copy loses its breaks: "... 2025Het college
# van ...", "... 2019)Hoofdstuk 1".
_GLUED_HEADING = re.compile(
    r"(?<=[\w)])(?=(?:Hoofdstuk|HOOFDSTUK|Artikel|Paragraaf|§)\s*[\dIVX])"
    r"|(?<=[a-z\d)])(?=(?:Het|De|Dit|Deze|Wij|Burgemeester|Gedeputeerde|Provinciale|Gelet|Gezien|"
    r"Gelezen|Overwegende|Inleiding|Aanhef)\b)"
)
# The page's own heading on lokaleregelgeving: the line above "Geldend van ...".
_VALID_FROM = re.compile(r"Geldend van")
# The name of a part of a document, never of the regulation.
_SECTION = re.compile(
    r"(?i)(?:\d+\.?\s*)?(?:toelichting|inleiding|voorwoord|samenvatting|aanhef|considerans|"
    r"algemene toelichting|artikelsgewijze toelichting|overwegingen ten aanzien van het besluit)\W*$"
)
# A document site's title run into the PDF's first numbered heading: "Toelichting op de
# marktverordening gemeente Gulpen-Wittem. 1. Inleiding" (xv12, docplayer), "Beleidsregels ...
# gemeente Lopik" / "1. Inleiding" joined by a wrapped copy (v03). The number marks a heading of
# the body, never a word of the name.
_NUMBERED_SECTION_END = re.compile(
    r"\.?\s*\d{1,2}\.\s*(?:Inleiding|Aanleiding|Voorwoord|Samenvatting|Achtergrond|Algemeen)\s*$",
    re.I,
)
# The preamble's opening words, the body that decides: "De raad van de gemeente Heerde".
_PREAMBLE = re.compile(PREAMBLE_OPENING + r"\s+\S+[^\n,;:]{0,60}$")
# A clause of the preamble opens with the words that give its ground: "Gelet op: Artikelen 2
# en 3 Wet gemeentelijke schuldhulpverlening" (uo04, the sentence a document site took from
# the PDF for its heading), "gelezen het voorstel ...", "overwegende dat ...". It says why a
# decision is taken, never what it is called. "Besluit ..." is left out: it names a decision.
_CLAUSE = re.compile(r"(?i)(?:gelet\s+op|gelezen|gezien|overwegende)\b")
# What the copy holds besides the regulation, set off by a comma or brackets, closes its
# heading and is no part of the name: "Reglement van Orde voor de vergaderingen ... gemeente
# Valkenswaard 2012, inclusief toelichting." (vd04), "... (met toelichting)". Not set off it may
# be the name a register gives ("Wegenverordening Zeeland 2010 met toelichting", uj06); a
# toelichting's own name opens with the word ("Toelichting op de Keur ...") and keeps it.
_EXPLANATION = (
    r"(?:inclusief|incl\.|met)[ \t]+(?:de[ \t]+)?"
    r"(?:algemene[ \t]+|artikelsgewijze[ \t]+)?toelichting"
)
_WITH_EXPLANATION = re.compile(rf"(?i)(?:,[ \t]*{_EXPLANATION}|[ \t]*\({_EXPLANATION}\))\.?$")
# A definition of the begripsbepalingen, "term: de betekenis", in lower case as a defined term
# is: "voorzitter: de voorzitter van de raad of diens waarnemer" (vd04, the clause 5dok picked
# from the PDF for its page's heading). It says what a word means, never what a text is called.
_DEFINITION = re.compile(r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}: (?:de|het|een|een ieder|alle) ")
# The first heading of the body: the title, if any, stood above it.
_BODY_HEADING = re.compile(r"(?i)(?:artikel|hoofdstuk|paragraaf|bijlage|§)\s")
# An annex named in three words or more as a text's first line: the text is that annex,
# published on its own ("Bijlage (slechts als hulpmiddel) Overzicht van de bestaande
# artikelen in de huidige APV"); "Bijlage 1" or "Bijlage 2 Toelichting" opens a part.
_ANNEX_NAME = re.compile(r"(?i)bijlage(?:\s+[\dIVX]{1,4}\b)?[.:]?(?:\s+[^\s\d]\S*){3,}")
_DECISION_BODY = re.compile(r"(?i)(?:gelet op|gelezen|gezien|overwegende|besluit\b|besluiten\b)")
_ADOPTING_ACT = re.compile(r"(?i)(?:bekendmaking (?:van de )?)?(?:besluit tot )?vaststelling\b")
# The publication's row copied without its cells runs into the heading below it, glued
# where its last cell (the rubriek) ends: "OverijsselProvinciaal blad 2018, 8581Overige
# besluiten van algemene strekkingRegeling melding en openbaarmaking ... 2018".
_GLUED_ROW = re.compile(
    r"(?i:gemeenteblad|provinciaal ?blad|waterschapsblad|staatscourant|blad gemeenschappelijke "
    r"regeling)\s+\d{4},\s*\d+[^\n]*?(?<=[a-z)])(?=[A-Z])"
)
_LETTERS = re.compile(r"[^\W\d_]")
# "GEMEENTEBLAD. Nr Verordening ...": before a regulation's word, or before any name where a
# document site joined the PDF's lines with ". " ("PROVINCIAAL BLAD. 22e wijziging ..."). The
# blad's second line, who publishes it, goes with it: "GEMEENTEBLAD. Officiële publicatie van
# Gemeente Houten. Gemeenschappelijke regeling ..." (the publisher is no part of the name).
_PUBLICATION_PREFIX = re.compile(
    r"(?i)(?:gemeenteblad|provinciaal ?blad|waterschapsblad|staatscourant)(?:\.\s+(?=\w)|\s+"
    rf"(?=(?:nr\.?\s*\d*\s+)?{REGULATION}))"
    r"(?:offici[eë]le (?:publicatie|uitgave) van [^.\n]{2,80}\.\s+(?=\w))?(?:nr\.?\s*\d*\s+)?"
)
# The Staatscourant heads a gemeenschappelijke regeling's notice with its label: "Bekendmaking
# Gemeenschappelijke regeling Intergemeentelijke Sociale Dienst Brabantse Wal" (xz08); the
# name follows it.
_NOTICE_LABEL = re.compile(rf"(?i)bekendmaking\s+(?=(?:[^\W\d_]+\s+)?[^\W\d_]*{REGULATION})")
_PDF_LINE_JOIN = re.compile(r"(?<=[^\W\d_]{3})\. (?=[A-Z])")
# A news page's date stamp before its headline: " date 2023-03 Waterschap aan de slag met ...".
_DATE_STAMP = re.compile(r"(?:date\s+)?(?:\d{4}-\d{2}(?:-\d{2})?|\d{2}-\d{2}-\d{4})\s+(?=[A-Z])")
# The older officielebekendmakingen page's publication stamp, its time glued to the name
# that follows when the copy lost the break: "Gepubliceerd op 16 februari 2015
# 09:00Verordening op de Controlecommissie provincie Limburg 2015" (vg02). The stamp alone on
# its line stays furniture.
_PUBLISHED_STAMP = re.compile(
    r"(?i:gepubliceerd op)\s+\d{1,2}\s+[a-z]+\s+\d{4}\s+\d{1,2}:\d{2}(?=[A-Z])"
)
# A raadsvoorstel's subject line names what the proposal adopts: "Onderwerp Gedragscode
# bestuurlijke integriteit voor de burgemeester en de wethouders van de gemeente Lelystad 2014
# vast te stellen" (f08), or without the verb: "Onderwerp Verordening Cliëntenparticipatie
# Participatiewet Gemeente Tytsjerksteradiel 2015" (za11). The subject may name the act of
# adopting before it, the form set its colon apart: "Onderwerp : Vaststelling verordening
# Straatnamen en huisnummering" (ur02) adopts the verordening, which is the name.
_SUBJECT_NAME = (
    r"(?:(?i:vaststell(?:ing|en)) (?:van )?(?:de |het )?)?"
    rf"(?={REGULATION})(?P<name>.+?)(?:\s+vast te stellen)?\.?$"
)
_PROPOSAL_SUBJECT = re.compile(r"Onderwerp ?:?\s+" + _SUBJECT_NAME)
# The subject's value alone, as the proposal's field gives it (`_proposal_subject`).
_SUBJECT_VALUE = re.compile(_SUBJECT_NAME)
# A proposal to the council or the college says what it is about in its form's subject field,
# "ONDERWERP" over its value or "Onderwerp: ..." on one line: that subject is its title, over the
# page name a document site set above the form ("Raadsvoorstel - Gemeente Weert" / ... /
# "ONDERWERP" / "Aanpassen Reglement van Orde raad ...", ux03; "overheveling begeleiding van
# AWBZ naar Wmo - raadbergen" / ... / "Onderwerp: Vaststelling WMO-verordening", vb09). Only in a
# proposal: a register's "Onderwerp" row names its subject area ("bestuur en recht").
_PROPOSAL = re.compile(r"(?i)voorstel")
_SUBJECT_FIELD = re.compile(
    r"(?m)^[ \t]*(?:ONDERWERP|Onderwerp)(?:[ \t]*:[ \t]*|[ \t]*\n[ \t]*)(?=\S)"
)
_PROPOSAL_HEAD = 3000
# ruimtelijkeplannen.nl heads a plan's page with labelled lines: "Plan: Nijrees Zuid" / "Status:
# vastgesteld" / "Plantype: bestemmingsplan" (xv10, ub06). The label's value is the plan's name.
_PLAN_LABEL = re.compile(r"Plan: (?P<name>\S.*)$")
# A line that ends where a title cannot end, so a PDF or a narrow page wrapped the title
# after it: an article, a preposition or a conjunction ("Gedragscode integriteit voor de
# burgemeester en de" / "wethouders van de gemeente X"), "gemeente" before its name, a
# hyphen ("Hendrik-Ido-" / "Ambacht") or an open bracket.
_OPEN_END = re.compile(
    r"(?i)(?:(?<![\w-])(?:"
    + "|".join(sorted(UNFINISHED_WORDS | {"gemeente", "provincie", "waterschap"}))
    + r")|(?<=\w)-|\()$"
    # A dash between spaces joins two parts of a name; the wrap broke after it ("Algemeen
    # mandaatbesluit omgevingsdienst regio Nijmegen -" / "gemeente Wijchen 2019", zf14; "...
    # Budgetbeheer 2025 -" / "2027", zh05; both wrapped at 60 columns).
    r"|\s[-–]$"
)
_WRAPPED_LINES = 3
# A decision's title ends with its full stop; a copy's wrap may run it into the lowercase
# clause below ("... Regionale uitvoeringsdienst Utrecht." / "ieder voor zover het hun
# bevoegdheid betreft,", v04 as a PDF gives it). After a word of three letters or more, so
# that "nr. 2008RGW01" and "d.d." stay.
_DECISION_END = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[a-z])")
# A document site heads a PDF with its first lines joined, the contents page's heading
# among them: "Reglement van Orde Provinciale Staten Provincie Flevoland. Inhoudsopgave"
# (zf04), "Gemeenschappelijke Regeling AV. Inhoudsopgave" (o13). The heading is no part
# of the name.
_CONTENTS_END = re.compile(r"(?:\.[ \t]*|[ \t]+)Inhoudsopgave$")
# A report's or letter's fields run into its name on one line: "Rapport betreffende een
# klacht over het Waterschap Roer en Overmaas te Sittard. Datum: 31 december 2013
# Rapportnummer: 2013/207".
# So do a decree's date in force and the statement of its adoption, on the heading's line
# of a transcript: "BESLUIT van 15 oktober 2018, ... (Rechtspositiebesluit decentrale
# politieke ambtsdragers). Inwerkingtreding: 1 januari 2019" (zc13), "Gedragscode Integriteit
# college van dijkgraaf en hoogheemraden HHSK 2015 Vastgesteld in de verenigde vergadering
# van 30 september 2015." (ze11).
_RUN_IN_FIELD = re.compile(
    r"\.?\s+(?:(?:Datum|Kenmerk|Rapportnummer|Zaaknummer|Documentnummer|Nummer|Ons kenmerk|"
    r"Inwerkingtreding)\s*:|Vastgesteld (?:in|door|op|bij)\b"
    # and a royal decree's preamble, the King's name, where a copy runs the decree's title
    # into it: "Besluit van houdende wijziging van ... en enkele andere wijzigingen Wij
    # Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, ..." (zt07, adoc).
    r"|Wij\s+[A-Z][\w-]+,\s+bij\s+de\s+gratie\s+Gods)"
    # A web page's heading with the statement of its adoption in lowercase after the name, the
    # date closing the line: "Visie, werkwijze en Reglement van orde van de rekenkamer
    # Meierijstad vastgesteld op 11 december 2023" (xg01). Never after a comma: a decision's
    # title dates the regulation it amends so ("... provincie Zeeland 2015, vastgesteld op 13
    # februari 2015, kenmerk ...", b02), and the name goes on there.
    rf"|(?<!,)\s+vastgesteld op (?=(?:{DATE})\.?$)"
)
# An annex's bare label above the decision it holds: a ministry's letter sends the draft decree
# as "Bijlage 2" / "Besluit van houdende wijziging van ..." (zt07). The decision names the text.
_ANNEX_LABEL = re.compile(r"(?i)bijlage(?:\s+[\dIVX]{1,4})?[.:]?$")


def title_lines(text: str) -> Iterator[Candidate]:
    """The page's heading, the title after "Intitulé", and the first line that is a title."""
    heading = _page_heading(text)
    if heading is not None:
        yield full_title(text, heading) or dated_decree(text, heading) or heading
    head = text[:30000]
    at = head.find("Intitulé")
    for match in _INTITULE.finditer(head, line_start(head, at)) if at >= 0 else ():
        title = _GLUED_HEADING.split(match.group(1))[0].strip().rstrip(".")
        if title and not is_furniture(title):
            title = wrapped(text, match.start(1), title)
            end = match.start(1) + len(title)
            yield Candidate("title", title, match.start(1), end, "intitulé", SENTENCE)
            break
    subject = _proposal_subject(text)
    if subject is not None:
        yield subject
    line = _first_line(text)
    if line is not None:
        yield line


def _proposal_subject(text: str) -> Candidate | None:
    """A proposal's subject field (`_SUBJECT_FIELD`), where the head is a proposal's form."""
    # from the line of the field's word, found as a literal: `re` tries "^" at every place
    at = first_of_words(text, ("Onderwerp", "ONDERWERP"), _PROPOSAL_HEAD)
    field = _SUBJECT_FIELD.search(text, line_start(text, at), _PROPOSAL_HEAD) if at >= 0 else None
    if field is None or _PROPOSAL.search(text, 0, field.start()) is None:
        return None
    start = field.end()
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end].rstrip()
    line = name_edges.before_body_field(_RUN_IN_FIELD.split(line, maxsplit=1)[0])
    if (subject := _SUBJECT_VALUE.match(line)) is not None:
        start += subject.start("name")
        line = subject.group("name")
    line = wrapped(text, start, line).rstrip(" .")
    if len(line) < 8 or is_furniture(line):
        return None
    return Candidate("title", line, start, start + len(line), "proposal subject", SENTENCE)


def _page_heading(text: str) -> Candidate | None:
    """The line above "Geldend van", passing over furniture such as "[Regeling vervallen]"."""
    valid = next(
        (v for v in _VALID_FROM.finditer(text, 0, 30000) if not word_char(text, v.start() - 1)),
        None,
    )
    if valid is None:
        return None
    end = text.rfind("\n", 0, valid.start()) + 1
    for _ in range(4):
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        line = text[start:end].strip()
        if line and not is_furniture(line):
            title = _GLUED_HEADING.split(line)[0].strip().rstrip(".")
            offset = text.index(title, start)
            first, end = _wrapped_before(text, offset), offset + len(title)
            if first < offset:
                lines = [" ".join(line.split()) for line in text[first:offset].split("\n")]
                title = reduce(join, [*filter(None, lines), title])
            return Candidate("title", title, first, end, "page heading", HEADING)
        if start == 0:
            return None
        end = start - 1
    return None


def _open(line: str) -> bool:
    if name_edges.lost_parenthesis(line):
        return False
    return (
        _OPEN_END.search(line) is not None
        or line.count("(") > line.count(")")
        # a quotation the line opens and does not close: "BELEIDSREGEL ‘WIJZIGING BESTEMMING /
        # GEBRUIKSFUNCTIE NAAR" / "WONEN’ GEMEENTE KERKRADE’" (zm10 wrapped at 60 columns)
        or line.count("‘") > line.count("’")
    )


def _continuation(line: str) -> bool:
    """A line that may carry on a wrapped title: never furniture (a date line among it),
    the preamble, a heading of the body or a sentence of its own. A decision's title opens
    with the word its body's "besluit:" does: "Besluit van Gedeputeerde Staten ... houdende
    regels omtrent de subsidie voor het buurtfonds (Subsidieregeling buurtfonds Noord-" /
    "Brabant)" (o03 wrapped at 78 columns)."""
    return bool(
        line
        and not is_furniture(line)
        and not _PREAMBLE.match(line)
        and not (_DECISION_BODY.match(line) and not _DECISION.match(line))
        and not _BODY_HEADING.match(line)
    )


def join(head: str, tail: str) -> str:
    # A hyphen at a break belongs to the word ("Hendrik-Ido-" + "Ambacht") unless the
    # next line goes on with a conjunction ("raads-" + "en commissieleden"); a dash between
    # spaces keeps its space ("regio Nijmegen -" + "gemeente Wijchen 2019").
    if head.endswith("-") and not head.endswith(" -") and not re.match(r"(?:en|of|tot)\b", tail):
        return head + tail
    return f"{head} {tail}"


def wrapped(text: str, start: int, title: str, limit: int | None = None) -> str:
    """`title`, the line at `start`, with the lines a wrap broke it into after it, read no
    further than `limit` (the next label of a table: a bound, not a copy of the text)."""
    limit = len(text) if limit is None else limit
    end = start + len(title)
    for _ in range(_WRAPPED_LINES):
        if end >= limit or text[end] not in ("\n", "\r"):
            break
        line_start = end + (2 if text[end : end + 2] == "\r\n" else 1)
        line_end = text.find("\n", line_start, limit)
        line_end = limit if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if not (_open(title) or _goes_on(title, line)) or not _continuation(line):
            break
        line = _GLUED_HEADING.split(line)[0].strip()
        title = join(title, line.rstrip("."))
        end = line_start + text[line_start:line_end].find(line) + len(line)
    return title


def _goes_on(title: str, line: str) -> bool:
    """Whether `line`, right below a title's line, carries it on though the title's line
    could end there: after a comma in a list the name enumerates ("Beleidslijn Bibob gemeente
    Almere voor horecabedrijven, speelautomatenhallen," / "seksinrichtingen, escortbedrijven
    en growshops", zo01 as `pdftotext -layout` gives it), or in lowercase, which no new
    line of a heading starts with."""
    return title.endswith(",") or line[:1].islower()


def _wrapped_before(text: str, start: int) -> int:
    """Where a heading that ends on the line at `start` begins, where a wrap broke it
    after a word that cannot end a title, or a comma ("... Provinciale Staten van
    Zuid-Holland," / "e.a. (Reglement van Orde ... Zuid-" / "Holland, e.a.)", ze10 as
    `pdftotext -layout` gives it)."""
    for _ in range(_WRAPPED_LINES):
        # from the line's start: a PDF's copy sets a line off by a margin or centres it
        line_start = text.rfind("\n", 0, start) + 1
        if line_start < 2:
            break
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start : line_start - 1].strip()
        if not prev or not (_open(prev) or prev.endswith(",")) or not _continuation(prev):
            break
        start = prev_start + text[prev_start:line_start].find(prev)
    return start


def contents_glued(line: str) -> bool:
    """Whether a site's heading ends with the PDF's contents heading (`_CONTENTS_END`)."""
    return _CONTENTS_END.search(line.rstrip()) is not None


def decision_title(text: str) -> Iterator[Candidate]:
    """The date in a decision title: "Besluit van Provinciale Staten van 25 september 2020, ..."."""
    match = _DECISION_DATE.match(text, 0, 30000) or _DECISION_DATE_LINE.search(text, 0, 30000)
    if match and not adoption.announces_another(text, match.start()):
        value = parse_date(match.group(1))
        if value:
            yield Candidate(
                "adopted_on", value, match.start(1), match.end(1), "decision title", HEADING
            )


def dated_name(name: Candidate) -> Candidate | None:
    """The date in the official name the table states: "Officiële naam regelingVerordening van
    provinciale staten van Utrecht van 23 juni 2008, registratienummer ..., tot ...". It
    dates the decision before any "Besluit van ... van <date>" further down (the remarks
    may cite the decision that repealed it)."""
    match = _DECISION_DATE.match(name.value)
    value = parse_date(match.group(1)) if match else None
    if not value:
        return None
    start = name.start + match.start(1)
    return Candidate("adopted_on", value, start, name.start + match.end(1), "table name", HEADING)


def _first_line(text: str) -> Candidate | None:
    for match in re.finditer(r"(?m)^[ \t#*>•-]*(\S.*?)[ \t*]*$", text[:6000]):
        line, start = match.group(1), match.start(1)
        if stamp := _DATE_STAMP.match(line) or _PUBLISHED_STAMP.match(line):
            line, start = line[stamp.end() :], start + stamp.end()
        if number := name_edges.number_end(line) or name_edges.bill_label_end(line):
            line, start = line[number:], start + number
        if article := name_edges.article_end(line):
            line, start = line[article:], start + article
        if label := name_edges.site_label_end(line):
            line, start = line[label:], start + label
        line = name_edges.before_body_field(_RUN_IN_FIELD.split(line, maxsplit=1)[0])
        line = name_edges.without_file_label(line)
        if glued := _GLUED_ROW.search(line):
            line, start = line[glued.end() :], start + glued.end()
        if (after := name_edges.after_body(line)) is not None:
            line, start = line[after:], start + after
        if field := name_edges.subject_field(line):
            line, start = line[field[0] : field[1]], start + field[0]
        elif subject := _PROPOSAL_SUBJECT.match(line) or _PLAN_LABEL.match(line):
            line, start = subject.group("name"), start + subject.start("name")
        if len(line) < 8 or "|" in line or is_furniture(line) or _only_a_body(line):
            continue
        if _field_label(text, match.end()):
            continue  # "Punt no." / ": 6": a form's label, its value on the next line
        preamble = _PREAMBLE.match(line) is not None
        clause_like = preamble or line.endswith((",", ";", ":")) or _DEFINITION.match(line)
        if clause_like and lines_site_heading(text, line):
            # 5dok heads its page with a clause it picked from the PDF ("De raad, het college
            # en de burgemeester van de gemeente Lopik; ieder voor zoveel het hun bevoegdheden
            # betreft;", un04): not the PDF's first line, which follows the site's furniture.
            # (A heading with a full stop may be the name with its stop.)
            continue
        if name_edges.cut_short(line):
            continue  # a site's heading cut short: the whole name stands further down
        if name_edges.named_in_full_below(line, text, match.end()):
            continue  # the site's page name above the document's own, fuller heading
        if len(_LETTERS.findall(line)) < 0.6 * len(line.replace(" ", "")) and not _dated_act(line):
            continue  # OCR debris or a number row, not a name
        if (_BODY_HEADING.match(line) and not _ANNEX_NAME.match(line)) or _SECTION.match(line):
            if site_heading(text, line):
                continue  # a heading a document site picked from inside the PDF (z09, 5dok)
            if _ANNEX_LABEL.match(line) and _heads_decision(text, match.end()):
                continue
            return None  # the text starts with its first article or section: no title is stated
        if preamble or _CLAUSE.match(line):
            return None  # the text starts with its preamble: the decision names what it adopts
        line = _GLUED_HEADING.split(line)[0].rstrip(" ")
        line = _NUMBERED_SECTION_END.sub("", _CONTENTS_END.sub("", line))
        line = _WITH_EXPLANATION.sub("", line)
        # A line the view joined after a compound name's hyphen ends as `wrapped` ends one.
        line = wrapped(text, start, line).rstrip("." if HYPHEN_BREAK in line else "")
        if _open(line):
            # Still open where no next line goes on with it: a cut sentence, such as a
            # site's banner ("U bekijkt een publicatie met", zh01), never a name.
            continue
        if _DECISION.match(line) is not None:
            line = _DECISION_END.split(line, maxsplit=1)[0].rstrip(".")
        elif name_edges.name_with_stop(line):
            line = line[:-1]
        elif len(line) > 160 and (opening := run_on.opening_name(line)) is not None:
            line = opening
        elif len(line) > 160 and name_edges.long_name(line, text, match.end()):
            pass
        elif len(line) > 160 or (
            line.endswith((".", ",", ";", ":")) and not name_edges.initials_end(line)
        ):
            return None  # the text opens with running text or a preamble: no title line
        # "Vaststelling gedragscode ..." names the act of adopting; the name of what it
        # adopts ("vast te stellen de Gedragscode ... 2016") is the better title.
        trust = GUESS - 1 if _ADOPTING_ACT.match(line) else LINE
        end = start + len(line)
        prefix = _PUBLICATION_PREFIX.match(line) or _NOTICE_LABEL.match(line)
        if prefix:  # "GEMEENTEBLAD. Nr Verordening jeugdhulp Alkmaar 2015" (a PDF's first lines)
            line, start = line[prefix.end() :], start + prefix.end()
        if site_heading(text, line):
            # A document site's title joins the PDF's first lines with ". ":
            # "Gedragscode. Provinciale Staten van Utrecht".
            line = _PDF_LINE_JOIN.sub(" ", line)
        if (dated := dated_repeat(text, line, end)) is not None:
            return Candidate("title", *dated, "first line", trust)
        return Candidate("title", line, start, end, "first line", trust)
    return None


def _heads_decision(text: str, end: int) -> bool:
    """Whether the line after `end` opens with a decision's heading (`_DECISION`)."""
    following = NEXT_LINE.match(text, end)
    return following is not None and _DECISION.match(following.group(1)) is not None


def _field_label(text: str, end: int) -> bool:
    """Whether the line after `end` opens with a colon: the value of a form's field whose
    label is the line before it ("Punt no." / ": 6", ur02's raadsvoorstel)."""
    following = NEXT_LINE.match(text, end)
    return following is not None and following.group(1).startswith(":")


def _dated_act(line: str) -> bool:
    """Whether a line is an act's heading by its date, all digits but its words: the
    Staatsblad names an act "Wet van 28 september 2022, Stb. 2022, 430" (zp10; zc13's "BESLUIT
    van 15 oktober 2018, Stb. 2018, 386, houdende ..." the same with its subject)."""
    return DATED_ACT.match(line) is not None


def _only_a_body(line: str) -> bool:
    """Whether a line names nothing but a body, in any case: a PDF's page header
    "GEMEENTE REIMERSWAAL" above the title (zh06; f14's "GEMEENTE HILVERSUM" the same)."""
    return register().lookup(line) is not None or register().lookup_any_case(line) is not None
