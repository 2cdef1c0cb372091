"""Round ux (benchmarks/devset/README.md): the fixes from the real sentences of the round's
integrity procedures, each with a near miss that is still read as before."""

from tests.conftest import law_fields, metadata_as_given

# ux03, an expydoc copy of Weert's raadsvoorstel: the header's agenda codes, as the copy
# gives them.
_HEADER = (
    "Wolfs, Madeleine GRIFFIE S0GRI\n"
    "RAD: RAD140325 2014-03-25T00:00:00+01:00 BW: BW140218\n"
    "ONDERWERP\n"
)


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("law", "article"))


def test_a_time_zone_before_an_agenda_code_is_no_article_of_the_bw():
    """ "+01:00 BW" is a time zone and the label of burgemeester en wethouders' agenda code;
    before, it was article 1:00 of the Burgerlijk Wetboek, and with the number gone the
    label "BW:" still named the code."""
    assert _refs(_HEADER) == []


def test_a_book_and_its_article_before_the_bw_are_read_as_before():
    refs = _refs("de huurprijs, bedoeld in 7:248 BW, en 2:5 Awb;")
    assert [article for _law, article in refs] == ["7:248", "2:5"]


def test_a_definition_of_the_abbreviation_still_names_the_law():
    """A label whose value is words, not a code, is a definition that names the law."""
    assert [law for law, _article in _refs("Awb: Algemene wet bestuursrecht;\n")]


# ux12, the gelet op of OCW's Regeling vertrouwenspersonen integriteit en ongewenste
# omgangsvormen OCW 2019 (Staatscourant 2019, 28633).
_GELET_OP = (
    "Gelet op artikel 9:14 van de Algemene wet bestuursrecht, artikel 3, tweede lid, van de "
    "Arbeidsomstandighedenwet, artikel 6, eerste lid, van de Klachtenregeling seksuele "
    "intimidatie burgerlijk rijkspersoneel en artikel 3, van de Interne Klokkenluidersregeling "
    "Rijk, Politie en Defensie;"
)


def test_the_interne_klokkenluidersregeling_is_a_law_of_its_own():
    """The AMvB of Staatsblad 2016, 542 (h14) is in the registry without a BWB id; before,
    its unknown name counted for none and "artikel 3" went to the Arbeidsomstandighedenwet
    cited just before with the same number."""
    assert _refs(_GELET_OP) == [
        ("Algemene wet bestuursrecht", "9:14"),
        ("Arbeidsomstandighedenwet", "3"),
        ("Klachtenregeling seksuele intimidatie burgerlijk rijkspersoneel", "6"),
        ("Interne klokkenluidersregeling Rijk, Politie en Defensie", "3"),
    ]


def test_the_law_cited_before_keeps_its_own_article():
    refs = law_fields(_GELET_OP, ("law", "bwb", "article", "lid"))
    assert refs[1] == ("Arbeidsomstandighedenwet", "BWBR0010346", "3", 2)
    assert refs[-1][1] is None  # no BWB id confirmed: no link rather than a wrong one


# ux06, Kamerstuk 28 844 nr. 183 as officielebekendmakingen.nl gives it.
_LETTER = (
    "28 844 Integriteitsbeleid openbaar bestuur en politie\n\n"
    "Nr. 183 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Den Haag, 20 juni 2019\n\n"
    "Als werkgever voor de sector Rijk acht ik onafhankelijk functionerende "
    "vertrouwenspersonen essentieel voor een veilige werkomgeving.\n"
)


def test_the_letters_number_on_its_line_keeps_the_minister_as_its_sender():
    """Before, only a line that opened with "BRIEF VAN DE MINISTER" (or one letter or digit)
    named the sender, and the place of signing made the letter 's-Gravenhage's."""
    metadata = metadata_as_given(_LETTER)
    assert metadata.organisation == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    assert metadata.organisation_type == "other"


def test_the_letter_with_its_number_on_a_line_of_its_own_is_read_as_before():
    metadata = metadata_as_given(_LETTER.replace("Nr. 183 BRIEF", "nr. 183\nBRIEF"))
    assert metadata.organisation == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


def test_a_number_before_another_paper_names_no_minister():
    text = _LETTER.replace("BRIEF VAN DE MINISTER VAN", "NOTA NAAR AANLEIDING VAN HET VERSLAG VAN")
    assert metadata_as_given(text).organisation != (
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    )
