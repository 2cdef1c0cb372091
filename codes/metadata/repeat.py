"""A site's heading that the document's own line repeats with the year it left out."""

from __future__ import annotations

import re

# A site's heading repeated by the document's own line with its year (`dated_repeat`):
# the year ends the line or the name ("... Voorst 2020 vastgesteld d.d. ...", "... 2020 (").
_REPEAT_WINDOW = 3000
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\W*$")
_YEAR_AFTER = re.compile(r" ((?:19|20)\d\d)(?=[ \t]*(?:$|\(|vastgesteld\b|[,;:.]))", re.M)


def dated_repeat(text: str, line: str, after: int) -> tuple[str, int, int] | None:
    """The name with its year where the document's own line repeats a site's heading
    and goes on with the year the heading left out: 5dok heads a page "Regeling op de
    vergaderingen ... van de gemeenteraad Voorst", the document's first line is
    "Regeling op de vergaderingen ... van de gemeenteraad Voorst 2020 vastgesteld d.d. 15
    juni 2020". The name, the year and where they stand; None where no line does."""
    if _YEAR_END.search(line):
        return None
    # at a line's start, which a copy may indent
    repeat = re.compile(r"\n[ \t]*(" + re.escape(line) + ") ").search(
        text, after, after + _REPEAT_WINDOW
    )
    if repeat is None:
        return None
    start = repeat.start(1)
    year = _YEAR_AFTER.match(text, repeat.end(1))
    if year is None:
        return None
    return line + " " + year.group(1), start, year.end(1)
