"""Writing a letter in the web app: the form asks exactly what the gemeente's protocol
requires, errors stand at the field, and nothing is written until the case is complete."""

from __future__ import annotations

import json
import os
import re
import stat

import pytest

pytest.importorskip("flask")

from generator.requirements import optional_fields, requirements  # noqa: E402

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


def required_names(page: str) -> list[str]:
    names = re.findall(r'<(?:input|textarea)[^>]*\bname="([^"]+)"[^>]*\brequired\b', page)
    return list(dict.fromkeys(names))


def written(workspace) -> list:
    return list((workspace.root / "files").rglob("*.docx")) if workspace.root.exists() else []


def docx_text(data: bytes, tmp_path) -> str:
    import docx

    (tmp_path / "brief.docx").write_bytes(data)
    return "\n".join(p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs)


def all_lines(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of every paragraph, the address window's table cells included."""
    import io

    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    paragraphs = [Paragraph(p, document) for p in document.element.body.iter(w)]
    return [(p.style.name, p.text) for p in paragraphs]


def download(client, response) -> bytes:
    ready = client.get(response.headers["Location"]).get_data(as_text=True)
    return client.get(re.search(r'href="(/bestand/[^"]+)"', ready).group(1)).get_data()


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
    """Required: what the protocol prescribes. Besides, marked as not required, what the
    letter can use (the same list as the example case file): aanhef and achternaam of
    each person named, the recipient's address, kenmerk, retouradres, contact person."""
    page = form_page(client, kind, gemeente)
    needs = requirements(kind, gemeente)
    wanted = [f for f in needs.fields if f != "gemeente"]
    assert required_names(page) == wanted
    optional = [f for f in optional_fields(needs) if f != "onderwerpen"]  # asked when needed
    assert sorted(set(field_names(page)) - set(wanted)) == sorted(optional)
    for person in ("betrokkene", "melder", "onderzoeker"):
        if f"{person}.naam" in wanted:
            assert f"{person}.aanhef" in optional and f"{person}.achternaam" in optional
            names = field_names(page)
            assert names.index(f"{person}.aanhef") > names.index(f"{person}.naam")


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


# -- aanhef, achternaam, contact person and retouradres ----------------------------------
ADDRESSED = {
    **KENNISGEVING,
    "betrokkene.naam": "A. Jansen",
    "betrokkene.aanhef": "mevrouw",
    "betrokkene.achternaam": "Jansen",
    "kenmerk": "2026-042",
    "afzender.retouradres": "Postbus 9105, 6500 HG Nijmegen",
    "contactpersoon.naam": "mr. E. de Graaf",
    "contactpersoon.telefoon": "024 329 99 99",
    "contactpersoon.email": "griffie@nijmegen.nl",
}


def test_aanhef_contact_and_retouradres_reach_the_letter(client, workspace):
    response = post(client, "kennisgeving", "best", ADDRESSED)
    assert response.status_code == 303, response.get_data(as_text=True)
    lines = all_lines(download(client, response))
    texts = [text for _, text in lines]
    assert "Geachte mevrouw Jansen," in texts
    assert ("Adres", "Mevrouw A. Jansen") in lines
    reference = [text for style, text in lines if style == "Referentie"]
    assert "Kenmerk\t2026-042" in reference
    assert "Contactpersoon\tmr. E. de Graaf" in reference
    assert "Telefoon\t024 329 99 99" in reference
    assert "E-mail\tgriffie@nijmegen.nl" in reference
    assert ("Retouradres", "Retouradres Postbus 9105, 6500 HG Nijmegen") in lines
    [path] = written(workspace)
    assert path.name == "kennisgeving-2026-042-2026-11-24.docx"  # the kenmerk, not the person


def test_the_web_letter_is_the_command_line_letter(client, tmp_path, monkeypatch):
    """One code path: the same case typed in the form and written in a case file gives the
    same letter, paragraph for paragraph."""
    from click.testing import CliRunner

    from gedragscode.cli import main

    web = all_lines(download(client, post(client, "kennisgeving", "best", ADDRESSED)))
    tables: dict[str, list[str]] = {}
    for name, value in {"gemeente": "best", **ADDRESSED}.items():
        table, _, key = name.rpartition(".")
        tables.setdefault(table, []).append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    case = "\n".join(tables.pop(""))
    case += "".join(f"\n[{table}]\n" + "\n".join(lines) for table, lines in tables.items())
    (tmp_path / "case.toml").write_text(case.replace('"2026-11-24"', "2026-11-24"), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["generate", "kennisgeving", "case.toml", "-o", "cli.docx"])
    assert result.exit_code == 0, result.output
    assert all_lines((tmp_path / "cli.docx").read_bytes()) == web


def test_without_retouradres_and_contact_the_letter_has_no_empty_lines(client):
    response = post(client, "kennisgeving", "best", {**KENNISGEVING, "betrokkene.aanhef": ""})
    lines = all_lines(download(client, response))
    assert not [text for _, text in lines if text.startswith(("Retouradres", "Contactpersoon"))]
    assert [text for _, text in lines if text.startswith("E-mail")] == []
    assert "Geachte mevrouw Jansen," in [text for _, text in lines]  # the aanhef in the name


def test_bad_values_are_refused_one_dutch_message_each_and_the_form_keeps_them(client, workspace):
    values = {
        **ADDRESSED,
        "contactpersoon.email": "griffie(at)nijmegen.nl",
        "contactpersoon.telefoon": "bel de griffie",
        "afzender.retouradres": "Postbus 9105",
        "betrokkene.aanhef": "heer en mevrouw",
    }
    response = post(client, "kennisgeving", "best", values)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and written(workspace) == []
    expected = {
        "contactpersoon-email": "Vul een geldig e-mailadres in",
        "contactpersoon-telefoon": "Vul een telefoonnummer in",
        "afzender-retouradres": "Vul een adres in met postcode en plaats",
        "betrokkene-aanhef": "Kies de heer, mevrouw of neutraal.",
    }
    for field, message in expected.items():
        error = re.search(rf'<p class="field-error" id="fout-{field}">(.*?)</p>', page, re.S)
        assert error and message in error.group(1), field
        assert f'href="#veld-{field}"' in page  # in the summary, linked to the field
    assert page.count('class="field-error"') == 4
    assert "must be" not in page  # Dutch, not the command line's English
    # What was typed stays in the form, the wrong values too.
    for value in ("griffie(at)nijmegen.nl", "bel de griffie", "Postbus 9105", "mr. E. de Graaf"):
        assert f'value="{value}"' in page
    assert 'value="Jansen"' in page
    fixed = {**values, "contactpersoon.email": "griffie@nijmegen.nl"}
    fixed.update({"contactpersoon.telefoon": "", "afzender.retouradres": ""})
    fixed["betrokkene.aanhef"] = "mevrouw"
    assert post(client, "kennisgeving", "best", fixed).status_code == 303


def test_the_chosen_aanhef_stays_chosen_after_an_error(client):
    page = post(
        client,
        "kennisgeving",
        "best",
        {**ADDRESSED, "gedraging": "", "betrokkene.aanhef": "de heer"},
    ).get_data(as_text=True)
    assert re.search(r'value="de heer" id="veld-betrokkene-aanhef-de-heer" checked', page)
    assert not re.search(r'value="mevrouw"[^>]*checked', page)
