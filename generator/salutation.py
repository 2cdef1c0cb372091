"""How a letter addresses a person: the address lines and the salutation (aanhef).

From the case fields `<person>.aanhef` ("de heer", "mevrouw", or neutral),
`<person>.achternaam` and `<person>.naam`:

    aanhef     achternaam   naam          address line       salutation
    de heer    Jansen       B. Jansen     De heer B. Jansen  Geachte heer Jansen,
    mevrouw    de Vries     A. de Vries   Mevrouw A. de Vries  Geachte mevrouw De Vries,
    (neutral)  -            A. Jansen     A. Jansen          Geachte A. Jansen,

The neutral form, for a person whose aanhef is not given or who prefers none, uses
the name as written (initials or first name and surname), as the Rijksoverheid
advises for gender-neutral letters. A tussenvoegsel after "heer" or "mevrouw" takes a
capital (Dutch spelling: "heer De Vries", but "A. de Vries"). Without `achternaam` the
surname is read from the name after initials and titles ("mr. C. de Vries" -> "de
Vries"), or from the first tussenvoegsel or last word of a written-out name. A name
field that starts with "mevrouw" or "de heer" (older case files) gives the aanhef.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from codes.errors import InputError

_AANHEF = {
    "de heer": "de heer",
    "heer": "de heer",
    "dhr": "de heer",
    "meneer": "de heer",
    "mevrouw": "mevrouw",
    "mevr": "mevrouw",
    "mw": "mevrouw",
}
_NEUTRAL = {"", "neutraal", "geen", "-"}
_HONORIFIC = re.compile(r"^(?:de\s+heer|heer|dhr\.?|mevrouw|mevr\.?|mw\.?)\s+", re.I)
_TITLE_OR_INITIAL = re.compile(r"^(?:[A-Za-zÀ-ÿ]{1,4}\.)+$|^[A-Z]$")
_TUSSENVOEGSEL = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "von"}
_POSTCODE = re.compile(r"^(\d{4})\s*([A-Za-z]{2})\s+(.+)$")


@dataclass(frozen=True)
class Addressee:
    naam: str  # as written, without aanhef: "A. Jansen", "mr. C. Smit"
    aanhef: str | None  # "de heer", "mevrouw", or None for the neutral form
    achternaam: str | None

    @property
    def in_text(self) -> str:
        """How running text names the person: 'mevrouw A. Jansen', 'A. Jansen'."""
        return f"{self.aanhef} {self.naam}" if self.aanhef else self.naam

    @property
    def name_line(self) -> str:
        """The first address line: 'Mevrouw A. Jansen', 'De heer B. Bakker', 'A. Jansen'."""
        text = self.in_text
        return text[:1].upper() + text[1:] if self.aanhef else text

    @property
    def salutation(self) -> str:
        if self.aanhef and self.achternaam:
            word = "heer" if self.aanhef == "de heer" else "mevrouw"
            return f"Geachte {word} {self.achternaam[:1].upper()}{self.achternaam[1:]},"
        if self.naam:
            return f"Geachte {self.naam},"
        return "Geachte heer, mevrouw,"


def normal_aanhef(value: Any, field: str) -> str | None:
    """'de heer', 'mevrouw' or None (neutral) for what a user typed; anything else is an error."""
    text = " ".join(str(value or "").lower().replace(".", " ").split())
    if text in _NEUTRAL:
        return None
    if text in _AANHEF:
        return _AANHEF[text]
    raise InputError(
        f"field '{field}' must be 'de heer', 'mevrouw' or 'neutraal' (no aanhef), not '{value}'"
    )


def surname(naam: str) -> str | None:
    words = naam.split()
    while words and _TITLE_OR_INITIAL.match(words[0]):
        words.pop(0)  # titles and initials: mr., drs., A., J.P.
    if not words:
        return None
    if len(words) < len(naam.split()):
        return " ".join(words)  # everything after the initials is the surname
    for index, word in enumerate(words[1:], start=1):
        if word.lower() in _TUSSENVOEGSEL:
            return " ".join(words[index:])
    return words[-1]


def addressee(person: dict[str, Any], role: str) -> Addressee:
    """The person of `role` ("betrokkene", ...) from the nested case values."""
    naam = str(person.get("naam") or "").strip()
    aanhef = normal_aanhef(person.get("aanhef"), f"{role}.aanhef")
    written = _HONORIFIC.match(naam)
    if written:
        aanhef = aanhef or normal_aanhef(written.group().strip(), f"{role}.naam")
        naam = naam[written.end() :].strip()
    achternaam = str(person.get("achternaam") or "").strip() or surname(naam)
    return Addressee(naam, aanhef, achternaam)


def address_lines(person: dict[str, Any]) -> list[str]:
    """The lines under the name: the organisation, then the address as given (comma or line
    separated); a Dutch postcode line as PostNL asks it: '5681 AA  BEST'."""
    lines = [str(person["organisatie"]).strip()] if person.get("organisatie") else []
    for part in re.split(r"[,\n]", str(person.get("adres") or "")):
        part = part.strip()
        if not part:
            continue
        postcode = _POSTCODE.match(part)
        if postcode:
            number, letters, place = postcode.groups()
            part = f"{number} {letters.upper()}  {place.upper()}"
        lines.append(part)
    return lines
