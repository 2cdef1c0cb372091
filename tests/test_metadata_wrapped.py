"""Metadata of the development set's texts as a PDF's text gives them: lines wrapped at the
page's width, short lines centred (`benchmarks.bench_variants`). Each test is a real
devset sentence in its wrapped form; the value must be the one the saved text gives."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "x.txt").metadata


def test_a_centred_preamble_body_opens_its_clause():
    # e06 as `pdftotext -layout` centres its short line (and 44 other texts of the devset)
    text = (
        "      Gedragscode voor politieke ambtsdragers van Laarbeek\n"
        "                            De raad van de gemeente Laarbeek;\n"
        "      gelezen het voorstel van de griffier d.d. 28 november 2023, over het vaststellen van\n"
        "      een gedragscode en protocol voor politieke ambtsdragers van de gemeente Laarbeek\n"
    )
    assert _metadata(text).adopted_by == "gemeenteraad"
    # the body ending a clause stays no opening, centred or not
    assert _metadata(text.replace("De raad", "het voorstel van de raad")).adopted_by is None
