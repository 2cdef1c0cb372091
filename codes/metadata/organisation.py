"""Which public body the regulation is from.

The register (`codes.organisations`) knows every gemeente, provincie and waterschap;
the organisation is the longest register name that the text names in a preamble, a
label or a publication header. Bodies outside the register (an omgevingsdienst, a
ministry) are read from the label or from the decision title, with type "other". Guesses from the running text
are `text_guesses.py`'s; the parties of a regulation several bodies enter together,
`joint_parties.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..many_words import WordPlaces
from ..organisations import JOINT_KINDS, JOINT_TITLE_KIND, register
from ..scan import Anchors, finditer, first, line_match, near, word_char
from . import joint_names, opening_bodies, own_board, text_guesses
from .candidates import GUESS, HEADING, LINE, SENTENCE, Candidate
from .wrapped_names import NAME, one_line

TYPES = ("gemeente", "provincie", "waterschap")
_STRENGTH_TRUST = {3: SENTENCE, 2: LINE, 1: GUESS}
# A decree of the Crown opens "Wij Willem-Alexander, bij de gratie Gods, Koning der
# Nederlanden" (Beatrix, Koningin, before 2013).
# Starts with its literal, not "\b": a leading "\b" makes `re` try every position.
# The Staatsblad sets the King's name in capitals: "WIJ WILLEM-ALEXANDER, bij de gratie Gods,
# Koning der Nederlanden" (zc13).
_CROWN = re.compile(
    r"(?:Wij|WIJ) (?:Willem-Alexander|Beatrix|Juliana|WILLEM-ALEXANDER|BEATRIX|JULIANA),? "
    r"bij de [Gg]ratie Gods,? Konin(?:g|gin) der Nederlanden"
)
# A ministerial regulation names its minister: "Regeling van de Staatssecretaris van
# Volksgezondheid, Welzijn en Sport van 8 juni 2021, ...".
_MINISTER = re.compile(
    r"^[ \t]*(?:Regeling|Besluit|Beleidsregels?) van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris) van "
    r"(?P<ministry>[A-Z][\w ,]+?)(?:,? van \d|, (?:nr|kenmerk)|,? houdende|\n)",
    re.M,
)
_MINISTER_WORDS = ("inister van ", "taatssecretaris van ")  # on every _MINISTER match's line
# A body of several public bodies: "Het dagelijks bestuur van de gemeenschappelijke
# regeling Avres", "het algemeen bestuur van het openbaar lichaam Omgevingsdienst X".
# A name may end in a digit: "de gemeenschappelijke regeling Servicepunt71", and may stand
# in apposition with its article: "het openbaar lichaam de Groene Metropoolregio Arnhem-Nijmegen".
# A lowercase word that the preamble's ";" closes ends the name: "Het bestuur van de
# gemeenschappelijke regeling Tribuut belastingsamenwerking;" (zj15).
# The name stands on the kind's line: a news page's tag line "gemeenschappelijke regeling" above
# its photo credit "Beeld: Shutterstock" names no body (zp14; in the devset no body's name
# follows its kind on the next line, only zd06's, zd14's and zd15's register label
# "Officiële naam regeling").
# The Wgr's gemeenschappelijk orgaan (its article 8, second lid) is such a body too, its name
# often quoted: "Het gemeenschappelijk orgaan \"ROGplus Nieuwe Waterweg Noord\" stelt vast ..." (vd01).
_JOINT_BODY = re.compile(
    r"(?:gemeenschappelijke regeling|openbaar lichaam|gemeenschappelijk orgaan"
    r"|bedrijfsvoeringsorganisatie)[ \t]+"
    r"(?:(?:de|het)[ \t]+(?=[A-Z]))?[“\"‘']?"
    rf"(?P<name>{NAME}"
    r"(?:[ \t][a-z][\w-]*[a-z](?=;))?)"
)
_JOINT_WORDS = (
    "gemeenschappelijke regeling",
    "openbaar lichaam",
    "gemeenschappelijk orgaan",
    "bedrijfsvoeringsorganisatie",
)
# The text's title may open with the body's kind and name, capitalised as a title is:
# "Openbaar lichaam PlusTeam. Reglement van Orde van het Algemeen Bestuur" (vd02, the title
# of a PDF whose body lost the name: "Het Algemeen bestuur van het openbaar lichaam ;").
# Only the first line: lower in a page, a list of other documents may name other bodies
# (xp03's docplayer list holds the same title).
_TITLE_BODY = re.compile(
    rf"[ \t]*{JOINT_TITLE_KIND}[ \t]+(?P<name>{NAME})(?=[.,:;]?(?:[ \t]|$))",
    re.M,
)
# The regeling names the body it sets up, its own name, where the name of the regeling may
# differ: "Er is een openbaar lichaam genaamd: “Samenwerkingsorgaan Holland Rijnland”" under
# the heading "Gemeenschappelijke regeling Holland Rijnland" (xr10); "een openbaar lichaam
# met de naam ...". Trusted above the regeling's name (`_JOINT_BODY`).
_NAMED_BODY = re.compile(
    r"openbaar lichaam(?: genaamd| met de naam)[ \t]*:?[ \t]*[“\"‘']?"
    rf"(?P<name>{NAME})[”\"’']?"
)
_NAMED_BODY_WORDS = ("lichaam genaamd", "lichaam met de naam")
# The board that opens the preamble of a joint body's regulation: "Het Dagelijks Bestuur
# van de RUD Zuid-Limburg". A gemeente has no dagelijks or algemeen bestuur, and a
# waterschap's name is in the register; a name outside it is a body of several bodies,
# and the preamble names the body that adopts, where a site that publishes it ("Gemeente
# Meerssen | ...") only carries it.
# The boards may be listed ("Het algemeen bestuur, het dagelijks bestuur en de voorzitter van
# Veiligheidsregio IJsselland"), and the decision's own title opens with them ("Besluit van
# het algemeen bestuur, dagelijks bestuur en de voorzitter van Veiligheidsregio IJsselland
# houdende ...").
# The kind of body before its name is no part of it, written with capitals as a title
# too: "Het dagelijks bestuur van de Gemeenschappelijke Regeling ISD Bollenstreek" (zz09),
# "... van de Gemeenschappelijke regeling Werk en Inkomen Lekstroom" (zz08).
# The Wgr's own words for the kind may stand whole: "van de Gemeenschappelijke regeling op basis
# van een openbaar lichaam Werk en Inkomen Lekstroom" (xk04). The kind's adjective is never the
# name: "Gemeenschappelijke" before a lowercase word is the kind's first word, not a body.
# A plusregio's algemeen bestuur bore its own name: "De regioraad van de Stadsregio Amsterdam" (uq09).
_BOARD = r"(?:(?:[Dd]agelijks|[Aa]lgemeen) [Bb]estuur|[Rr]egioraad)"
_JOINT_KIND = (
    r"(?:[Gg]emeenschappelijke [Rr]egeling(?: op basis van een openbaar lichaam)?"
    r"|[Oo]penbaar [Ll]ichaam) "
)
_KIND_ADJECTIVE = r"(?!(?:[Gg]emeenschappelijke|[Oo]penbaar)[ \t]+[a-z])"
_BOARDS_OF = (
    rf"{_BOARD}(?:(?:,| en) (?:het |de )?(?:{_BOARD}|[Vv]oorzitter))* van (?:de |het )?"
    rf"(?:{_JOINT_KIND})?{_KIND_ADJECTIVE}(?P<name>{NAME})"
)
# A verordening's or regeling's heading names its board as a decision's does: "Verordening van
# het algemeen bestuur van het Recreatieschap Geestmerambacht houdende ..." (zj13).
_BOARD_OF = re.compile(
    rf"(?m)^[ \t]*(?:Het|De|(?:Besluit|Verordening|Regeling|Reglement) van (?:het|de)) {_BOARDS_OF}"
)
# The sentence a register page puts after the intitulé, where the text says it of itself:
# "Deze regeling is vastgesteld door het algemeen bestuur van Regionale Dienst Werk en Inkomen
# Kromme Rijn Heuvelrug (RDWI) op 16 april 2025" (zh05; the adopter reads the same words as
# `adopter._STATED`). Searched from its literal, found by `first`.
# The same statement without its subject opens a line of its own, as the adopter reads it too:
# "Vastgesteld door het Algemeen Bestuur van Laborijn op 7 oktober 2016." (xw07). Only at a
# line's start: mid-sentence, "..., vastgesteld door het algemeen bestuur van X" may define
# another regulation.
_STATED_BOARD = re.compile(
    rf"(?:(?:[Dd]eze|[Dd]it) [\w-]+ is vastgesteld|(?m:^)[ \t]*Vastgesteld) door het {_BOARDS_OF}"
)
_STATED_BOARD_WORDS = (" is vastgesteld door het ", "Vastgesteld door het ")
_BOARD_WORDS = (  # on its line
    "et dagelijks ",
    "et Dagelijks ",
    "et algemeen ",
    "et Algemeen ",
    "e regioraad ",
    "e Regioraad ",
)
# Where a transcript runs the preamble into the name's line (`transcript.transcript_title`).
_BOARD_AT = re.compile(rf"[ \t]*Het {_BOARDS_OF}")
# A joint body's directeur deciding in his own name opens the preamble as a board does, on
# a line of its own that the preamble's ";" or "," closes: "De directeur van de Omgevingsdienst
# Midden-Holland, voor zover het zijn bevoegdheid betreft;" (zf10), "De directeur
# (ondermandaatgever) van de Omgevingsdienst Haaglanden (ODH)," (xf03: his role and the body's
# abbreviation in brackets, the comma that closes a preamble's opening). Not the directeur a
# mandate names as its receiver ("Artikel 2 / De directeur van de Omgevingsdienst de Vallei
# ...", z01): that line goes on without the ";" or ",". Starts with its literal (codes/scan.py);
# `_director` checks that it opens its line.
_DIRECTOR = re.compile(
    r"(?m)De directeur(?:[ \t]+\([^()\n]{1,40}\))? van (?:de |het )?"
    rf"(?P<name>{NAME})(?:[ \t]+\([A-Za-z]{{2,10}}\))?"
    r"(?:,[ \t]+voor zover [^\n;]{0,60})?[;,][ \t]*$"
)
# The publication's own row on officielebekendmakingen: "| Ministerie van Algemene Zaken |
# Staatscourant 2010, 2084 | Interne regelingen |", copied with pipes, with tabs (a
# browser's copy, a Markdown table read) or with its cells glued ("Hoogheemraadschap van
# RijnlandWaterschapsblad 2017, 6790..."). The cell before the number of the issue is the
# body that publishes, a ministry or a joint body too.
_ISSUE = re.compile(
    r"(?m)^(?P<cells>[^\n]{2,300}?)(?:[ \t]*\|[ \t]*|\t[ \t]*|(?<=[a-z]))"
    r"(?:Staatscourant|Staatsblad|Gemeenteblad|Provinciaal blad|Waterschapsblad|"
    r"Blad gemeenschappelijke regeling)[ \t]+\d{4},[ \t]*\d"
)
_CELL_EDGE = re.compile(r"[|\t]")
_ISSUE_WORDS = Anchors.of(
    "Staatscourant",
    "Staatsblad",
    "Gemeenteblad",
    "Provinciaal blad",
    "Waterschapsblad",
    "Blad gemeenschappelijke regeling",
    before=300,
    after=40,
)
# Preamble words for a body the register may not hold (a merged or misspelt name).
_BODY_OF = re.compile(
    r"(?P<body>De raad van de gemeente|De gemeenteraad van|Provinciale Staten van|"
    r"(?:Het )?algemeen bestuur van (?:het )?waterschap|Burgemeester en wethouders van)\s+"
    r"(?P<name>(?:De |Den |Het |'s-)?[A-Z][\w'-]+(?:[- ](?:aan |op |en )?[A-Z][\w'-]+)*)"
)
_BODY_TYPE = {
    "de": "gemeente",
    "provinciale": "provincie",
    "het": "waterschap",
    "algemeen": "waterschap",
    "burgemeester": "gemeente",
}
# What every _BODY_OF match holds, for codes/scan.py::near.
_BODY_WORDS = Anchors.of(
    "De raad van de gemeente",
    "De gemeenteraad van",
    "Provinciale Staten van",
    "algemeen bestuur van",
    "Burgemeester en wethouders van",
    before=4,
    after=160,
)
# The head the organisation is read in: the register's places, the boards, the kind words.
HEAD = 20000
_LETTERS = re.compile(r"[^\W\d_]{2}")
# The words the rules of `_named` look for in the head (`scan.first`), found in one walk.
_HEAD_WORDS = (
    *_MINISTER_WORDS,
    *_JOINT_WORDS,
    *_NAMED_BODY_WORDS,
    *_BOARD_WORDS,
    *_STATED_BOARD_WORDS,
    *opening_bodies.HEAD_WORDS,
    *JOINT_KINDS,
)


def from_label(value: Candidate, kind: Candidate | None) -> Iterator[Candidate]:
    """The register's spelling of the organisation a label names, and its type."""
    kind_value = kind.value.lower() if kind else None
    known = register().lookup(value.value, kind_value if kind_value in TYPES else None)
    name = known.name if known else value.value
    yield Candidate("organisation", name, value.start, value.end, value.rule, value.trust)
    if known:
        yield Candidate(
            "organisation_type", known.type, value.start, value.end, value.rule, value.trust
        )
    elif kind is not None:
        yield type_from_label(kind)
    else:
        # The register holds every gemeente, provincie and waterschap: a body outside it
        # ("RegionaalSamenwerkingsorgaan Gooi en Vechtstreek") is of another type, unless
        # anything else in the text says otherwise.
        yield Candidate("organisation_type", "other", value.start, value.end, value.rule, GUESS - 3)


def paired_type(chosen: dict[str, Candidate], candidates: list[Candidate]) -> Candidate | None:
    """The type that came with the chosen organisation, where the chosen type came with
    another body's name: the type belongs to the organisation. A regelingenbank label
    "Stadsgewest Haaglanden" (a joint body, outside the register) outranks "Delft" in the
    cell "Elektronisch Gemeenteblad, Delft, Den Haag, ..." of its table of changes, and so
    does its type; a type read from words alone ("wethouders") names no body and stays."""
    body, kind = chosen.get("organisation"), chosen.get("organisation_type")
    if body is None or kind is None:
        return None
    kinds_body = _beside(candidates, "organisation", kind)
    if kinds_body is None or kinds_body.value == body.value:
        return None
    return _beside(candidates, "organisation_type", body)


def _beside(candidates: list[Candidate], field: str, other: Candidate) -> Candidate | None:
    """The candidate for `field` that the rule of `other` read at the same place, if any."""
    place = (other.start, other.end, other.rule)
    return next(
        (c for c in candidates if c.field == field and (c.start, c.end, c.rule) == place), None
    )


def type_from_label(kind: Candidate) -> Candidate:
    """The label's "Organisatietype"; a type outside the register's ("Regionaal
    samenwerkingsorgaan") is "other"."""
    value = kind.value.lower() if kind.value.lower() in TYPES else "other"
    return Candidate("organisation_type", value, kind.start, kind.end, kind.rule, kind.trust)


# The register's own print of a regulation heads each page with the organisation as the
# register names it: "CVDR Officiële uitgave van Avres. Nr. CVDR600099_1 7 juni 2016" (a
# docplayer transcript keeps it on page 1, uo03; "... van Katwijk. Nr. CVDR610682_1").
_CVDR_PRINT = re.compile(
    r"\bCVDR\s+Offici[eë]le uitgave van (?P<name>[^\W\d][^.\n]{0,80}?)\.\s+Nr\.\s+CVDR\d"
)


def published_by(text: str) -> Iterator[Candidate]:
    """The body in the publication's row; outside the register it is of type "other"."""
    head = text[:5000]
    if "CVDR" in head and (printed := _CVDR_PRINT.search(head)) is not None:
        name = printed.group("name").strip()
        yield from _publisher(name, printed.start("name"), printed.end("name"), "register print")
        return
    for match in near(_ISSUE, head, _ISSUE_WORDS):
        cells = [c.strip() for c in _CELL_EDGE.split(match.group("cells"))]
        name = re.sub(r"^\d{2}-\d{2}-\d{4}\s*", "", next((c for c in reversed(cells) if c), ""))
        if not _LETTERS.search(name):
            continue
        start = match.start("cells") + match.group("cells").rindex(name)
        yield from _publisher(name, start, start + len(name), "publication")
        return


def _publisher(name: str, start: int, end: int, rule: str) -> Iterator[Candidate]:
    """The body that publishes, as the register of organisations names it; a body the
    register does not know is of type "other"."""
    known = register().lookup(name)
    yield from _pair(
        known.name if known else name, known.type if known else "other", start, end, rule, LINE
    )


def named(text: str, earlier: list[Candidate] | tuple[Candidate, ...] = ()) -> Iterator[Candidate]:
    """The organisation the text names, strongest place first; guesses after it. A guess is
    read only where it could win: where each of its fields already has a candidate trusted
    above it (in `earlier`, the other rules', or here), it cannot (`candidates.choose`; a
    guess is too weak to warn), and its scan is skipped."""
    known = list(earlier)  # before this generator's own candidates join the caller's list
    found = list(_named(text))
    yield from found
    known += found
    settled_type = _settled(known, ("organisation_type",), GUESS - 3)
    if not settled_type and (kind_word := text_guesses.kind_word(text[:HEAD])) is not None:
        word, kind = kind_word
        yield Candidate(
            "organisation_type", kind, word.start(), word.end(), "kind words", GUESS - 3
        )
    if not _settled(known, ("organisation", "organisation_type"), GUESS - 2):
        yield from text_guesses.named_in_text(text)


def _settled(candidates: list[Candidate], fields: tuple[str, ...], trust: int) -> bool:
    """Whether each of `fields` has a candidate with a value trusted above `trust`."""
    return all(
        any(c.field == field and c.value and c.trust > trust for c in candidates)
        for field in fields
    )


def _named(text: str) -> Iterator[Candidate]:
    """The organisation the register, a decree, a minister, a board or a preamble names."""
    head = text[:HEAD]
    places = WordPlaces(head, _HEAD_WORDS)  # what the rules below look for, in one walk
    found = register().find(head)
    if found is not None:
        trust = _STRENGTH_TRUST[found.strength]
        yield from _pair(
            found.organisation.name,
            found.organisation.type,
            found.start,
            found.end,
            "register",
            trust,
        )
    yield from joint_names.joint_body(head, places)
    crown = next((c for c in _CROWN.finditer(head) if not word_char(head, c.start() - 1)), None)
    if crown:  # an AMvB or Royal decree: national, whatever places its text lists
        yield Candidate(
            "organisation_type", "other", crown.start(), crown.end(), "royal decree", SENTENCE
        )
    minister = line_match(_MINISTER, head, _MINISTER_WORDS, places)
    if minister:
        ministry = "Ministerie van " + minister.group("ministry").strip(" ,")
        yield from _pair(
            ministry,
            "other",
            minister.start("ministry"),
            minister.end("ministry"),
            "decision title",
            HEADING,
        )
    yield from opening_bodies.minister_opens(head, places)
    yield from opening_bodies.ministry_heads(head)
    yield from opening_bodies.court_label(head)
    yield from opening_bodies.state_body_opens(head, places)
    yield from own_board.organisation(head)
    at = first(head, _NAMED_BODY_WORDS, places=places)
    named_body = _NAMED_BODY.search(head, max(0, at - 20)) if at >= 0 else None
    if named_body and register().lookup(name := one_line(named_body.group("name"))) is None:
        start, end = named_body.start("name"), named_body.end("name")
        yield from _pair(name, "other", start, end, "preamble", SENTENCE)
    at = first(head, _JOINT_WORDS, places=places)
    joint = _JOINT_BODY.search(head, at) if at >= 0 else None
    if joint is None:
        joint = _TITLE_BODY.match(head)
    if joint and register().lookup(name := one_line(joint.group("name"))) is None:
        yield from _pair(name, "other", joint.start("name"), joint.end("name"), "preamble", LINE)
    yield from _board(line_match(_BOARD_OF, head, _BOARD_WORDS, places))
    yield from _board(_director(head))
    at = first(head, _STATED_BOARD_WORDS, places=places)
    yield from _board(_STATED_BOARD.search(head, max(0, at - 40)) if at >= 0 else None)
    yield from opening_bodies.capitals_preamble(head, places)
    yield from opening_bodies.capitals_heading(head, places)
    body = next(near(_BODY_OF, head, _BODY_WORDS), None)
    if body:
        kind = _BODY_TYPE[body.group("body").split()[0].lower()]
        yield from _pair(
            body.group("name"), kind, body.start("name"), body.end("name"), "preamble", GUESS - 1
        )


def _director(text: str) -> re.Match | None:
    """The directeur of a joint body who opens the preamble on a line of his own."""
    for match in finditer(_DIRECTOR, text):
        if not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip():
            return match
    return None


def board_at(text: str, start: int) -> Iterator[Candidate]:
    """The body outside the register whose board opens a preamble at `start`, type other."""
    yield from _board(_BOARD_AT.match(text, start))


def _board(board: re.Match | None) -> Iterator[Candidate]:
    if board and register().lookup(name := one_line(board.group("name"))) is None:
        yield from _pair(
            name, "other", board.start("name"), board.end("name"), "preamble", SENTENCE
        )


_pair = opening_bodies.pair
