"""Floors on the development set (benchmarks/devset): real regulations of other
gemeenten, provincies and waterschappen with hand-typed truth. A change that
lowers any figure below its floor fails; raise a floor when the figures rise.

The floors hold for the a-e texts, on which the parser has been developed; the f,
g and h texts are the latest held-out sets, measured (README) but not floored, so that
they keep telling how the parser does on texts it was not tuned to. Every text, the
held-out rounds included, is floored a margin below its release's figures (the last
test): a round's first run is recorded in the README before that floor covers it."""

from __future__ import annotations

import pytest

from benchmarks.bench_accuracy import evaluate, summary


@pytest.fixture(scope="module")
def figures():
    scores, count = evaluate(only="^[a-e]")
    return summary(scores, count)


def test_the_development_set_is_large_enough(figures):
    assert figures["documents"] >= 90


@pytest.mark.parametrize(
    ("kind", "floor"),
    [("direct", 0.98), ("all articles", 0.975), ("law named", 0.955), ("de wet", 0.9)],
)
def test_reference_f1_floors(figures, kind, floor):
    assert figures[kind]["f1"] >= floor, figures[kind]


def test_onderdeel_and_no_foreign_laws(figures):
    assert figures["onderdeel"] >= 0.95
    assert figures["foreign laws"] <= 1


@pytest.mark.parametrize(
    ("field", "floor"),
    [
        ("organisation", 0.98),
        ("organisation_type", 0.96),
        ("title", 0.95),
        ("citeertitel", 0.98),
        ("adopted_on", 0.98),
    ],
)
def test_metadata_floors(figures, field, floor):
    assert figures["metadata"][field]["share"] >= floor, figures["metadata"][field]


def test_article_heading_floor(figures):
    # 0.99 on the texts with line breaks; two held-out PDF copies are one line each
    assert figures["article headings"]["f1"] >= 0.99


@pytest.fixture(scope="module")
def copies():
    from benchmarks.bench_variants import VARIANTS, row

    return {
        name: row(summary(*evaluate(only="^[a-e]", variant=VARIANTS[name])))
        for name in ("ligatures", "wrapped 78", "pdftotext -layout")
    }


@pytest.mark.parametrize(
    ("variant", "measure", "floor"),
    [
        ("ligatures", "title", 0.96),
        ("ligatures", "direct", 0.98),
        ("wrapped 78", "title", 0.85),
        ("wrapped 78", "headings", 0.97),
        ("wrapped 78", "direct", 0.98),
        ("pdftotext -layout", "title", 0.92),
        ("pdftotext -layout", "adopted_on", 0.98),
        ("pdftotext -layout", "headings", 0.96),
    ],
)
def test_floors_of_the_texts_as_other_copies_give_them(copies, variant, measure, floor):
    """The same texts wrapped as a PDF's lines, with a margin, or with ligatures
    (`benchmarks/bench_variants.py`): before this floor, wrapping at 78 columns lost a
    third of the titles."""
    assert copies[variant][measure] >= floor, copies[variant]


@pytest.mark.parametrize("variant", ["wrapped 60", "pdftotext -layout"])
def test_article_headings_of_every_devset_text_as_a_pdf_copy_gives_it(variant):
    """All 567 texts: wrapped, headings F1 was 0.944 (60 columns) and 0.953 (pdftotext),
    mostly headings run into a one-line page that wrapping cut into lines; now 0.992 and
    0.993 against 0.995 as saved (README, bench_variants). 0.98 since round ud (8
    docplayer / adoc one-line transcripts): wrapped, their pages put "Artikel 1.2" of a
    running line at a line's start (ud01, xv12, xw08) and miss run-in headings (ud03, ud04);
    1068 texts before it held 0.985, no text's figure fell."""
    from benchmarks.bench_variants import VARIANTS, row

    figures = row(summary(*evaluate(variant=VARIANTS[variant])))
    assert figures["headings"] >= 0.98, figures


@pytest.fixture(scope="module")
def adoption_figures():
    figures = {}
    for rounds in ("^[e-k]", "^[l-s]"):
        scores, count = evaluate(only=rounds)
        figures[rounds] = summary(scores, count)["metadata"]
    return figures


@pytest.mark.parametrize(
    ("rounds", "field", "floor"),
    [
        ("^[e-k]", "adopted_by", 0.95),
        ("^[e-k]", "in_force_from", 0.95),
        ("^[l-s]", "adopted_by", 0.93),
        ("^[l-s]", "in_force_from", 0.95),
    ],
)
def test_adopter_and_date_in_force_floors(adoption_figures, rounds, field, floor):
    """Who adopted the regulation and from when it applies, typed by hand for the e-k
    texts (93 and 31 of 114 state them; 0.978 and 1.000 when the floors were set) and the
    l-s texts (87 and 26 of 120; first run 0.816 and 0.962, 0.954 and 1.000 when set)."""
    figure = adoption_figures[rounds][field]
    assert figure["share"] >= floor, figure


@pytest.fixture(scope="module")
def all_figures():
    return summary(*evaluate(only=None))


@pytest.mark.parametrize(
    ("measure", "floor"),
    [
        ("direct", 0.985),
        ("all articles", 0.98),
        ("law named", 0.965),
        ("organisation", 0.973),
        ("organisation_type", 0.968),
        ("title", 0.95),
        ("adopted_on", 0.96),
        ("adopted_by", 0.972),
        ("in_force_from", 0.98),
        ("article headings", 0.99),
    ],
)
def test_floors_on_every_text_of_the_development_set(all_figures, measure, floor):
    """All 979 texts, the held-out rounds included once their first run is recorded in the
    README (direct 0.987, law named 0.964, organisation 0.975, title 0.962, adopted_on 0.960,
    adopted_by 0.971 when set; after round zz 0.986, 0.962, 0.971, 0.960, 0.956, 0.969;
    after round xa 0.986, 0.963, 0.972, 0.961, 0.957, 0.970; after round xb and the
    predecessor acts 0.987, 0.965, 0.976, 0.959, 0.955, 0.971, when law named and
    organisation were raised to 0.962 and 0.973; after rounds xc-xk 0.987, 0.968, 0.974,
    0.962, 0.963, 0.975, when law named, type, title, adopted_on and adopted_by were raised;
    organisation, 0.976 -> 0.974 with the harder new texts, kept its floor; after rounds
    xl-xr 0.986, 0.967, 0.974, 0.955, 0.965, 0.977, when law named, adopted_on and adopted_by
    were raised; title, 0.962 -> 0.954 with the new web pages, news items, blogs and docplayer
    copies (round xs's blogs and answers: 5 of 9 on their first run; 0.955 again after xt) and
    no listed error of an earlier text new, lowered to 0.95: its floor guards the texts it was set on, and
    `bench_accuracy --details` lists every title that changes): a rule that helps one round may
    not cost another."""
    if measure in all_figures["metadata"]:
        figure = all_figures["metadata"][measure]["share"]
    else:
        figure = all_figures[measure]["f1"]
    assert figure >= floor, (measure, figure)
