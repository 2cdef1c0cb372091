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
_NAME = (
    rf"(?:toelichting\s+)?(?:[^\W\d_]+\s+)?(?:[^\W\d_]*{REGULATION}|gemeenschappelijke regeling)\b"
    r"(?!\s+van\s+(?:het|de)\b)"
)
NAME_START = re.compile(f"(?i){_NAME}")

# A name starts with its own word, never with the article of the sentence it was cut from:
# docplayer heads the Gemeenteblad's "Beleidsregels handhaving Wet kinderopvang ..." with "de
# Beleidsregels handhaving ..." (zi12). Lowercase article, capitalised regulation's word.
_SENTENCE_ARTICLE = re.compile(
    r"(?:de|het)[ \t]+(?=(?:Gedragscode|Verordening|Regeling|Beleidsregel|Protocol|Reglement|"
    r"Besluit|Code|Mandaat|Integriteit|Regels|Instructie)\w*\b)"
)

# The number a collection or a file plan gives a document, set by its PDF at the edge of the
# name: "L4 REGELING MELDING MISSTAND PROVINCIE ZUID-HOLLAND 2012" (zm09, a bundle's item),
# "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO TWENTE E08d" (r14, docplayer's page 1). One
# or two capitals and digits: a name's own words are words, its year has no letter.
_DOCUMENT_NUMBER = r"[A-Z]{1,2}\d{1,3}[a-z]?"
_LEADING_NUMBER = re.compile(rf"{_DOCUMENT_NUMBER}[ \t]+(?=(?i:{_NAME}))")
_TRAILING_NUMBER = re.compile(rf"\s+{_DOCUMENT_NUMBER}$")


def number_end(line: str) -> int:
    """Where the name starts after a document number before its regulation's word, or 0."""
    number = _LEADING_NUMBER.match(line)
    return number.end() if number else 0


def without_number(name: str) -> str:
    """`name` less a document number at its end."""
    return _TRAILING_NUMBER.sub("", name)


def article_end(line: str) -> int:
    """Where the name starts after a sentence's lowercase article, or 0 where none leads."""
    article = _SENTENCE_ARTICLE.match(line)
    return article.end() if article else 0
