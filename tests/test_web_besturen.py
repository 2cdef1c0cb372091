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
