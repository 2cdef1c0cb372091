"""Who adopted the regulation, said in the active voice with the body after its verb:
"Gisteravond heeft de gemeenteraad de Gedragscode voor raads- en commissieleden ...
vastgesteld" (a party's news page, xg09), "Op 12 maart 2019 heeft de raad de gedragscode
vastgesteld". The verb before its subject makes the sentence a main clause after a fronted
phrase; a relative clause that names another regulation's adopter puts the verb last ("die
de raad heeft vastgesteld"), and the passive is `adopter._STATED_BY`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .candidates import SENTENCE, Candidate

_PARTICIPLE = "vastgesteld"
_REACH = 200  # from the verb to the participle, as far as `_active()` reads


def stated_actively(low: str) -> Iterator[Candidate]:
    """The first such statement in `low` (the lowercase text)."""
    from .adopter import candidate  # adopter asks this module: imported when first used

    pattern = _active()
    at = low.find(_PARTICIPLE)
    while at >= 0:
        end = at + len(_PARTICIPLE)
        match = pattern.search(low, max(0, at - _REACH), end)
        if match is not None and match.end() == end:
            yield candidate(match, "statement", SENTENCE)
            return
        at = low.find(_PARTICIPLE, end)


@cache
def _active() -> re.Pattern:
    """The verb, the body's words (`adopter.BODIES`), at most 24 words, the participle."""
    from .adopter import BODIES

    return re.compile(rf"\b(?:heeft|hebben)\s+{BODIES}(?:\s+[^\s.;:]+){{0,24}}?\s+{_PARTICIPLE}$")
