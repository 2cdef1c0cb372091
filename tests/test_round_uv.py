"""Round uv (benchmarks/devset/README.md): the fixes from the real sentences of the bodies'
own web pages on the Woo, klachten and privacy (uv01-uv12)."""

from tests.conftest import law_fields, metadata_as_given, title_of

WOO = "BWBR0045754"
WOB = "BWBR0005252"

# uv09, hdsr.nl's page "Wet open overheid", as the corpus gives its beginning.
_HDSR = (
    "Wet open overheid\n\nBent u op zoek naar specifieke informatie van het waterschap die niet "
    "op deze website staat? Dan kunt u een Woo-verzoek indienen.\n\nDe Wet open overheid (Woo) "
    "regelt het recht van burgers op informatie van de overheid. Deze wet vervangt sinds 1 mei "
    "2022 de Wet openbaarheid van bestuur (Wob).\n\nAl veel openbaar\n\n"
    "Uitgangspunt Woo\n\nDe Woo gaat ervan uit dat het belang van openbaarheid altijd geldt."
)


def _laws(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "text"))


def test_a_page_headed_by_an_acts_name_cites_the_act_in_its_prose():
    """uv09: the heading "Wet open overheid" is the page's own name, so every place of the
    name counted as the code naming itself, and "De Wet open overheid (Woo) regelt ..." was
    lost. A name that is nothing but an act's cites the act in a sentence; the heading line
    itself stays the page's name (u14's convention)."""
    assert _laws(_HDSR) == [
        (WOO, "Wet open overheid"),
        (WOB, "Wet openbaarheid van bestuur"),
        (WOO, "Woo"),
        (WOO, "Woo"),
    ]


def test_a_name_with_words_of_its_own_still_names_the_code_in_its_prose():
    """Near miss: "Beleidsregels Wet Bibob 2020" in the text of those beleidsregels is the
    code's own name, not a citation of the Wet Bibob (`own_named`)."""
    text = (
        "Beleidsregels Wet Bibob 2020\n\nDe burgemeester stelt de volgende regels vast.\n\n"
        "Artikel 1\n\nDe Beleidsregels Wet Bibob 2020 gelden voor alle vergunningen.\n"
    )
    assert _laws(text) == []


def test_a_decree_headed_by_its_own_name_names_itself_in_its_prose():
    """Near miss: a decree's own text (a Staatsblad page, uo09) names itself; only an act
    of parliament is what a body's page is headed by."""
    text = (
        "Archiefbesluit 1995\n\nBesluit van 15 december 1995.\n\n"
        "Artikel 1\n\nDit besluit wordt aangehaald als: Archiefbesluit 1995.\n\n"
        "Artikel 2\n\nIn het Archiefbesluit 1995 wordt verstaan onder archiefbescheiden ...\n"
    )
    assert _laws(text) == []


def test_an_acts_own_citation_title_names_itself():
    """Near miss: "Deze wet wordt aangehaald als: Wet open overheid." in the act's own text."""
    text = (
        "Wet open overheid\n\nArtikel 10.3\n\nDeze wet wordt aangehaald als: Wet open overheid.\n"
    )
    assert _laws(text) == []


# uv11, zuiderzeeland.nl: the Woo's eleven categories, one of them both acts' requests.
_CATEGORIES = (
    "Onder de Woo vallen 11 informatiecategorieën: \n\n • Jaarplannen en -verslagen \n\n"
    " • Wob / Woo-verzoeken \n\n • Onderzoeken \n\n"
)


def test_the_first_part_of_compounds_that_share_their_head_names_no_law():
    """uv11: "Wob / Woo-verzoeken" are Wob-verzoeken and Woo-verzoeken, compounds as
    "Woo-verzoek" is; the Wob had been counted as named. The hyphen that stands for the
    shared head ("Wob- en Woo-verzoeken") says the same."""
    assert _laws(_CATEGORIES) == [(WOO, "Woo")]
    assert _laws("Het aantal Wob- en Woo-verzoeken stijgt.") == []


def test_two_acts_joined_by_a_slash_or_en_are_both_named():
    """Near miss: without a compound after them, "de Wob/Woo" names both acts; "de Wob en
    Woo-verzoeken" (no hyphen after the Wob) names the Wob."""
    assert _laws("Het verzoek valt onder de Wob/Woo.") == [(WOB, "Wob"), (WOO, "Woo")]
    assert _laws("Het gaat om de Wob en Woo-verzoeken.") == [(WOB, "Wob")]


# uv01, gemeentewestland.nl's page "Woo-verzoek indienen": where to send the form.
_ADDRESS = (
    "Woo-verzoek indienen\n\nOp grond van de Woo kunt u verzoeken om openbaarmaking van "
    "bestuurlijke informatie.\n\nSchriftelijk\n\nU kunt ook gebruik maken van een "
    "aanvraagformulier (pdf, 156Kb). Stuur het volledig ingevulde formulier op naar:\n\n"
    "Gemeente Westland\nPostbus 150\n{town}\n\nWilt u liever een brief schrijven, dan kan dat "
    "ook. Deze stuurt u naar het bovenstaande adres.\n"
)


def test_the_town_after_a_postcode_is_an_address_not_a_body():
    """uv01: "2670 AD Naaldwijk" is the post office's town; Naaldwijk, a gemeente until
    2004, had counted as a second body named, so the page seemed to speak of two bodies
    and was given none (`mentioned.only_mentioned`)."""
    metadata = metadata_as_given(_ADDRESS.format(town="2670 AD Naaldwijk"))
    assert (metadata.organisation, metadata.organisation_type) == ("Westland", "gemeente")


def test_a_bare_name_without_a_postcode_still_counts_as_a_body_named():
    """Near miss: the town on its own line, no postcode before it, is read as before: a
    second body named, so the page is none of theirs."""
    metadata = metadata_as_given(_ADDRESS.format(town="Naaldwijk"))
    assert metadata.organisation is None


# uv02, vijfheerenlanden.nl: the site's page name above the statement's own heading.
_PRIVACY = (
    "Privacyverklaring\n\n{below}\n\nDe gemeente Vijfheerenlanden, Dokter Reilinghplein 1, "
    "4141 DA te Leerdam, gaat zorgvuldig en vertrouwelijk om met uw persoonsgegevens.\n"
)


def test_a_page_name_above_its_fuller_heading_gives_way_to_it():
    """uv02: "Privacyverklaring" / "Privacyverklaring gemeente Vijfheerenlanden": the line
    below repeats the first and names more; it is the document's own name."""
    below = "Privacyverklaring gemeente Vijfheerenlanden"
    assert title_of(_PRIVACY.format(below=below)) == below


def test_a_sentence_below_the_heading_leaves_the_heading_the_title():
    """Near miss: a line that repeats the heading's word in a sentence is no fuller name."""
    below = "Privacyverklaring is er voor iedereen die de website bezoekt."
    assert title_of(_PRIVACY.format(below=below)) == "Privacyverklaring"
