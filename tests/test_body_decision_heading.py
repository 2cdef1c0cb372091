"""A decision headed by its body's compound ("Raadsbesluit van 11 december 1997, houdende
vaststelling van ...") dates the adoption, as "Besluit van ..." does (zl07, Almelo's
Monumentenverordening 1997; the session after round vd)."""

from __future__ import annotations

from codes import parse_text

_ZL07 = (
    "Monumentenverordening 1997\n\nGemeenteblad van Almelo\n\nregelingnummer : 2108\n\n"
    "Raadsbesluit van 11 december 1997, houdende vaststelling van de Monumentenverordening 1997\n\n"
    "Artikel 1 Begripsbepalingen\n\nDeze verordening verstaat onder:\n\na. monument: een zaak.\n"
)


def test_a_raadsbesluit_heading_dates_the_adoption():
    assert parse_text(_ZL07).metadata.adopted_on == "1997-12-11"


def test_a_statenbesluit_heading_dates_it_too():
    text = _ZL07.replace("Raadsbesluit", "Statenbesluit")
    assert parse_text(text).metadata.adopted_on == "1997-12-11"


def test_a_raadsbesluit_in_running_text_dates_another_decision():
    text = _ZL07.replace(
        "Raadsbesluit van 11 december 1997, houdende vaststelling van de Monumentenverordening 1997",
        "De verordening vervangt de regels die bij raadsbesluit van 11 december 1997 golden.",
    )
    assert parse_text(text).metadata.adopted_on is None
