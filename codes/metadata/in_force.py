"""From when a regulation applies (`in_force_from`), as a sentence or a label states it:
"treedt in werking op 1 januari 2020", "is per 1 juli 2004 in werking getreden",
"Datum inwerkingtreding:", "werkt terug tot en met 1 januari 2020"; a date that belongs to
another regulation or to an amendment is not the regulation's own (`other_clause`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import DATE, parse_date
from ..scan import Anchors, lowered, near
from .adoption import RELATIVE_CLAUSE
from .candidates import HEADING, SENTENCE, Candidate

# Lowercase, each starting with a literal ("werking", "terug", "ingang").
_IN_FORCE = re.compile(
    rf"(?:(?:treedt|treden)\s+in\s+werking\s+(?:op|met\s+ingang\s+van|per)"
    rf"|\bin\s+werking\s+getreden\s+(?:op|per)"
    rf"|met\s+inwerkingtreding\s+(?:op|per|met\s+ingang\s+van)"
    rf"|datum\s+van\s+inwerkingtreding\s*:?|ingangsdatum\s*:?"
    rf")\s+({DATE})"
    # The date before the verb's complement: "De gemeenschappelijke regeling is per 1 juli
    # 2004 in werking getreden", "Deze regeling treedt op 1 januari 2020 in werking".
    rf"|(?:is|zijn|treedt|treden)\s+(?:op|per|met\s+ingang\s+van)\s+({DATE}),?\s+in\s+werking\b"
    # A notice's subordinate clause puts the verb last and the announced decision after it:
    # "... maakt bekend dat met ingang van 1 april 2019 in werking treedt: het besluit ..."
    # (xz07). The date right after "dat" keeps out "dat de Omgevingswet per 1 januari 2024 in
    # werking treedt", whose subject stands between them and is another act.
    rf"|\bdat\s+(?:met\s+ingang\s+van|op|per)\s+({DATE}),?\s+in\s+werking\s+(?:treedt|treden)\b"
    # "Met ingang van 1 april 2008 vast te stellen de navolgende Gedragscode 2008."
    rf"|met\s+ingang\s+van\s+({DATE}),?\s+vast\s+te\s+stellen"
)
_IN_FORCE_ANCHORS = Anchors.of(r"werking", r"ingang", before=40, after=60)
# "... treedt in werking op de dag na bekendmaking en werkt terug tot en met 1 januari 2020":
# it applies from the date it reaches back to.
_RETROACTIVE = re.compile(rf"(?:werkt\s+terug|terugwerkende\s+kracht)\s+tot\s+en\s+met\s+({DATE})")
_RETROACTIVE_ANCHORS = Anchors.of(r"terug", before=15, after=60)


def in_force_from(text: str) -> Iterator[Candidate]:
    """The date from which the regulation applies, as a sentence or label states it."""
    low = lowered(text)
    rules = (
        (_RETROACTIVE, _RETROACTIVE_ANCHORS, HEADING, "terugwerkende kracht"),
        (_IN_FORCE, _IN_FORCE_ANCHORS, SENTENCE, "inwerkingtreding"),
    )
    for pattern, anchors, trust, rule in rules:
        for match in near(pattern, low, anchors):
            group = next(g for g in range(1, pattern.groups + 1) if match.group(g))
            value = parse_date(match.group(group))
            if value and not other_clause(low, match.start()):
                start, end = match.span(group)
                yield Candidate("in_force_from", value, start, end, rule, trust)
                break


def other_clause(low: str, start: int, adopted: bool = False) -> bool:
    """Whether the sentence before `start` dates another regulation ("de Archiefregeling die
    in werking is getreden per ...") or an amendment ("Deze wijziging werkt terug tot en
    met 01-01-2020" in a decree that amends one of its parts). `adopted`: the words before
    name what the decision adopts ("besluit: de 1e wijziging ... vast te stellen, met
    terugwerkende kracht vanaf ..."), so an amendment there is the text itself."""
    if RELATIVE_CLAUSE.search(low, max(0, start - 30), start):
        return True
    if adopted:
        return False
    sentence = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start))
    return "wijziging" in low[max(sentence, start - 80) : start]
