"""When and by whom the regulation was adopted, when it takes effect, which proposal it follows.

The adoption date stands in a signature ("Aldus vastgesteld in de openbare vergadering
van 12 februari 2024"), in the decision ("besluiten in de vergadering van ..."), or in
a publication notice ("heeft op 3 juli 2024 de ... vastgesteld"). A loose "vastgesteld
op <date>" elsewhere may date another regulation (the one being amended), so it is
only a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import model as m
from ..dates import DATE, parse_date
from ..scan import Anchors, finditer, first, line_start, lowered, matches_at, near
from .candidates import GUESS, HEADING, SENTENCE, Candidate

_BODIES_AFTER_VERB = (
    r"(?:de|het)\s+(?:gemeenteraad|raad|college|provinciale\s+staten|gedeputeerde\s+staten|"
    r"algemeen\s+bestuur|dagelijks\s+bestuur)\b"
)
_BODY_AFTER_DATE = rf"he(?:eft|bben)\s+{_BODIES_AFTER_VERB}"
# The meeting may name its body before its date, the closing formula laid out over lines as a
# Gemeenteblad prints it: "Aldus besloten in de openbare vergadering van / de raad voornoemd
# d.d. 12 december 2016," (ui03), "... vergadering van de raad van de gemeente X van <date>".
_MEETING_BODY = (
    r"(?:de\s+(?:gemeente)?raad|het\s+algemeen\s+bestuur)"
    r"(?:\s+voornoemd|\s+van\s+de\s+gemeente\s+[a-z][\w'-]*(?:[ -][\w'-]+){0,3}?)?,?\s+"
    r"(?:van|op|d\.d\.|gehouden\s+op)\s+"
)
# A meeting continued on a later day keeps its own date, the later day said before it as an
# attribute: "gehoord de beraadslagingen in de op 29 juni 2015 voortgezette raadsvergadering van
# 22 juni 2015" (uy03, whose cover sheet states "Datum nieuw raadsbesluit: 22 juni").
_CONTINUED = rf"(?:op\s+{DATE}\s+(?:voortgezette|hervatte)\s+)?"
_MEETING = (
    rf"in\s+(?:de|zijn|haar|hun)\s+{_CONTINUED}(?:openbare\s+)?(?:raads|staten|bestuurs)?vergadering\s+"
    rf"(?:van|op|d\.d\.|gehouden\s+op)\s+(?:{_MEETING_BODY})?(?:\w+dag\s+)?"
)
# Room for the body's name: "... van het algemeen bestuur van het hoogheemraadschap van
# Schieland en de Krimpenerwaard van <date>".
# Within a sentence that may run over single line breaks, never over a blank line.
_IN_PARAGRAPH = r"(?:[^.;\n]|\n(?![ \t]*\n))"
_SIGNED = re.compile(rf"aldus\s+(?:vastgesteld|besloten)[^.\n]{{0,160}}?({DATE})")
_ADOPTION = re.compile(
    rf"(?:(?:vastgesteld|besloten|besluit(?:en)?|vast\s+te\s+stellen)[^.;\n]{{0,60}}?{_MEETING}"
    rf"|\b{_MEETING})({DATE})"
    # A hard-wrapped copy breaks that sentence over lines ("heeft op 27 mei 2025 de" /
    # "Beleidsregels ... 2025" / "vastgesteld.", xt05 wrapped): a single line break goes on,
    # a blank line ends the paragraph.
    rf"|\b(?:heeft|hebben)\s+op\s+({DATE})\s{_IN_PARAGRAPH}{{0,240}}?"
    r"\b(?:vastgesteld|besloten|vast\s+te\s+stellen)"
    # The same with the date put first, as a Gemeenteblad announces the adoption above the
    # decision: "OP 1 oktober 2025 heeft de gemeenteraad de Verordening op de
    # vertrouwenscommissie 2025 vastgesteld." (zs05). Only with an adopting body as subject:
    # "Op 19 december 2005 heeft de Eerste Kamer ... aangenomen" (e09) and "Op 10 juni 2024
    # heeft het presidium de opdracht gegeven" (zm02) adopt nothing.
    rf"|\bop\s+({DATE}),?\s+{_BODY_AFTER_DATE}[^.;\n]{{0,240}}?\bvastgesteld"
    # The notice that announces the decision: "Gedeputeerde Staten van Groningen maken bekend
    # (dat) zij op 10 april 2018, nr. A.6, ... hebben besloten", "... maken bekend dat
    # Provinciale Staten op 14 maart 2018 ... hebben besloten tot vaststelling van ...".
    rf"|\bma(?:ken|akt)\s+bekend,?\s+(?:dat\s+)?(?:(?!\bop\b)[^.;\n]){{0,60}}?\bop\s+({DATE})"
    # The notice's clause in its own order, the finite verb last: "dat zij op 3 december 2019
    # onder nummer 2465906 hebben besloten de nadere regels ... vast te stellen" (uj03, whose
    # copy lost the notice's "bekend"); the pronoun is the notice's body, which decides.
    rf"|\bdat\s+(?:zij|hij)\s+op\s+({DATE}){_IN_PARAGRAPH}{{0,100}}?\bhe(?:eft|bben)\s+besloten\b"
)
# "... de Gedragscode 2010 die is vastgesteld in de openbare vergadering van ...": a
# relative clause dates another regulation.
# Every adoption clause holds one of these (two patterns: an alternation is slow to find).
# "vergadering" with the words _MEETING reads after it, so that a meeting named without a date
# ("de vergadering besluit", "de vergaderingen") opens no window.
_ANCHORS = Anchors.of(
    r"vergadering\s+(?:van|op|d\.d\.|gehouden)\s",
    # "heeft op <date>", and "<date> heeft de gemeenteraad" after it: one scan for both
    rf"he(?:eft|bben)\s+(?:op\b|{_BODIES_AFTER_VERB})",
    r"bekend\b",
    # the notice's clause with its verb last ends at its "besloten", within `before` of "dat"
    r"besloten\b",
    before=160,
    after=320,
)
# The publication's name that a PDF's first line keeps before the decision's heading, with the
# masthead's issue number before it and the body's organisation after it: "1 Nummer 6 van 2001
# PROVINCIAAL BLAD VAN ZEELAND BESLUIT van provinciale staten van 27 oktober 2000" (un07, a
# docplayer transcript of the blad's first page).
PUBLICATION = (
    r"(?:(?:nummer\s+\d+\s+van\s+\d{4}\s+)?"
    r"(?:gemeenteblad|provinciaal ?blad|waterschapsblad|staatscourant)"
    r"(?:\s+van\s+[a-zà-ÿ][\w'-]*(?:\s+[a-zà-ÿ][\w'-]*){0,2}?)?\.?\s+)?"
)
# The decision's own heading dates it: "Besluit van 21 december 2016, houdende ..."
# (Staatsblad), "Besluit d.d. 27 oktober 2009 ... van Gedeputeerde Staten", "1 Besluit van
# Gedeputeerde Staten van 20 maart 2018, ... tot vaststelling", "Bekendmaking van het
# besluit van 19 december 2018", and after the publication's name that a PDF's first line
# keeps ("provinciaal blad Besluit van Gedeputeerde Staten der provincie Groningen van 28
# januari 2003, nr. ..."). Only at a line's start near the top: in running text "bij
# besluit van ..." dates another decision. The Caribbean bodies head theirs the same way
# ("EILANDSVERORDENING van 12 december 1994, no. 2, tot ...", "LANDSBESLUIT van de 24ste
# maart 2010, no. ..., houdende ..."). The Staatsblad heads an act by the date the King signed
# it: "Wet van 22 december 1999 tot wijziging van ..." (zl13; zp10's "Wet van 28 september
# 2022, Stb. 2022, 430").
# The publication's row copied without its cells runs into the heading, glued where its last
# cell, the rubriek, ends ("Noord-HollandProvinciaal blad 2021, 5335Overige besluiten van
# algemene strekkingBesluit van Provinciale Staten ... van 1 februari 2021", xb15); no word
# is glued to a rubriek in running text.
# The decision named by its body's compound: "Raadsbesluit van 11 december 1997, houdende
# vaststelling van de Monumentenverordening 1997" (zl07), "Statenbesluit van ...",
# "Collegebesluit van ...", "Bestuursbesluit van ...".
_BODY_DECISION = r"(?:raads|staten|college|bestuurs)besluit"
_RUBRIEKEN = ("algemene strekking", "verordeningen", "beleidsregels")
_GLUED_RUBRIEK = "|".join(f"(?<={rubriek})" for rubriek in _RUBRIEKEN)
_DECISION_HEADING = re.compile(
    rf"(?m)(?:^[ \t\d]*|{_GLUED_RUBRIEK})"
    + PUBLICATION
    + rf"(?:bekendmaking van het )?(?:(?:eilands|lands)?(?:besluit|verordening)"
    rf"|{_BODY_DECISION}|(?:rijks)?wet)\s+"
    rf"(?:van\s+(?!\d)[^,.;\n\d]{{0,80}}?\s+)?(?:van|d\.d\.)\s+(?:de\s+)?({DATE})"
)
_DECISION_HEADING_HEAD = 4000
# The first word of a line that opens a decision's heading (`_DECISION_HEADING` after its
# margin), written after the line break before it (`scan.opening_matches`).
_HEADING_LINE = re.compile(
    r"\n[ \t\d]*(?:gemeenteblad|provinciaal|waterschapsblad|staatscourant|nummer|bekendmaking"
    r"|eilands|lands|besluit|verordening|rijks|wet|raads|staten|college|bestuurs)"
)
# A heading of the decision that announces another decision: "Besluit van Gedeputeerde Staten
# van Drenthe van 10 juli 2018, kenmerk ..., tot bekendmaking van het besluit van Provinciale
# Staten inzake vaststelling van de Provinciale Omgevingsverordening Drenthe 2018" (zq06): its
# body and date are the announcement's, the notice below it names and dates the decision
# ("maken bekend dat door Provinciale Staten in hun vergadering van 3 oktober 2018 is
# vastgesteld"). s03's heading, cut after "tot bekendmaking", names no decision and stays.
_ANNOUNCES = re.compile(r"(?i)tot\s+bekendmaking\s+van\s+(?:het\s+)?besluit\s+van\s+\w")
# A raadsbesluit's header gives its meeting as a label on a line of its own, between the
# subject and the preamble: "Onderwerp Verordening Jeugdhulp 2025 / Zaaknummer 803787 /
# Vergadering 21 januari 2025 / De raad van de gemeente Hof van Twente;" (zh10). Only near the
# top, where the header stands; read from the lowercase text.
MEETING_LABEL = r"(?:raads|staten|bestuurs)?vergader(?:ing|datum)(?:[ \t]+d\.d\.)?[ \t]*:?[ \t]*"
_MEETING_LABEL = re.compile(rf"(?m)^[ \t]*{MEETING_LABEL}({DATE})[ \t]*$")
_MEETING_LABEL_HEAD = 4000
# A decision dated where it adopts the text that follows: "besluit: d.d. 15 juni 2020, tot
# het vaststellen van de navolgende Gedragscode VRK". "(na)volgende" points at this text;
# "van 3 mei 2010 tot vaststelling van de Verordening X" may date another regulation.
_OWN_ADOPTION = re.compile(
    rf"(?:d\.d\.|van|op)\s+({DATE}),?\s+tot\s+(?:het\s+)?vast(?:stellen|stelling)\s+van\s+"
    r"(?:de|het)\s+(?:hierna\s+)?(?:na)?volgende\b"
)
_OWN_ANCHORS = Anchors.of(r"volgende\b", before=100, after=10)
# The text says it of itself: "Dit besluit is door Gedeputeerde Staten vastgesteld op 5
# november 2002 (nr. ...)". Its own subject ("dit", "deze") leaves no other regulation to date.
_SELF_ADOPTED = re.compile(
    r"\b(?:dit|deze)\s+(?:besluit|regeling|verordening|reglement|beleidsregels?|gedragscode|"
    rf"code|protocol)\s+(?:is|werd)\s+(?:[^.\n]{{0,80}}?\s)?vastgesteld\s+(?:op|d\.d\.)\s+({DATE})"
)
_SELF_ANCHORS = Anchors.of(r"vastgesteld\s+(?:op|d\.d\.)", before=140, after=40)
# A signature's dateline: place, comma, date, alone on its line ("Assen, 8 maart 2021",
# "De Steeg, 21 april 2020"), beside the signer's "voornoemd," ("De provinciesecretaris
# voornoemd,", "De raad voornoemd,"). Alone on a line elsewhere it heads a letter or names a
# newspaper ("Brabants dagblad, 28 december 2000" in a list of publications).
_SIGNER = "voornoemd,"
# The place and date of a dateline, and the number a decision may carry after them.
PLACE_DATE = rf"[A-Z'][^\W\d_]*(?:[ -][^\W\d_'.()-]+){{0,3}},[ \t]+({DATE})\.?"
DECISION_NUMBER = r"(?:[ \t]+(?:Nr|nr|Kenmerk|kenmerk)\.?:?[ \t]*[\w./-]+)?"
_DATELINE = re.compile(rf"(?m)^[ \t]*{PLACE_DATE}[ \t]*$")
_DATELINE_REACH = 160  # about three short lines of a signature block
# A relative clause before a date ("die is vastgesteld op ..."): it dates another regulation.
RELATIVE_CLAUSE = re.compile(r"\b(?:die|dat|welke|zoals)(?:\s+(?:is|zijn|werd|werden))?\s*$")
# A draft's adoption ("In concept vastgesteld door de burgemeester en college op 4 juli 2006",
# above "Vastgesteld door ... op 19 december 2006", zr13; "voorlopig vastgesteld", "in ontwerp
# vastgesteld"): the words before "vastgesteld" say the regulation was not adopted then.
_DRAFT = re.compile(r"\b(?:in\s+concept|voorlopig|in\s+ontwerp)\s+$")
# ... and a colophon's label: "Uitvoering: september december 2015 Vastgesteld: 1 januari 2015"
# (xn05, a nota's first page).
_LOOSE = re.compile(rf"vastgesteld(?::[ \t]*|[^.\n]{{0,80}}?(?:van|op|d\.d\.)\s+)({DATE})")
# The dictum may say the same in its infinitive, the decision's date straight after "bij besluit
# van": "Besluiten: Vast te stellen bij besluit van 1 oktober 2002 de navolgende Regeling Eed en
# belofte ..." (vf03, a consolidation that keeps the adopting decision's date in its dictum).
_DICTUM_DATED = re.compile(rf"vast\s+te\s+stellen\s+bij\s+besluit\s+(?:van|d\.d\.)\s+({DATE})")
_PROPOSAL = re.compile(rf"voorstel[^.;\n]{{0,120}}?(?:d\.d\.|van|datum)\s+({DATE})")
# A decision of several bodies, each on its own date: "Besluit van Provinciale Staten van
# Gelderland van 28 maart 2012, van Utrecht van 23 april 2012 en van Overijssel van 16 mei
# 2012 tot ...". None of them adopted the whole alone, so no date is the adoption's.
_JOINT = re.compile(
    rf"{DATE},?\s+(?:en\s+)?van\s+(?:(?i:provinciale|gedeputeerde)\s+staten\s+van\s+)?"
    rf"[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)*\s+van\s+{DATE}"
)
_ADOPTERS = (
    ("provinciale staten", re.compile(r"Provinciale Staten")),
    ("algemeen bestuur", re.compile(r"(?i)algemeen bestuur")),
    ("gemeenteraad", re.compile(r"(?i)\braad\b|raadsvergadering|raadsbesluit|gemeenteraad")),
)


def adoption(text: str) -> Iterator[Candidate]:
    """The adoption date as a sentence states it; a loose "vastgesteld op" as a guess."""
    low = lowered(text)
    rules = (
        (finditer(_SIGNED, low), HEADING, "signature"),
        (near(_SELF_ADOPTED, low, _SELF_ANCHORS), HEADING, "own adoption"),
        (near(_ADOPTION, low, _ANCHORS), SENTENCE, "adoption clause"),
        (_decision_headings(low), SENTENCE, "decision heading"),
        (_meeting_label(low), SENTENCE, "meeting label"),
        (near(_OWN_ADOPTION, low, _OWN_ANCHORS), SENTENCE, "adoption of what follows"),
        (finditer(_LOOSE, low), GUESS, "text"),
        (finditer(_DICTUM_DATED, low), GUESS, "text"),
    )
    for matches, trust, rule in rules:
        for match in matches:
            pattern = match.re
            group = next(g for g in range(1, (pattern.groups or 0) + 1) if match.group(g))
            value = parse_date(match.group(group))
            before = max(0, match.start() - 30), match.start()
            if (
                value
                and not RELATIVE_CLAUSE.search(low, *before)
                and not _DRAFT.search(low, *before)
                and not (rule == "decision heading" and announces_another(low, match.start()))
            ):
                yield Candidate(
                    "adopted_on", value, match.start(group), match.end(group), rule, trust
                )
                break


def announces_another(text: str, start: int) -> bool:
    """Whether the heading that starts at `start` (at its line's start or at the line break
    before it) announces another decision (`_ANNOUNCES`)."""
    end = text.find("\n", start + 1)
    return _ANNOUNCES.search(text, start, end if end >= 0 else len(text)) is not None


def _decision_headings(low: str) -> Iterator[re.Match]:
    """The matches of `_DECISION_HEADING` in the head: tried only where one can start, at the
    lines that open with a heading's first word (`_HEADING_LINE`) and after a glued rubriek.
    `re` tries a pattern that opens with `^` or a lookbehind at every position (a seventh of
    the adoption rules' time)."""
    head = _DECISION_HEADING_HEAD
    starts = [0] + [opening.start() + 1 for opening in _HEADING_LINE.finditer(low, 0, head)]
    for rubriek in _RUBRIEKEN:
        at = low.find(rubriek, 0, head)
        while at >= 0:
            starts.append(at + len(rubriek))
            at = low.find(rubriek, at + 1, head)
    return matches_at(_DECISION_HEADING, low, sorted(set(starts)), 0, head)


def _meeting_label(low: str) -> Iterator[re.Match]:
    """The matches of `_MEETING_LABEL` in the head, searched from the line of each
    "vergader" that `str.find` gives (a pattern at a line's start is tried everywhere)."""
    at = low.find("vergader", 0, _MEETING_LABEL_HEAD)
    while at >= 0:
        match = _MEETING_LABEL.match(low, low.rfind("\n", 0, at) + 1, _MEETING_LABEL_HEAD)
        if match is not None:
            yield match
        at = low.find("vergader", at + 1, _MEETING_LABEL_HEAD)


def joint_decision(title: str) -> bool:
    """Whether `title` is a decision of several bodies on their several dates, which has
    no one adoption date (q15, t13: "... van Utrecht van 23 april 2012 en van ...")."""
    return _JOINT.search(title) is not None


def dateline(text: str) -> Iterator[Candidate]:
    """The date of a signature's dateline beside the signer's "voornoemd,"."""
    at = text.find(_SIGNER)
    while at >= 0:
        start = max(0, at - _DATELINE_REACH)
        end = min(len(text), at + len(_SIGNER) + _DATELINE_REACH)
        match = _DATELINE.search(text, start, end)
        if match and (value := parse_date(match.group(1))):
            yield Candidate("adopted_on", value, match.start(1), match.end(1), "dateline", SENTENCE)
            return
        at = text.find(_SIGNER, at + 1)


# A decision of one office or board may open as a letter does, its dateline (and number)
# above the preamble's body: "Nijverdal, 6 juni 2023 Nr. 2023-013233 / De burgemeester van de
# gemeente Hellendoorn," (zi02; zj09's "Noord-Scharwoude, 25 juni 2014 / Het algemeen bestuur
# van ..." is the same shape, in its signature block). A letter's dateline above "Geachte
# heer," dates nothing.
OPENING_BODY = (
    "De burgemeester van ",
    "Burgemeester en wethouders van ",
    "Het college van ",
    "De raad van ",
    "De gemeenteraad van ",
    "Gedeputeerde Staten van ",
    "Provinciale Staten van ",
    "Het algemeen bestuur van ",
    "Het dagelijks bestuur van ",
)
# A copy that loses the line break glues the dateline to the intitulé above it, after the
# title's year or bracket, as it glues the preamble's body ("2025Het college", `title.py`):
# "Verordening ... Hellendoorn 2024Nijverdal, 28 november 2023 Nr. 2023-021703" / "De raad van
# de gemeente Hellendoorn;" (xf05, zi02's layout; the devset's only dateline glued so).
_DATELINE_ABOVE = re.compile(
    rf"(?:[^\n]*?(?<=[\d)])|[ \t]*){PLACE_DATE}{DECISION_NUMBER}[ \t]*\n\s*$"
)
_PREAMBLE_HEAD = 4000


def dateline_above_preamble(text: str) -> Iterator[Candidate]:
    """The date of a dateline on the line above the body that opens the preamble."""
    head = text[:_PREAMBLE_HEAD]
    at = first(head, OPENING_BODY)
    if at < 0 or head[line_start(head, at) : at].strip():
        return
    above = line_start(head, at)
    while above > 0:  # the nearest line above that is not blank
        above = line_start(head, above - 1)
        if head[above:at].strip():
            break
    match = _DATELINE_ABOVE.fullmatch(head, above, at)
    if match and (value := parse_date(match.group(1))):
        yield Candidate("adopted_on", value, match.start(1), match.end(1), "dateline", SENTENCE)


def signature(text: str, root: m.Node) -> Iterator[Candidate]:
    """The date and the adopting body in the signature block."""
    for node in root.walk():
        if node.kind != m.SIGNATURE:
            continue
        match = _LOOSE.search(lowered(text), node.span.start, node.span.end)
        if match is None:
            # The block's dateline, place and date on a line of their own ("Ondertekening /
            # Noord-Scharwoude, 25 juni 2014 / Het algemeen bestuur van ...", zj09): inside
            # a signature the line needs no signer's "voornoemd," beside it (`dateline`).
            match = _DATELINE.search(text, node.span.start, node.span.end)
        value = parse_date(match.group(1)) if match else None
        if value:
            yield Candidate(
                "adopted_on", value, match.start(1), match.end(1), "signature", SENTENCE
            )
        block = text[node.span.start : node.span.end]
        for name, pattern in _ADOPTERS:
            if adopter := pattern.search(block):
                start, end = node.span.start + adopter.start(), node.span.start + adopter.end()
                yield Candidate("adopted_by", name, start, end, "signature", SENTENCE)
                break


def proposal_and_force(text: str) -> Iterator[Candidate]:
    """The date of the proposal the decision follows (the date it takes effect is
    `in_force.in_force_from`'s)."""
    low = lowered(text)
    for field, pattern in (("proposal_date", _PROPOSAL),):
        match = next(finditer(pattern, low), None)
        if match and parse_date(match.group(1)):
            yield Candidate(
                field, parse_date(match.group(1)), match.start(1), match.end(1), "text", SENTENCE
            )
