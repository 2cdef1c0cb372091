"""Round ve (benchmarks/devset/README.md): the fixes from the real sentences of the ve texts,
amendment decisions and older texts that cite laws by names since changed."""

from tests.conftest import law_fields, title_of

WOM = "BWBR0004318"
BANENAFSPRAAK = "BWBR0036551"


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "lid"))


# ve02, Nijkerk's wijzigingsverordening APV 2003 (Gemeenteblad 2019, 32827): the new definitions of
# "Artikel 1.1 komt te luiden:", where the excerpt ends inside the last law's name.
_DEFINITIONS = (
    "Artikel I\n\nDe Algemene Plaatselijke Verordening Nijkerk 2003 wordt gewijzigd als volgt:\n\n"
    "A.\n\nArtikel 1.1 komt te luiden:\n\nArtikel 1.1 Definities\n\n"
    "In deze verordening wordt verstaan onder:\n\n"
    " \u2022 -\n\n  openbare plaats: hetgeen daaronder wordt verstaan in artikel 1 van de Wet "
    "openbare manifestaties;\n\n"
    " \u2022 -\n\n  parkeren : hetgeen daaronder wordt verstaan in artikel 1 van het Regleme\n"
)


def test_an_article_of_a_name_the_copy_cut_is_no_citation_of_the_law_before():
    """ve02: "artikel 1 van het Regleme" is of the law that name began (the RVV 1990, cut by the
    excerpt), not a bare number pointing back to the Wet openbare manifestaties; before, it was
    a second citation of that act's article 1."""
    assert _refs(_DEFINITIONS) == [(WOM, "1", None)]


def test_a_whole_unknown_name_at_the_end_is_read_as_before():
    """A name that the copy ends on but that is whole stays as it was read: the article of a
    law the registry knows is cited."""
    whole = _DEFINITIONS.replace(
        "van het Regleme", "van het Reglement verkeersregels en verkeerstekens 1990"
    )
    assert [bwb for bwb, *_ in _refs(whole)] == [WOM, "BWBR0004825"]


def test_a_cut_name_inside_the_text_is_not_taken_for_one():
    """Only the copy's last words can be a name cut by the excerpt: the same words inside the
    text, a sentence going on after them, are read as before."""
    inside = "artikel 1 van de Wet openbare manifestaties en artikel 2 van het College is"
    assert _refs(inside)[0] == (WOM, "1", None)


# ve01, Stadskanaal's Wijzigingsbesluit CAR/UWO 1 januari en 1 oktober 2017 (Gemeenteblad 2017,
# 166803), the new artikel 1:2c.
_BANENAFSPRAAK = (
    "In afwijking van artikel 3:3 lid 1 kan het college salarisschaal A in bijlage IIa vaststellen "
    "voor de ambtenaar die op grond van de Wet banenafspraak een aanstelling krijgt"
)


def test_the_act_named_by_the_first_words_of_its_title_is_named():
    """ve01: "de Wet banenafspraak" is the Wet banenafspraak en quotum arbeidsbeperkten by the
    short name the Raad van State uses too; before, no law was named."""
    assert _refs(_BANENAFSPRAAK) == [(BANENAFSPRAAK, None, None)]


def test_the_full_title_is_still_one_naming():
    text = "op grond van de Wet banenafspraak en quotum arbeidsbeperkten een aanstelling krijgt"
    assert _refs(text) == [(BANENAFSPRAAK, None, None)]


# ve01's head: the Gemeenteblad's header table as the page gives it, glued.
_GEMEENTEBLAD_HEAD = (
    "Gemeenteblad van Stadskanaal\n\nDatum publicatieOrganisatieJaargang en nummerRubriek\n"
    "StadskanaalGemeenteblad 2017, 166803VerordeningenGemeente Stadskanaal: Wijzigingsbesluit "
    "CAR/UWO 1 januari en 1 oktober 2017\n\n \n\nHet college van burgemeester en wethouders;\n"
)


def test_the_body_set_before_a_colon_in_the_title_cell_is_no_part_of_the_title():
    """ve01: "Gemeente Stadskanaal: Wijzigingsbesluit ..." labels the title with its body, as
    "Gemeente Leidschendam-Voorburg - Verordening ..." does with a dash; before, the label was
    kept in the title."""
    assert title_of(_GEMEENTEBLAD_HEAD) == "Wijzigingsbesluit CAR/UWO 1 januari en 1 oktober 2017"


def test_a_colon_after_a_body_before_no_regulation_or_after_no_known_body_is_kept():
    """Only a body of the register before the colon and a regulation's name after it: other
    headings with a colon are read as before."""
    news = _GEMEENTEBLAD_HEAD.replace("Wijzigingsbesluit", "Nieuws over het")
    assert title_of(news).startswith("Gemeente Stadskanaal: Nieuws")
    unknown = _GEMEENTEBLAD_HEAD.replace("Gemeente Stadskanaal:", "Gemeente Atlantis:")
    assert title_of(unknown).startswith("Gemeente Atlantis: Wijzigingsbesluit")
