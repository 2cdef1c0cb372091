"""Dutch dates as the codes write them: "25 januari 2017", "08-02-2018", "2017-01-25"."""

from __future__ import annotations

import re
from datetime import date

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
#: One date in any of the written forms; use as a group in larger patterns.
DATE = (
    r"(?:\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})"
)
_WRITTEN = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I)
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> str | None:
    """The ISO form of the first date in `text`, or None."""
    for pattern, order in ((_ISO, "ymd"), (_WRITTEN, "dmy"), (_NUMERIC, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        month_number = MONTHS[month.lower()] if month.isalpha() else int(month)
        day, year = int(parts["d"]), int(parts["y"])
        if 1 <= month_number <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month_number:02d}-{day:02d}"
    return None


def dutch_date(value: date) -> str:
    """24 november 2026."""
    names = list(MONTHS)
    return f"{value.day} {names[value.month - 1]} {value.year}"
