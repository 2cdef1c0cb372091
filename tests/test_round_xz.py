"""Round xz (non-gemeente bodies): the in-force sentence of a notice in subordinate order."""

from codes import parse_text
from codes.metadata.in_force import in_force_from


def _dates(text: str) -> list[str]:
    return [c.value for c in in_force_from(text)]


def test_a_notice_dates_what_it_announces_with_the_verb_last():
    # xz07, Waterschap Limburg's notice of its Keur.
    text = (
        "Het dagelijks bestuur van Waterschap Limburg maakt bekend dat met ingang van 1 april 2019 "
        "in werking treedt:\n\n • 1.\n\n  het besluit van het algemeen bestuur van 13 maart 2019"
    )
    assert _dates(text) == ["2019-04-01"]


def test_another_act_between_dat_and_the_date_is_not_the_regulations_date():
    # xz05, the GR Omgevingsdienst Twente's considerations: the date is the Omgevingswet's.
    text = "overwegende: dat de Omgevingswet per 1 januari 2024 in werking treedt."
    assert _dates(text) == []


def test_a_gemeenschappelijke_regeling_glossed_as_regeling_is_no_law():
    # xz06: "toe te treden tot de Gemeenschappelijke Regeling Belastingsamenwerking West-Brabant
    # (hierna Regeling)" and then "gelet op ... de artikelen 36 en 38 van de Regeling": the
    # articles of the GR the decision amends, not of a national "regeling".
    text = (
        "dat het college heeft verzocht om toe te treden tot de Gemeenschappelijke Regeling "
        "Belastingsamenwerking West-Brabant (hierna Regeling);\n"
        "gelet op Hoofdstuk V van de Wet gemeenschappelijke regelingen en de artikelen 36 en 38 "
        "van de Regeling;\n"
    )
    code = parse_text(text)
    laws = [(r.law, r.article) for r in code.references if r.kind == "law"]
    assert not [law for law, _ in laws if law and law.lower() == "de regeling"]
    assert "Wet gemeenschappelijke regelingen" in {law for law, _ in laws}


def test_a_national_regeling_glossed_as_regeling_stays_a_law():
    text = (
        "Gelet op de Regeling rechtspositie decentrale politieke ambtsdragers (hierna: de "
        "Regeling);\nArtikel 1\nAls bedoeld in artikel 2 van de Regeling.\n"
    )
    code = parse_text(text)
    law = "Regeling rechtspositie decentrale politieke ambtsdragers"
    assert any(r.kind == "law" and r.law == law and r.article == "2" for r in code.references)


def test_a_regeling_the_registry_does_not_know_glossed_so_is_no_own_article():
    # The gloss names no law the registry has: "de Regeling" stays unresolved, not the code's
    text = (
        "Gelet op de Regeling verklaring omtrent het gedrag (hierna: de Regeling);\n"
        "Artikel 1\nAls bedoeld in artikel 2 van de Regeling.\n"
    )
    code = parse_text(text)
    assert [(r.kind, r.article) for r in code.references] == [("unresolved", "2")]


def test_the_staatscourants_notice_label_is_no_part_of_the_title():
    # xz08: "Bekendmaking Gemeenschappelijke regeling Intergemeentelijke Sociale Dienst Brabantse Wal"
    text = (
        "Bekendmaking Gemeenschappelijke regeling Intergemeentelijke Sociale Dienst Brabantse Wal\n\n"
        "De colleges van burgemeester en wethouders van de gemeenten Steenbergen, Woensdrecht en "
        "Bergen op Zoom, ieder voor zover het hun bevoegdheden betreft,\n"
    )
    assert parse_text(text).metadata.title == (
        "Gemeenschappelijke regeling Intergemeentelijke Sociale Dienst Brabantse Wal"
    )


def test_a_notice_of_a_decision_keeps_no_label_rule():
    # "Bekendmaking van het besluit van 7 februari 2023 ..." names no regulation after the label.
    from codes.metadata.title import _NOTICE_LABEL

    assert _NOTICE_LABEL.match("Bekendmaking van het besluit van 7 februari 2023") is None
