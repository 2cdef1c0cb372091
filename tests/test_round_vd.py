"""Round vd (benchmarks/devset/README.md): the fixes from the real sentences of the vd texts,
PDF copies of decentral regulations on docplayer and 5dok."""

from tests.conftest import metadata_as_given

# vd02, the docplayer transcript of the PlusTeam reglement van orde: the PDF's body lost the
# body's name ("van het openbaar lichaam ;"), the page's title keeps it.
_PLUSTEAM = (
    "Openbaar lichaam PlusTeam. Reglement van Orde van het Algemeen Bestuur\n\n"
    "Transcriptie\n\n"
    "1 Openbaar lichaam Reglement van Orde van het Algemeen Bestuur Het Algemeen bestuur van "
    "het openbaar lichaam ; Gelet op artikel 6 derde lid van de Gemeenschappelijke regeling "
    "openbaar lichaam ; Gelet op de bepalingen van de Wet gemeenschappelijke regelingen; "
    "Besluit tot vaststelling van het navolgende Reglement van Orde voor zijn werkzaamheden "
    "en vergaderingen:\n"
)


def test_the_title_that_opens_with_the_joint_body_names_the_organisation():
    """vd02: "Openbaar lichaam PlusTeam." opening the text's first line names the body;
    before, nothing named it."""
    metadata = metadata_as_given(_PLUSTEAM)
    assert (metadata.organisation, metadata.organisation_type) == ("PlusTeam", "other")


def test_the_capitalised_kind_lower_in_the_text_names_no_organisation():
    """Only the text's own title: a list of other documents lower in a page (xp03's docplayer
    list holds the same line) names no body of this text."""
    page = "Reglement van orde\n\nVergelijkbare documenten\nOpenbaar lichaam PlusTeam. Reglement\n"
    assert metadata_as_given(page).organisation != "PlusTeam"


# vd01, the docplayer transcript of ROGplus Nieuwe Waterweg Noord's decision, page 2.
_ROGPLUS = (
    'Besluit: Het gemeenschappelijk orgaan "ROGplus Nieuwe Waterweg Noord" stelt vast het '
    "Reglement van orde voor de vergaderingen van het gemeenschappelijk orgaan.\n"
)


def test_the_wgr_gemeenschappelijk_orgaan_is_a_joint_body_its_quoted_name_the_organisation():
    """vd01: the Wgr's gemeenschappelijk orgaan (article 8, second lid) is a joint body as an
    openbaar lichaam is, its name in quotes; before, the sentence named no organisation."""
    metadata = metadata_as_given(_ROGPLUS)
    assert (metadata.organisation, metadata.organisation_type) == (
        "ROGplus Nieuwe Waterweg Noord",
        "other",
    )


def test_the_orgaan_without_a_name_names_no_body():
    metadata = metadata_as_given("Het gemeenschappelijk orgaan heeft als orgaan een bestuur.\n")
    assert metadata.organisation is None or "orgaan" not in metadata.organisation
