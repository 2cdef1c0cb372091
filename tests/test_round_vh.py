"""Round vh (benchmarks/devset/README.md): the fixes from the real pages of the regulations
about the raad and its members: vh09 (Steenbergen's own copy of the register, a verordening
on the vertrouwenscommissie) and vh12 (Eindhoven's page on the Woo)."""

from tests.conftest import dates_of, law_fields, metadata_as_given, title_of

WOO = "BWBR0045754"
WOB = "BWBR0005252"

# vh09, the head of the gemeente's page as the corpus gives it.
_STEENBERGEN = (
    "gemeente Steenbergen | Verordening vertrouwenscommissie herbenoeming burgemeester\n\n"
    "Regeling Verordening vertrouwenscommissie herbenoeming burgemeester\n\n"
    "Overzicht van in de tekst verwerkte wijzigingen\n\n"
    " • Datum inwerking-treding 13-03-2009\n • Terugwerkende kracht t/m\n"
    " • Datum uitwerking-treding 17-02-2015\n • Betreft nieuwe regeling\n"
    " • Datum ondertekening 05-03-2009\n • Bron bekendmaking SC 13-03-2009\n"
    " • Kenmerk voorstel 9a\n\nInleiding\n\nDe raad der gemeente Steenbergen;\n\n"
    "besluit:\n\nvast te stellen de navolgende verordening.\n\n"
    "Artikel 1\n\nIn deze verordening wordt verstaan onder:\n"
)

# vh12, the gemeente's page on the Woo as the corpus gives its beginning.
_EINDHOVEN = (
    "Chat met ons\n\nWet open overheid (Woo)\n\nDe Wet open overheid (Woo), opvolger van de Wet "
    "Openbaarheid van bestuur (Wob) regelt het recht op informatie over hoe de overheid handelt en "
    "hoe besluiten zijn genomen. Als gemeente verstrekken wij uit eigen beweging al veel "
    "informatie. Dat heet een Woo-verzoek.\n"
)


def test_the_hyphenated_header_of_the_registers_older_layout_dates_the_entry_into_force():
    """vh09: "Datum inwerking-treding 13-03-2009", the register's header broken at its hyphen
    and joined by the gemeente's copy, is the table's Datum inwerkingtreding; before, only
    the signing date was read."""
    assert dates_of(_STEENBERGEN) == ("2009-03-05", "2009-03-13")


def test_the_date_the_regulation_lapsed_is_no_entry_into_force():
    """Near miss: the "Datum uitwerking-treding" beside it is when the regulation ended."""
    text = _STEENBERGEN.replace(" • Datum inwerking-treding 13-03-2009\n", "")
    assert dates_of(text) == ("2009-03-05", "None")


def test_the_sites_label_regeling_before_a_regulations_name_is_no_part_of_it():
    """vh09: "Regeling Verordening vertrouwenscommissie ..." is the site's page type before
    the name; before, the title kept it."""
    assert title_of(_STEENBERGEN) == "Verordening vertrouwenscommissie herbenoeming burgemeester"


def test_a_name_that_opens_with_regeling_keeps_it():
    """Near miss: "Regeling melden vermoeden misstand" is a name with its own first word."""
    text = "Regeling melden vermoeden misstand gemeente Steenbergen\n\nArtikel 1\n\nDe melder.\n"
    assert title_of(text) == "Regeling melden vermoeden misstand gemeente Steenbergen"


def test_a_chat_widgets_button_is_no_title():
    """vh12: "Chat met ons", the site's chat button above the page's heading, was taken for
    the title."""
    assert title_of(_EINDHOVEN) == "Wet open overheid (Woo)"


def test_a_page_headed_by_an_act_and_its_abbreviation_cites_the_act_in_its_prose():
    """vh12: the heading "Wet open overheid (Woo)" is the page's name, the act with its
    abbreviation; the first sentence cites the Woo as uv09's prose under "Wet open overheid"
    does. Before, every place of the heading's words counted as the page naming itself."""
    assert law_fields(_EINDHOVEN, ("bwb", "text")) == [
        (WOO, "Wet open overheid"),
        (WOB, "Wet Openbaarheid van bestuur"),
    ]


def test_a_name_with_words_of_its_own_and_an_abbreviation_still_names_the_code():
    """Near miss: "Beleidsregels Wet open overheid (Woo)" has words of its own; its prose
    names the code, as "Beleidsregels Wet Bibob 2020" does (uv09's near miss)."""
    text = (
        "Beleidsregels Wet open overheid (Woo)\n\nHet college stelt deze regels vast.\n\n"
        "Artikel 1\n\nDe Beleidsregels Wet open overheid (Woo) gelden voor elk verzoek.\n"
    )
    assert law_fields(text, ("bwb",)) == []


def test_a_page_that_speaks_of_itself_als_gemeente_is_a_gemeentes():
    """vh12: "Als gemeente verstrekken wij ..." tells the kind of body where no name is
    stated, as "de gemeente" does (u13, u14)."""
    assert metadata_as_given(_EINDHOVEN).organisation_type == "gemeente"


def test_a_page_without_a_word_of_its_body_has_no_type():
    """Near miss: the same page without the sentence names no kind of body."""
    text = _EINDHOVEN.replace(
        "Als gemeente verstrekken wij uit eigen beweging al veel informatie. ", ""
    )
    assert metadata_as_given(text).organisation_type is None
