"""A body's name or a title as a PDF copy breaks it over lines. `view.py` blanks a line
break inside a sentence into a space and keeps the next line's margin as spaces (every
offset kept): "Hoogheemraadschap van Schieland en de" / "      Krimpenerwaard" (r02). A break
after the hyphen of a compound name ("Groene Metropoolregio Arnhem-" / "Nijmegen", x02) it
blanks into a thin space (no other is left: the view makes every Unicode space plain first;
not a tab, which parts a table's cells), so that the value closes up there, where a space the text itself writes
after a hyphen stays ("Veiligheidsregio Brabant- Zuidoost", zj01; "Midden- en West-Brabant")."""

from __future__ import annotations

import re

# A proper name: capitalised words, the words "en", "van", "de", "voor" between them, joined
# by a hyphen or by spaces, however many a joined line's margin leaves. Never ends on a
# hyphen or a joining word.
NAME = r"[A-Z][\w'&-]+(?:(?:[ \t\u2009]+|-)(?:[A-Z][\w'&-]+|en|van|de|voor))*[A-Za-z\d]"
#: What `view.py` writes for the line break after a compound name's hyphen.
HYPHEN_BREAK = "\u2009"
_CLOSED_UP = re.compile(r"-\u2009[ \t]*")


def one_line(value: str) -> str:
    """`value` with one space between its words, and none after a hyphen broken at a line."""
    return " ".join(_CLOSED_UP.sub("-", value).split())
