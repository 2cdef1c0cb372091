"""Round vf (benchmarks/devset/README.md): the fixes from the real sentences of the integrity
rules for employees: vf01 (a waterschap's klachtenprocedure), vf04 (a Provinciaal Blad in the
older officielebekendmakingen layout), vf06 (a werkbedrijf's integriteitsbeleid) and vf09 (a
gemeente's klachtenregeling)."""

from tests.conftest import adopted_on_of, law_fields, title_of

# vf01, the gelet op as the register page gives it.
_ONDER_J = (
    "gelet op de instemming van de ondernemingsraad op grond van artikel 27, lid 1, onder j. "
    "Wet op de Ondernemingsraden d.d. 22 december 2016;\n"
)
_WOR = "BWBR0002747"


def _refs(text: str, fields=("bwb", "article", "lid", "onderdeel")) -> list[tuple]:
    return law_fields(text, fields)


def test_an_onderdeel_letter_with_its_stop_before_the_law_name():
    """vf01: "onder j." keeps the stop a list gives the letter; the law's name after it is
    the article's law. Before, the article lost its law and the WOR counted as named alone."""
    assert _refs(_ONDER_J) == [(_WOR, "27", 1, "j")]


def test_a_sentence_after_the_letters_stop_is_read_as_before():
    """The near miss: where the next sentence opens ("onder j. De Wet ..."), the stop ends
    the chain; the law the sentence names is named alone, no article's law."""
    text = (
        "Het college neemt artikel 27, lid 1, onder j. De Wet op de Ondernemingsraden is hier "
        "niet van toepassing.\n"
    )
    assert _refs(text, ("bwb", "article", "onderdeel")) == [(_WOR, None, None)]


def test_the_onderdeel_with_its_stop_and_van_de_is_read_as_before():
    text = "als bedoeld in artikel 27, eerste lid, onder j, van de Wet op de ondernemingsraden;\n"
    assert _refs(text) == [(_WOR, "27", 1, "j")]


# vf09, the definitions of Artikel 1 as the register page gives them.
_PURMEREND = (
    "Artikel 1 Begripsomschrijvingen\n\nIn deze regeling wordt verstaan onder:\n\n"
    "  • d.\n\n    ongewenst gedrag: gedrag dat valt binnen de begrippen:\n\n"
    "    • 1.\n\n      direct en indirect onderscheid zoals verwoord in artikel 1, 1a en 2 van "
    "de Algemene wet gelijke behandeling;\n\n"
    "  • e.\n\n    vertrouwenspersoon: een persoon als bedoeld in artikel 2 van deze regeling "
    "en tot wie de medewerker zich kan wenden;\n\nArtikel 2 Vertrouwenspersoon\n\nHet college "
    "wijst een vertrouwenspersoon aan.\n"
)
_AWGB = "BWBR0006502"


def test_an_article_of_deze_regeling_is_never_the_earlier_laws():
    """vf09: "artikel 2 van deze regeling" in the article that cited "artikel 1, 1a en 2"
    of the Awgb is the regulation's own; before, the repeated number took the Awgb."""
    refs = _refs(_PURMEREND, ("bwb", "article"))
    assert refs == [(_AWGB, "1"), (_AWGB, "1a"), (_AWGB, "2")]


def test_a_bare_repeated_number_still_takes_the_earlier_law():
    """The near miss: without "van deze regeling" the number points back as before."""
    text = (
        "Artikel 1\n\n1. Het college neemt artikel 15, eerste lid, van de Gemeentewet in acht.\n\n"
        "2. Het tweede lid van artikel 15 is van overeenkomstige toepassing.\n"
    )
    refs = _refs(text, ("bwb", "article", "lid"))
    assert ("BWBR0005416", "15", 2) in refs


# vf04, the older officielebekendmakingen page's lines above the decision.
_PRB = (
    "Start van deze pagina\nSkip navigatie, ga direct naar de Inhoud\n\nOverheid.nl - de wegwijzer "
    "naar informatie en diensten van alle overheden.\n\nDe wegwijzer naar informatie en diensten "
    "van alle overheden\n\nTekstgrootte\n+\n\n\nJaargang 2018\nNr. 8940\n\nGepubliceerd op 4 "
    "december 2018 13:06\nToon volledige inhoudsopgave\n\nGerelateerde informatie\n\n\n"
    "Geconsolideerde regelgeving\n\nBesluit eed en belofte Provincie Limburg 2018\n\n"
    "Gedeputeerde Staten van Limburg,\n\n \n\ngelet op de Algemene Wet Bestuursrecht en de "
    "Provinciewet,\n"
)


def test_the_older_journal_pages_side_panel_is_no_title():
    """vf04: "Toon volledige inhoudsopgave" and the panel's headings are the site's links."""
    assert title_of(_PRB) == "Besluit eed en belofte Provincie Limburg 2018"


def test_a_heading_named_inhoudsopgave_is_still_furniture_and_a_name_still_a_name():
    text = "Inhoudsopgave\n\nRegeling eed en belofte provincie Zuid-Holland\n\nArtikel 1\n"
    assert title_of(text) == "Regeling eed en belofte provincie Zuid-Holland"


# vf06, the Blad gemeenschappelijke regeling's header table run together.
_BGR = (
    "Blad gemeenschappelijke regeling van WerkSaam Westfriesland\n\nDatum publicatieOrganisatie"
    "Jaargang en nummerRubriek\nWerkSaam WestfrieslandBlad gemeenschappelijke regeling 2021, "
    "881beleidsregelIntegriteitsbeleid WerkSaam Westfriesland en WerkSaam Verloning B.V.\n\n \n\n"
    "Inleiding\n\n \n\nIntegere medewerkers zijn een basisvoorwaarde voor het vertrouwen.\n"
)


def test_a_name_ending_with_a_companys_initials_is_a_name():
    """vf06: the stop of "B.V." closes the initials, not a sentence; before, the line was
    taken for running text and no title was read."""
    title = title_of(_BGR) or ""
    assert title.rstrip(".") == (
        "Integriteitsbeleid WerkSaam Westfriesland en WerkSaam Verloning B.V"
    )


def test_a_first_line_ending_as_a_sentence_is_still_no_title():
    text = "Het college heeft deze regeling op 1 mei 2019 vastgesteld voor de medewerkers.\n\n"
    assert title_of(text + "Artikel 1\n\nDe medewerker meldt dit.\n") is None


# vf03, the register page's dictum.
_ZUID_HOLLAND = (
    "Regeling eed en belofte provincie Zuid-Holland\n\nGedeputeerde Staten van Zuid-Holland,\n\n"
    "gelet op artikel 2.5.3 van de CAP\n\nBesluiten:\n\nVast te stellen bij besluit van 1 oktober "
    "2002 de navolgende Regeling Eed en belofte provincie Zuid-Holland, (Prov. Blad 2002, nr. 58), "
    "gewijzigd bij besluit van 24 mei 2016\n\nArtikel 1\n\nIn deze regeling wordt verstaan onder:\n"
)


def test_the_dictums_infinitive_with_bij_besluit_van_dates_the_adoption():
    """vf03: "Vast te stellen bij besluit van 1 oktober 2002 de navolgende Regeling" dates
    the adopting decision; before, no adoption date was read."""
    assert adopted_on_of(_ZUID_HOLLAND) == "2002-10-01"


def test_an_amendment_bij_besluit_van_alone_still_dates_nothing():
    """The near miss: "gewijzigd bij besluit van 24 mei 2016" without the adopting verb."""
    text = _ZUID_HOLLAND.replace("Vast te stellen bij besluit van 1 oktober 2002 de", "De")
    assert adopted_on_of(text) is None
