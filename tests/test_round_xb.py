"""Citation rules and registry entries from round xb (regulation kinds no round had used:
reglementen burgerlijke stand, adviesraden sociaal domein, begraafplaatsen, startersleningen,
reclamebelasting, luchtvaart); each test built from the real sentence."""

from .conftest import bwb_refs, law_refs_in

_BW_BOEK_1 = "BWBR0002656"
_WET_RECHTEN_BURGERLIJKE_STAND = "BWBR0001851"


def test_a_volzin_joined_to_its_lid_by_en_keeps_the_citation_whole():
    # xb01, Culemborg: Reglement Burgerlijke Stand 2024, a definition
    text = (
        "Ambtenaar van de burgerlijke stand (ABS): de ambtenaar als bedoeld in artikel 1:16, "
        "eerste lid en eerste volzin van het Burgerlijk Wetboek,\n"
    )
    assert bwb_refs(text) == [(_BW_BOEK_1, "1:16", "1")]


def test_a_second_lid_after_en_is_still_a_lid():
    # the "en" before a volzin must not swallow a lid list: two leden stay two
    text = "als bedoeld in artikel 1:16, tweede en derde lid, van het Burgerlijk Wetboek;\n"
    assert bwb_refs(text) == [(_BW_BOEK_1, "1:16", "2"), (_BW_BOEK_1, "1:16", "3")]


def test_the_wet_rechten_burgerlijke_stand_is_named_in_lower_case():
    # xb04, Harderwijk: Reglement burgerlijke stand 2018; undefined "de wet" was Boek 1 BW
    text = (
        "gelet op boek 1 Burgerlijk Wetboek, het Besluit Burgerlijke Stand 1994\n\nen artikelen "
        "4 en 5 van de wet rechten burgerlijke Stand;\n"
    )
    found = [(bwb, article) for bwb, article, _ in bwb_refs(text) if article]
    assert found == [(_WET_RECHTEN_BURGERLIJKE_STAND, "4"), (_WET_RECHTEN_BURGERLIJKE_STAND, "5")]


def test_the_wet_bevordering_eigenwoningbezit_is_named_with_its_compound_split():
    # xb11, Nieuw-Lekkerland: Verordening starterslening 2012 (docplayer), a definition
    found = law_refs_in(
        "6. Koopsubsidie (Wet Bevordering Eigen Woningbezit, BEW+): een maandelijkse bijdrage "
        "in de hypotheek lasten.\n"
    )
    assert found == [("Wet bevordering eigenwoningbezit", "BWBR0011919", None, None)]


def test_a_truncated_title_s_own_abbreviation_in_brackets_names_the_law_once():
    # xb05, Westerwolde: the IOAZ's name with "zelfstandige" for "zelfstandigen" (the
    # registry's prefix of the title the BWB list cut short), then its own "(Ioaz)"
    found = law_refs_in(
        "artikel 42 van de Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte "
        "gewezen zelfstandige (Ioaz);\n"
    )
    assert [(bwb, article) for _, bwb, article, _ in found] == [("BWBR0004163", "42")]


def test_in_behandeling_genomen_opens_a_preamble():
    # xb10, Steenbergen: Verordening Starterslening 2014 on the gemeente's own site
    from codes import parse_text

    text = (
        "Officiele publicatie\n\nVerordening Starterslening 2014\n\nDe raad van de gemeente "
        "Steenbergen;\n\nIn behandeling genomen het voorstel van d.d. 3 juni 2014\n\nGelet op:\n\n"
        "De artikelen 147 en 149 Gemeentewet\n\nbesluit:\n\nVerordening Starterslening 2014\n"
    )
    assert parse_text(text).metadata.adopted_by == "gemeenteraad"


def test_a_decision_heading_glued_to_the_rubriek_of_its_row_dates_the_adoption():
    # xb15, Noord-Holland: Provinciaal blad 2021, 5335, the header table copied without cells
    from codes import parse_text

    text = (
        "Provinciaal blad van Noord-Holland\n\nDatum publicatieOrganisatieJaargang en nummerRubriek\n"
        "Noord-HollandProvinciaal blad 2021, 5335Overige besluiten van algemene strekkingBesluit "
        "van Provinciale Staten van de provincie Noord-Holland van 1 februari 2021, "
        "1038019/1584428, houdende regels omtrent de luchthaven Amsterdam Heliport\n\n"
        "Provinciale Staten van Noord-Holland;\n\nGelet op:\n\nartikel 8.43 van de Wet luchtvaart\n"
    )
    assert parse_text(text).metadata.adopted_on == "2021-02-01"
