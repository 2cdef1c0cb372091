"""The comparison report: labels, coverage, similarity scale, findings, sources, and the
folder of pages for many codes (what a reader sees, checked in the HTML)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from click.testing import CliRunner

from benchmarks.scaled import scaled_corpus
from codes import parse_bytes, parse_file
from codes.review import review
from compare.align import compare
from compare.coverage import coverage
from compare.labels import column_names, place_labels
from compare.report import build_report
from compare.report_site import build_site, page_names
from compare.sources import published_source
from gedragscode.cli import main

from .conftest import NAMES, corpus_code


@pytest.fixture(scope="module")
def report():
    return build_report([corpus_code(n) for n in NAMES], "best")


@pytest.fixture(scope="module")
def scaled_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scaled")
    for name, text in scaled_corpus(12):
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def site(scaled_files):
    codes = [parse_file(p) for p in scaled_files]
    built = build_site(codes)
    return built, dict(zip(built.names, built.pages, strict=True))


# -- labels ---------------------------------------------------------------------------
def test_articles_are_labelled_as_people_cite_them():
    best = place_labels(corpus_code("best"))
    assert best["chp_2__sec_4__art_4.1"] == "art. 4.1 (Hoofdstuk 2)"
    assert best["chp_1__sec_4__art_4.1"] == "art. 4.1 (Hoofdstuk 1)"
    assert best["chp_1__sec_1__art_1.1__para_2"] == "art. 1.1 lid 2 (Hoofdstuk 1)"
    rheden = place_labels(corpus_code("rheden"))
    assert rheden["art_4"] == "art. 4"
    assert rheden["cmp_2__art_9"] == "art. 9 (Bijlage 2)"  # the protocol's own articles


def test_the_report_shows_labels_not_node_ids(report):
    assert "art. 4.1 (Hoofdstuk 2)" in report.html
    headings = re.findall(r"<h3 id=[^>]*>(.*?)</h3>", report.html, re.S)
    assert headings and not any("chp_" in h.split("<a")[0] for h in headings)


def test_copies_of_one_gemeente_get_distinct_headers():
    best = corpus_code("best")
    copy = parse_file(best.file)
    assert column_names([best, copy, corpus_code("rheden")]) == ["Best (1)", "Best (2)", "Rheden"]
    older = dataclasses.replace(
        copy, metadata=dataclasses.replace(copy.metadata, adopted_on="2013-05-01")
    )
    newer = dataclasses.replace(
        copy, metadata=dataclasses.replace(copy.metadata, adopted_on="2019-01-31")
    )
    assert column_names([older, newer]) == ["Best (2013)", "Best (2019)"]


def test_the_report_is_dutch(report):
    html = report.html
    assert '<html lang="nl">' in html
    for dutch in (
        "Dekking per onderwerp",
        "Normen",
        "Gelijkenis",
        "Bevindingen",
        "Niet geregeld door",
    ):
        assert dutch in html
    for english in (
        "Not regulated by",
        "no matching provision",
        "Review findings",
        "Similarity",
        ">variable<",
    ):
        assert english not in html
    assert "Giftdrempel" in html and "niet geregeld" in html


# -- similarity scale -------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_a_code_compared_with_a_copy_of_itself_scores_1(name):
    code = corpus_code(name)
    comparison = compare([code, parse_file(code.file)])
    assert comparison.code_similarity[0, 1] == pytest.approx(1.0, abs=1e-5)


def test_the_heatmap_has_a_legend_from_0_to_1(report):
    section = report.html.split('id="gelijkenis"')[1].split("</section>")[0]
    assert "Schaal" in section and "1 = dezelfde tekst" in section
    assert "linearGradient" in section and ">0.00<" in section and ">1.00<" in section


# -- coverage, findings, sources --------------------------------------------------------
def test_coverage_grid_counts_what_coverage_counts(report):
    grid = report.html.split('class="plain coverage"')[1].split("</table>")[0]
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", grid, re.S)
    expected = coverage(report.comparison)
    assert len(rows) == len(expected)
    order = ["best"] + [c for c in report.comparison.codes if c != "best"]
    gifts = next(r for r in expected if r.topic == "geschenken")
    row = next(r for r in rows if "Geschenken" in r)
    cells = re.findall(r"<td class=\"(?:num|none)\">([^<]*)</td>", row)
    position = {c: i for i, c in enumerate(report.comparison.codes)}
    counts = [gifts.counts[position[c]] for c in order]
    assert cells == [str(n) if n else "–" for n in counts]
    assert 0 in counts or all(counts)


def test_every_finding_is_in_the_report(report):
    for name in NAMES:
        findings = review(corpus_code(name))
        block = re.search(
            rf'<details id="bevindingen-{name}" data-findings="(\d+)">(.*?)</details>',
            report.html,
            re.S,
        )
        assert block and int(block.group(1)) == len(findings)
        assert block.group(2).count('class="finding-item"') == len(findings)
    assert len(review(corpus_code("de-bilt"))) > 3  # was cut at three


def test_published_source_from_the_catalog_or_the_text(report):
    assert published_source(corpus_code("nijmegen")).url.endswith("/gmb-2025-251099.html")
    assert "https://zoek.officielebekendmakingen.nl/gmb-2025-251099.html" in report.html
    assert published_source(corpus_code("best")) is None  # nothing is guessed
    page = parse_bytes(
        b"Naar de actuele versie van de regeling\nhttp://lokaleregelgeving.overheid.nl/CVDR648757\n"
        b"Wettelijke grondslag: CVDR622562\n\nArtikel 1\n\nDeze regeling geldt.\n",
        "zoetermeer.txt",
    )
    assert published_source(page).url == "https://lokaleregelgeving.overheid.nl/CVDR648757"
    basis_only = parse_bytes(
        b"Gelet op CVDR622562_1;\n\nArtikel 1\n\nDeze regeling geldt.\n", "x.txt"
    )
    assert published_source(basis_only) is None


def test_the_report_needs_nothing_from_elsewhere(report):
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="(?!#)', report.html)


# -- many codes: a folder of pages --------------------------------------------------------
def test_many_codes_make_a_summary_and_a_page_per_topic(site):
    built, pages = site
    assert list(pages) == page_names()
    shown = []
    for name, page in pages.items():
        if name.startswith("onderwerp-"):
            shown += re.findall(r'data-provision="([^"]+)"', page)
            for group in re.findall(r'data-provisions="([^"]+)"', page):
                shown += group.split()
    assert sorted(shown) == sorted(p.key for p in built.comparison.provisions)
    index = pages["index.html"]
    for name in page_names()[1:]:
        assert f'href="{name}' in index
    assert "Voorbeeld000" in index and "0 = niets gemeen" in index


def test_many_codes_through_the_command(scaled_files, tmp_path):
    folder = tmp_path / "rapport"
    args = ["compare", *map(str, scaled_files), "-o", str(folder)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == sorted(page_names())
    before = (folder / "index.html").read_bytes()
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 1 and "already exists" in again.output
    assert (folder / "index.html").read_bytes() == before
    assert CliRunner().invoke(main, [*args, "--force"]).exit_code == 0
    to_stdout = CliRunner().invoke(main, ["compare", *map(str, scaled_files), "-o", "-"])
    assert to_stdout.exit_code == 1 and "folder of pages" in to_stdout.output
