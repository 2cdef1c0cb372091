"""The sentences of the review in each language, from `codes/data/review_wording.toml`.

A sentence is a `str.format` template over a finding's facts. Two things depend on the
language and are done here, not in the templates: a date is written "1 mei 2022" or
"1 May 2022", and `{law:lidwoord}` puts "de" or "het" before a Dutch law's name
("de Wet openbaarheid van bestuur", "het Rechtspositiebesluit wethouders"; the rule is
`codes/lidwoord.py`, which the letters and the model code use too).
"""

from __future__ import annotations

import string
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from ..dates import dutch_date
from ..lidwoord import lidwoord
from .model import LANGUAGES, Wording

DATA = Path(__file__).parent.parent / "data" / "review_wording.toml"

_ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@cache
def wordings() -> dict:
    with DATA.open("rb") as handle:
        return tomllib.load(handle)


def template(key: str, language: str) -> str:
    """The sentence for `key` ("law-repealed.message") in `language`; a KeyError names
    the key when the wording file lacks it."""
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r}: one of {', '.join(LANGUAGES)}")
    entry = wordings()
    for part in key.split("."):
        entry = entry.get(part, {}) if isinstance(entry, dict) else {}
    if not isinstance(entry, dict) or language not in entry:
        raise KeyError(f"no {language} wording for {key} in {DATA.name}")
    return entry[language]


def render(wording: Wording, language: str) -> str:
    return _Formatter(language).vformat(template(wording.key, language), (), dict(wording.facts))


def long_date(value: date, language: str) -> str:
    """1 mei 2022 / 1 May 2022."""
    if language == "nl":
        return dutch_date(value)
    return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]} {value.year}"


def severity_word(severity: str, language: str, plural: bool = False) -> str:
    """ "fout" / "fouten", "error" / "errors": the severity as a reader names it."""
    return template(f"severity.{severity}{'.plural' if plural else ''}", language)


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Wording):
            value = render(value, self.language)
        elif isinstance(value, date):
            value = long_date(value, self.language)
        if format_spec == "lidwoord":
            return f"{lidwoord(str(value))} {value}"
        return format(value, format_spec)
