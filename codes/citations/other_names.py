"""Where a law's name is part of another regulation's name, and so no citation of it.

A local decision is often named after the law it carries out: "de Maatregelverordening
Wet werk en bijstand 2012", "de Beleidsregel toepassing Wet Bibob Noord-Brabant", "het
mandaatbesluit Wet open overheid". In Dutch the law's name then stands in apposition to
the regulation word that heads the name, without an article of its own; a law the
regulation cites takes one: "de Verordening ... op grond van de Wet X", "Regeling ...
van de Wet X".
"""

from __future__ import annotations

import re

from ..covered import Covered
from ..scan import Anchors, first, line_start, lowered, near

# The name of a (local) regulation that holds a law's name, closed by its year:
# "de Maatregelverordening Wet werk en bijstand 2012", "Beleidsregels Bibob gemeente
# Bergeijk 2018"; a year inside a date ("in werking getreden per 01-04-2010") closes no name.
# A law after "de"/"het" inside it is cited, not named ("Regeling ... van
# de Wet X"), and so is a law after an article number (a citation the grammar left open).
REGULATION_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+(?:-[a-z]+)?(?:verordening|regeling)|Verordening|Regeling|Beleidsregels?|"
    r"VERORDENING|REGELING|BELEIDSREGELS?)[ \t]"
    r"(?:(?!\b(?:de|het)\s)[^.;:()\n]){0,100}?(?<![-/])\b(?:19|20)\d{2}\b"
)
# Every match holds one of these; "[A-Z][a-z]+" before "verordening" is one word, or a
# hyphenated one: "1E Gewijzigde Re-integratieverordening Participatiewet 2017" (zq07).
# A title in capitals names one too: "VERORDENING PARTICIPATIEWET 2017" (Apeldoorn, p07).
REGULATION_WORDS = Anchors.of(
    "erordening",
    "egeling",
    "Beleidsregel",
    "ERORDENING",
    "EGELING",
    "BELEIDSREGEL",
    before=60,
    after=160,
)
# Every REGULATION_WORDS anchor in lowercase (what `RegulationNames` looks for).
_REGULATION_WORDS_LOW = ("erordening", "egeling", "beleidsregel")
_LONGEST_WORD = max(map(len, _REGULATION_WORDS_LOW))
_ARTICLE_WORD = re.compile(r"\d\s*$")
# A regulation word that heads a name, then at most three words of the name
# ("toepassing"), then the law: "Beleidsregel toepassing Wet Bibob", "mandaatbesluit Wet
# open overheid". No closing year needed. An article, a preposition or a conjunction
# among the words makes the law a citation or the next item of a list ("Verordening
# op grond van Wet X", "Verordening en Wet X"). Searched back from each law's name only.
# The head may be any compound of "regels" ("de Uitvoeringsregels Wet natuurbescherming
# Gelderland 2018", zp01; "Instructieregels Besluit kwaliteit leefomgeving", zq15) or a
# policy document's word ("de Notitie Invoering nieuwe Wet ruimtelijke ordening", zq06;
# "nota Participatie initiatiefnemers Omgevingswet", u11); a title may capitalise its
# words ("Verordening Gewijzigde Wet inburgering", zh09). A programme is such a document too:
# "Deelnota XIII Uitvoeringsprogramma Participatiewet" (vb08) names the gemeenten's programme,
# as "nota Participatie ... Omgevingswet" names their nota.
_HEADED_BY_REGULATION_WORD = re.compile(
    r"(?<![\w-])[A-Za-z]*(?:-[a-z]+)?(?:[Vv]erordening|[Rr]egeling|[Bb]esluit|[Bb]eleidsregels?"
    r"|[a-z]regels?|[Nn]ota|[Nn]otitie|[Bb]eleidskader|[Bb]eleidsplan|[Pp]rogramma"
    r"|VERORDENING|REGELING|BESLUIT|BELEIDSREGELS?)"
    r"(?:[ \t]+(?!(?:de|het|een|der|des|van|op|en|of|ter|tot|voor|krachtens|ingevolge|inzake"
    r"|bedoeld|als|in|uit|met|ex|bij|om|dat|die|is|wordt|zijn|worden)\b)[A-Za-z][a-z-]*){0,3}"
    r"[ \t]+$"
)
_HEAD_LOOK_BACK = 60
# What each regulation word of _HEADED_BY_REGULATION_WORD holds in lowercase.
_HEAD_WORDS_LOW = ("verordening", "regel", "besluit", "not", "beleids", "programma")


def regulation_names(text: str) -> list[tuple[int, int]]:
    """Where the names of regulations that hold a law's name, closed by a year, stand."""
    found = near(REGULATION_NAME, text, REGULATION_WORDS)
    return [(match.start(), match.end()) for match in found]


class RegulationNames:
    """The spans `regulation_names` gives, as a `Covered`, looked for in the whole text only
    at the first position that a name could hold. `near` finds a name only from a regulation
    word at most `before` characters after the name's start and `after` characters before
    its end, so a position with no such word around it lies in none. Most laws that no
    citation covers have none around them; the look is three whole-text scans and a search
    at each regulation word."""

    __slots__ = ("_names", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: Covered | None = None

    def __contains__(self, position: int) -> bool:
        if self._names is None:
            start = max(0, position - _LONGEST_WORD - REGULATION_WORDS.after)
            window = lowered(self._text)[start : position + REGULATION_WORDS.before + _LONGEST_WORD]
            if not any(word in window for word in _REGULATION_WORDS_LOW):
                return False
            self._names = Covered(regulation_names(self._text))
        return position in self._names


def in_regulation_name(text: str, position: int, names: RegulationNames) -> bool:
    """Whether the law named at `position` is part of another regulation's name: inside
    one of `names` (the spans `regulation_names` gives) but not right after an article
    number, or right after a regulation word that heads a name."""
    if position in names:
        return not _ARTICLE_WORD.search(text, max(0, position - 5), position) and not _opens_name(
            text, position
        )
    # The search tries its pattern at every place of the window: first, whether the window
    # holds one of its regulation words at all (in lowercase, as they all hold these).
    window = lowered(text)[max(0, position - _HEAD_LOOK_BACK) : position]
    if any(word in window for word in _HEAD_WORDS_LOW) and (
        _HEADED_BY_REGULATION_WORD.search(text, max(0, position - _HEAD_LOOK_BACK), position)
        is not None
    ):
        return True
    return _in_quoted_name(text, position) or _in_amending_title(text, position)


# The title of an amending act, as a heading or a parliamentary page's label gives it: "Wijziging
# van de Gemeentewet, de Provinciewet, de Waterschapswet en de Wet openbare lichamen Bonaire,
# Sint Eustatius en Saba in verband met de risicoanalyse ... (Wet bevorderen integriteit en
# functioneren decentraal bestuur tweede tranche)" (xg03, xg04; also after "Officiële titel",
# "Memorie van toelichting - " and "kamerstukdossier 36892 -4"). Capitalised, closed by its short
# title in brackets on the same line. The laws it amends are its name's words, as a text's own
# title's are (p01, p02). Running text that describes the bill cites them: "het voorstel van wet
# houdende Wijziging van de Gemeentewet, ..." (ze15), "ziet op wijziging van de Gemeentewet".
_AMENDING_TITLE = "Wijziging van "
_AMENDING_HEAD = re.compile(r"(?<![\w“‘\"'])(?<!houdende )Wijziging van [^\n]*$")
_AMENDING_TAIL = re.compile(r"[^\n]*?\bin verband met\b[^\n()]*\([^()\n]{4,200}\)")
_STOP = re.compile(r"[.!?]\s")


def _in_amending_title(text: str, position: int) -> bool:
    start = line_start(text, position)
    at = text.rfind(_AMENDING_TITLE, start, position)
    if at < 0:
        return False
    if _AMENDING_HEAD.match(text, at, position) is None or _STOP.search(text, at, position):
        return False
    # the laws it amends, and the short title in its brackets
    title = _AMENDING_TAIL.match(text, at)
    return title is not None and position < title.end()


def _opens_name(text: str, position: int) -> bool:
    """Whether the law named at `position` opens the regulation name found there: then the
    registry knows the whole name as a national regulation, which the text names, as "de
    Uitvoeringsregeling Invorderingswet 1990" (zv01-zv03), not a local name that holds a law."""
    return REGULATION_NAME.match(text, position) is not None


# A regulation word and the quotation mark that opens its name: "de regeling ‘Afwikkeling
# nalatenschap oude Vreemdelingenwet’" (Zeist 2008, zh15).
_QUOTED_NAME_HEAD = re.compile(
    r"(?<![\w-])(?:[Rr]egeling|[Vv]erordening|[Bb]esluit|[Bb]eleidsregels?|[Cc]irculaire)[ \t]+$"
)
_OPENING_QUOTES = "‘“"
_CLOSING_QUOTES = "’”"
_QUOTE_LOOK_BACK = 100


def _in_quoted_name(text: str, position: int) -> bool:
    """Whether a law named at `position` stands inside a quoted name that a regulation
    word heads; a law after the closing quote, or in a quotation of other words, is not."""
    window = text[max(0, position - _QUOTE_LOOK_BACK) : position]
    opening = max(window.rfind(q) for q in _OPENING_QUOTES)
    if (
        opening == -1
        or any(q in window[opening:] for q in _CLOSING_QUOTES)
        or "\n" in window[opening:]
    ):
        return False
    return _QUOTED_NAME_HEAD.search(window, 0, opening) is not None


# A national act's intitulé at the text's head: "BESLUIT van 15 oktober 2018, Stb. 2018,
# 386, houdende regels inzake ... (Rechtspositiebesluit decentrale politieke ambtsdragers).
# Inwerkingtreding: ..." (zc13; also h14, s13, ze13). The bracket that closes it, before a
# stop or the line's end, holds the act's own short title: a law of that name (or inside
# it, "(Uitvoeringsbesluit WNT)") is the act itself, not a law it cites.
_INTITULE = re.compile(
    r"(?:^|\n)[ \t]*(?:BESLUIT|Besluit|WET|Wet|Rijkswet|REGELING|Regeling)[ \t]+van[ \t]+"
    r"\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}\b[^\n]*?\((?P<name>[^()\n]{3,200})\)(?=[ \t]*(?:[.;]|\n|$))"
)
_HEAD = 3000  # an intitulé opens the act; further down "Besluit van ..." is cited
_KIND_WORDS = ("BESLUIT", "Besluit", "WET", "Wet", "Rijkswet", "REGELING", "Regeling")


def intitule_name(text: str) -> tuple[int, int] | None:
    """Where the short title that closes a national act's intitulé stands, if the text
    opens with one."""
    # No match starts before the line of the first kind word (`scan.first`).
    at = first(text, _KIND_WORDS, _HEAD)
    if at < 0:
        return None
    found = _INTITULE.search(text, max(0, line_start(text, at) - 1), min(len(text), _HEAD))
    return found.span("name") if found else None
