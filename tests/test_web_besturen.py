"""The choice of body (gemeente, provincie, waterschap) in the web app: the letter form's
field `bestuur` and the model code's, through the same library calls as the command line."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("flask")

from .test_web_letters import KENNISGEVING, all_lines, download, form_page, post  # noqa: E402


# -- the web form: the same field, the same letter ------------------------------------------
def test_the_web_letter_form_offers_the_body_and_refuses_an_ambtenaar(client, workspace):
    page = form_page(client, "kennisgeving", "Utrecht")
    for choice in ("gemeente", "provincie", "waterschap"):
        assert re.search(rf'type="radio"[^>]*name="bestuur"[^>]*value="{choice}"', page), choice
    values = {
        **KENNISGEVING,
        "betrokkene.functie": "gedeputeerde",
        "gedragscode_titel": "Gedragscode integriteit gedeputeerden Utrecht",
        "protocol_titel": "Protocol integriteit",
        "onderzoeker.naam": "mr. C. Smit",
        "onderzoeker.organisatie": "Bureau X",
        "onderzoeker.contact": "c.smit@example.nl",
        "bestuur": "provincie",
    }
    response = post(client, "kennisgeving", "Utrecht", values)
    assert response.status_code == 303, response.get_data(as_text=True)
    text = "\n".join(line for _, line in all_lines(download(client, response)))
    assert "Provincie Utrecht" in text and "Gemeente Utrecht" not in text
    refused = post(client, "kennisgeving", "Utrecht", {**values, "betrokkene.functie": "griffier"})
    assert refused.status_code == 400
    assert "Ambtenarenwet 2017" in refused.get_data(as_text=True)


# -- the model code: gemeente, provincie or waterschap ---------------------------------------
def model_post(client, **values):
    page = client.get("/modelcode/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    return client.post("/modelcode/", data={"csrf_token": token, "protocol": "1", **values})


def model_download(client, response) -> tuple[str, bytes]:
    assert response.status_code == 303, response.get_data(as_text=True)
    ready = client.get(response.headers["Location"]).get_data(as_text=True)
    link = re.search(r'href="(/bestand/[^"]+)"', ready).group(1)
    got = client.get(link)
    name = re.search(r'filename="?([^";]+)', got.headers["Content-Disposition"]).group(1)
    return name, got.get_data()


def paragraphs(data: bytes) -> list[str]:
    import io

    import docx

    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_the_model_form_offers_the_body_left_to_the_name_by_default(client):
    page = client.get("/modelcode/").get_data(as_text=True)
    radios = re.findall(r'<input type="radio" name="bestuur"[^>]*>', page)
    assert [re.search(r'value="([^"]*)"', r).group(1) for r in radios] == [
        "",
        "gemeente",
        "provincie",
        "waterschap",
    ]
    assert "checked" in radios[0] and not any("checked" in r for r in radios[1:])
    # the defaults that differ per body are named
    assert (
        "de gemeentesecretaris (provincie: de provinciesecretaris; waterschap: de secretaris)"
        in page
    )


def test_a_name_the_register_knows_gives_its_body(client):
    name, data = model_download(client, model_post(client, gemeente="Gelderland", voor="raad"))
    assert name == "gedragscode-provinciale-staten-gelderland.docx"
    text = paragraphs(data)
    assert "Provinciale Staten van Gelderland;" in text
    gelet_op = next(line for line in text if line.startswith("gelet op "))
    assert "15, eerste en derde lid" in gelet_op and "van de Provinciewet" in gelet_op
    assert "Gemeentewet" not in gelet_op


def test_the_chosen_body_is_the_cli_s_bestuur(client, tmp_path, monkeypatch):
    """Utrecht is a gemeente by name; chosen as provincie it gives, paragraph for paragraph,
    what `generate model --bestuur provincie` writes."""
    from click.testing import CliRunner

    from gedragscode.cli import main

    response = model_post(client, gemeente="Utrecht", voor="college", bestuur="provincie")
    name, data = model_download(client, response)
    assert name == "gedragscode-gedeputeerde-staten-utrecht.docx"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main,
        ["generate", "model", "--organisatie", "Utrecht", "--bestuur", "provincie"]
        + ["--voor", "college", "--no-equivalents", "-o", "cli.docx"],
    )
    assert result.exit_code == 0, result.output
    assert paragraphs(data) == paragraphs((tmp_path / "cli.docx").read_bytes())


def test_a_waterschap_for_both_codes_in_one_zip(client):
    import io
    import zipfile

    response = model_post(client, gemeente="Aa en Maas", voor="alle", bestuur="waterschap")
    name, data = model_download(client, response)
    assert name == "gedragscodes-aa-en-maas.zip"
    assert sorted(zipfile.ZipFile(io.BytesIO(data)).namelist()) == [
        "gedragscode-algemeen-bestuur-aa-en-maas.docx",
        "gedragscode-dagelijks-bestuur-aa-en-maas.docx",
    ]


def test_an_unknown_body_is_an_error_at_the_field(client):
    response = model_post(client, gemeente="Utrecht", voor="raad", bestuur="stadsdeel")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'href="#veld-bestuur"' in page and "Kies gemeente, provincie of waterschap" in page
