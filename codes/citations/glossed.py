"""An article in brackets that glosses a sentence about a law: the law's article.

"De Wet veiligheidsregio's draagt de organisatie van de brandweerzorg ... op aan de
colleges van burgemeester en wethouders (artikel 2)." (toelichting on the GR
Veiligheidsregio Kennemerland, devset zf01). Dutch explanatory prose states what a
law says and puts the article that says it in brackets at the end of the clause; the
article is the law's that the sentence names, though words stand between them. The
grammar joins a bracket to a law only right after its name ("de Wet gemeenschappelijke
regelingen (artikelen 33 en 33a)", s07); this takes the longer distance, and only
where nothing else can be meant:

- the brackets hold nothing but the article ("(artikel 2)", "(artikel 13, tweede lid)");
- the sentence names exactly one law before them (a local regulation is no law of the
  registry: "In de Financiële verordening gemeente Zutphen 2019 is ... opgenomen
  (artikel 13, tweede lid)", x03, stays the regulation's own);
- the code has no article of that number, which the bracket could mean instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .grammar import Citation
from .law import Mention

# Where a sentence (or a clause of a list) begins: after its stop and a capital, a ";"
# or a line break. "art." or "o.a." inside the sentence is no stop: no capital follows.
_BOUNDARY = re.compile(r"[.!?]\s+(?=[A-Z])|;|\n")
_REACH = 400  # a sentence of explanatory prose; further back is another thought


def glossed_law(
    text: str, citation: Citation, mentions: list[Mention], starts: list[int], articles
) -> Mention | None:
    """The mention of the law whose sentence `citation`, an article alone in brackets,
    glosses; None if the brackets hold more, or the sentence names no law or two.
    `starts`: the mentions' starts (sorted); `articles`: the code's own article numbers."""
    if (
        text[citation.start - 1 : citation.start] != "("
        or text[citation.end : citation.end + 1] != ")"
    ):
        return None
    if any(item.article in articles for item in citation.items):
        return None
    low = max(0, citation.start - _REACH)
    opening = 0 if low == 0 else None
    for boundary in _BOUNDARY.finditer(text, low, citation.start):
        opening = boundary.end()
    if opening is None:
        return None  # no sentence start within reach: not a sentence of prose
    named = mentions[bisect_left(starts, opening) : bisect_left(starts, citation.start)]
    if len({mention.law.name for mention in named}) != 1:
        return None
    return named[-1]
