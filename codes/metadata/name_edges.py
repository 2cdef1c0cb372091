"""What stands at the edge of a title line but is no part of the name (`title._first_line`)."""

from __future__ import annotations

import re

# The words a regulation's name is built on.
REGULATION = (
    r"(?:[Gg]edragscode|[Vv]erordening|[Rr]egeling|[Bb]eleidsregel|[Pp]rotocol|[Rr]eglement|"
    r"[Bb]esluit|[Cc]ode|[Mm]andaat|[Ii]ntegriteit|[Rr]egels|[Ii]nstructie)"
)
# A name may open with a word before its regulation's word, which may close a compound:
# "Financiële verordening BEL Combinatie", "Algemene subsidieverordening Zeeland 2007".
NAME_START = re.compile(
    rf"(?i)(?:toelichting\s+)?(?:[^\W\d_]+\s+)?(?:[^\W\d_]*{REGULATION}|gemeenschappelijke regeling)\b"
    r"(?!\s+van\s+(?:het|de)\b)"
)

# A name starts with its own word, never with the article of the sentence it was cut from:
# docplayer heads the Gemeenteblad's "Beleidsregels handhaving Wet kinderopvang ..." with "de
# Beleidsregels handhaving ..." (zi12). Lowercase article, capitalised regulation's word.
_SENTENCE_ARTICLE = re.compile(
    r"(?:de|het)[ \t]+(?=(?:Gedragscode|Verordening|Regeling|Beleidsregel|Protocol|Reglement|"
    r"Besluit|Code|Mandaat|Integriteit|Regels|Instructie)\w*\b)"
)


def article_end(line: str) -> int:
    """Where the name starts after a sentence's lowercase article, or 0 where none leads."""
    article = _SENTENCE_ARTICLE.match(line)
    return article.end() if article else 0
