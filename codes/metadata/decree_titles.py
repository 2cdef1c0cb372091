"""The full title of a decision on a page headed by another name of it.

wetten.overheid.nl heads a page by the BWB's name of a decree or regeling (its short title,
or a name of the BWB's own); the decision's own title, the one it was made under, stands
below the page's "Geldend van" line. `title.title_lines` asks these two rules before it
takes the page heading itself.
"""

from __future__ import annotations

import re

from ..dates import DATE
from .candidates import HEADING, Candidate

# A decision's full title, dated or not: "Besluit van 30 september 2019 tot ...", "Wet van 12
# mei 2016, houdende ...", "Besluit houdende ...".
FULL_DECISION = re.compile(r"(?:Besluit|Wet|Regeling|Verordening|Beschikking)\s+(?:van|houdende)\b")
DATED_ACT = re.compile(rf"(?:Wet|Besluit|BESLUIT|Rijkswet|Regeling)\s+van\s+{DATE}\b")


def full_title(text: str, heading: Candidate) -> Candidate | None:
    """The decision's full title where the page is headed by its short title in brackets:
    wetten.overheid.nl heads a decree "Uitvoeringsbesluit Ambtenarenwet 2017" and gives
    below it "Besluit van 30 september 2019 tot uitvoering van de Ambtenarenwet 2017
    (Uitvoeringsbesluit Ambtenarenwet 2017)"."""
    short = text.find(f"({heading.value})", heading.end, heading.end + 3000)
    if short < 0:
        return None
    start = text.rfind("\n", 0, short) + 1
    while text[start] in " \t":  # an indented copy (a PDF's margin) names the same decision
        start += 1
    end = short + len(heading.value) + 2
    if text[end : end + 1] not in ("", "\n") or FULL_DECISION.match(text, start) is None:
        return None
    return Candidate("title", text[start:end], start, end, "decision title", HEADING)


def dated_decree(text: str, heading: Candidate) -> Candidate | None:
    """The decree's own title where it opens the text under the page's "Geldend van" line,
    named by its date alone as the King signs it: wetten.overheid.nl heads the BBV's
    amendment with its BWB name "Wijzigingsbesluit Besluit begroting en verantwoording
    provincies en gemeenten (wijzigingen interne sturing ..., enz.)" and gives below it
    "Besluit van 5 maart 2016, houdende wijziging van ..." (zt06). A decentral decision
    names its body first ("Besluit van provinciale staten van Zeeland van 13 februari 2015",
    s02, zc04: the page heading stays)."""
    valid = text.find("Geldend van", heading.end, heading.end + 400)
    if valid < 0:
        return None
    start = text.find("\n", valid)
    while start >= 0 and text[start : start + 1].isspace():
        start += 1
    if start < 0 or DATED_ACT.match(text, start) is None:
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    return Candidate("title", line, start, start + len(line), "decree title", HEADING)
