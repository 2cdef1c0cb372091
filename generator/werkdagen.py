"""Deadlines in werkdagen, as the Algemene termijnenwet (Atw) counts them.

A werkdag is a day that is not a Saturday, a Sunday or a holiday the Atw
recognises (art. 3, first lid): Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag,
Tweede Pinksterdag, both Christmas days, the day the King's birthday is
celebrated (Koningsdag) and 5 May (every year, not only in lustrum years).
The dates come from the maintained `holidays` package, checked against that
list: Goede Vrijdag, which the package includes, is a werkdag under the Atw, and
5 May, which the package has only every five years, is added.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

#: Names in the holidays package of the days art. 3 Atw recognises.
ATW_HOLIDAYS = {
    "New Year's Day",
    "Easter Monday",
    "Ascension Day",
    "Pentecost Monday",
    "Christmas Day",
    "Second Day of Christmas",
    "King's Day",
    "Liberation Day",
}
NUMBERS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "vijftien": 15,
    "twintig": 20,
}


@cache
def atw_holidays(year: int) -> frozenset[date]:
    import holidays

    days = {
        day
        for day, name in holidays.NL(years=year, language="en_US").items()
        if any(part.strip() in ATW_HOLIDAYS for part in name.split(";"))
    }
    days.add(date(year, 5, 5))
    return frozenset(days)


def is_werkdag(day: date) -> bool:
    return day.weekday() < 5 and day not in atw_holidays(day.year)


def add_werkdagen(start: date, count: int) -> date:
    """The date `count` werkdagen after `start` (the day of `start` itself does not count)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_werkdag(day):
            remaining -= 1
    return day


def parse_count(words: str) -> int:
    """'vijf' or '5' -> 5."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    if words in NUMBERS:
        return NUMBERS[words]
    raise ValueError(f"not a number of days: {words!r}")
