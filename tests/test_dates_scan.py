"""The digit-led date scan of codes/dates.py finds what `_DIGIT_FIRST.finditer` finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.corpus import catalog
from codes.dates import _DIGIT_FIRST, _ascii_digits_only, _date_matches, impossible_dates
from codes.scan import lowered

_FRAGMENTS = [
    "1",
    "12",
    "2017",
    "12025",
    "-",
    "/",
    ".",
    " ",
    "\n",
    "e",
    "ste",
    "de",
    "januari",
    "Februari",
    "mei",
    "31",
    "30 februari 2021",
    "2020-02-30",
    "31-04-2020",
    "1.13.2020",
    "٣",  # an Arabic-Indic three: `\d` matches it
    "é",
    "–",
]
texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_digit_led_scan_finds_what_finditer_finds(text):
    low = lowered(text)
    assert _spans(_date_matches(low)) == _spans(_DIGIT_FIRST.finditer(low))


def test_only_ascii_digits_is_told_from_the_characters_past_ascii():
    assert _ascii_digits_only("artikel 12, 8 juni 2020")
    assert _ascii_digits_only("één – 8 juni 2020 € 50")
    assert not _ascii_digits_only("op ٣ juni 2020")  # Arabic-Indic
    assert not _ascii_digits_only("op ３ juni 2020")  # fullwidth


def test_a_date_in_other_digits_is_still_read():
    # "٣٠ februari 2021" is the 30th: `\d` reads it, and so must the scan by digits.
    assert impossible_dates("Vastgesteld op ٣٠ februari 2021.") == [(15, 31, "٣٠ februari 2021")]


def test_every_corpus_code_scans_the_same():
    counts = {}
    for entry in catalog():
        low = lowered(entry.path.read_text(encoding="utf-8"))
        found = _spans(_date_matches(low))
        assert found == _spans(_DIGIT_FIRST.finditer(low))
        counts[entry.path.name] = len(found)
    assert counts == {
        "assen.txt": 2,
        "best.txt": 0,
        "de-bilt.txt": 5,
        "nijmegen.txt": 4,
        "rheden.txt": 3,
    }
