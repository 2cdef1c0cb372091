"""A law that closes two parallel "bedoeld in" phrases holds for both.

"de ambtenaar bedoeld in artikel 123, derde lid, onderdeel b, of de ambtenaar bedoeld in
artikel 124, vijfde lid, onderdeel a, van de Waterschapswet" (the model belastingverordening
of the waterschappen, zc02, b13): "van de Waterschapswet" closes the coordinated phrase, not
only its last member, as "de artikelen 123 en 124 van de Waterschapswet" would. Only where
both members have the same shape ("<noun> bedoeld in artikel ...") and the first names no
law of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .grammar import Citation

# Between the two members: ", of de ambtenaar bedoeld in ", " en het orgaan als bedoeld in ".
_SECOND_MEMBER = re.compile(
    r"\s*,?\s+(?:of|en)\s+(?:de|het|een)\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,3}?"
    r"\s+(?:als\s+)?bedoeld\s+in\s+(?:de\s+|het\s+)?"
)
_FIRST_MEMBER = re.compile(r"\bbedoeld\s+in\s+(?:de\s+|het\s+)?$")


def share_parallel_law(text: str, citations: list[Citation]) -> None:
    """Give a citation without a law the law of the parallel member after it."""
    for first, second in pairwise(citations):
        if first.law is not None or second.law is None or second.law.kind != "name":
            continue
        if not _SECOND_MEMBER.fullmatch(text, first.end, second.start):
            continue
        if _FIRST_MEMBER.search(text, max(0, first.start - 20), first.start):
            first.law = second.law
