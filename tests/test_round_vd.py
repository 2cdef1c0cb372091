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


# vd04, the 5dok copy of Valkenswaard's Reglement van Orde 2012: 5dok heads its page with a
# definition it picked from the PDF and repeats it in its Share button.
_VALKENSWAARD_NAME = (
    "Reglement van Orde voor de vergaderingen en andere werkzaamheden van de raad gemeente "
    "Valkenswaard 2012"
)


def _five_dok(heading: str, first_line: str) -> str:
    return (
        f"• No results found\n\n{heading}\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n"
        f'Share "{heading}"\n\nCopied!\n27\n0\n0\n\nBezig met laden.... (Bekijk nu de volledige '
        f"tekst)\n\nHele tekst\n\n(1)\n\n{first_line}\n\nHoofdstuk 1. Algemene bepalingen\n\n"
        "Artikel 1. Begripsomschrijvingen In dit reglement wordt verstaan onder:\n\n"
        "a. voorzitter: de voorzitter van de raad of diens waarnemer;\n"
    )


def test_a_definition_the_site_picked_for_its_heading_is_no_title():
    """vd04: "voorzitter: de voorzitter van de raad of diens waarnemer", 5dok's heading, is a
    definition of the begripsbepalingen; the PDF's own first line below it is the title, without
    what the copy adds (", inclusief toelichting."). Before, the definition was the title."""
    page = _five_dok(
        "voorzitter: de voorzitter van de raad of diens waarnemer",
        f"{_VALKENSWAARD_NAME}, inclusief toelichting.",
    )
    assert metadata_as_given(page).title == _VALKENSWAARD_NAME


def test_a_site_heading_that_is_a_name_is_still_the_title():
    page = _five_dok("Reglement van orde Valkenswaard", f"{_VALKENSWAARD_NAME}.")
    assert metadata_as_given(page).title == "Reglement van orde Valkenswaard"


def test_met_toelichting_not_set_off_stays_in_the_name():
    """A register may name a regulation so ("Wegenverordening Zeeland 2010 met toelichting",
    uj06): only the comma or brackets set the copy's addition off."""
    title = "Wegenverordening Zeeland 2010 met toelichting"
    assert metadata_as_given(f"{title}\n\nArtikel 1\nDeze verordening ...\n").title == title


def test_the_title_after_the_joint_body_and_its_full_stop_is_the_regulations_name():
    """vd02: docplayer joined the title page's lines "Openbaar lichaam PlusTeam." and "Reglement
    van Orde van het Algemeen Bestuur"; the body's kind and name before the stop are the
    organisation, the regulation's name follows. Before, the title held the body too."""
    assert metadata_as_given(_PLUSTEAM).title == "Reglement van Orde van het Algemeen Bestuur"


def test_a_joint_body_before_a_stop_and_no_regulation_keeps_the_whole_line():
    line = "Openbaar lichaam PlusTeam. Jaarverslag 2015"
    assert metadata_as_given(f"{line}\n\nInleiding\nIn 2015 ...\n").title != "Jaarverslag 2015"
