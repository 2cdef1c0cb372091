"""The comparison report in a real headless browser (Chromium via Playwright, tests/browser.py)."""

from __future__ import annotations

import struct
import zlib

import pytest

from compare.report import build_report

from .browser import chromium
from .conftest import NAMES, corpus_code


def _distinct_pixels(png: bytes) -> int:
    """How many distinct byte values the decoded image data holds (a blank page has very few)."""
    position, data = 8, b""
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        if kind == b"IDAT":
            data += png[position + 8 : position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(data)))


def test_report_renders_with_content_in_chromium(tmp_path):
    report = build_report([corpus_code(n) for n in NAMES], "best")
    page_file = tmp_path / "vergelijking.html"
    page_file.write_text(report.html, encoding="utf-8")
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_file.as_uri())
        assert page.locator("[data-provision]").count() == len(report.comparison.provisions)
        assert page.locator("#normen table tr").count() >= 10
        assert page.locator("#gelijkenis svg.heatmap rect").count() == len(NAMES) ** 2
        page.locator("nav a[href='#topic-geschenken']").click()
        header = page.locator("#topic-geschenken thead th").first
        assert header.is_visible()
        page.mouse.wheel(0, 1500)  # the gemeente header row stays in view while scrolling the topic
        top = header.bounding_box()["y"]
        assert 0 <= top < 60
        shot = page.screenshot(full_page=False)
    assert all(url.startswith("file:") for url in requests), (
        "the report must not load anything from the network"
    )
    assert len(shot) > 20_000
    assert _distinct_pixels(shot) > 50


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "vergelijking.html"
    path.write_text(build_report([corpus_code(n) for n in NAMES], "best").html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def _overlaps(a, b) -> bool:
    return (
        a["x"] + a["width"] > b["x"] + 1
        and b["x"] + b["width"] > a["x"] + 1
        and a["y"] + a["height"] > b["y"] + 1
        and b["y"] + b["height"] > a["y"] + 1
    )


def _cells_of_a_row(page, topic="geschenken"):
    cells = page.locator(f"#topic-{topic} tbody tr").first.locator("td")
    return [cells.nth(i).bounding_box() for i in range(cells.count())]


@pytest.mark.parametrize("width", [390, 1440])
def test_report_fits_the_screen_without_overlap(browser, report_file, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(report_file.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    boxes = _cells_of_a_row(page)
    assert len(boxes) == len(NAMES)
    assert not any(_overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    if width == 390:  # stacked: each code under the previous one, full width
        assert all(
            b["y"] >= a["y"] + a["height"] - 1 for a, b in zip(boxes, boxes[1:], strict=False)
        )
        assert all(b["x"] + b["width"] <= width for b in boxes)
        label = page.evaluate(
            "getComputedStyle(document.querySelector('#topic-geschenken td'), '::before').content"
        )
        assert "Best" in label  # each stacked cell says which code it is
    else:  # side by side
        assert all(
            b["x"] >= a["x"] + a["width"] - 1 for a, b in zip(boxes, boxes[1:], strict=False)
        )
    # No text sticks out of its cell.
    overflowing = page.evaluate(
        "[...document.querySelectorAll('td .text')].filter(e => e.scrollWidth > e.clientWidth + 1).length"
    )
    assert overflowing == 0
    page.close()


def test_search_and_filters(browser, report_file):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(report_file.as_uri())
    assert page.locator("#filters").is_visible()
    all_rows = page.locator("tr[data-row]").count()
    page.fill("#filters [name=zoek]", "huisadres")
    visible = page.locator("tr[data-row]:visible")
    assert 0 < visible.count() < all_rows
    assert all("huisadres" in visible.nth(i).inner_text().lower() for i in range(visible.count()))
    page.fill("#filters [name=zoek]", "")
    page.select_option("#filters [name=onderwerp]", "geschenken")
    assert page.locator("section.topic:visible").count() == 1
    assert page.locator("#topic-geschenken").is_visible()
    page.select_option("#filters [name=code]", "rheden")
    header = page.locator("#topic-geschenken thead th:visible")
    assert [header.nth(i).inner_text() for i in range(header.count())] == ["Best (basis)", "Rheden"]
    page.select_option("#filters [name=onderwerp]", "")
    page.select_option("#filters [name=code]", "")
    before = page.locator("tr[data-row]:visible").count()
    page.check("#filters [name=verschillen]")
    assert page.locator("tr[data-row]:visible").count() <= before
    assert page.locator("tr[data-row][data-same='1']:visible").count() == 0
    page.close()


def test_without_javascript_everything_is_shown(browser, report_file):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(report_file.as_uri())
    assert not page.locator("#filters").is_visible()
    assert page.locator("tr[data-row]:visible").count() == page.locator("tr[data-row]").count()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_print_fits_the_page_with_a_dark_title_and_no_controls(browser, report_file):
    width = 1047  # A4 landscape less 12 mm margins, at 96 px per inch
    page = browser.new_page(viewport={"width": width, "height": 700})
    page.goto(report_file.as_uri())
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(0, 0, 0)"
    assert not page.locator("#filters").is_visible()
    assert not page.locator("nav.side").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    right = page.evaluate(
        "Math.max(...[...document.querySelectorAll('table.grid td')].map(e => e.getBoundingClientRect().right))"
    )
    assert right <= width
    boxes = _cells_of_a_row(page)
    assert not any(_overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert len(page.pdf(format="A4", landscape=True)) > 50_000
    page.close()


@pytest.mark.parametrize("width", [390, 1440])
def test_pages_of_many_codes_fit_the_screen(browser, tmp_path, width):
    from benchmarks.scaled import scaled_corpus
    from codes import parse_bytes
    from compare.report_site import build_site

    codes = [parse_bytes(t.encode("utf-8"), n) for n, t in scaled_corpus(12)]
    site = build_site(codes)
    for name, html in zip(site.names, site.pages, strict=True):
        (tmp_path / name).write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    for name in ("index.html", "normen.html", "bevindingen.html", "onderwerp-geschenken.html"):
        page.goto((tmp_path / name).as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
    page.fill("#filters [name=zoek]", "huisadres")
    assert (
        0
        < page.locator("article[data-row]:visible").count()
        < page.locator("article[data-row]").count()
    )
    page.close()
