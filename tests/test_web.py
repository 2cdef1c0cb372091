"""The web app with Flask's test client: checking, comparing, the model code, and the
security rules (token off the loopback, CSRF, upload size, headers, private folder)."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import urllib.request
import zipfile

import pytest

pytest.importorskip("flask")

from gedragscode.web import create_app  # noqa: E402
from gedragscode.web.workspace import Workspace  # noqa: E402

CODE_TEXT = [
    "Gedragscode integriteit raadsleden Voorbeeldstad 2024",
    "Artikel 1 Begripsbepalingen",
    "In deze gedragscode wordt verstaan onder raadslid: een lid van de raad als bedoeld in "
    "artikel 15, eerste lid, van de Gemeentewet.",
    "Artikel 2 Openbaarheid",
    "1. Informatie wordt openbaar gemaakt volgens artikel 10 van de Wet openbaarheid van bestuur.",
    "2. Het raadslid meldt nevenfuncties binnen een maand, zoals bedoeld in artikel 41c, tweede lid, "
    "van de Gemeentewet.",
]


def docx_bytes(paragraphs=CODE_TEXT) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def csrf(client, page: str = "/controleren/") -> str:
    html = client.get(page).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def upload(client, data: bytes, name: str = "voorbeeldstad.docx"):
    token = csrf(client)
    return client.post(
        "/controleren/",
        data={"csrf_token": token, "bestand": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


# -- job 1: check a code ---------------------------------------------------------------
def test_start_page_offers_the_four_jobs_in_dutch(client):
    html = client.get("/").get_data(as_text=True)
    assert '<html lang="nl">' in html
    for job in ("Code controleren", "Vergelijken", "Modelcode opstellen", "Brief schrijven"):
        assert job in html


def test_uploaded_word_code_shows_outline_references_and_findings(client, workspace):
    response = upload(client, docx_bytes())
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Artikel 2 Openbaarheid" in page
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&amp;artikel=41c&amp;lid=2" in page
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&amp;artikel=15&amp;lid=1" in page
    # The repealed Wob is a finding, shown inside the article it concerns (which is open).
    article = page[page.index('id="n-art_2"') :]
    article = article[: article.index("</details>")]
    assert "<details open>" in article and "Wet open overheid" in article
    assert "waarschuwing" in page.lower()
    # The upload is kept only in the private folder, readable by the owner alone.
    assert stat.S_IMODE(os.stat(workspace.root).st_mode) == 0o700
    stored = list((workspace.root / "uploads").rglob("*.docx"))
    assert len(stored) == 1 and stat.S_IMODE(os.stat(stored[0]).st_mode) == 0o600


def test_downloads_of_a_checked_code(client):
    location = upload(client, docx_bytes()).headers["Location"]
    data = client.get(f"{location}/json")
    assert data.headers["Content-Disposition"].startswith("attachment")
    parsed = json.loads(data.get_data(as_text=True))
    assert [a["number"] for a in parsed["articles"]] == ["1", "2"]
    markdown = client.get(f"{location}/markdown").get_data(as_text=True)
    assert "Openbaarheid" in markdown
    akn = client.get(f"{location}/akn").get_data(as_text=True)
    assert "akomaNtoso" in akn


def test_a_bundled_code_is_picked_by_name(client):
    response = client.get("/controleren/?code=best")
    assert response.status_code == 302 and response.headers["Location"].endswith("/best")
    page = client.get("/controleren/best").get_data(as_text=True)
    assert "Gedragcode integriteit 2017" in page and "Hoofdstuk 3" in page


@pytest.mark.parametrize(
    ("data", "name", "dutch"),
    [
        (b"%PDF-1.7 ...", "code.pdf", "PDF-bestand"),
        (b"   ", "leeg.txt", "Het bestand is leeg"),
        (b"PK\x03\x04notadocx", "kapot.docx", "Word-bestand kan niet worden gelezen"),
    ],
)
def test_bad_upload_is_one_dutch_line_in_the_page(client, data, name, dutch):
    response = upload(client, data, name)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert dutch in page and "Traceback" not in page
    assert 'aria-invalid="true"' in page


def test_unknown_code_is_a_dutch_404(client):
    response = client.get("/controleren/geen-code-met-deze-naam-0000")
    assert response.status_code == 404 and "bestaat niet" in response.get_data(as_text=True)


# -- job 2: compare --------------------------------------------------------------------
def test_compare_two_codes_shows_coverage_norms_and_report(client):
    page = client.get("/vergelijken/?code=best&code=rheden").get_data(as_text=True)
    assert "Welke code regelt wat" in page and "Geschenken, diensten en uitnodigingen" in page
    assert "Giftdrempel" in page and "niet geregeld" in page
    assert '<iframe name="rapport"' in page
    report = client.get("/vergelijken/rapport?code=best&code=rheden")
    assert "sha256-" in report.headers["Content-Security-Policy"]
    assert "data-provision" in report.get_data(as_text=True)


def test_compare_downloads_csv_and_sqlite(client, tmp_path):
    csv_text = client.get("/vergelijken/normen.csv?code=best&code=rheden").get_data(as_text=True)
    assert csv_text.startswith("code,gemeente,variable,status,value_number")
    assert "gift_threshold_eur" in csv_text
    evidence = client.get("/vergelijken/normen-vindplaatsen.csv?code=best&code=rheden")
    assert evidence.get_data(as_text=True).startswith("code,variable,value,article,node,quote")
    assert "art. 4 lid 5" in evidence.get_data(as_text=True)  # Rheden's third € 50
    data = client.get("/vergelijken/vergelijking.sqlite?code=best&code=rheden").get_data()
    (tmp_path / "v.sqlite").write_bytes(data)
    with sqlite3.connect(tmp_path / "v.sqlite") as connection:
        tables = {r[0] for r in connection.execute("select name from sqlite_master")}
        commands = {r[0] for r in connection.execute("select command from provenance")}
    assert {"codes", "norms", "norm_evidence", "provenance"} <= tables
    assert commands == {"gedragscode serve: vergelijken best rheden"}


def test_compare_with_an_uploaded_code(client):
    token = csrf(client, "/vergelijken/")
    response = client.post(
        "/vergelijken/",
        data={
            "csrf_token": token,
            "code": "best",
            "bestand": (io.BytesIO(docx_bytes()), "eigen.docx"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "eigen.docx (geüpload)" in page and "Best (2017)" in page


def test_compare_needs_two_codes(client):
    response = client.get("/vergelijken/?code=best")
    assert response.status_code == 400
    assert "ten minste twee codes" in response.get_data(as_text=True)


# -- job 3: the model code -------------------------------------------------------------
def test_model_form_shows_what_other_gemeenten_chose(client):
    page = client.get("/modelcode/").get_data(as_text=True)
    assert "Giftdrempel (euro)" in page
    assert "Andere gemeenten: Assen 50; Best 50" in page
    assert "Nijmegen 2" in page  # afkoelperiode


def test_model_code_as_word(client, tmp_path):
    import docx

    token = csrf(client, "/modelcode/")
    response = client.post(
        "/modelcode/",
        data={
            "csrf_token": token,
            "gemeente": "Voorbeeldstad",
            "voor": "raad",
            "giftdrempel": "75",
            "protocol": "1",
        },
    )
    assert response.status_code == 303
    ready = client.get(response.headers["Location"]).get_data(as_text=True)
    link = re.search(r'href="(/bestand/[^"]+)"', ready).group(1)
    (tmp_path / "model.docx").write_bytes(client.get(link).get_data())
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "model.docx")).paragraphs)
    assert "Voorbeeldstad" in text and "€ 75" in text


def test_model_code_for_alle_gives_both_codes_in_one_zip(client):
    token = csrf(client, "/modelcode/")
    response = client.post(
        "/modelcode/", data={"csrf_token": token, "gemeente": "Voorbeeldstad", "voor": "alle"}
    )
    assert response.status_code == 303
    ready = client.get(response.headers["Location"]).get_data(as_text=True)
    link = re.search(r'href="(/bestand/[^"]+)"', ready).group(1)
    archive = zipfile.ZipFile(io.BytesIO(client.get(link).get_data()))
    assert sorted(archive.namelist()) == [
        "gedragscode-college-voorbeeldstad.docx",
        "gedragscode-raad-voorbeeldstad.docx",
    ]


def test_model_code_errors_at_the_field(client):
    token = csrf(client, "/modelcode/")
    response = client.post(
        "/modelcode/",
        data={"csrf_token": token, "gemeente": "", "voor": "raad", "giftdrempel": "veel"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Vul de naam van de gemeente in." in page and "Vul een heel getal in" in page


# -- security --------------------------------------------------------------------------
def test_token_required_off_the_loopback(workspace):
    client = create_app(token="geheim-token", workspace=workspace).test_client()
    refused = client.get("/")
    assert refused.status_code == 403 and "Geen toegang" in refused.get_data(as_text=True)
    assert client.get("/?token=verkeerd").status_code == 403
    entry = client.get("/vergelijken/?token=geheim-token&code=best")
    assert entry.status_code == 303 and "token" not in entry.headers["Location"]
    assert "HttpOnly" in entry.headers["Set-Cookie"]
    assert client.get("/").status_code == 200  # the cookie carries it from now on
    other = create_app(token="geheim-token", workspace=workspace).test_client()
    assert other.get("/", headers={"X-Gedragscode-Token": "geheim-token"}).status_code == 200
    assert other.get("/static/style.css").status_code == 403


def test_loopback_app_refuses_other_host_names(client):
    response = client.get("/", headers={"Host": "aanvaller.example"})
    assert response.status_code == 400 and "127.0.0.1" in response.get_data(as_text=True)
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200


def test_post_without_or_with_a_wrong_csrf_token_is_refused(client, workspace):
    data = {"bestand": (io.BytesIO(docx_bytes()), "code.docx")}
    missing = client.post("/controleren/", data=data, content_type="multipart/form-data")
    assert missing.status_code == 400 and "verlopen" in missing.get_data(as_text=True)
    csrf(client)  # the session has a token now; a made-up one is still refused
    data = {"csrf_token": "verzonnen", "bestand": (io.BytesIO(docx_bytes()), "code.docx")}
    wrong = client.post("/controleren/", data=data, content_type="multipart/form-data")
    assert wrong.status_code == 400
    assert not workspace.uploads()


def test_upload_size_limit(workspace):
    client = create_app(workspace=workspace, max_upload_mb=0.01).test_client()
    token = csrf(client)
    big = b"Artikel 1 Test\n" + b"tekst " * 4000
    response = client.post(
        "/controleren/",
        data={"csrf_token": token, "bestand": (io.BytesIO(big), "groot.txt")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    assert "te groot" in response.get_data(as_text=True) and not workspace.uploads()


def test_pages_load_nothing_from_elsewhere(client):
    for path in ("/", "/controleren/best", "/vergelijken/?code=best&code=rheden", "/brief/"):
        response = client.get(path)
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert response.headers["Cache-Control"] == "no-store"
        html = response.get_data(as_text=True)
        assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//', html)


def test_unexpected_error_is_a_dutch_page_without_traceback(workspace, monkeypatch):
    app = create_app(workspace=workspace)
    from gedragscode.web import check

    monkeypatch.setattr(check, "_counts", lambda code: 1 / 0)
    response = app.test_client().get("/controleren/best")
    page = response.get_data(as_text=True)
    assert response.status_code == 500 and "Er ging iets mis" in page
    assert "ZeroDivisionError" not in page and "Traceback" not in page


def test_workspace_is_private_and_removed():
    space = Workspace()
    stored = space.add_file("../../brief.docx", b"x", "application/octet-stream")
    assert stored.path.parent.parent.parent == space.root  # no way out of the folder
    assert stat.S_IMODE(os.stat(stored.path).st_mode) == 0o600
    space.cleanup()
    assert not space.root.exists()


def test_serve_command_starts_on_the_loopback_and_stops_cleanly():
    process = subprocess.Popen(
        [sys.executable, "-m", "gedragscode", "serve", "--port", "0", "--no-browser"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stderr.readline()
        url = re.search(r"http://\S+", line).group()
        assert url.startswith("http://127.0.0.1:") and "token" not in url
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
        with direct.open(url, timeout=30) as response:
            assert response.status == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert process.returncode == 0


def test_serve_without_flask_says_how_to_install_it(monkeypatch):
    from click.testing import CliRunner

    from gedragscode.cli import main

    for name in [n for n in sys.modules if n == "flask" or n.startswith("gedragscode.web")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "flask", None)
    result = CliRunner().invoke(main, ["serve", "--no-browser"])
    assert result.exit_code == 1
    assert 'pip install -e ".[web]"' in result.output
