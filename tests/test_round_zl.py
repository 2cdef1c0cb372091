"""Misses of round zl (older regulations and their old citations), each from its real
sentence: the registry knows the repealed Wet voorzieningen gehandicapten and Wet op de
waterhuishouding, and an abbreviation two laws share ("Wvg", "WVG") means the one the
text is about."""

from __future__ import annotations

from codes.citations.names import registry
from codes.citations.shared_abbreviations import meant

from .conftest import bwb_refs


def test_the_wvg_of_a_verordening_voorzieningen_gehandicapten_is_that_law():
    # Verordening voorzieningen gehandicapten 2005 gemeente Neder-Betuwe (zl02): the
    # preamble names the law in full, the definitions abbreviate it with a lid range
    text = (
        "De raad van de gemeente Neder-Betuwe;\n\n"
        "gezien het voorstel van burgemeester en wethouders, d.d. 14 september 2004 gelet op "
        "artikel 2 van de Wet Voorzieningen Gehandicapten Stb. 1993 nr. 545, en gelet op "
        "artikel 149 van de Gemeentewet Stb. 1993, 610;\n\n"
        "1. het bruto-inkomen, van de gehandicapte indien de gehandicapte 18 jaar of ouder is "
        "en geen echtgenoot heeft in de zin van artikel 1, lid 2 tot en met 7 WVG;\n"
    )
    found = bwb_refs(text)
    assert found[0] == ("BWBR0006169", "2", "")  # not a law named "... Stb"
    assert ("BWBR0005416", "149", "") in found
    leden = [lid for bwb, article, lid in found if bwb == "BWBR0006169" and article == "1"]
    assert leden == ["2", "3", "4", "5", "6", "7"]


def test_a_wvg_without_the_full_name_is_read_from_the_subject_of_the_text():
    # Dronten's Verordening voorzieningen gehandicapten (zl03): "Wvg" only, but the
    # text is about voorzieningen gehandicapten, not the Wet voorkeursrecht gemeenten
    text = (
        "Verordening voorzieningen gehandicapten\n\n"
        "1. het netto-inkomen van de gehandicapte ... indien de gehandicapte 18 jaar of ouder "
        "is en geen echtgenoot heeft in de zin van artikel 1 lid 2 tot en met 4 Wvg;\n"
    )
    assert [bwb for bwb, _, _ in bwb_refs(text)] == ["BWBR0006169"] * 3


def test_the_wvg_of_a_text_about_voorkeursrecht_stays_the_wet_voorkeursrecht_gemeenten():
    text = (
        "Het college besluit tot vestiging van een voorkeursrecht op grond van artikel 6 "
        "Wvg op de percelen ...\n"
    )
    assert bwb_refs(text) == [("BWBR0003391", "6", "")]


def test_neither_subject_written_the_date_decides_and_else_the_law_in_force():
    claimants = registry().shared["Wvg"]
    names = {law.name for law in claimants}
    assert names == {"Wet voorzieningen gehandicapten", "Wet voorkeursrecht gemeenten"}
    assert meant(claimants, "artikel 6 wvg", lambda: "2012-03-01").bwb == "BWBR0003391"
    assert meant(claimants, "artikel 6 wvg", lambda: None).bwb == "BWBR0003391"


def test_the_whh_is_the_wet_op_de_waterhuishouding():
    # Provinciale verordening waterhuishouding Drenthe 1998 (zl06), its definitions
    text = (
        "Artikel 1.1\n\nIn deze verordening wordt verstaan onder:\n\n"
        "-     Waterhuishoudingsplan: het provinciaal Plan voor de waterhuishouding als "
        "bedoeld in artikel 7 van de WHH;\n\n"
        "-     beheersplan: een beheersplan als bedoeld in artikel 9 van de WHH;\n"
    )
    assert bwb_refs(text) == [("BWBR0004575", "7", ""), ("BWBR0004575", "9", "")]


def test_the_wet_voorzieningen_gehandicapten_is_repealed_for_the_wmo():
    law = registry().resolve("Wet voorzieningen gehandicapten")
    assert (law.bwb, law.repealed_on, law.successor) == (
        "BWBR0006169",
        "2007-01-01",
        "Wet maatschappelijke ondersteuning",
    )
