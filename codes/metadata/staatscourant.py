"""The heading officielebekendmakingen gives a Staatscourant text of a national body.

The page opens with the text's name, a comma and the body that publishes it, and under it
the date the text bears, labelled or not:

    Autorisatiebesluit Minister van Binnenlandse Zaken ... dienstverlening, Rijksdienst voor
    Identiteitsgegevens
    Datum 24 september 2019                                                        (zt10)

    Circulaire Wijzigingen in het Rechtspositiebesluit ... voor gemeenten, Ministerie van
    Binnenlandse Zaken en Koninkrijksrelaties
    27 maart 2025                                                                  (zt11)

The whole line is the page's title (the body included, as the page gives it), the body is
the organisation, of type "other", and the date below is the date it was signed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import DATE, parse_date
from .candidates import HEADING, SENTENCE, Candidate
from .opening_bodies import pair

# The body after the name's last comma: a ministry or an agency of the Rijk ("Rijksdienst
# voor Identiteitsgegevens"); a decentral body is named by the register's rules.
_HEADING = re.compile(
    r"[ \t]*(?P<title>[^\n]{8,400},[ \t]+(?P<body>(?:Ministerie van|Rijksdienst voor) [^\n,]{3,80}?))"
    r"[ \t]*\r?\n"
)
_BLANKS = re.compile(r"\s*")  # before the heading: `lstrip` would copy the whole text
# The date under it, alone on its line or after the label "Datum".
_DATE_LINE = re.compile(rf"\s*(?:Datum[ \t]+)?(?P<date>{DATE})[ \t]*\r?\n")


def heading(text: str) -> Iterator[Candidate]:
    """The title, body and date of a Staatscourant heading at the text's top, if it opens so."""
    match = _HEADING.match(text, _BLANKS.match(text).end())
    date = _DATE_LINE.match(text, match.end()) if match else None
    if match is None or date is None:
        return
    start, end = match.span("title")
    yield Candidate("title", match.group("title"), start, end, "staatscourant heading", HEADING)
    body_start, body_end = match.span("body")
    yield from pair(
        match.group("body"), "other", body_start, body_end, "staatscourant heading", HEADING
    )
    if value := parse_date(date.group("date")):
        yield Candidate("adopted_on", value, *date.span("date"), "staatscourant heading", SENTENCE)
