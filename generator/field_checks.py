"""The form of a single case field's value: an aanhef, an e-mail address, a telephone
number, a postal address, the kind of body.

A field names its check in `data/case_fields.toml` (`check = "email"`); `cases.validate`
(case files, CSV rows, the web form) and `cases.answer` (a value typed at a prompt) apply
it, so a value that would put a wrong line in a letter (a contact block with "zie
website" as e-mail address, a retouradres without postcode) is refused before any
letter is written, in the same words wherever it was given.

Each check returns the value as the letter shows it, or None when it is not of that
form; the messages say what the value must be, in English for the command line (after
"field 'NAME' must be") and in Dutch for a person at a form or a prompt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from codes.errors import InputError

from .salutation import normal_aanhef


@dataclass(frozen=True, slots=True)
class Check:
    clean: Callable[[str], str | None]  # the value as the letter shows it; None: wrong form
    english: str  # completes "field 'x' must be ..."
    dutch: str  # the whole message at a form field or prompt


def _aanhef(text: str) -> str | None:
    try:
        normal_aanhef(text, "aanhef")
    except InputError:
        return None
    return text


# Name@domain with a dot in the domain; no spaces, commas or angle brackets (a pasted
# "Naam <adres>" or two addresses are not one address).
_EMAIL = re.compile(r"[^@\s<>,;:()\"]+@[^@\s<>,;:()\"]+\.[^@\s<>,;:()\".]{2,}")


def _email(text: str) -> str | None:
    return text if _EMAIL.fullmatch(text) and ".." not in text else None


_PHONE_CHARACTERS = re.compile(r"[0-9 +()./-]+")


def _telefoon(text: str) -> str | None:
    """Digits with the separators people write; 5 (the gemeente's 14 + netnummer, "14 024")
    to 15 digits (E.164)."""
    digits = sum(c.isdigit() for c in text)
    return text if _PHONE_CHARACTERS.fullmatch(text) and 5 <= digits <= 15 else None


_POSTCODE_PLACE = re.compile(r"\b\d{4}\s?[A-Za-z]{2}\b\s*\S")


def _postadres(text: str) -> str | None:
    """An address mail can be returned to: it holds a Dutch postcode followed by the place.
    Lines typed one under the other become one line, separated by commas."""
    lines = [" ".join(line.split()) for line in re.split(r"[\n,]", text)]
    joined = ", ".join(line for line in lines if line)
    return joined if _POSTCODE_PLACE.search(joined) else None


def _bestuur(text: str) -> str | None:
    from .besturen import BESTUREN

    return text.lower() if text.lower() in BESTUREN else None


CHECKS: dict[str, Check] = {
    "bestuur": Check(
        _bestuur,
        "'gemeente', 'provincie' or 'waterschap'",
        "Kies gemeente, provincie of waterschap, of laat het veld leeg.",
    ),
    "aanhef": Check(
        _aanhef,
        "'de heer', 'mevrouw' or 'neutraal' (no aanhef)",
        "Kies de heer, mevrouw of neutraal.",
    ),
    "email": Check(
        _email,
        "an e-mail address such as griffie@gemeente.nl",
        "Vul een geldig e-mailadres in, bijvoorbeeld griffie@gemeente.nl, of laat het veld leeg.",
    ),
    "telefoon": Check(
        _telefoon,
        "a telephone number such as 0499 12 34 56 (digits, spaces, +, -)",
        "Vul een telefoonnummer in met alleen cijfers, spaties, + of -, bijvoorbeeld "
        "0499 12 34 56, of laat het veld leeg.",
    ),
    "postadres": Check(
        _postadres,
        "a postal address with postcode and place, such as 'Postbus 9105, 6500 HG Nijmegen'",
        "Vul een adres in met postcode en plaats, bijvoorbeeld Postbus 9105, 6500 HG Nijmegen, "
        "of laat het veld leeg.",
    ),
}
