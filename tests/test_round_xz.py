"""Round xz (non-gemeente bodies): the in-force sentence of a notice in subordinate order."""

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
