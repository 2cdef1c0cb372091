"""The regelingenbank's "Gegevens van de regeling" table, in every shape users copy it.

lokaleregelgeving.overheid.nl prints the metadata as a two-column table. Copied, its
cells arrive tab-separated ("Citeertitel\\tX"), with a colon, glued ("CiteertitelX",
"Vastgesteld doorgemeenteraad"), one cell per line, or several cells on one line
("Organisatie Bergen (NH) Organisatietype Gemeente") from a PDF. A value runs from
its label to the next label or the end of the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import reduce

from ..dates import parse_date
from ..scan import Anchors, finditer, near, text_cache
from .candidates import LABEL, SENTENCE, Candidate
from .title import join, wrapped

VERSION_BETREFT = "Betreft (aard van de regeling/wijziging)"
VERSION_SIGNED = "Datum ondertekening regeling"
# label -> field; None marks the table's other rows, which only end the value before them.
_LABELS: dict[str, str | None] = {
    "Organisatietype": "organisation_type",
    # The layout of the provinces' own regelgeving pages (to about 2011): "Type
    # overheidsorganisatieprovincie", "Naam overheidsorganisatie (creator):Utrecht",
    # "Citeertitel van de regelingSubsidieverordening ...".
    "Type overheidsorganisatie": "organisation_type",
    "Naam overheidsorganisatie (creator)": "organisation",
    "Citeertitel van de regeling": "citeertitel",
    # Its rows describe the version shown: "Betreft (aard van de regeling/wijziging)art. 4, 6",
    # "Datum ondertekening regeling17 december 2007", "Datum ondertekening
    # inwerkingtredingbesluit17 december 2007" (another decision's date, vg04).
    VERSION_BETREFT: None,
    VERSION_SIGNED: "adopted_on",
    "Datum ondertekening inwerkingtredingbesluit": None,
    "Afkorting van de naam van de regeling": None,
    "Datum tot wanneer (een versie van) de regeling geldig is": None,
    "Gedelegeerde regelgeving": None,
    "Organisatie": "organisation",
    "Overheidsorganisatie": "organisation",  # the register's older layout (to about 2015)
    "Officiële naam regeling": "title",
    "Citeertitel": "citeertitel",
    "Vastgesteld door": "adopted_by",
    "Vastgesteld op": "adopted_on",
    "Datum ondertekening": "adopted_on",
    # A body's own page of one decision: "Datum besluit: 20 juni 2017" (zm08, the provincie
    # Zuid-Holland's page of a GS decision).
    "Datum besluit": "adopted_on",
    # The same page's "Type besluit: GS-vergadering" names the meeting that decided, of the
    # body the abbreviation stands for (`adopter.term`; zm08). Not zk05's proposal form
    # "PS-vergadering: 31 januari 2020", the date of a meeting still to come.
    "Type besluit": "adopted_by",
    # Another page of that site labels it "Besluittype: GS Besluit" (vg06).
    "Besluittype": "adopted_by",
    "Datum inwerkingtreding": "in_force_from",
    "Inwerkingtreding": "in_force_from",
    # The register's older layout breaks its column headers at a hyphen ("Datum inwerking-" /
    # "treding", l12); a gemeente's own copy of it as a list joins the halves, each label
    # before its value: "• Datum inwerking-treding 13-03-2009" (vh09, Steenbergen's site).
    "Datum inwerking-treding": "in_force_from",
    "Datum uitwerking-treding": None,
    "Onderwerp": None,
    "Eigen onderwerp": None,
    "Opmerkingen met betrekking tot de regeling": None,
    "Opmerkingen m.b.t. de regeling": None,
    "Wettelijke grondslag": None,
    "Overzicht van in de tekst verwerkte wijzigingen": None,
    "Terugwerkende kracht": None,
    "Datum uitwerkingtreding": None,
    "Betreft": None,
    "Bron bekendmaking": None,
    "Kenmerk voorstel": None,
    # The label block that heads the Provinciaal blad van Limburg (about 2011): "Officiële
    # naam regeling: ... Citeertitel: ... Naam ingetrokken regeling: N.v.t. Besloten door:
    # Gedeputeerde Staten Onderwerp: ... Looptijd regeling: ... Verantwoordelijke afdeling: ...".
    "Naam ingetrokken regeling": None,
    # ruimtelijkeplannen.nl heads a plan's rules with "Gemeente:" / "Littenseradiel" /
    # "Plannaam:" / "Bestemmingsplan Wommels Noordoost" / "Status:" / "Vastgesteld" (zd10).
    "Plannaam": "title",
    "Besloten door": None,
    "Looptijd regeling": None,
    "Verantwoordelijke afdeling": None,
}
# For near(): the labels found in one walk of the text, not one scan a label.
_LABEL_WORDS = Anchors.any_of(tuple(_LABELS), before=0, after=80)
# The labels as one alternation, the longest first ("Datum ondertekening" before "Datum").
_ANY_LABEL = "|".join(re.escape(label) for label in sorted(_LABELS, key=len, reverse=True))
_LABEL = re.compile(r"(?:^|(?<=[ \t\n]))(?P<label>" + _ANY_LABEL + r")(?P<separator>[ \t]*[:\t|]|)")
# A row of the table at a line's start: its label glued to a value in capitals or figures
# ("CiteertitelVerordening op de rekenkamercommissie", "OrganisatietypeWaterschap",
# "Datum ondertekening17-12-2019") or set off by its separator ("Citeertitel: ..."). Every row
# opens so, so a line before it ends its own row, however far the line runs: a copy wrapped
# at 60 columns ended the title's cell "... Hoogheemraadschap van Schieland en de
# Krimpenerwaard" above "CiteertitelVerordening op de rekenkamercommissie" (us08).
ROW_OPENING = re.compile("(?:" + _ANY_LABEL + r")(?:[A-ZÀ-Ý0-9]|[ \t]*[:\t])")
# A table copied as Markdown or from a PDF's ruled grid sets its cells between bars, one row a
# line: "Organisatie | Harlingen |" (un05). A two-column row holds the label and one value; a
# row with more cells after it is a header of columns ("Datum publicatie | Organisatie |
# Jaargang en nummer | Rubriek |", the Gemeenteblad page's), whose labels name no value.
_BAR = "|"
# A label that a lowercase word and a colon go on is a longer label of the register's remarks,
# of another decision or a later change: "Datum ondertekening inwerkingtredingsbesluit:
# 20-12-2007" (xd09, also f15, n11, r03, t15, w11, x12, x13, z05, zg11, zl08), "Datum
# inwerkingtreding aanpassing: 1 december 2010" (n11). A value starts with its capital.
_LONGER_LABEL = re.compile(r" [a-z][\w-]*:")
# A lone label needs a separator to be a label: "Citeertitel: X" in a Word file.
# Without one, it counts only among others (the table), so a sentence or heading
# that starts with "Organisatie" is not taken for a cell.
# What the register writes in a cell it has no value for: "CiteertitelOnbekend".
_NO_VALUE = {"onbekend", "geen", "n.v.t.", "n.v.t", "nvt", "-", "–"}
_TABLE_GAP = 400
_TABLE_LABELS = 3
_DATE_FIELDS = ("adopted_on", "in_force_from")
# A name the copy wrapped in its cell goes on on the next line where it ends with a word a
# name cannot end with ("Officiële naam regelingRegeling aannemen van geschenken,
# vergoedingen en" / "uitnodigingen ...", a PDF or a hard-wrapped copy), never past the
# next label.
_NAME_FIELDS = ("title", "citeertitel")
_CELL_LINES = 3
# "Overzicht van in de tekst verwerkte wijzigingen": one row per version, its cells
# ending "... Betreft, Datum ondertekening, ...": "12-05-2022Nieuwe regeling\n\n21-04-2022".
# The row whose Betreft is "nieuwe regeling" dates the adoption; without one, the first
# row does, unless it concerns a part ("artikel 2", "bijlage 1"): that is an amendment.
# Glued in the older layout, a bar between them in a Markdown copy ("Betreft | Datum ondertekening").
_CHANGES_HEADER = re.compile(r"Betreft[\s|]*Datum ondertekening")
# The register's remark that its table does not go back to the regulation's start: its first
# row then dates a later version ("nieuwe regeling" 13-02-2018 of a besluit "vastgesteld op 5
# november 2002"), so the text's own statement of its adoption outranks it. A copy may wrap
# the remark anywhere ("... is niet" / "compleet", a PDF's line), so any space between words.
_INCOMPLETE = re.compile(
    r"(?i)overzicht\s+van\s+(?:de\s+regeling|in\s+de\s+tekst\s+verwerkte\s+wijzigingen)"
    r"\s+is\s+(?:mogelijk\s+)?niet\s+compleet"
)
# The register's short form of amended articles ("Art. 1, 5 en 12", "art. 1,2,3"); its "art."
# also heads cells that are no amendment ("art. Nieuwe regeling", m06).
_ARTICLES = re.compile(r"(?i)art\.?\s*\d")
# The register abbreviates the amendment too: "wijz. art. 1.1, 11.1, ..., vervanging Hoofdstuk
# 6, aanpassing kaarten" (ur11, Drenthe's omgevingsverordening; zl08's rows the same).
_AMENDED_PART = (
    "artikel",
    "bijlage",
    "hoofdstuk",
    "paragraaf",
    "§",
    "wijziging",
    "wijz.",
    "intrekking",
)
# A cell is a date, or words up to the line's end or the next date: the Betreft cell may
# hold numbers of its own ("Art. 1, 5 en 12", "vervanging van X vastgesteld op 25 april 2016").
_DATE_CELL = r"\d{2}-\d{2}-\d{4}"
_DATE_VALUE = re.compile(_DATE_CELL)  # a cell that is a date, read whole (`fullmatch`)
_CELL = re.compile(
    rf"{_DATE_CELL}|(?:(?!{_DATE_CELL})[^\n\t|])*?[^\W\d](?:(?!{_DATE_CELL})[^\n\t|])*"
)


def labelled(text: str) -> Iterator[Candidate]:
    """The values of the labelled table (and of "Label: value" lines) in `text`."""
    matches = list(near(_LABEL, text, _LABEL_WORDS))
    tabled = _in_table(text, matches)
    amended = _amended_version(text, matches)
    for index, match in enumerate(matches):
        field = _LABELS[match.group("label")]
        if field is None or not (match.group("separator") or tabled[index]):
            continue
        if amended and match.group("label") == VERSION_SIGNED:
            continue  # the amendment's signature, not the regulation's (vg04)
        if not match.group("separator") and _LONGER_LABEL.match(text, match.end()):
            continue  # "Datum ondertekening inwerkingtredingsbesluit: 20-12-2007": another label
        start = match.end()
        following = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        # The line's end, looked for up to the next label only: a line may hold the whole text.
        line_end = text.find("\n", start, following)
        end = following if line_end < 0 else line_end
        if "\t" in text[start:end].strip(" \t"):
            continue  # a column's name in a table's header row: "Organisatie<tab>Jaargang en nummer<tab>Rubriek"
        if _BAR in match.group("separator"):
            bar = text.find(_BAR, start, end)
            if bar >= 0:
                if text[bar + 1 : end].strip(" \t"):
                    continue  # more cells follow: a header row of columns
                end = bar
        if not text[start:end].strip():
            start, end = _next_line(text, end, following)
        value = text[start:end].strip(" \t:*")
        if not value or value.lower() in _NO_VALUE:
            continue
        start = text.index(value, start)
        if field in _NAME_FIELDS:
            value = _cell_lines(text, end, following, value) or wrapped(
                text, start, value, following
            )
        if field in _DATE_FIELDS:
            value = parse_date(value) or ""
        if value:
            yield Candidate(field, value, start, start + len(value.strip()), "table", LABEL)


def signed_row(text: str) -> Iterator[Candidate]:
    """The date of signature of the new regulation in the table of changes."""
    row = _new_row(text)
    if row is None:
        return
    offset, cells, index, trust = row
    following = cells[index + 1] if index + 1 < len(cells) else None
    if following is not None and following.group()[0].isdigit():
        start = offset + following.start()
        value = parse_date(following.group()) or ""
        yield Candidate("adopted_on", value, start, start + 10, "table of changes", trust)


def in_force_row(text: str) -> Iterator[Candidate]:
    """The date from which the new regulation applies, in the same row of the table of
    changes: its Datum inwerkingtreding, or the date its terugwerkende kracht reaches back
    to. The row's dates before its Betreft cell are inwerkingtreding, then terugwerkende
    kracht and uitwerkingtreding where they are filled: a second date before the first
    is the terugwerkende kracht ("16-05-2019 01-01-2019 Nieuwe regeling"), after it the
    uitwerkingtreding ("12-02-2007 05-12-2017 Nieuwe regeling")."""
    row = _new_row(text)
    if row is None:
        return
    offset, cells, index, trust = row
    if _ARTICLES.match(cells[index].group().strip()):
        return  # "Art. 62, 63, 71": the row amends articles of a regulation that took effect before
    dates = []
    for cell in reversed(cells[max(0, index - 3) : index]):
        if not _DATE_VALUE.fullmatch(cell.group().strip()):
            break  # a cell of words, or the row above's Kenmerk ("28 februari 2008, nr. 8", uq06)
        dates.insert(0, cell)
    values = [parse_date(cell.group()) for cell in dates]
    if not dates or None in values:
        return
    pick = 1 if len(dates) == 3 or (len(dates) == 2 and values[1] < values[0]) else 0
    start = offset + dates[pick].start()
    yield Candidate("in_force_from", values[pick], start, start + 10, "table of changes", trust)


@text_cache  # read by `signed_row` and `in_force_row`, from one scan of the text
def _new_row(text: str) -> tuple[int, tuple[re.Match, ...], int, int] | None:
    """The row of the table of changes that holds the new regulation, as (the offset of
    its cells, the cells, the index of its Betreft cell, the trust of its dates)."""
    header = next(finditer(_CHANGES_HEADER, text), None)
    if header is None:
        return None
    offset = header.end()
    trust = SENTENCE if _INCOMPLETE.search(text, 0, header.start()) else LABEL
    cells = tuple(c for c in _CELL.finditer(text[offset : offset + 3000]) if c.group().strip())
    betreft = [
        index
        for index, cell in enumerate(cells)
        if not cell.group()[0].isdigit()
        and not cell.group().strip().lower().startswith(("bron", "kenmerk"))
    ]
    # The Betreft cell as the register writes it, with or without a closing full stop
    # ("21-09-2007Nieuwe regeling.", uq06).
    new = [i for i in betreft if cells[i].group().strip(" .").lower() == "nieuwe regeling"]
    first = betreft[:1] if betreft and not _amends(cells[betreft[0]].group()) else []
    if not new and betreft and _withdraws(cells[betreft[0]].group()):
        first = _below_withdrawal(cells, betreft) or first
    chosen = (new or first)[:1]
    return (offset, cells, chosen[0], trust) if chosen else None


def _amended_version(text: str, matches: list[re.Match]) -> bool:
    """Whether the provinces' older layout shows an amended version: its "Betreft (aard van
    de regeling/wijziging)" cell names amended articles ("art. 4, 6") or a wijziging, as an
    amendment's row of the table of changes does (vg04). Its "Datum ondertekening regeling"
    then dates the amendment; the regulation's own adoption is stated elsewhere ("Besluit
    van Provinciale Staten van Utrecht van 20 maart 2003", its official name)."""
    for match in matches:
        if match.group("label") == VERSION_BETREFT:
            line_end = text.find("\n", match.end())
            cell = text[match.end() : line_end if line_end >= 0 else len(text)]
            return bool(_ARTICLES.match(cell.strip()) or _amends(cell))
    return False


def _amends(betreft: str) -> bool:
    return betreft.strip().lower().startswith(_AMENDED_PART)


def _withdraws(betreft: str) -> bool:
    return betreft.strip().lower().startswith(("intrekking", "ingetrokken"))


def _below_withdrawal(cells: tuple[re.Match, ...], betreft: list[int]) -> list[int]:
    """The newest row first: a withdrawal ("intrekking", Wormerland's row of 2014 above its
    own, uh07) ends the regulation and changes none of its text, so a row below it is still
    the first version's. Its Betreft cell is glued to the row's dates, as the register's
    layout writes them ("20-05-201001-10-200901-01-2015Onbekend"), and a date follows it (its
    Datum ondertekening); a Bron cell stands on its own line ("de Middenstander,
    29-09-2010"). An amendment's row is not passed, and a withdrawal that is the table's only
    row ("ingetrokken in verband met GR SED", l07) is read as before."""

    def dated(index: int) -> bool:
        return 0 <= index < len(cells) and cells[index].group()[0].isdigit()

    rows = [
        i
        for i in betreft[1:]
        if dated(i - 1) and dated(i + 1) and cells[i - 1].end() == cells[i].start()
    ]
    return rows[:1] if rows and not _amends(cells[rows[0]].group()) else []


def _in_table(text: str, matches: list[re.Match]) -> list[bool]:
    """Per label, whether it stands among others, as cells of a table do: near them, or on
    the next line however long its cell ("Officiële naam regeling" with a landsbesluit's
    whole intitulé between "Overheidsorganisatie Nederlandse Antillen" and "Citeertitel",
    zd07). Labels joined so form runs; a label is in a table where its run holds enough
    different labels. Each gap is measured once: a text on one line holds no break, and
    walking the run again from every label was quadratic."""
    tabled = [False] * len(matches)
    run_start = 0
    for index in range(1, len(matches) + 1):
        if index < len(matches):
            gap_start, gap_end = matches[index - 1].end(), matches[index].start()
            if not (gap_end - gap_start > _TABLE_GAP and text.count("\n", gap_start, gap_end) > 1):
                continue  # the run goes on
        run = range(run_start, index)
        if len({matches[i].group("label") for i in run}) >= _TABLE_LABELS:
            for i in run:
                tabled[i] = True
        run_start = index
    return tabled


def _cell_lines(text: str, end: int, following: int, value: str) -> str | None:
    """`value` with the lines a copy wrapped its cell into, where the next row follows them
    at a line's start: every row of the table opens with its label, so a line between two
    rows that opens with none goes on with the row above ("Officiële naam regelingRegeling
    Klokkenluiders en Vertrouwenspersoon" / "Integriteit 2009" / "CiteertitelRegeling ...",
    a PDF's or a hard-wrapped copy's table)."""
    row_start = text.rfind("\n", end, following) + 1
    if row_start == 0 or text[row_start:following].strip(" \t"):
        return None  # the next label is not at a line's start: no table row follows
    lines = [line.strip() for line in text[end:row_start].split("\n")[1:-1]]
    if not lines or len(lines) > _CELL_LINES or not all(lines):
        return None
    return reduce(join, lines, value)


def _next_line(text: str, position: int, limit: int) -> tuple[int, int]:
    """The next non-empty line after `position`, if it comes before the next label."""
    for line in re.finditer(r"[^\n]+", text[position:limit]):
        if line.group().strip():
            return position + line.start(), position + line.end()
    return position, position
