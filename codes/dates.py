"""Dutch dates as the codes write them ("25 januari 2017", "08-02-2018", "2017-01-25"),
and as a person types one (`typed_date`)."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from datetime import date

from .scan import lowered, past_ascii, positions

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
#: One date in any of the written forms; use as a group in larger patterns. The day may
#: carry its ordinal ending, as older decrees write it ("van de 24ste maart 2010").
_ORDINAL = r"(?:ste|de|e)?"
DATE = (
    r"(?:\d{1,2}" + _ORDINAL + r"\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})"
)
_WRITTEN = re.compile(r"(\d{1,2})" + _ORDINAL + r"\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I)
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


_FORMS = ((_ISO, "ymd"), (_WRITTEN, "dmy"), (_NUMERIC, "dmy"))
# On the lowercase copy of a text (codes/scan.py). `_DIGIT_FIRST` is `DATE` with the digit
# every form opens with taken out in front: `re` then skips in C to the next digit (a few
# in a hundred characters of a regulation) instead of trying three alternatives at every
# position; same matches (`tests/test_scan.py`).
_DIGIT_FIRST = re.compile(
    r"\d(?:\d?" + _ORDINAL + r"\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}"
    r"|\d?[-/.]\d{1,2}[-/.]\d{4}|\d{3}-\d{2}-\d{2})"
)


def parse_date(text: str) -> str | None:
    """The ISO form of the first date in `text` that exists in the calendar, or None.

    "30 februari 2021" is not a value: every later use (review, compare, Akoma
    Ntoso) relies on an ISO date being a real day. `impossible_dates` reports it.
    """
    for pattern, order in _FORMS:
        match = pattern.search(text)
        if match:
            value = _calendar_date(match, order)
            if value is not None:
                return value.isoformat()
    return None


def impossible_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every date in `text` that names a day the calendar lacks.

    Only shapes that are meant as dates count: a month name, or numbers whose day
    and month are in range ("31-04-2020"); "1.13.2020" is a number, not a date.
    """
    found = []
    for match, pattern, order, part in _written_dates(text):
        if _calendar_date(part, order) is None and (pattern is _WRITTEN or _in_range(part, order)):
            found.append((match.start(), match.end(), text[match.start() : match.end()]))
    return found


def latest_date(text: str, besides: frozenset[int] = frozenset()) -> str | None:
    """The ISO form of the latest day of the calendar that `text` names, or None.
    `besides`: the starts of dates that are not to count."""
    days = [
        _calendar_date(part, order)
        for match, _, order, part in _written_dates(text)
        if match.start() not in besides
    ]
    latest = max((day for day in days if day is not None), default=None)
    return latest.isoformat() if latest else None


# A month and its year with no day before it ("oktober 2014"): how a report, a nota or a
# cover page dates itself.
_MONTH_YEAR = re.compile(r"(?<![\d\w])(" + "|".join(MONTHS) + r")\s+(\d{4})\b")
_DAY_BEFORE = re.compile(r"\d" + _ORDINAL + r"\s+$")  # a whole day's date: not a month's


def latest_month(text: str) -> str | None:
    """The ISO form of the last day of the latest month that `text` names as "oktober 2014",
    or None: the date of a text that names no whole day, read as late as its month allows
    (a report of "oktober 2014" is of before 2015, whatever day of October it was)."""
    low = lowered(text)
    months = [
        (int(match[2]), MONTHS[match[1]])
        for match in _MONTH_YEAR.finditer(low)
        if 1000 <= int(match[2]) <= 9999
        and not _DAY_BEFORE.search(low, max(0, match.start() - 8), match.start())
    ]
    if not months:
        return None
    year, month = max(months)
    return date(year, month, monthrange(year, month)[1]).isoformat()


def _written_dates(text: str) -> Iterator[tuple[re.Match, re.Pattern, str, re.Match]]:
    """(match in `text`, its form, the form's order of day/month/year, the form's match)."""
    low = lowered(text)
    for match in _date_matches(low):
        words = text[match.start() : match.end()]
        for pattern, order in _FORMS:
            part = pattern.fullmatch(words)
            if part is not None:
                yield match, pattern, order, part
                break


def _date_matches(low: str) -> Iterator[re.Match]:
    """`_DIGIT_FIRST.finditer(low)`, tried only where a digit stands. `re` tests every
    character of the text against `\\d` (two thirds of the time of `impossible_dates`);
    `str.find` skips to each digit in C (a few in a hundred characters of a regulation), and
    the match is tried from each as `finditer` would: the leftmost from where the one before
    ended."""
    if not _ascii_digits_only(low):  # `\\d` also matches "٣" and 649 more: rare, read by `re`
        yield from _DIGIT_FIRST.finditer(low)
        return
    end = 0
    for at in positions(low, _ASCII_DIGITS):
        if at >= end and (match := _DIGIT_FIRST.match(low, at)) is not None:
            end = match.end()
            yield match


_ASCII_DIGITS = "0123456789"


def _ascii_digits_only(text: str) -> bool:
    """Whether every decimal digit in `text` (what `\\d` matches) is one of 0-9: its
    characters past ASCII, few and found in the UTF-8 bytes, are none a digit."""
    return text.isascii() or not any(map(str.isdecimal, past_ascii(text)))


def _numbers(match: re.Match, order: str) -> tuple[int, int, int]:
    parts = dict(zip(order, match.groups(), strict=True))
    month = parts["m"]
    month_number = MONTHS[month.lower()] if month.isalpha() else int(month)
    return int(parts["y"]), month_number, int(parts["d"])


def _in_range(match: re.Match, order: str) -> bool:
    _, month, day = _numbers(match, order)
    return 1 <= month <= 12 and 1 <= day <= 31


def _calendar_date(match: re.Match, order: str) -> date | None:
    try:
        return date(*_numbers(match, order))
    except ValueError:  # 30 februari, 31 april, 29 februari of a common year, year 0
        return None


# One date and nothing else, as people type it: dd-mm-jjjj (also d-m-jjjj, with / or .),
# jjjj-mm-dd, or 24 november 2026.
_TYPED = re.compile(
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
    r"|(?P<d3>\d{1,2})\s+(?P<m3>" + "|".join(MONTHS) + r")\s+(?P<y3>\d{4})",
    re.I,
)


def typed_date(text: str) -> date | None:
    """The day `text` names when it is one date in a form a Dutch user types (24-11-2026,
    4-1-2027, 24/11/2026, 2026-11-24, 24 november 2026); None when it is not one (also
    for 31-02-2026: see `looks_like_date` for telling the two apart)."""
    match = _TYPED.fullmatch(text.strip())
    if match is None:
        return None
    groups = {k[0]: v for k, v in match.groupdict().items() if v is not None}
    month = groups["m"]
    try:
        return date(
            int(groups["y"]),
            MONTHS[month.lower()] if month.isalpha() else int(month),
            int(groups["d"]),
        )
    except ValueError:  # 31-02-2026, month 13, year 0
        return None


def looks_like_date(text: str) -> bool:
    """`text` has the form of a date (whether or not the calendar has that day)."""
    return _TYPED.fullmatch(text.strip()) is not None


def dutch_date(value: date) -> str:
    """24 november 2026."""
    names = list(MONTHS)
    return f"{value.day} {names[value.month - 1]} {value.year}"
