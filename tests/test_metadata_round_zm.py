"""Round zm: the metadata of the pages users copy from a body's site and the Gemeenteblad,
each test built from the real sentences of the devset."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "zm.txt").metadata


def test_the_date_after_the_name_in_the_dictum_is_the_date_in_force():
    # zm01, the Gemeenteblad page of Eijsden-Margraten; the date of item 2 ("in te
    # trekken per ...") is the old codes' and is not read for item 1
    text = (
        "Gedragscode integriteit volksvertegenwoordigers in Eijsden-Margraten 2025\n\n"
        "De raad van de gemeente Eijsden-Margraten\n\n \n\n \n\nBESLUIT\n\n \n\n"
        "Vast te stellen:\n\n \n\n  • 1.\n\n"
        "    De Gedragscode integriteit volksvertegenwoordigers in Eijsden-Margraten 2025 per "
        "1 juni 2025 (bijlage 1)\n\n  • 2.\n\n"
        "    De Gedragscodes integriteit volksvertegenwoordigers (raads- en "
        "raadscommissieleden en voor dagelijks bestuurders (collegeleden) in Eijsden-Margraten "
        "in te trekken per 1 juni 2025.\n\nInleiding\n"
    )
    metadata = _metadata(text)
    assert metadata.in_force_from == "2025-06-01"
    assert metadata.adopted_by == "gemeenteraad"


def test_in_werking_te_laten_treden_in_the_dictum_dates_the_entry_into_force():
    # ze01, Gulpen-Wittem's informatieprotocol (the date before the infinitive)
    text = (
        "De raad van de gemeente Gulpen-Wittem;\n\ngelet op artikel 169 van de Gemeentewet;\n\n"
        "besluit:\n\n"
        "    Het navolgende Informatieprotocol actieve informatieplicht gemeente Gulpen-Wittem "
        "2026 vast te stellen en per 1 april 2026 in werking te laten treden:\n"
    )
    assert _metadata(text).in_force_from == "2026-04-01"


def test_the_date_of_the_next_item_or_of_another_regulation_is_not_read():
    # an item that ends before a date: the date is the withdrawn regulation's
    text = (
        "De raad van de gemeente X;\n\nbesluit:\n\n1. Vast te stellen de Verordening Y 2025;\n"
        "2. De Verordening Y 2019 in te trekken per 1 januari 2025.\n"
    )
    assert _metadata(text).in_force_from is None


def test_a_proposals_dictum_states_no_date_in_force():
    # x03, Zutphen's raadsvoorstel: the college proposes, the raad has not decided
    text = (
        "Financiële verordening gemeente Zutphen 2019, Nota financieel beleid 2019 en "
        "Treasurystatuut gemeente Zutphen 2019\n\n"
        "Het college van burgemeester & wethouders stelt voor :\n\n"
        " 1. De Financiële verordening gemeente Zutphen 2019 vast te stellen.\n"
        " 2. De Nota financieel beleid 2019 vast te stellen en inwerking te laten treden per 1 "
        "januari 2020, onder gelijktijdige intrekking van de Nota financieel beleid, zoals "
        "vastgesteld op 1 februari 2016.\n"
    )
    assert _metadata(text).in_force_from is None


def test_the_datum_besluit_label_of_a_decision_page_dates_the_adoption():
    # zm08, the provincie Zuid-Holland's page of a GS decision
    text = (
        "Regeling melden vermoeden van een misstand; Gedragscode ambtelijke integriteit, "
        "inclusief Handreiking gedragscode provinciale ambtenaren\n\n"
        "Datum besluit: 20 juni 2017\n\n\n"
        "Op grond van de Wet Huis voor Klokkenluiders, die de meldmogelijkheden en de "
        "bescherming van werknemers verbetert, is de provincie gehouden een eigen Regeling "
        "melden vermoeden van een misstand vast te stellen.\n\nType besluit: GS-vergadering\n"
    )
    metadata = _metadata(text)
    assert metadata.adopted_on == "2017-06-20"
    assert metadata.organisation_type == "provincie"


def test_the_labels_of_a_proposals_form_are_no_title():
    # zk05, the Staatscourant's copy of a Noord-Brabant statenvoorstel: the subject under the
    # label "Onderwerp" is the title, the label lines and a labelled date are not
    text = (
        "Besluit 05/20\n\nLogo Noord-Brabant\n\n \n\nVoorgestelde behandeling\n\n"
        "PS-vergadering: 31 januari 2020\n\nOnderwerp\n\n"
        "Actualisatie Gemeenschappelijke regeling Zuidelijke Rekenkamer Noord-Brabant en "
        "Limburg 2018\n\nProvinciale Staten van Noord-Brabant,\n\n"
        "gelezen het voorstel van het Presidium, d.d. 17 januari 2020 – 05;\n\n"
        "Besluiten vast te stellen de volgende regeling:\n\n \n\nArtikel 1 Begripsbepalingen\n"
    )
    metadata = _metadata(text)
    assert metadata.title == (
        "Actualisatie Gemeenschappelijke regeling Zuidelijke Rekenkamer Noord-Brabant en "
        "Limburg 2018"
    )
    assert metadata.adopted_by == "provinciale staten"
