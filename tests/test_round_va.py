"""Round va (benchmarks/devset/README.md): the fixes from the real pages of va04 (hollandskroon.nl
'Horeca exploitatievergunning en alcoholwetvergunning'), va06 (dommel.nl 'Kwijtschelding'), va11
(ggdgelderlandzuid.nl 'Privacy') and va12 (ggdtwente.nl's toelichting bij het privacyreglement),
each with a near miss that is read as before."""

from codes.metadata.furniture import is_furniture
from tests.conftest import law_fields, metadata_as_given


def test_skip_links_in_their_dutch_wordings_are_site_furniture():
    """va04 opens with Drupal's skip link "Overslaan en naar de inhoud gaan" and va06 with "Ga
    direct naar het hoofdmenu of de inhoud."; each had been the page's title (or hid it)."""
    assert is_furniture("Overslaan en naar de inhoud gaan")
    assert is_furniture("Ga direct naar het hoofdmenu of de inhoud.")
    page = (
        "Overslaan en naar de inhoud gaan\n\nHoreca exploitatievergunning en alcoholwetvergunning"
        "\n\nVoor het uitbaten van een horecabedrijf heeft u een exploitatievergunning nodig.\n"
    )
    assert metadata_as_given(page).title == "Horeca exploitatievergunning en alcoholwetvergunning"


def test_a_heading_that_only_speaks_of_the_content_is_no_skip_link():
    """A page's own heading about its content ("Naar de inhoud van het dossier gaan", "Inhoud en
    vorm van de aanvraag") is no link: only the link's fixed words are furniture."""
    assert not is_furniture("Naar de inhoud van het dossier gaan")
    assert not is_furniture("Inhoud en vorm van de aanvraag")


def test_a_ggd_named_after_its_safety_region_is_the_organisation():
    """va11: "Bij GGD Gelderland-Zuid werken verschillende medewerkers."; va12: "Dit
    privacyreglement voor GGD Twente geeft regels". The regions of the Wet veiligheidsregio's
    are no register names, so the joint body had not been read."""
    for sentence, name in (
        ("Bij GGD Gelderland-Zuid werken verschillende medewerkers.", "GGD Gelderland-Zuid"),
        ("Dit privacyreglement voor GGD Twente geeft regels voor cliënten.", "GGD Twente"),
    ):
        metadata = metadata_as_given(f"Privacy\n\n{sentence}\n")
        assert (metadata.organisation, metadata.organisation_type) == (name, "other")


def test_a_joint_body_named_after_no_region_is_still_not_taken():
    """A made-up "GGD Zuidhoek" names no register place and no safety region: nothing is read,
    as before, so that a name is never cut or guessed."""
    metadata = metadata_as_given("Privacy\n\nBij GGD Zuidhoek werken verschillende medewerkers.\n")
    assert metadata.organisation != "GGD Zuidhoek"


WGBO = "Wet op de geneeskundige behandelingsovereenkomst"


def test_the_wgbo_is_a_law_under_each_of_its_names_without_a_bwb_link():
    """va11: "de Wet geneeskundige behandelingsovereenkomst (WGBO) voor de afdelingen ...";
    va12: "de Wet inzake de geneeskundige behandelingsovereenkomst (Wgbo)" and "die de Wgbo
    geeft". The act of 1994 lives in Boek 7 BW and has no BWB id of its own: named, unlinked."""
    text = (
        "de Wet geneeskundige behandelingsovereenkomst (WGBO) voor de afdelingen.\n"
        "Een belangrijke basis is de Wet inzake de geneeskundige behandelingsovereenkomst (Wgbo).\n"
        "Het werk valt onder de omschrijving die de Wgbo geeft van medische behandeling.\n"
    )
    assert law_fields(text, ("law", "bwb")) == [(WGBO, None)] * 3


def test_the_behandelingsovereenkomst_itself_is_no_law():
    """The contract the act rules ("een geneeskundige behandelingsovereenkomst sluiten") names
    no act: nothing is read, as before."""
    text = "Patiënt en arts sluiten een geneeskundige behandelingsovereenkomst.\n"
    assert law_fields(text, ("law",)) == []


BIBOB = "BWBR0013798"


def test_an_office_or_check_named_after_the_law_in_apposition_names_no_law():
    """va02's heading "Toets BIBOB" is the Bibob check (the open "Bibob-toets"), and uv03's
    "Contactfunctionaris Woo" an officer: neither cites the act."""
    assert law_fields("Toets BIBOB\n\nDe gemeente toetst de aanvraag.\n", ("bwb",)) == []
    text = "Heeft u vragen? Neem contact op met de Contactfunctionaris Woo van de gemeente.\n"
    assert law_fields(text, ("bwb",)) == []


def test_the_law_named_after_a_preposition_or_its_head_word_is_still_cited():
    """va02's "In artikel 3 van de wet BIBOB worden de weigeringsgronden aangegeven" and a check
    "aan de Wet Bibob" still cite the act: only the noun right before the law makes it a name."""
    text = (
        "In artikel 3 van de wet BIBOB worden de weigeringsgronden aangegeven.\n"
        "De gemeente toetst de aanvraag aan de Wet Bibob.\n"
    )
    assert law_fields(text, ("bwb", "article")) == [(BIBOB, "3"), (BIBOB, None)]


def test_the_ontgrondingenwet_is_named_in_lower_case_too():
    """va08: "Op grond van de ontgrondingenwet is voor veel ontgrondingen een vergunning nodig."
    The overlay's names match in any case, as "de gemeentewet"; the capital form as before."""
    for spelling in ("ontgrondingenwet", "Ontgrondingenwet"):
        text = f"Op grond van de {spelling} is voor veel ontgrondingen een vergunning nodig.\n"
        assert law_fields(text, ("bwb",)) == [("BWBR0002505",)]
