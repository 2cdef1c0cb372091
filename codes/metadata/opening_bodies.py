"""Bodies that open a text in shapes the register's scan (`Register.find`) does not read:
a minister on a line of his own (a Kamerstuk's letter, a ministerial preamble) and a
preamble in capitals. Each yields the organisation and its type (`organisation.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..many_words import WordPlaces
from ..organisations import register
from ..scan import first, line_start, opens_line
from .candidates import HEADING, LINE, SENTENCE, Candidate

# The minister who opens a text on a line of his own: the sender of a Kamerstuk's letter,
# in capitals under the dossier's number and letter ("O BRIEF VAN DE MINISTER VAN
# BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES", zh13, whose letter is signed "Den Haag, 21
# april 2020": a place, not the body), or the minister who opens a regulation's preamble
# ("De Minister van Financiën,", t01). The Kamerstuk's page may set the letter's number on
# the same line, as it sets it before every kind of paper ("Nr. 17 NOTA NAAR AANLEIDING ...",
# "Nr. 3 MEMORIE VAN TOELICHTING"): "Nr. 183 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN
# KONINKRIJKSRELATIES" (ux06, signed "Den Haag, 20 juni 2019").
_MINISTER_OPENS = re.compile(
    r"^[ \t]*(?:(?:[Nn]r\.[ \t]*\d{1,4}[ \t]+|[A-Z\d]{1,3}[ \t]+)?BRIEF VAN DE (?:MINISTER|STAATSSECRETARIS) VAN "
    r"(?P<caps>[A-ZÀ-Ý][A-ZÀ-Ý ,]+?)|De (?:Minister|Staatssecretaris) van "
    r"(?P<ministry>[A-Z][\w ,]+?),)[ \t]*$",
    re.M,
)
_MINISTER_OPENS_WORDS = (
    "INISTER VAN ",
    "TAATSSECRETARIS VAN ",
    "inister van ",
    "taatssecretaris van ",
)
_LOWER_IN_NAMES = {"EN", "VAN", "VOOR"}
# The same preamble in capitals, as a PDF's transcript or an older page sets it: "DE RAAD VAN
# DE GEMEENTE BEEK;" (zc09, where nothing else names Beek), "BURGEMEESTER EN WETHOUDERS VAN PEEL
# EN MAAS", "PROVINCIALE STATEN VAN GELDERLAND" (c08, c13, f12, i09, n08, r11, t03, t13, z01,
# z14, zb08, zd08). The name is the longest run of its words the register knows in any case.
# The older genitive "der" stands for "van de": "DE RAAD DER GEMEENTE EPE" (up04), as the
# preambles in lower case write "De raad der gemeente Putten" (uo08, xd02, zz02).
_BODY_CAPS = re.compile(
    r"(?P<body>DE RAAD (?:VAN DE|DER) GEMEENTE|DE GEMEENTERAAD VAN|BURGEMEESTER EN WETHOUDERS VAN"
    r"(?: DE GEMEENTE)?|PROVINCIALE STATEN VAN|GEDEPUTEERDE STATEN VAN)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý'][A-ZÀ-Ý'-]*(?:[ \t]+[A-ZÀ-Ý'][A-ZÀ-Ý'-]*){0,3})"
)
_BODY_CAPS_WORDS = (
    "DE RAAD VAN DE GEMEENTE ",
    "DE RAAD DER GEMEENTE ",
    "DE GEMEENTERAAD VAN ",
    "BURGEMEESTER EN WETHOUDERS VAN ",
    "PROVINCIALE STATEN VAN ",
    "GEDEPUTEERDE STATEN VAN ",
)
# A heading in capitals names its body after the kind's word, as a heading in lower case does
# ("... gemeente Heerde 2014", which `Register.find` reads after its kind, strength 2): "TOELICHTING
# ALGEMENE PLAATSELIJKE VERORDENING GEMEENTE HEERDE 2014" (uu01), "TOELICHTING OP DE VERORDENING
# MAATSCHAPPELIJKE ONDERSTEUNING GEMEENTE GENNEP" (uu02), docplayer transcripts of PDFs that set
# the name in capitals. Kind and name in capitals both, the kind a whole word ("GEMEENTEBLAD",
# "GEMEENTEN" are no kind), read in the head where a heading stands. The name is the longest run
# of its words the register knows in any case; a waterschap's register name holds its kind.
_KIND_CAPS = re.compile(
    r"(?<![\w-])(?P<kind>GEMEENTE|PROVINCIE|WATERSCHAP|HOOGHEEMRAADSCHAP(?: VAN)?)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý'][A-ZÀ-Ý'-]*(?:[ \t]+[A-ZÀ-Ý'][A-ZÀ-Ý'-]*){0,4})(?![\w-])"
)
_KIND_CAPS_WORDS = ("GEMEENTE ", "PROVINCIE ", "WATERSCHAP ", "HOOGHEEMRAADSCHAP ")
_KIND_CAPS_HEAD = 2000
# A national body outside the register that opens its own decision's preamble on a line of
# its own, as a gemeente's raad does: "DE RAAD VAN STATE, / Gelet op artikel 10:3 ..." (zp15,
# its mandate under the Woo). Not "De Raad van State gehoord (advies van ...)" in a royal
# decree (j14, w15, zo09, zq01): the line goes on. The Hoge Colleges van Staat that decide
# on their own affairs, and the Kiesraad, in their own spelling.
_STATE_BODIES = ("Raad van State", "Algemene Rekenkamer", "Nationale ombudsman", "Kiesraad")
_STATE_BODY_WORDS = tuple(spelling for name in _STATE_BODIES for spelling in (name, name.upper()))
_STATE_BODY_LINE = re.compile(
    r"[ \t]*(?:De|DE|Het|HET)?[ \t]*(?P<name>[^\n,;]+?)[ \t]*[,;][ \t]*$", re.M
)


# What the rules below look for with `scan.first`, for the caller's one walk (`WordPlaces`).
HEAD_WORDS = (*_MINISTER_OPENS_WORDS, *_BODY_CAPS_WORDS, *_STATE_BODY_WORDS, *_KIND_CAPS_WORDS)


def pair(name: str, kind: str, start: int, end: int, rule: str, trust: int) -> Iterator[Candidate]:
    """The organisation and its type, read by one rule at one place."""
    yield Candidate("organisation", name, start, end, rule, trust)
    yield Candidate("organisation_type", kind, start, end, rule, trust)


def capitals_preamble(head: str, places: WordPlaces | None = None) -> Iterator[Candidate]:
    """The organisation a preamble in capitals names (`_BODY_CAPS`), as a preamble in
    the register's spelling would (`Register.find`, strength 3)."""
    at = first(head, _BODY_CAPS_WORDS, places=places)
    body = _BODY_CAPS.search(head, at) if at >= 0 else None
    if body is None:
        return
    kind = "provincie" if "STATEN" in body.group("body") else "gemeente"
    words = body.group("name").split()
    for count in range(len(words), 0, -1):
        known = register().lookup_any_case(" ".join(words[:count]), kind)
        if known is not None and known.type == kind:
            start = body.start("name")
            end = start + len(" ".join(words[:count]))
            yield from pair(known.name, known.type, start, end, "preamble", SENTENCE)
            return


def capitals_heading(head: str, places: WordPlaces | None = None) -> Iterator[Candidate]:
    """The organisation a heading in capitals names after its kind's word (`_KIND_CAPS`), as
    the register's scan reads a name after its kind in lower case (strength 2, a line's trust)."""
    at = first(head, _KIND_CAPS_WORDS, _KIND_CAPS_HEAD, places=places)
    while 0 <= at < _KIND_CAPS_HEAD:
        heading = _KIND_CAPS.match(head, at)
        found = list(_known_in_capitals(heading)) if heading is not None else []
        if found:
            yield from found
            return
        at = first(head, _KIND_CAPS_WORDS, _KIND_CAPS_HEAD, start=at + 1, places=places)


def _known_in_capitals(heading: re.Match) -> Iterator[Candidate]:
    """The longest run of the name's words in `heading` that the register knows as its kind."""
    kind_words = heading.group("kind")
    waterschap = kind_words.startswith(("WATERSCHAP", "HOOGHEEMRAADSCHAP"))
    kind = "waterschap" if waterschap else kind_words.lower()
    words = heading.group("name").split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        spelling = f"{kind_words} {name}" if kind == "waterschap" else name
        known = register().lookup_any_case(spelling, kind)
        if known is not None and known.type == kind:
            start = heading.start("name")
            yield from pair(known.name, kind, start, start + len(name), "heading", LINE)
            return


def state_body_opens(head: str, places: WordPlaces | None = None) -> Iterator[Candidate]:
    """The national body that opens its decision's preamble on a line of its own
    (`_STATE_BODIES`): the organisation, of type other."""
    at = first(head, _STATE_BODY_WORDS, places=places)
    if at < 0:
        return
    line = _STATE_BODY_LINE.match(head, line_start(head, at))
    by_case = {name.casefold(): name for name in _STATE_BODIES}
    if line is not None and (name := by_case.get(line.group("name").casefold())) is not None:
        yield from pair(name, "other", line.start("name"), line.end("name"), "preamble", SENTENCE)


def minister_opens(head: str, places: WordPlaces | None = None) -> Iterator[Candidate]:
    """The ministry whose minister opens the text on a line of his own (`_MINISTER_OPENS`);
    a name in capitals in the ministry's spelling ("Binnenlandse Zaken en Koninkrijksrelaties")."""
    at = first(head, _MINISTER_OPENS_WORDS, places=places)
    opens = _MINISTER_OPENS.search(head, line_start(head, at)) if at >= 0 else None
    if opens is None:
        return
    group = "caps" if opens.group("caps") else "ministry"
    name = opens.group(group).strip(" ,")
    if group == "caps":
        name = " ".join(
            word.lower() if word in _LOWER_IN_NAMES else word.capitalize() for word in name.split()
        )
    start = opens.start(group)
    yield from pair(
        "Ministerie van " + name, "other", start, start + len(name), "minister", HEADING
    )


# The ministries by their current names. A cover's or a copy's first line may give one by its
# older, shorter name ("Ministerie van Binnenlandse Zaken i.s.m de Vereniging van Nederlandse
# Gemeenten, ... – Handreiking", xh05: BZK's name before 1998, still the common one): a name
# that starts exactly one of these is that ministry (a whole name wins: "Economische Zaken").
_MINISTRIES = (
    "Algemene Zaken",
    "Asiel en Migratie",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Buitenlandse Zaken",
    "Defensie",
    "Economische Zaken",
    "Economische Zaken en Klimaat",
    "Financiën",
    "Infrastructuur en Waterstaat",
    "Justitie en Veiligheid",
    "Klimaat en Groene Groei",
    "Landbouw, Natuur en Voedselkwaliteit",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid",
    "Volksgezondheid, Welzijn en Sport",
    "Volkshuisvesting en Ruimtelijke Ordening",
)
_FIRST_LINE_MINISTRY = re.compile(
    r"[ \t]*Ministerie van (?P<name>[A-Z][\w, ]+?)(?=[ \t]*(?:$|\n|i\.s\.m\b|in samenwerking met\b|[–|]))"
)


def ministry_heads(head: str) -> Iterator[Candidate]:
    """The ministry that the text's first line names, as a cover page or a copy's heading
    gives its publisher; of type other."""
    line = _FIRST_LINE_MINISTRY.match(head) or _under_title(head)
    if line is None:
        return
    named = line.group("name").strip(" ,")
    full = [name for name in _MINISTRIES if name == named] or [
        name for name in _MINISTRIES if name.startswith(named + " ")
    ]
    if len(full) == 1:
        yield from pair(
            "Ministerie van " + full[0],
            "other",
            line.start("name"),
            line.end("name"),
            "first line",
            SENTENCE,
        )


# A first line that is not blank, and the blanks and blank lines after it.
_TITLE_LINE = re.compile(r"[^\n]*\S[^\n]*\n\s*")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _under_title(head: str) -> re.Match[str] | None:
    """The ministry alone on the line under the first, as a publication site sets its publisher
    under the document's name ("Modelbeleidskader verboden handelingen" / "Ministerie van
    Binnenlandse Zaken en Koninkrijksrelaties", xm03); a sentence that goes on names no
    publisher."""
    title = _TITLE_LINE.match(head)
    line = _FIRST_LINE_MINISTRY.match(head, title.end()) if title else None
    if line is None or not _LINE_END.match(head, line.end()):
        return None
    return line


def opens_before(
    chosen: dict[str, Candidate], parties_start: int, candidates: list[Candidate] = ()
) -> bool:
    """Whether one body's preamble opens the page before the parties of a gemeenschappelijke
    regeling do: a raad's decision consenting to the regeling, whose text follows it ("De Raad
    van de gemeente Rotterdam, / gelezen ... / besluit: in te stemmen met ... / Aldus
    vastgesteld ... / Gemeenschappelijke regeling ... / De colleges van ...", zj12) is the
    raad's, and the parties further down take its organisation away from none. The preamble
    counts where the register's "Vastgesteld door" cell was chosen over it: the cell names
    the same decision's body ("Het college van burgemeester en wethouders van de gemeente
    Heerlen / Overwegende dat ... / Besluit de gemeenschappelijke regeling ... te wijzigen ...:
    / De colleges van ... van de gemeenten Beekdaelen, Brunssum, Heerlen, ...", xr12)."""
    adopters = [chosen.get("adopted_by")]
    adopters += [c for c in candidates if c.field == "adopted_by"]
    return any(
        adopter is not None and adopter.rule == "preamble" and adopter.end <= parties_start
        for adopter in adopters
    )


# rechtspraak.nl sets each field's label on a line above its value: "Instantie" / "Gerechtshof
# 's-Hertogenbosch" (xm06), "Instantie" / "Parket bij de Hoge Raad" (xm07). The court is the
# document's body; the place in its name is its seat, not the gemeente, nor is a party's
# gemeente further down ("raadslid van de gemeente Bloemendaal").
_COURT_LABEL = re.compile(
    r"Instantie[ \t]*\n[ \t]*(?P<name>(?:Gerechtshof|Rechtbank|Parket bij de Hoge Raad|Hoge Raad|"
    r"Centrale Raad van Beroep|College van Beroep voor het bedrijfsleven|Raad van State)"
    r"[^\n]{0,60}?)[ \t]*(?=\n)"
)


def court_label(head: str) -> Iterator[Candidate]:
    """The court that rechtspraak.nl's "Instantie" label names, of type other."""
    at = head.find("Instantie")
    label = _COURT_LABEL.match(head, at) if at >= 0 and opens_line(head, at) else None
    if label is not None:
        name = label.group("name")
        yield from pair(name, "other", label.start("name"), label.end("name"), "label", SENTENCE)
