"""A footnote number glued to the name before it, as a PDF or a Staatsblad page copies it.

"De Wet voorzieningen gehandicapten1 wordt gewijzigd als volgt" (zl13), "Het
Rechtspositiebesluit voorzitters waterschappen1 wordt als volgt gewijzigd" (zt13): the
footnote's number (which the page sets superscript, pointing to the act's last
amendment in the Staatsblad) lost its raising and its space. The name still ends before
it; the number is no article and no part of the name.
"""

from __future__ import annotations

# What may follow a footnote mark: the sentence goes on or ends.
_AFTER_MARK = frozenset(" \t\n,;:)")


def footnote_mark(text: str, end: int) -> bool:
    """Whether `text[end:]` opens with a footnote number glued to a word in lowercase: one
    or two digits after a lowercase letter, then a blank or a mark ("gehandicapten1
    wordt"), not a number or a word ("Wmo2015", "art1a", "lid15, derde lid")."""
    if not text[end - 1 : end].islower():
        return False
    digits = end
    while digits < len(text) and digits - end < 3 and text[digits].isdecimal():
        digits += 1
    if not 1 <= digits - end <= 2:
        return False
    after = text[digits : digits + 1]
    if after == ".":  # "gehandicapten1." ends the sentence; "wet1.2" is a number
        return not text[digits + 1 : digits + 2].isdecimal()
    return after == "" or after in _AFTER_MARK
