"""Who adopted the regulation (`adopted_by`) and from when it applies (`in_force_from`).

`adopted_by` is one term of `body_terms.VOCABULARY`, so that a researcher can count raad against
college. The body is read where the grammar of a Dutch decision names it: the decision's
heading ("Besluit van provinciale staten van ..."), the body that opens the preamble
("De raad van de gemeente X; gelezen ...; besluit:"; a gemeenschappelijke regeling's parties
in the plural, "De colleges van burgemeester en wethouders van de gemeenten A, B, ..."), a
notice ("Gedeputeerde Staten van
Groningen maken bekend dat Provinciale Staten ... hebben besloten") and a statement
("Vastgesteld door het college ...", "vastgesteld in B&W", "is door de gemeenteraad
vastgesteld"); the register's "Vastgesteld
door" cell is read by `table.py`. Rules give the words they read; `body_terms.term` turns them into
the vocabulary once the organisation's type is known ("het college" of a provincie is
gedeputeerde staten).

`in_force_from` is a calendar date the text states: "treedt in werking op 1 januari
2020", "is per 1 juli 2004 in werking getreden", "met ingang van 1 april 2008 vast te stellen" (the dictum's infinitive is `dictum.py`'s), "Datum van inwerkingtreding: 1 juli
2019", "INGANGSDATUM:", "met de ingangsdatum 1 januari 2025" (zh05), or the register's table of changes (`table.in_force_row`). Where the regulation
"werkt terug tot en met" a date, it applies from that date, which outranks the day it
took effect. A relative moment ("de dag na bekendmaking") is no date. The register
page's "Geldend van ..." line dates the version shown, not the regulation, and is not read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..many_words import WordPlaces
from ..scan import BLANK, Anchors, lowered, near, opening_matches, run_start
from .active_voice import stated_actively
from .adoption import PUBLICATION, RELATIVE_CLAUSE, announces_another
from .body_terms import ABBREVIATED, term
from .body_terms import BODY as _BODY
from .body_terms import OUTSIDE_WORD as _OUTSIDE_WORD
from .body_terms import PLURAL as _PLURAL
from .body_terms import SINGLE as _SINGLE
from .candidates import HEADING, SENTENCE, Candidate
from .competence import competent_body
from .glued_openings import after_glued_stop, glued_article, run_in_article
from .own_board import own_board

# One body at the start of lowercase words (`dictum_label`).
OPENS_WITH_BODY = re.compile(_SINGLE)
# The words that follow the opening body in a preamble or announcement, after its name:
# "De raad van de gemeente X; gelezen ...", "Het college ...; gelet op ...", "Provinciale
# staten van Zeeland • - gelet op", "Het bestuur besluit:", "... , ieder voor zover het zijn
# bevoegdheden betreft", "De raad van de gemeente Zevenaar delegeert ...", "De verenigde
# vergadering ... heeft op 21 juni 2017 besloten". The proposal may open its own line without
# "op het": "De gemeenteraad van Haaksbergen / voorstel van het college van:" (zi15). The
# dictum may be in the perfect, as older decisions write it, with its colon: "HET COLLEGE VAN
# BURGEMEESTER EN WETHOUDERS VAN DE GEMEENTE GRONINGEN, / (RO 13.3736222); / HEEFT BESLOTEN:"
# (zq09); without the colon "hebben besloten tot ..." reports another decision (f02, zp03).
# The proposal may be "in behandeling genomen" instead of read: "De raad van de gemeente
# Steenbergen; / In behandeling genomen het voorstel van d.d. 3 juni 2014" (xb10).
_PREAMBLE_WORDS = (
    r"(?:gelet|gelezen|gezien|overwegende|op\s+(?:het\s+)?voorstel|op\s+(?:de\s+)?voordracht|"
    r"in\s+behandeling\s+genomen|"
    r"\n[ \t]*voorstel\s+van\s+(?!orde\b)|"
    r"gehoord|besluit|besluiten|b\s?e\s?s\s?l\s?u\s?i\s?t|(?:ieder|elk)\s+voor\s+zover|delegeert|"
    r"heeft\s+op|hebben\s+op|(?:heeft|hebben)\s+besloten(?=\s*:))\b"
)
# The body, or bodies ("De burgemeester en het college van burgemeester en wethouders van
# Voorschoten, ieder voor zover ..."), opening a clause: at a line's start (after a bullet
# or a transcript's page number), after "aanhef", or glued to the intitulé before it
# ("Klokkenluidersregeling 2025Het college van ..."; checked on the source's capital). Also
# joined by "respectievelijk" ("De burgemeester respectievelijk het college ...", zo04) or its
# synonym "onderscheidenlijk", either after a comma ("De raden, respectievelijk de colleges van
# burgemeester en wethouders van de gemeenten Nissewaard en Voorne aan Zee;", zu04), and with
# the article after "en" on its own line ("... en wethouders / en de / burgemeester", zn03).
_AND = r"\s*(?:,|en|(?:,\s*)?(?:respectievelijk|onderscheidenlijk))(?:\s+(?:het|de))?\s+"
BODIES = rf"(?P<bodies>{_BODY}(?:{_AND}{_BODY})*)"
# A line closed by ";" that a list of bodies, each on its own line closed so, continues up
# to the clause that makes them decide together ("Gedeputeerde Staten van Fryslân;" /
# "Commissaris van de Koning in de provincie Fryslân;" / "Ieder voor zover het hun
# bevoegdheden betreft;", xh01): the first body is then the list's, not a preamble of its own.
_LISTED_BODY_END = (
    r";(?=(?:[ \t]*\n)+(?:[^;\n]{0,160};(?:[ \t]*\n)+){0,3}[ \t]*(?:ieder|elk)\s+voor\s+zover)"
)
# One organisation's bodies (the plural ones are `_JOINT_OPENING`'s, tried only before them).
_OPENING = re.compile(
    rf"(?P<bodies>{_SINGLE}(?:{_AND}{_SINGLE})*)"
    # Several bodies may follow one a line, each line ending in a comma ("Het dagelijks
    # bestuur van het Waterschap Limburg,\nDe voorzitter van ...,\nDe secretaris-directeur
    # voor zover het artikel 8 betreft,\n... Overwegende"), or in a ";" before "ieder voor zover".
    + rf"(?=(?:[^;\n]{{0,160}}?(?:,|{_LISTED_BODY_END})[ \t]*(?:\n[ \t]*)+){{0,8}}"
    + rf"[^;\n]{{0,160}}?[;,:]?[\s•·*-]*{_PREAMBLE_WORDS})"
)
# Bodies in the plural name their organisations after them, a list that may run to thirty
# gemeenten ("De raden en de colleges van burgemeester en wethouders van de gemeenten
# Bernheze, Boekel, ..., ieder voor zover"): the preamble's words may stand further away.
# The list may go on past its ";" with "alsmede" and a second list ("De dagelijkse besturen van
# het waterschap Aa en Maas, ...; alsmede de colleges van dijkgraaf en hoogheemraden van ...;
# Gezien de toestemming", zj07).
_JOINT_OPENING = re.compile(
    rf"(?=(?:de[ \t]+)?(?:{_PLURAL})\b)"
    + BODIES
    + rf"(?=[^;\n]{{0,800}}?(?:;[ \t]*alsmede\s[^;\n]{{0,800}}?)?[;,:.]?[\s•·*-]*{_PREAMBLE_WORDS})"
)
# The heffingsambtenaar and the invorderingsambtenaar are bestuursorganen of their own (art.
# 231, tweede lid, Gemeentewet; art. 123 Waterschapswet): they adopt their mandaat- and
# beleidsbesluiten with a preamble, as a body does ("De heffingsambtenaar; / overwegende ...;
# / b e s l u i t", uz01; "De heffingsambtenaar van 1Stroom en de invorderingsambtenaar van
# 1Stroom, ieder voor zover het hun bevoegdheden betreft; / besluiten", zj14). An officer is
# outside the vocabulary: "other". Only at a line's start before the preamble's words, so
# that an article's "De heffingsambtenaar kan ..." is not read.
_OFFICER = r"(?:de[ \t]+)?(?:heffings|invorderings)ambtenaar(?:[ \t]+van[ \t]+[^;,\n]{1,80}?)?"
_OFFICER_OPENING = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?P<bodies>{_OFFICER}(?:[ \t]+en[ \t]+{_OFFICER})?)"
    + rf"[ \t]*[;,:]?[\s•·*-]*{_PREAMBLE_WORDS}",
    re.MULTILINE,
)
# The words a body's name starts with after its article, found in one Aho-Corasick walk of the
# head (`_name_starts`): `re` tries an alternation at every place where one of their first
# letters stands.
_BODY_START_WORDS = (
    "college",
    "burgemeester",
    "gedeputeerde",
    "provinciale",
    "dijkgraaf",
    "dagelijks",
    "algeme",
    "verenigde",
    "gemeenteraad",
    "regioraad",
    "raad",
    "raden",
    "commissaris",
    "voorzitter",
    "bestuur",
    "minister",
    "staten",
)
# The same words and "b&" ("b &"), in one pattern that starts with a literal in every branch
# (codes/scan.py): where an _OPENING may start is found in one fast scan, instead of its
# lookbehind and twenty names tried at every position of the head. Only whether it matches at
# a place is read, so the order of its branches does not matter.
_BODY_START = re.compile("|".join(_BODY_START_WORDS) + r"|b\s?&")
_ARTICLES = ("het", "de")
# An `_OPENING` tried from an article outside a word reads the name after it as one tried
# from the name would: where the first fails, so does the second (no name starts with an
# article, and the blanks after it all go to the article).
_ARTICLE_OPENS = re.compile(_OUTSIDE_WORD)
# The words a plural body starts with: only there is `_JOINT_OPENING` tried.
_PLURAL_START = ("colleges", "raden", "burgemeesters", "dagelijkse", "algemene")
_CLAUSE_START = re.compile(r"(?:^|\n|aanhef|\d)[ \t•·*-]*$")


def _starts_clause(low: str, at: int) -> bool:
    """Whether `_CLAUSE_START` ends at `at`: the blanks before it are read whole, so that a
    line centred by `pdftotext -layout` ("                De raad van de gemeente
    Laarbeek;", e06) opens its clause as the same line without them does."""
    return _CLAUSE_START.search(low, max(0, run_start(low, at, BLANK) - 8), at) is not None


# A line that opens with the bare decision word before its body heads that body's decision
# without the "van" of `_HEADING` ("Besluit Provinciale Staten van Zuid-Holland,\nGelezen het
# voorstel ...", zw06); the capital keeps out a preamble's "besluit:" before "vast te stellen".
_BARE_DECISION = re.compile(r"(?:^|\n)[ \t]*Besluit[ \t]+$")
# A decision's heading names the body whose decision it is: "Besluit van provinciale staten
# van Noord-Holland van 11 maart 2013, tot ...", "Verordening van de gemeenteraad van de
# gemeente Simpelveld houdende ...", "Beleidsregel van de burgemeester van de gemeente
# Medemblik houdende ..." (xv06: a register's other kinds, with no preamble after it), "Overig
# besluit van algemene strekking van het dagelijks bestuur van ...", "BESLUIT VAN HET COLLEGE",
# "Besluit d.d. 27 oktober 2009 (reg.nr. ...) van Gedeputeerde Staten van Fryslân",
# "Gemeenschappelijk besluit van provinciale staten van Groningen, Drenthe en Fryslân",
# "Besluit van het algemeen bestuur, dagelijks bestuur en de voorzitter van Veiligheidsregio
# IJsselland" (each body, as in the preamble), also after the publication's name a PDF's
# first line keeps ("provinciaal blad Besluit van Gedeputeerde Staten der provincie Groningen
# van 28 januari 2003"). At a line's start only: "gelet op het besluit van ..." in a preamble
# names another decision.
_HEADING_TAIL = (
    r"[ \t\d]*" + PUBLICATION + r"(?:overig\s+|gemeenschappelijk\s+)?"
    r"(?:besluit|verordening|regeling|beleidsregels?|reglement|instellingsbesluit)\s+"
    r"(?:van\s+algemene\s+strekking\s+|d\.d\.\s+[^\n]{0,60}?\s)?van\s+" + BODIES
)
_HEADING = re.compile("(?m)^" + _HEADING_TAIL)
# A decision's heading that names a body outside the vocabulary, a commission, a rekenkamer,
# an official: "Besluit van de Huishoudelijke Commissie van 7 juni 2022, nr. ..." (zg03, of the
# Eerste Kamer), "Besluit van de rekenkamer Zeeland van 12 december 2014 houdende ..." (zg10),
# "Besluit van de communicatieadviseur van de gemeente Oirschot houdende ...". The body is
# "other"; not where the words name an organisation, not a body of it ("Verordening van de
# gemeente X"). Tried only where `_HEADING` finds none.
_HEADING_OTHER = re.compile(
    r"(?m)^[ \t\d]*" + PUBLICATION + r"(?:besluit|verordening|regeling)\s+van\s+(?:de|het)\s+"
    r"(?P<bodies>(?!(?:gemeente|provincie|waterschap|hoogheemraadschap|gemeenschappelijke|openbaar)\b)"
    r"[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,2}?)(?=,?\s+(?:van|houdende|d\.d\.|tot)\b)"
)
# The same after a line's break: starts with its literal (codes/scan.py).
_HEADING_LINE = re.compile("\n" + _HEADING_TAIL)
# The first word of a line that opens `_HEADING_OTHER`, after the line break before it: that
# pattern is tried only at those lines (`scan.opening_matches`), not at every position.
_HEADING_OTHER_OPENS = re.compile(
    r"\n[ \t\d]*(?:gemeenteblad|provinciaal|waterschapsblad|staatscourant|besluit|verordening"
    r"|regeling)"
)
# A notice: "Gedeputeerde Staten van Groningen maken bekend dat Provinciale Staten op 14 maart
# 2018 ... hebben besloten" (the body after "dat" decided; also in the passive, "maken bekend
# dat door Provinciale Staten in hun vergadering van 3 oktober 2018 is vastgesteld", zq06),
# "Gedeputeerde staten van Zeeland
# maken bekend dat zij ...", "Gedeputeerde Staten van Limburg maken ter voldoening aan ... bekend
# dat zij" (the body that announces decided).
_NOTICE = re.compile(
    rf"(?P<bodies>{_BODY})[^;\n]{{0,60}}?\s+ma(?:ken|akt)\s+(?:[^.;\n]{{0,160}}?\s)?bekend,?\s+"
    rf"(?:dat\s+)?(?:door\s+)?(?:(?:zij|hij)\b|(?P<other>{_BODY}))"
)
# The announcing body's name with its verb: no preamble of the decision it announces (zq06's
# "Gedeputeerde Staten maken bekend dat door Provinciale Staten ... is vastgesteld hetgeen
# volgt. / Besluit G-3 / Provinciale Staten van Drenthe; / gelezen ...").
_ANNOUNCING = re.compile(r"[^;\n]{0,60}?\s+ma(?:ken|akt)\s+(?:[^.;\n]{0,160}?\s)?bekend\b")
_NOTICE_ANCHORS = Anchors.of(r"bekend\b", before=400, after=60)
# A statement of who adopted it: "Vastgesteld door het college van de gemeente Waalwijk",
# "Vastgesteld bij besluit van het Algemeen Bestuur d.d. 19-06-2015", "vastgesteld in B&W op
# 12 juli 2005", "Vastgesteld in de raadsvergadering van 3 februari 2010", "Aldus vastgesteld
# in de openbare vergadering van de raad", "Deze gedragscode is vastgesteld door de
# gemeenteraad op ...", "Aldus besloten door burgemeester en wethouders van Ede in hun
# vergadering van ...". Read where the verb opens a line or is written with its capital,
# or the text says it of itself: "vastgesteld bij besluit van het algemeen bestuur" after a
# comma defines another regulation.
# Several bodies are all read ("Vastgesteld door de burgemeester en het college op 19 december
# 2006", zr13: the collegial one by `body_terms._RANK`, as in a preamble).
# The body may also be the first part of a compound ("Vastgesteld bij raadsbesluit van 12 maart
# 2019", "bij collegebesluit van"), and a label block gives it after a colon ("Vastgesteld :
# raadsvergadering van 27 januari 2011", ud07). A body may be written with its letters, as
# joint bodies, waterschappen and provincies write their own: "Vastgesteld door het DB d.d. 10
# februari 2011" (uw06, the gewest Gooi en Vechtstreek's cover line), "door het AB", "door GS"
# (`body_terms.ABBREVIATED` gives the term); only here, after the verb, where two capitals can
# name nothing else.
_STATED = re.compile(
    r"(?:vastgesteld|besloten)(?:\s*:\s*|\s+(?:door|bij\s+besluit\s+van|bij|"
    r"in(?:\s+de\s+(?:openbare\s+)?vergadering\s+van)?)\s+)"
    rf"(?:de\s+|het\s+)?(?P<bodies>{_BODY}(?:{_AND}{_BODY})*"
    r"|raad(?=s(?:vergadering|besluit)\b)|college(?=(?:vergadering|besluit)\b)"
    rf"|(?:{'|'.join(ABBREVIATED)})(?![\w-]))"
)
# The closing formula "Aldus vastgesteld in de openbare vergadering van de raad ..." opens its
# clause with "aldus".
_THUS = re.compile(r"aldus\s+$")
_SELF = re.compile(r"(?:dit|deze)\s+[\w-]+\s+(?:is|werd)\s+(?:[\w-]+\s+)?$")
# The same in the passive with the body before the participle: "De 'Gedragscode voor politiek
# ambtsdragers van de gemeente Winterswijk' is door de gemeenteraad vastgesteld op 26 januari
# 2012." Not in a relative clause ("die is door de raad vastgesteld"): that names another.
_STATED_BY = re.compile(rf"(?:is|werd)\s+door\s+{BODIES}(?:\s+[\w-]+){{0,8}}?\s+vastgesteld\b")
_STATED_BY_ANCHORS = Anchors.of(r"is\s+door\b", r"werd\s+door\b", before=0, after=160)
# The participle as an attribute after a demonstrative: "Naast dit door het college
# vastgestelde privacybeleid" (ue05). "dit"/"deze" points at the text itself, as in "Deze
# gedragscode is vastgesteld door"; "het/de door de raad vastgestelde verordening" names another.
_STATED_ATTRIBUTIVE = re.compile(rf"\b(?:dit|deze)\s+door\s+{BODIES}\s+vastgestelde\b")
_STATED_ATTRIBUTIVE_ANCHORS = Anchors.of("vastgestelde", before=160, after=12)
# A royal decree: "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, ...".
_ROYAL = "bij de gratie gods"
# How far into the text a decision's heading and preamble stand: a transcript's
# first page may carry a table of contents before its "AANHEF".
_HEAD = 6000


def adopted_by(text: str) -> Iterator[Candidate]:
    """The words naming the body that adopted the regulation, where a heading, the
    preamble, a notice or a statement names it (the first of each rule)."""
    low = lowered(text)
    head = low[:_HEAD]
    match = (
        _HEADING.match(head)
        or _HEADING_LINE.search(head)
        or next(opening_matches(_HEADING_OTHER, head, _HEADING_OTHER_OPENS), None)
    )
    # A register writes its heading from its own record; where the decision's preamble names
    # its body, the text itself says who decided ("Beleidsregel van het college ..." over "De
    # burgemeester van de gemeente West Betuwe;", zr01; q05's dagelijks bestuur).
    heading = match if match is not None and not announces_another(head, match.start()) else None
    for match in _openings(head):
        if _ANNOUNCING.match(head, match.end()):
            continue
        if _opens_clause(text, match.start(), joint=match.re is _JOINT_OPENING):
            if own_board(text, match.start()) is not None:
                # the bestuur of a named body that is no joint body: that body's own board
                start, end = match.span("bodies")
                yield Candidate("adopted_by", "other", start, end, "preamble", HEADING)
            else:
                yield candidate(match, "preamble", HEADING)
            heading = None
            break
    else:
        # (both officers' words end in "ingsambtenaar": looked for first, as a literal)
        if "ingsambtenaar" in head and (officer := _OFFICER_OPENING.search(head)) is not None:
            start, end = officer.span("bodies")
            yield Candidate("adopted_by", "other", start, end, "preamble", HEADING)
            heading = None
    if heading is not None:
        yield candidate(heading, "decision heading", HEADING)
    if (royal := head.find(_ROYAL)) >= 0:
        yield Candidate("adopted_by", "other", royal, royal + len(_ROYAL), "royal decree", HEADING)
    for match in near(_NOTICE, head, _NOTICE_ANCHORS):
        yield candidate(match, "notice", SENTENCE, "other" if match.group("other") else "bodies")
        break
    if (stated := _statement(text, low)) is not None:
        yield candidate(stated, "statement", SENTENCE)
    for match in near(_STATED_BY, low, _STATED_BY_ANCHORS):
        if not RELATIVE_CLAUSE.search(low, max(0, match.start() - 30), match.start()):
            yield candidate(match, "statement", SENTENCE)
            break
    for match in near(_STATED_ATTRIBUTIVE, low, _STATED_ATTRIBUTIVE_ANCHORS):
        yield candidate(match, "statement", SENTENCE)
        break
    yield from stated_actively(low)
    if (competent := competent_body(head)) is not None:
        yield candidate(
            competent, "competence", SENTENCE, "bodies" if competent["bodies"] else "first"
        )


def _statement(text: str, low: str) -> re.Match | None:
    """The first `_STATED` that opens its clause or that the text says of itself, for each of
    its two verbs ("Vastgesteld door ...", "Aldus besloten door burgemeester en wethouders ...")."""
    found = None
    for verb in ("vastgesteld", "besloten"):
        at = low.find(verb)
        while at >= 0 and (found is None or at < found.start()):
            opens = text[at].isupper() or _starts_clause(low, at)
            if not opens and (thus := _THUS.search(low, max(0, at - 12), at)) is not None:
                opens = text[thus.start()] == "A" or _starts_clause(low, thus.start())
            said = opens or _SELF.search(low, max(0, at - 60), at) is not None
            if said and (match := _STATED.match(low, at)) is not None:
                found = match
                break
            at = low.find(verb, at + 1)
    return found


def _openings(head: str) -> Iterator[re.Match]:
    """The matches of `_OPENING`, or where it fails of `_JOINT_OPENING`, that a scan of
    every position gives. One starts where a body's name does (`_BODY_START`) or at the
    article before it ("het", "de" and blanks): only there is it tried, in the order of
    the text, from where the match before it ended; a joint opening only before a plural."""
    position = 0
    names = _name_starts(head)
    i = 0
    while i < len(names):
        at = names[i]
        starts = [at]
        blanks = run_start(head, at, BLANK)
        if blanks < at:
            starts[:0] = [
                blanks - len(article)
                for article in _ARTICLES
                if blanks >= len(article) and head.startswith(article, blanks - len(article))
            ]
        failed_from_article = False
        for start in starts:
            if start < position:
                continue
            match = None if failed_from_article else _OPENING.match(head, start)
            failed_from_article = (
                match is None and start < at and _ARTICLE_OPENS.match(head, start) is not None
            )
            if match is None and head.startswith(_PLURAL_START, at):
                match = _JOINT_OPENING.match(head, start)
            if match is not None:
                yield match
                position = match.end()
                break
        i = bisect_left(names, max(at + 1, position), i + 1)


def _name_starts(head: str) -> list[int]:
    """Every place where `_BODY_START` matches, in order: its words by one walk of the head,
    "b&" and "b &" from their "&"; by the pattern where the automaton cannot read the head."""
    places = WordPlaces(head, _BODY_START_WORDS).starts
    if places is None:
        return [at for at in range(len(head)) if _BODY_START.match(head, at)]
    starts = {at for found in places.values() for at in found}
    at = head.find("&")
    while at >= 0:
        if at >= 1 and head[at - 1] == "b":
            starts.add(at - 1)
        elif at >= 2 and head[at - 1].isspace() and head[at - 2] == "b":  # what `\s` matches
            starts.add(at - 2)
        at = head.find("&", at + 1)
    return sorted(starts)


def _opens_clause(text: str, start: int, joint: bool = False) -> bool:
    """Whether a body at `start` opens a clause, not ends one ("het voorstel van
    burgemeester en wethouders"): at a line's start, after a page number or "aanhef", or
    with its capital glued to the intitulé before it ("Klokkenluidersregeling 2025Het
    college", "... gemeente Haaren (N.B.)Het College", "(Algemene subsidieverordening
    provincie Fryslân 2006) Provinciale Staten van Fryslân, gelet op"). Bodies in the plural
    with their capital article open one anywhere: a transcript's one line runs the heading
    into them ("... VEILIGHEIDSREGIO TWENTE E08d De colleges van burgemeester en wethouders")."""
    if _starts_clause(lowered(text), start):
        return True
    if glued_article(text, start) or after_glued_stop(text, start):
        return True
    # from the line's start, however wide its margin ("    Besluit Provinciale Staten van
    # Zuid-Holland,", zw06 with a left margin)
    line = text.rfind("\n", max(0, start - 80), start)
    if _BARE_DECISION.search(text, line if line >= 0 else max(0, start - 12), start):
        return True
    if start == 0 or not text[start].isupper():
        return False
    return (
        text[start - 1].isalnum()
        or text[max(0, start - 2) : start].rstrip(" ").endswith(")")
        or (joint and text.startswith("De", start))
        or run_in_article(text, start)
    )


def candidate(match: re.Match, rule: str, trust: int, group: str = "bodies") -> Candidate:
    """The body a rule read, as its vocabulary term where the words alone settle it (so
    that rules that agree compare equal), else as the words."""
    start, end = match.span(group)
    words = match.group(group)
    return Candidate("adopted_by", term(words) or words, start, end, rule, trust)
