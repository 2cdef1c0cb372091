"""The ways Dutch codes state the norms (compare/data/norms.toml), each from a sentence of a
real code: the devset's texts (benchmarks/devset/texts) or the phrasings seen in codes of
other gemeenten. The corpus values at the end are the hand-checked norms of the five
bundled codes; no new pattern may change them."""

from __future__ import annotations

import pytest

from codes import parse_text
from compare.norm_table import norm_table
from compare.norms import extract

from .conftest import corpus_code


def _norms(text: str) -> dict[str, tuple[str, str | None]]:
    return {v.variable: (v.status, v.value) for v in extract(parse_text(text))}


@pytest.mark.parametrize(
    ("variable", "text", "value"),
    [
        # "€ 50,-" after "meer dan"
        (
            "gift_threshold_eur",
            "Artikel 4 Geschenken\nEen raadslid meldt geschenken met een waarde van meer dan € 50,- aan de griffier.",
            "50",
        ),
        # an amount in words
        (
            "gift_threshold_eur",
            "Artikel 4 Geschenken\nGeschenken met een waarde van ten hoogste vijftig euro mag het raadslid behouden.",
            "50",
        ),
        # "50,00 euro" (a griffie's page: "met een geschatte waarde van meer dan 50,00 euro")
        (
            "gift_threshold_eur",
            "Artikel 4 Geschenken\nDe griffier registreert gekregen geschenken met een geschatte waarde van meer dan 50,00 euro.",
            "50",
        ),
        # refusing what is above the threshold
        (
            "gifts_above_threshold",
            "Artikel 4 Geschenken\nEen wethouder aanvaardt geen geschenken met een waarde van meer dan € 50.",
            "niet aanvaard",
        ),
        # the revolving door in "binnen ... na het beëindigen"
        (
            "cooling_off_years",
            "Artikel 3.5 Draaideur\nEen voormalig wethouder verricht binnen twee jaar na het beëindigen van het ambt geen betaalde werkzaamheden voor de gemeente.",
            "2",
        ),
        # the deadline after the verb "meldt"
        (
            "side_jobs_report_deadline",
            "Artikel 2 Nevenfuncties\nEen raadslid meldt een nieuwe nevenfunctie binnen veertien dagen aan de griffier.",
            "binnen veertien dagen",
        ),
        # e01 (Sint-Michielsgestel) art. 2 lid 2, the VNG model's words
        (
            "side_jobs_report_deadline",
            "Artikel 2 Nevenfuncties\nAls gaande het lidmaatschap nieuwe (neven)functies aanvaard worden, wordt de informatie die hierop betrekking heeft binnen één week aangeleverd bij de griffier.",
            "binnen één week",
        ),
        # registers kept by someone who "houdt een register bij", or "bijgehouden door"
        (
            "register_side_jobs",
            "Artikel 2 Nevenfuncties\nDe griffier houdt een openbaar register bij van de nevenfuncties van de raadsleden.",
            "griffier",
        ),
        (
            "register_gifts",
            "Artikel 4 Geschenken\nHet geschenk wordt opgenomen in een register van geschenken dat wordt bijgehouden door de gemeentesecretaris.",
            "gemeentesecretaris",
        ),
        (
            "register_foreign_trips",
            "Artikel 5 Buitenlandse reizen\nDe griffier houdt een register bij van de buitenlandse reizen van de raadsleden.",
            "griffier",
        ),
    ],
)
def test_a_phrasing_gives_its_value(variable, text, value):
    assert _norms(text)[variable] == ("found", value)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # b08 (Rijnland) 1.1: a waterschap's college
        (
            "1. Algemene bepalingen\nArtikel 1.1\nDe gedragscode geldt voor de dijkgraaf en voor de leden van het college van het Hoogheemraadschap, maar richt zich ook tot de bestuursorganen.",
            "college",
        ),
        # b06 (Limburg): the VNG model's adoption decision
        (
            "Provinciale Staten van Limburg\nbesluiten\nin de vergadering van 12 november 2021 voor de commissaris van de Koning en voor de gedeputeerden de navolgende gedragscode integriteit vast te stellen:\n\nArtikel 1\nTekst.",
            "college",
        ),
        # e16 (Rijnland): the algemeen bestuur is the verenigde vergadering
        (
            "BESLUIT:\nvoor leden van de Verenigde Vergadering van het Hoogheemraadschap Rijnland\nde navolgende Gedragscode Integriteit vast te stellen:\n\nArtikel 1\nTekst.",
            "raad",
        ),
        # e13 (Noord-Brabant): Provinciale Staten are the raad
        (
            "Artikel 1\nZij houdt de Gedragscode integriteit, die geldt voor leden Provinciale Staten, actueel.",
            "raad",
        ),
    ],
)
def test_applies_to_names_the_bodies_of_provincies_and_waterschappen(text, groups):
    assert _norms(text)["applies_to"] == ("found", groups)


def test_applies_to_falls_back_on_the_title_and_says_so():
    # a12 (Oost Gelre) and e04 (Asten): no provision says for whom, the title does
    code = parse_text(
        "Gedragscode integriteit raadsleden gemeente Oost Gelre\n\nINLEIDING\n\nGoed bestuur is integer bestuur.\n"
    )
    assert {v.variable: v.value for v in extract(code)}["applies_to"] == "raad"
    rows, evidence = norm_table([code])
    row = next(r for r in rows if r.variable == "applies_to")
    assert row.article == "titel"
    assert code.source[row.span_start : row.span_end].startswith(
        "Gedragscode integriteit raadsleden"
    )
    assert next(e for e in evidence if e.variable == "applies_to").node == code.root.id
    assert _norms(
        "Gedragscode integriteit medewerkers gemeente Asten 2025\n\nInleiding\n\nTekst.\n"
    )["applies_to"] == ("found", "ambtenaren")


def test_the_title_names_what_is_adopted_not_who_adopts_it():
    # b04 (Flevoland): Provinciale Staten adopt a code for the commissaris and gedeputeerden
    text = (
        "Besluit van Provinciale Staten van de provincie Flevoland houdende Gedragscode integriteit "
        "commissaris van de Koning en gedeputeerden Provincie Flevoland 2016\n\nOverwegende dat:\nTekst.\n"
    )
    assert _norms(text)["applies_to"] == ("found", "college")
    # g03 (Limburg): a regulation for people who are not employees names no group
    assert _norms("Regeling melding misstanden voor niet-werknemers\n\nTekst.\n")["applies_to"] == (
        "not regulated",
        None,
    )


def test_a_gift_refused_for_another_reason_is_not_above_the_threshold():
    # best.txt art. 4.1 lid 1: about independence, not about the value
    text = (
        "Artikel 4 Geschenken\nEen raadslid accepteert geen geschenken, faciliteiten en diensten "
        "als zijn onafhankelijke positie hierdoor kan worden beïnvloed."
    )
    assert _norms(text)["gifts_above_threshold"] == ("not regulated", None)


CORPUS = {
    "assen": {
        "gift_threshold_eur": "50",
        "gifts_above_threshold": "wordt eigendom van de gemeente; teruggegeven; geregistreerd; niet aanvaard",
        "cooling_off_years": "1",
        "side_jobs_report_deadline": "binnen één maand",
        "register_side_jobs": "gemeentesecretaris",
        "register_gifts": "gemeentesecretaris",
        "register_foreign_trips": "gemeentesecretaris",
        "breach_reported_to": "burgemeester; griffier; gemeentesecretaris",
        "hearing_reaction_workdays": None,
        "applies_to": "college",
    },
    "best": {
        "gift_threshold_eur": "50",
        "gifts_above_threshold": "wordt eigendom van de gemeente; teruggegeven; geregistreerd",
        "cooling_off_years": "1",
        "side_jobs_report_deadline": "zo spoedig mogelijk",
        "register_side_jobs": "griffier; gemeentesecretaris",
        "register_gifts": "griffier; gemeentesecretaris",
        "register_foreign_trips": "griffier; gemeentesecretaris",
        "breach_reported_to": "burgemeester; eerste locoburgemeester",
        "hearing_reaction_workdays": "5",
        "applies_to": "raad; college",
    },
    "de-bilt": {
        "gift_threshold_eur": "50",
        "gifts_above_threshold": "wordt eigendom van de gemeente; teruggegeven",
        "cooling_off_years": "1",
        "side_jobs_report_deadline": "binnen één week",
        "register_side_jobs": "gemeentesecretaris",
        "register_gifts": "gemeentesecretaris",
        "register_foreign_trips": "gemeentesecretaris",
        "breach_reported_to": None,
        "hearing_reaction_workdays": None,
        "applies_to": "college",
    },
    "nijmegen": {
        "gift_threshold_eur": "50",
        "gifts_above_threshold": "wordt eigendom van de gemeente; niet aanvaard",
        "cooling_off_years": "2",
        "side_jobs_report_deadline": "terstond",
        "register_side_jobs": "griffier; gemeentesecretaris",
        "register_gifts": None,
        "register_foreign_trips": None,
        "breach_reported_to": "burgemeester",
        "hearing_reaction_workdays": "5",
        "applies_to": "raad; college",
    },
    "rheden": {
        "gift_threshold_eur": "50",
        "gifts_above_threshold": "wordt eigendom van de gemeente; teruggegeven; geregistreerd",
        "cooling_off_years": None,
        "side_jobs_report_deadline": "zo spoedig mogelijk",
        "register_side_jobs": "griffier",
        "register_gifts": "griffier",
        "register_foreign_trips": None,
        "breach_reported_to": "griffier; burgemeester",
        "hearing_reaction_workdays": "5",
        "applies_to": "raad",
    },
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_the_corpus_norms_stay_as_checked(name):
    found = {v.variable: v.value for v in extract(corpus_code(name))}
    assert found == CORPUS[name]
