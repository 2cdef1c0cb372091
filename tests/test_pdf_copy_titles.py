"""The title and organisation of a regulation copied from a PDF: every line hard-wrapped at
the page's width, with a margin, short lines centred (`pdftotext -layout`, a viewer's
copy). Each case is a real devset title broken as such a copy breaks it; the expectations
are the truth typed for the text (`benchmarks/devset/truth`)."""

from __future__ import annotations

from codes.metadata import table


def _labelled(text: str) -> dict[str, str]:
    return {c.field: c.value for c in table.labelled(text)}


# j04 (Zeist): the register's table, its name cell wrapped at 78 columns.
_ZEIST_ROWS = [
    "OrganisatieZeist",
    "OrganisatietypeGemeente",
    "Officiële naam regelingRegeling Klokkenluiders en Vertrouwenspersoon",
    "Integriteit 2009",
    "CiteertitelRegeling Klokkenluiders en Vertrouwenspersoon integriteit 2009",
    "Vastgesteld doorcollege van burgemeester en wethouders",
]


def test_a_table_cell_wrapped_onto_the_next_line_goes_on_to_the_next_row():
    found = _labelled("\n".join(_ZEIST_ROWS))
    assert found["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon Integriteit 2009"
    assert found["citeertitel"] == "Regeling Klokkenluiders en Vertrouwenspersoon integriteit 2009"


def test_a_wrapped_table_cell_with_a_margin_and_its_short_line_centred():
    # pdftotext -layout: a margin of six, the short continuation centred on the page
    rows = ["      " + row for row in _ZEIST_ROWS]
    rows[3] = "Integriteit 2009".center(90).rstrip()
    found = _labelled("\n".join(rows))
    assert found["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon Integriteit 2009"


def test_a_line_after_the_last_row_or_a_blank_line_is_no_part_of_the_cell():
    last = "\n".join([*_ZEIST_ROWS[:2], _ZEIST_ROWS[2], "Integriteit 2009"])
    assert _labelled(last)["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon"
    gap = "\n".join([*_ZEIST_ROWS[:3], "", "Integriteit 2009", *_ZEIST_ROWS[4:]])
    assert _labelled(gap)["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon"
