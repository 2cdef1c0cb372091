"""The comparison report in a real headless browser (Chromium via Playwright).

Skipped on a machine without Chromium or Playwright, except in CI (CI=true),
where `.ci/run` installs both and a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib

import pytest

from compare.report import build_report

from .conftest import NAMES, corpus_code

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)


def _require_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("CI must have Playwright: .ci/run installs the 'browser' extra")
        pytest.skip("Playwright is not installed (pip install -e '.[browser]')")
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Chromium: .ci/run installs Debian's chromium")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")


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
    _require_browser()
    from playwright.sync_api import sync_playwright

    report = build_report([corpus_code(n) for n in NAMES], "best")
    page_file = tmp_path / "vergelijking.html"
    page_file.write_text(report.html, encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_file.as_uri())
        assert page.locator("[data-provision]").count() == len(report.comparison.provisions)
        assert page.locator("#norms table tr").count() >= 10
        assert page.locator("#similarity svg rect").count() == len(NAMES) ** 2
        page.locator("nav a[href='#topic-geschenken']").click()
        header = page.locator("#topic-geschenken thead th").first
        assert header.is_visible()
        page.mouse.wheel(0, 1500)  # the gemeente header row stays in view while scrolling the topic
        top = header.bounding_box()["y"]
        assert 0 <= top < 60
        shot = page.screenshot(full_page=False)
        browser.close()
    assert all(url.startswith("file:") for url in requests), (
        "the report must not load anything from the network"
    )
    assert len(shot) > 20_000
    assert _distinct_pixels(shot) > 50
