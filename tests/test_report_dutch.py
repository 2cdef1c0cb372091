"""The comparison report, its pages for many codes and the web app's comparison page speak
Dutch: no English in what a reader sees or hovers over (text and title attributes), the
norms named, described and valued in Dutch; the research data keep their stable keys."""

from __future__ import annotations

import csv
import io
import json
import tomllib

import pytest
from lxml import html as lxml_html

from compare.export import codebook_text
from compare.labels import DATA as LABELS_DATA
from compare.labels import word
from compare.norm_table import norm_table
from compare.norms import definitions
from compare.report import build_report
from compare.report_site import build_site

from .conftest import NAMES, corpus_code

#: Common English function words. " is " alone is Dutch as well ("de code is vastgesteld"
#: in a finding, "Perceptie is realiteit" in a heading of De Bilt), so it counts only in
#: English company.
ENGLISH = (
    " the ",
    " which ",
    " may ",
    " of the ",
    " becomes ",
    " property ",
    " up to ",
    " office holder",
    " must ",
    " within ",
    " days",
    " are ",
    " it is ",
    " is not ",
    " is the ",
    " who ",
    " whom ",
    " when ",
    " what ",
    " returned",
    " registered",
    " accepted",
    " threshold",
    " none ",
)
#: Attributes a reader sees on hover or hears from a screen reader.
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def shown_text(page: str) -> list[str]:
    """Every piece of text a reader sees or hovers over, each padded with a space, without
    the words of the codes themselves: the provisions' texts (`.text`), their headings'
    titles (`span.title`), the quoted evidence and the codes' titles (`div.quote`, `q`)."""
    root = lxml_html.fromstring(page)
    for element in root.xpath(
        "//script | //style | //q | //*[contains(concat(' ', @class, ' '), ' text ')]"
        " | //span[contains(concat(' ', @class, ' '), ' title ')]"
        " | //div[contains(concat(' ', @class, ' '), ' quote ')]"
    ):
        element.drop_tree()
    pieces = list(root.itertext())
    pieces += [e.get(a) for e in root.iter() for a in SHOWN_ATTRIBUTES if e.get(a)]
    return [" " + " ".join(p.split()) + " " for p in pieces if p.strip()]


def english_in(page: str) -> list[tuple[str, str]]:
    return [(w, p) for p in shown_text(page) for w in ENGLISH if w in p.lower()]


def titles(page: str) -> list[str]:
    return [e.get("title") for e in lxml_html.fromstring(page).iter() if e.get("title")]


@pytest.fixture(scope="module")
def codes():
    return [corpus_code(n) for n in NAMES]


@pytest.fixture(scope="module")
def page(codes):
    return build_report(codes).html


def test_the_check_finds_english_where_there_is_some():
    page = (
        '<html><body><table><tr><th title="Estimated value in euro up to which an office '
        'holder may keep an incidental gift.">Giftdrempel</th><td>becomes property of the '
        'gemeente</td><td><div class="text">the words of a code are not checked</div></td>'
        "</tr></table></body></html>"
    )
    found = {w for w, _ in english_in(page)}
    assert {" up to ", " which ", " may ", " becomes ", " property ", " of the "} <= found
    assert not [p for _, p in english_in(page) if "not checked" in p]


def test_the_report_of_the_five_corpus_codes_has_no_english(page):
    assert english_in(page) == []
    text = "".join(shown_text(page))
    # the parts that were English: the norms' descriptions and their values
    assert "Geschenken boven de drempel" in text and "wordt eigendom van de gemeente" in text
    assert "niet aanvaard" in text and "teruggegeven" in text and "geregistreerd" in text


def test_each_norm_has_its_dutch_description_as_its_title(page):
    shown = titles(page)
    assert (
        "Geschatte waarde in euro tot waar een ambtsdrager een incidenteel geschenk mag houden."
        in shown
    )
    for definition in definitions():
        assert definition.description in shown, definition.id


def test_the_pages_for_many_codes_have_no_english(codes):
    site = build_site(codes)
    for name, page in zip(site.names, site.pages, strict=True):
        assert english_in(page) == [], name
        if name == "normen.html":
            assert "Afkoelperiode (jaar)" in page
            assert all(d.description in titles(page) for d in definitions())


def test_the_web_comparison_page_has_no_english():
    pytest.importorskip("flask")
    from gedragscode.web import create_app
    from gedragscode.web.workspace import Workspace

    space = Workspace()
    try:
        client = create_app(workspace=space).test_client()
        query = "&".join(f"code={n}" for n in NAMES)
        page = client.get(f"/vergelijken/?{query}").get_data(as_text=True)
    finally:
        space.cleanup()
    assert english_in(page) == []
    assert "in het Engels" not in page
    # the norms table is the report's: Dutch names and values, places as people cite them
    assert "Reactietermijn na een gesprek (werkdagen)" in page
    assert "wordt eigendom van de gemeente; niet aanvaard" in page  # Nijmegen art. 2.1
    assert "art. 2.1 (Hoofdstuk 2): “eigendom van de gemeente”" in page
    assert "chp_2__art_2.1:" not in page


# -- one place for the words of a norm -------------------------------------------------
def test_the_norms_are_named_in_one_place():
    with LABELS_DATA.open("rb") as handle:
        assert "norms" not in tomllib.load(handle)  # names only in compare/data/norms.toml
    for definition in definitions():
        assert word("norms", definition.id) == definition.name
    assert word("norms", "cooling_off_years") == "Afkoelperiode"


# -- research data: Dutch words, stable keys -------------------------------------------
def test_the_research_data_keep_their_keys_and_give_dutch_words(codes):
    rows, evidence = norm_table(codes)
    by = {(r.code, r.variable): r for r in rows}
    gifts = by[("nijmegen", "gifts_above_threshold")]
    assert gifts.value_text == "wordt eigendom van de gemeente; niet aanvaard"
    passages = [e for e in evidence if (e.code, e.variable) == ("nijmegen", gifts.variable)]
    assert [(e.value, e.quote) for e in passages] == [
        ("wordt eigendom van de gemeente", "eigendom van de gemeente"),  # the code's own words
        ("niet aanvaard", "niet geaccepteerd"),
    ]
    best = by[("best", "gifts_above_threshold")]
    assert best.value_text == "wordt eigendom van de gemeente; teruggegeven; geregistreerd"
    cooling = by[("nijmegen", "cooling_off_years")]
    assert (cooling.status, cooling.value_number, cooling.unit) == ("found", 2, "years")
    assert by[("rheden", "cooling_off_years")].status == "not regulated"
    assert {r.variable for r in rows} == {d.id for d in definitions()}


def test_the_codebook_is_dutch_with_stable_keys():
    entries = json.loads(codebook_text("json"))
    gift = next(e for e in entries if e["variable"] == "gift_threshold_eur")
    assert (gift["name"], gift["unit"], gift["column"]) == ("Giftdrempel", "euro", "value_number")
    assert gift["values"] == "een getal (euro)"
    assert list(gift) == [
        "variable",
        "name",
        "description",
        "unit",
        "column",
        "values",
        "searched_in",
        "statuses",
    ]
    markdown = codebook_text("markdown")
    assert markdown.startswith("# Codeboek van de normtabellen")
    assert "- kolom: `value_number`, eenheid: `years`" in markdown  # cooling_off_years
    for english in ENGLISH:
        assert english not in markdown.lower(), english
    table = list(csv.DictReader(io.StringIO(codebook_text("csv"))))
    assert table[0]["variable"] == "gift_threshold_eur"
