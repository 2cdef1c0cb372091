"""Law names with a word broken at a line end of the PDF a text was copied from.

"Drank- en Hore- cawet" (y09) lost the line break and kept a blank; "Wet inkomens-
voorziening" (zz06) kept the hyphen; "Drank – en Horecawet" (zz07) set a compound's
dash apart by blanks. `join_broken` closes these up so that the registry can read the
name, and keeps for each character where it stood in the text.
"""

from __future__ import annotations

import re

# A word broken by a hyphen at a line end whose break became a space ("Hore- cawet") or
# vanished ("inkomens-voorziening"); a hyphen before "en" or "of" shortens a compound
# ("Drank- en Horecawet") and stays, and a dash set apart there ("Drank – en") closes up.
_BROKEN_WORD = re.compile(
    r"(?<=[a-zà-ÿ])(?:- *(?!(?:en|of|tot)\b)(?=[a-zà-ÿ])|(?P<dash> +[-–] )(?=(?:en|of)\b))"
)


def join_broken(window: str) -> tuple[str, list[int]] | None:
    """`window` with its broken words joined, and for each character of the joined text
    its offset in `window`; None where nothing is broken."""
    if "-" not in window and "–" not in window:
        return None
    kept: list[int] = []  # for each character of the joined window, its offset
    chars: list[str] = []
    last = 0
    for brk in _BROKEN_WORD.finditer(window):
        kept += range(last, brk.start())
        chars.append(window[last : brk.start()])
        if brk.group("dash"):  # " – " -> "- ": the dash and the blank after it stay
            kept += (brk.end() - 2, brk.end() - 1)
            chars.append("- ")
        last = brk.end()
    if not last:
        return None
    kept += range(last, len(window))
    return "".join(chars) + window[last:], kept
