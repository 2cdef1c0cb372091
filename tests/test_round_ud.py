"""Round ud (benchmarks/devset/README.md): the fix from the real sentences of ud05, a
docplayer transcript of a legesverordening's tarieventabel."""

from tests.conftest import law_fields, title_of

# ud05, as the transcript gives it (the PDF lost the tariff numbers before "of").
_TARIEF = (
    "bij het sluiten van een huwelijk of een registratie van een partnerschap in een bijzonder "
    "huis ingevolge artikel 64 van Boek 1, van het Burgerlijk Wetboek wordt boven het tarief "
    "verschuldigd ingevolge , of een bedrag geheven van 149,00 151, bij het omzetten van een een "
    "geregistreerd partnerschap in een huwelijk in een bijzonder huis ingevolge artikel 64, Boek "
    "1, van het Burgerlijk Wetboek wordt boven het tarief verschuldigd ingevolgde , of een bedrag "
    "geheven van 149,00 151,"
)


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "law"))


def test_a_book_set_off_by_commas_is_the_book_of_the_article():
    """ "artikel 64 van Boek 1, van het Burgerlijk Wetboek" and "artikel 64, Boek 1, van het
    Burgerlijk Wetboek" cite 1:64 BW, as "artikel 64 van Boek 1 van het ..." does; before, the
    comma left "artikel 64" without a law and the book counted as named without an article."""
    book = ("BWBR0002656", "1:64", "Burgerlijk Wetboek Boek 1")
    assert _refs(_TARIEF) == [book, book]


def test_the_book_without_a_comma_is_read_as_before():
    refs = _refs("ingevolge artikel 274d van Boek 7 van het Burgerlijk Wetboek;")
    assert refs == [("BWBR0005290", "7:274d", "Burgerlijk Wetboek Boek 7")]


def test_a_book_of_another_regulation_set_off_by_a_comma_names_no_law():
    """The spelling is the code of books' own name: "Boek 1, van het reglement" is no law."""
    assert _refs("zie artikel 3, Boek 1, van het reglement burgerlijke stand;") == []


def test_the_register_number_docplayer_sets_before_a_cvdr_print_is_no_part_of_thetitle_of():
    """ud04: docplayer heads the CVDR's own PDF with the register's number."""
    text = (
        "CVDR. Nr. CVDR612316_1. Beleidsregels leerlingenvervoer gemeente Epe\n\nMaat: px\n"
        "Weergave met pagina beginnen:\n\n"
        'Download "CVDR. Nr. CVDR612316_1. Beleidsregels leerlingenvervoer gemeente Epe"\n\n'
        "Transcriptie\n\n1 CVDR Officiële uitgave van Epe. Nr. CVDR612316_1 22 augustus 2018 "
        "Beleidsregels leerlingenvervoer gemeente Epe Artikel 1. Begrippen Alle begrippen die in "
        "deze beleidsregels worden gebruikt hebben dezelfde betekenis als in de verordening.\n"
    )
    assert title_of(text) == "Beleidsregels leerlingenvervoer gemeente Epe"


def test_a_cover_name_above_its_table_of_contents_outranks_the_sites_heading():
    """ud01: docplayer headed the page with one of the contents' titles; the PDF's first page
    gives the name and then its table of contents ("INHOUDSOPGAVE"), where the name ends."""
    heading = "Uitbetaling financiële tegemoetkoming Woon- of verblijfsruimten"
    text = (
        f'{heading}\n\nMaat: px\nWeergave met pagina beginnen:\n\nDownload "{heading}"\n\n'
        "Transcriptie\n\n1 VERORDENING VOORZIENINGEN GEHANDICAPTEN GEMEENTE BOXTEL INHOUDSOPGAVE "
        "AFDELING I ALGEMEEN Hoofdstuk 1 Artikel 1.1 Artikel 1.2 Hoofdstuk 2 Paragraaf 1 "
        "Algemene bepalingen Begripsbepalingen Beperkingen Woonvoorzieningen\n"
    )
    assert title_of(text).lower() == "verordening voorzieningen gehandicapten gemeente boxtel"
