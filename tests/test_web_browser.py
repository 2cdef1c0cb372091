"""The web app end to end in a real headless browser (Chromium via Playwright).

The server runs in a thread on a free port. Skipped without Chromium or Playwright,
except in CI (CI=true), where `.ci/run` installs both and a missing browser fails.
"""

from __future__ import annotations

import pytest

pytest.importorskip("flask")

from gedragscode.web.server import start  # noqa: E402

from .browser import chromium  # noqa: E402
from .test_web import docx_bytes  # noqa: E402


@pytest.fixture
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def server():
    running = start("127.0.0.1", 0)
    yield running
    running.stop()
    assert not running.workspace.root.exists()  # uploads and letters are gone on exit


def test_check_compare_and_write_a_letter_in_chromium(browser, server, tmp_path):
    from playwright.sync_api import expect

    base = server.url.rstrip("/")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))

    # Keyboard: the first Tab reaches the link that skips to the content.
    page.goto(base + "/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Naar de inhoud")

    # Check an uploaded Word code: its references and its findings, at the article.
    code = tmp_path / "voorbeeldstad.docx"
    code.write_bytes(docx_bytes())
    page.get_by_role("link", name="Code controleren").first.click()
    page.get_by_label("Upload een gedragscode").set_input_files(str(code))
    page.get_by_role("button", name="Uploaden en lezen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Voorbeeldstad")
    link = page.locator("#verwijzingen a[href*='BWBR0005416&artikel=41c&lid=2']")
    expect(link).to_have_count(1)
    finding = page.locator("#n-art_2 .finding").first
    expect(finding).to_be_visible()
    expect(finding).to_contain_text("Wet open overheid")

    # Compare two codes.
    page.get_by_role("link", name="Vergelijken").first.click()
    page.get_by_label("Best (2017)").check()
    page.get_by_label("Rheden (2020)").check()
    page.get_by_role("button", name="Vergelijken").click()
    expect(page.locator("table.coverage")).to_contain_text("Geschenken, diensten en uitnodigingen")
    expect(page.locator("table.norms")).to_contain_text("Giftdrempel")
    report = page.frame_locator("iframe[name=rapport]")
    expect(report.locator("[data-provision]").first).to_be_visible()

    # A kennisgeving for Best: the missing description is an error at the field.
    page.get_by_role("link", name="Brief schrijven").first.click()
    page.get_by_label("Gemeente met een meegeleverde code").select_option("best")
    page.get_by_label("Kennisgeving aan betrokkene").check()
    page.get_by_role("button", name="Naar het formulier").click()
    fill = {
        "Datum van de brief": "2026-11-24",
        "Naam van de ondertekenaar": "J. de Vries",
        "Functie van de ondertekenaar": "burgemeester",
        "Naam van de betrokkene": "A. Jansen",
        "Functie van de betrokkene": "wethouder",
        "Achternaam van de betrokkene (met tussenvoegsel) (niet verplicht)": "Jansen",
        "Retouradres (postadres van de gemeente)": "Postbus 50, 5680 AB Best",
        "Contactpersoon": "mr. E. de Graaf",
        "Telefoonnummer van de contactpersoon": "0499 12 34 56",
        "E-mailadres van de contactpersoon": "griffie-at-best",  # wrong: refused below
    }
    for label, value in fill.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("mevrouw", exact=True).check()
    page.get_by_role("button", name="Brief maken (Word)").click()
    error = page.locator("#fout-gedraging")
    expect(error).to_be_visible()
    expect(error).to_contain_text("Vul dit veld in")
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator("#fout-contactpersoon-email")).to_contain_text("geldig e-mailadres")
    expect(page.get_by_label("mevrouw", exact=True)).to_be_checked()  # nothing typed is lost
    expect(page.get_by_label("Contactpersoon", exact=True)).to_have_value("mr. E. de Graaf")
    page.get_by_label("E-mailadres van de contactpersoon").fill("griffie@best.nl")
    element = page.locator("li[data-fields='gedraging']")
    expect(element).to_have_class("open")
    description = page.get_by_label("Omschrijving van het handelen of nalaten")
    description.fill("Het aannemen van een reis naar Barcelona van een aannemer, zonder melding.")
    expect(element).to_have_class("done")  # ticked off while typing
    page.get_by_role("button", name="Brief maken (Word)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("De brief is klaar")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download").click()
    letter = tmp_path / "brief.docx"
    download_info.value.save_as(str(letter))

    # Readable at phone width: nothing sticks out sideways, and the fields for the aanhef,
    # the contact person and the retouradres are there and fit on the screen.
    for width in (360, 390):
        page.set_viewport_size({"width": width, "height": 740})
        page.goto(base + "/brief/kennisgeving?gemeente=best")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    for name in (
        "betrokkene.aanhef",
        "betrokkene.achternaam",
        "afzender.retouradres",
        "contactpersoon.naam",
        "contactpersoon.telefoon",
        "contactpersoon.email",
    ):
        field = page.locator(f"[name='{name}']").first
        field.scroll_into_view_if_needed()
        expect(field).to_be_visible()
        box = field.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, name
        label = page.locator(f"label[for='{field.get_attribute('id')}']")
        expect(label).to_be_visible()
        assert label.bounding_box()["x"] + label.bounding_box()["width"] <= 390, name
    page.screenshot(path=str(tmp_path / "brief-390.png"), full_page=True)

    import docx

    document = docx.Document(str(letter))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Geachte mevrouw Jansen," in text
    assert "Contactpersoon\tmr. E. de Graaf" in text and "E-mail\tgriffie@best.nl" in text
    window = [p.text for p in document.tables[0].cell(1, 0).paragraphs]
    assert window[:3] == [
        "Retouradres Postbus 50, 5680 AB Best",
        "Persoonlijk en vertrouwelijk",
        "Mevrouw A. Jansen",
    ]
    assert "Het aannemen van een reis naar Barcelona" in text
    assert "getuigen worden gehoord" in text
    assert "uitstrekken tot die feiten en omstandigheden" in text
    assert "Protocol vermoedens integriteitschendingen politiek ambtsdragers" in text
    assert "Gedragcode integriteit 2017" in text
    outside = [url for url in requests if not url.startswith(base) and not url.startswith("data:")]
    assert outside == [], "the app must not load anything from elsewhere"


def test_token_is_required_on_a_non_loopback_host(browser):
    running = start("0.0.0.0", 0)
    try:
        assert running.token and f"?token={running.token}" in running.url
        plain = running.url.split("?")[0]
        page = browser.new_page()
        response = page.goto(plain)
        assert response.status == 403
        assert "Geen toegang" in page.content()
        page.goto(running.url)
        assert "token=" not in page.url  # the token moved into a cookie
        assert page.get_by_role("heading", level=1).inner_text() == "Gedragscodes integriteit"
        page.get_by_role("link", name="Brief schrijven").first.click()
        assert page.get_by_role("heading", level=1).inner_text() == "Brief schrijven"
    finally:
        running.stop()
