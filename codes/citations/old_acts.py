"""Where a text marks a renewed law's bare name as the old act.

After a law is replaced by a new act of its own name ("Wet inburgering" by the "Wet
inburgering 2021"), texts write the bare name for the new act (`LawRegistry.as_of`). A
text that compares the two says which one it means: an adjective before the name ("de
oude Wet inburgering", "de toenmalige Huisvestingswet") or the old act's year in brackets
after it ("Wet inburgering (2007)"), while it names the new act by its title with the year
("de nieuwe Wet inburgering 2021"). There the bare name is the old act wherever it stands:
"... bij een overtreding van de Wet inburgering" a sentence later (Schulinck, devset zp11).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .law import Law, Mention

_OLD_BEFORE = re.compile(
    r"(?<![\w-])(?:oude|vorige|voormalige|toenmalige|vroegere|oorspronkelijke)[ \t\n]+$", re.I
)
_YEAR_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<year>(?:19|20)\d\d)[ \t]*\)")


def old_namings(text: str, mentions: list[Mention], renewed: dict[str, Law]) -> set[int]:
    """The starts of the mentions of a renewed law (`renewed`: old name -> new act) that
    mean the old act: those the text marks as old, and where it also names the new act by
    its own title, every bare naming of the old one."""
    marked: dict[str, set[int]] = {}
    for mention in mentions:
        new = renewed.get(mention.law.name)
        if new is not None and _marked_old(text, mention):
            marked.setdefault(mention.law.name, set()).add(mention.start)
    if not marked:
        return set()
    titled = {mention.law.name for mention in mentions}
    old: set[int] = set()
    for name, starts in marked.items():
        if renewed[name].name in titled:
            starts = {m.start for m in mentions if m.law.name == name}
        old |= starts
    return old


def _marked_old(text: str, mention: Mention) -> bool:
    if _OLD_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True
    year = _YEAR_AFTER.match(text, mention.end)
    repealed = mention.law.repealed_on
    return year is not None and repealed is not None and year.group("year") < repealed[:4]
