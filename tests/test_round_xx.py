"""Round xx (benchmarks/devset/README.md): the registry entry from the real sentence of xx06,
and readings of the round that were right, from their real sentences."""

from codes import parse_text


def _laws(text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    code = parse_text(text, "test.txt")
    return [
        (r.law, r.article or None, r.lid or None, r.onderdeel or None)
        for r in code.references
        if r.kind == "law" and r.resolved
    ]


def test_the_amending_act_on_data_breaches_is_known_by_its_name():
    """xx06 (Coevorden 2016): the Wet meldplicht datalekken of 2015 has only its long, cut title
    in the BWB list (BWBR0036695); the registry knows it by the name the considerans uses."""
    text = (
        "Het College van Burgemeester en Wethouders van Coevorden,\n\noverwegende,\n\n"
        "• dat op 1 januari 2016 de Wet meldplicht datalekken in werking is getreden.\n\n"
        "gelet op de bepalingen van de Wet bescherming persoonsgegevens;\n\nbesluit:\n"
    )
    code = parse_text(text, "test.txt")
    laws = {(r.law, r.bwb) for r in code.references if r.kind == "law" and r.resolved}
    assert ("Wet meldplicht datalekken", "BWBR0036695") in laws
    assert ("Wet bescherming persoonsgegevens", "BWBR0011468") in laws


def test_an_activiteitenbesluit_list_with_onderdelen_and_a_further_lid():
    """xx08 (Deurne APV 2018): 'onder f en g, en vijfde lid' gives two onderdelen of lid 1 and
    then lid 5 of the same article, before the next articles of the list."""
    text = (
        "gelet op artikel 5.13 van de Wet algemene bepalingen omgevingsrecht, de artikelen 2.18,"
        " eerste lid, onder f en g, en vijfde lid, 2.21 en 3.148, tweede lid, van het"
        " Activiteitenbesluit milieubeheer, artikel 30c, tweede lid, van de Wet op de kansspelen;\n"
    )
    besluit = "Activiteitenbesluit milieubeheer"
    assert [law for law in _laws(text) if law[0] == besluit] == [
        (besluit, "2.18", 1, "f"),
        (besluit, "2.18", 1, "g"),
        (besluit, "2.18", 5, None),
        (besluit, "2.21", None, None),
        (besluit, "3.148", 2, None),
    ]


def test_a_notice_of_the_college_dates_the_councils_adoption():
    """xx09 (Eindhoven APV): the college announces that the gemeenteraad adopted it 'in zijn
    vergadering van 21 juni 2016'; the later amendment date is not the adoption."""
    text = (
        "Algemene plaatselijke verordening Eindhoven\n\nIntitulé\n\n"
        "Algemene plaatselijke verordening Eindhoven\n\n"
        "Het college van burgemeester en wethouders van de gemeente Eindhoven maakt bekend, dat"
        " gemeenteraad van de gemeente Eindhoven in zijn vergadering van 21 juni 2016 heeft"
        " vastgesteld en op 28 januari 2020 heeft besloten tot wijziging van de Algemene"
        " plaatselijke verordening Eindhoven.\n\nHoofdstuk 1 Algemene bepalingen\n\n"
        "Artikel 1:1 Begripsbepalingen\n\nIn deze verordening wordt verstaan onder:\n"
    )
    metadata = parse_text(text, "test.txt").metadata
    assert metadata.organisation == "Eindhoven"
    assert str(metadata.adopted_on) == "2016-06-21"
    assert metadata.adopted_by == "gemeenteraad"
