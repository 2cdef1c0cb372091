"""Metadata left by rounds zn and zo, fixed after them; each test built from the real text
of the devset."""

from codes import parse_text
from codes.metadata import adopter


def _metadata(text: str):
    return parse_text(text, "zo.txt").metadata


def test_bodies_joined_by_respectievelijk_decide_together():
    # zo04, Laarbeek's Gemeenteblad page: each for its own powers, recorded as the college
    text = (
        "Beleidsregel Wet Bibob voor horeca- en prostitutiebranche c.a. gemeente Laarbeek 2018\n\n"
        "De burgemeester respectievelijk het college van burgemeester en wethouders van "
        "Laarbeek ieder voor zover bevoegd;\n\n \n\n"
        "gelet op de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur "
        "(Wet Bibob);\n\nbesluiten:\n\n \n\nvast te stellen de Beleidsregel Wet Bibob voor "
        "horeca- en prostitutiebranche c.a. gemeente Laarbeek 2018.\n"
    )
    assert _metadata(text).adopted_by == "college van burgemeester en wethouders"


def test_the_article_after_en_on_its_own_line_joins_the_bodies():
    # zn03, Emmen's lokaleregelgeving page: the PDF set "en de" on a line of its own
    text = (
        "Intitulé\n\nMandaatverzamelbesluit gemeente Emmen 2025\n\n"
        "Het college van burgemeester en wethouders\n\nen de\n\n"
        "burgemeester van de gemeente Emmen,\n\n"
        "ieder voor zover het zijn bevoegdheden betreft;\n\n"
        "gelet op het bepaalde in de Gemeentewet, afdeling 10.1.1 van de Algemene wet "
        "bestuursrecht (Awb) en de Organisatieregeling gemeente Emmen;\n\nBESLUITEN:\n"
    )
    assert _metadata(text).adopted_by == "college van burgemeester en wethouders"


def test_a_definition_of_the_bestuursorgaan_opens_no_preamble():
    # z11 and ze07 define "bestuursorgaan: de burgemeester respectievelijk het college";
    # zo01's own preamble ("De burgemeester en het college ..., ieder voor zover") is the one
    text = (
        "2 De burgemeester en het college van burgemeester en wethouders van de gemeente "
        "Almere, ieder voor zover het hun bevoegdheden betreft; Gelet op de Wet BIBOB; "
        "B E S L U I TEN: ... f. bestuursorgaan: de burgemeester respectievelijk het college "
        "van burgemeester en wethouders; g. betrokkene: de aanvrager\n"
    )
    found = [c for c in adopter.adopted_by(text) if c.rule == "preamble"]
    assert [(c.value, c.start) for c in found] == [("college van burgemeester en wethouders", 2)]
    definition = "    bestuursorgaan: de burgemeester respectievelijk het college;\n"
    assert list(adopter.adopted_by(definition)) == []


_ALMERE = (
    "BELEIDSLIJN BIBOB GEMEENTE ALMERE VOOR HORECABEDRIJVEN, SPEELAUTOMATENHALLEN, "
    "SEKSINRICHTINGEN, ESCORTBEDRIJVEN EN GROWSHOPS\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\n"
    'Download "BELEIDSLIJN BIBOB GEMEENTE ALMERE VOOR HORECABEDRIJVEN, SPEELAUTOMATENHALLEN, '
    'SEKSINRICHTINGEN, ESCORTBEDRIJVEN EN GROWSHOPS"\n\nTranscriptie\n\n'
    "1 BELEIDSLIJN BIBOB GEMEENTE ALMERE VOOR HORECABEDRIJVEN, SPEELAUTOMATENHALLEN, "
    "SEKSINRICHTINGEN, ESCORTBEDRIJVEN EN GROWSHOPS {cover}\n\n"
    "2 De burgemeester en het college van burgemeester en wethouders van de gemeente Almere, "
    "ieder voor zover het hun bevoegdheden betreft; Gelet op de Wet bevordering "
    "integriteitsbeoordelingen door het openbaar bestuur (Wet BIBOB); B E S L U I TEN: Vast te "
    "stellen de volgende Beleidslijn BIBOB van de gemeente Almere.\n"
)


def test_a_covers_decision_and_its_day_in_force_date_the_regulation():
    # zo01, a docplayer transcript: the cover's labels give the decision and the day it took
    # effect; the amendment after them names itself ("wijzigingsbesluit") and is not read
    cover = (
        "besluit d.d. 22 februari 2005 in werking getreden d.d. 1 maart 2005 "
        "wijzigingsbesluit d.d. 9 oktober 2012 in werking getreden d.d. 8 februari"
    )
    metadata = _metadata(_ALMERE.format(cover=cover))
    assert (metadata.adopted_on, metadata.in_force_from) == ("2005-02-22", "2005-03-01")
    assert metadata.adopted_by == "college van burgemeester en wethouders"


def test_an_amendment_or_another_decision_on_the_cover_is_no_adoption():
    amended = "wijzigingsbesluit d.d. 9 oktober 2012 in werking getreden d.d. 8 februari 2013"
    metadata = _metadata(_ALMERE.format(cover=amended))
    assert (metadata.adopted_on, metadata.in_force_from) == (None, None)
    other = "zoals bij besluit d.d. 22 februari 2005 in werking getreden"
    assert _metadata(_ALMERE.format(cover=other)).adopted_on is None
