"""Writing a letter in the web app: the form asks exactly what the gemeente's protocol
requires, errors stand at the field, and nothing is written until the case is complete."""

from __future__ import annotations

import os
import re
import stat

import pytest

pytest.importorskip("flask")

from generator.requirements import requirements  # noqa: E402

KENNISGEVING = {
    "datum": "2026-11-24",
    "afzender.naam": "J. de Vries",
    "afzender.functie": "burgemeester",
    "betrokkene.naam": "mevrouw A. Jansen",
    "betrokkene.functie": "wethouder",
    "gedraging": "Het aannemen van een reis naar Barcelona van een aannemer, zonder melding.",
}


def form_page(client, kind: str, gemeente: str) -> str:
    return client.get(f"/brief/{kind}?gemeente={gemeente}").get_data(as_text=True)


def post(client, kind: str, gemeente: str, values: dict):
    page = form_page(client, kind, gemeente)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    return client.post(
        f"/brief/{kind}?gemeente={gemeente}",
        data={"csrf_token": token, "gemeente": gemeente, **values},
    )


def field_names(page: str) -> list[str]:
    names = re.findall(r'<(?:input|textarea)[^>]*\bname="([^"]+)"', page)
    return [n for n in dict.fromkeys(names) if n not in ("csrf_token", "gemeente", "extra")]


def written(workspace) -> list:
    return list((workspace.root / "files").rglob("*.docx")) if workspace.root.exists() else []


def docx_text(data: bytes, tmp_path) -> str:
    import docx

    (tmp_path / "brief.docx").write_bytes(data)
    return "\n".join(p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs)


def test_choosing_gemeente_and_letter_leads_to_the_form(client):
    page = client.get("/brief/").get_data(as_text=True)
    for title in (
        "Kennisgeving aan betrokkene",
        "Onderzoeksopdracht",
        "Uitnodiging voor een gesprek",
    ):
        assert title in page
    response = client.get("/brief/?gemeente=best&brief=kennisgeving")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/brief/kennisgeving?gemeente=best")
    other = client.get("/brief/?gemeente=best&andere=Utrecht&brief=uitnodiging")
    assert other.headers["Location"].endswith("gemeente=Utrecht")
    assert client.get("/brief/?gemeente=best&brief=").status_code == 400


@pytest.mark.parametrize(
    ("kind", "gemeente"),
    [
        ("kennisgeving", "best"),
        ("kennisgeving", "nijmegen"),
        ("kennisgeving", "Utrecht"),
        ("onderzoeksopdracht", "best"),
        ("ontvangstbevestiging", "rheden"),
        ("uitnodiging", "best"),
        ("geen_vervolg", "nijmegen"),
    ],
)
def test_the_form_asks_exactly_the_fields_the_protocol_requires(client, kind, gemeente):
    page = form_page(client, kind, gemeente)
    wanted = [f for f in requirements(kind, gemeente).fields if f != "gemeente"]
    assert field_names(page) == wanted


def test_labels_are_dutch_and_the_elements_are_listed(client):
    page = form_page(client, "kennisgeving", "best")
    assert "Omschrijving van het handelen of nalaten" in page
    assert "Naam van de betrokkene" in page
    assert "de melding dat betrokkene en getuigen kunnen worden gehoord" in page
    assert "vereist door het protocol" in page
    assert "artikel 6 van het Protocol vermoedens integriteitschendingen" in page
    assert "modelprotocol" in form_page(client, "kennisgeving", "Utrecht")


def test_missing_description_and_wrong_date_are_errors_at_the_field(client, workspace):
    values = {**KENNISGEVING, "gedraging": "", "datum": "31-02-2026"}
    response = post(client, "kennisgeving", "best", values)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="fout-gedraging"' in page and "Vul dit veld in" in page
    assert 'id="fout-datum"' in page and "Vul een geldige datum in" in page
    assert 'aria-describedby="hint-gedraging fout-gedraging"' in page
    assert 'href="#veld-gedraging"' in page  # the error summary links to the field
    assert "mevrouw A. Jansen" in page  # what was filled in is kept
    assert written(workspace) == []


def test_complete_kennisgeving_is_a_private_word_letter_with_the_elements(
    client, workspace, tmp_path
):
    response = post(client, "kennisgeving", "best", KENNISGEVING)
    assert response.status_code == 303
    ready = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "De brief is klaar" in ready and "getuigen kunnen worden gehoord" in ready
    [path] = written(workspace)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    link = re.search(r'href="(/bestand/[^"]+)"', ready).group(1)
    download = client.get(link)
    assert download.headers["Content-Disposition"].startswith("attachment")
    text = docx_text(download.get_data(), tmp_path)
    assert "Het aannemen van een reis naar Barcelona" in text
    assert "getuigen worden gehoord" in text
    assert "uitstrekken tot die feiten en omstandigheden" in text
    assert "Protocol vermoedens integriteitschendingen politiek ambtsdragers" in text


def test_one_interviewer_is_an_error_at_that_field(client, workspace):
    values = {
        "datum": "2026-11-24",
        "afzender.naam": "J. de Vries",
        "afzender.functie": "burgemeester",
        "betrokkene.naam": "mevrouw A. Jansen",
        "gesprek.datum": "2026-12-03",
        "gesprek.tijd": "14.00 uur",
        "gesprek.locatie": "het gemeentehuis",
        "gesprek.gespreksvoerders": "mr. C. Smit",
        "gesprek.onderwerp": "de reis",
    }
    page = post(client, "uitnodiging", "best", values).get_data(as_text=True)
    assert 'id="fout-gesprek-gespreksvoerders"' in page and "ten minste twee" in page
    assert written(workspace) == []
    values["gesprek.gespreksvoerders"] = "mr. C. Smit\ndrs. D. Mulder"
    assert post(client, "uitnodiging", "best", values).status_code == 303


def test_onderzoeksopdracht_asks_for_topics_when_the_description_names_none(client):
    values = {
        "datum": "2026-11-24",
        "afzender.naam": "J. de Vries",
        "afzender.functie": "burgemeester",
        "onderzoeker.naam": "mr. C. Smit",
        "onderzoeker.organisatie": "Bureau Integriteitsonderzoek",
        "betrokkene.naam": "mevrouw A. Jansen",  # the assignment names whom it concerns
        "betrokkene.functie": "wethouder",
        "gedraging": "Een voorval op 3 maart.",
        "aanleiding": "Een melding van 16 november.",
        "opdracht": "Stel de feiten vast.",
        "verwachte_duur": "zes weken",
        "kosten": "€ 12.500",
    }
    first = post(client, "onderzoeksopdracht", "best", values)
    page = first.get_data(as_text=True)
    assert first.status_code == 400
    assert 'name="onderwerpen" value="geschenken"' in page and 'id="fout-onderwerpen"' in page
    second = post(
        client,
        "onderzoeksopdracht",
        "best",
        {**values, "extra": "onderwerpen", "onderwerpen": "geschenken"},
    )
    assert second.status_code == 303


def test_an_unknown_letter_is_a_dutch_message(client):
    response = client.get("/brief/ontslagbrief?gemeente=best")
    assert response.status_code == 400 and "Deze brief bestaat niet" in response.get_data(
        as_text=True
    )


def test_letter_post_without_csrf_writes_nothing(client, workspace):
    response = client.post(
        "/brief/kennisgeving?gemeente=best", data={"gemeente": "best", **KENNISGEVING}
    )
    assert response.status_code == 400 and written(workspace) == []
