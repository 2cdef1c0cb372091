"""Round ui (benchmarks/devset/README.md): the fixes from the real sentences of the ui texts,
fiscal and financial regulations of gemeenten."""

from tests.conftest import adopted_on_of, law_fields

# ui02, a docplayer transcript of a draft raadsbesluit: its own dates are "xxxxxx", so the
# only full date in it is the RVV's, in the definition list.
_DRAFT = (
    "1 Verordening op de heffing en invordering van Parkeerbelastingen 2018 gemeente Utrecht De "
    "raad van de gemeente Utrecht; gelezen het voorstel van het college van burgemeester en "
    "wethouders van xxxxxx met kenmerk gelet op artikel 225 en 228 van de Gemeentewet en de "
    "vigerende Parkeerplaatsenverordening; gezien het advies van de commissie Mens en Samenleving "
    "van xxxxxx; besluit vast te stellen de Verordening op de heffing en invordering van "
    "Parkeerbelastingen 2018 gemeente Utrecht Artikel 1 Begripsomschrijving Voor de toepassing "
    "van deze verordening wordt verstaan onder: a. RVV 1990: het Reglement verkeersregels en "
    "verkeerstekens van 26 juli 1990 (Stb. 459); b. voertuig: hetgeen daaronder wordt verstaan "
    "in het RVV 1990"
)


def _refs(text: str) -> list[tuple]:
    return [ref for ref in law_fields(text, ("bwb", "article", "law")) if ref[1]]  # with an article


def test_the_date_of_a_cited_act_does_not_date_the_code():
    """ui02: "het Reglement verkeersregels en verkeerstekens van 26 juli 1990" is the RVV's
    own date; read as the code's, it made "de Gemeentewet" the Gemeentewet of 1851, repealed
    in 1994."""
    assert _refs(_DRAFT) == [
        ("BWBR0005416", "225", "Gemeentewet"),
        ("BWBR0005416", "228", "Gemeentewet"),
    ]


def test_a_date_of_the_code_itself_still_dates_it_before_1994():
    """A near miss: the raad's own date of 1990, not after a law's name, still reads the
    Gemeentewet of the time (1851)."""
    text = (
        "Verordening parkeergelden. De raad van de gemeente Utrecht; gelezen het voorstel van "
        "burgemeester en wethouders van 12 maart 1990; gelet op artikel 277 van de Gemeentewet; "
        "besluit vast te stellen de Verordening parkeergelden."
    )
    assert [law for _, _, law in _refs(text)] == ["Gemeentewet (1851)"]


# ui03, a Gemeenteblad page: the closing formula laid out over lines, the meeting named by its
# body before its date.
_CLOSING = (
    "Artikel II Inwerkingtreding en heffing\n\n  • 1.\n\n    Dit besluit treedt in werking op "
    "1 januari 2017.\n\nAldus besloten in de openbare vergadering van\n\nde raad voornoemd d.d. "
    "12 december 2016,\n\nde griffier,\n\nmevr. drs. D.E. van der Kamp\n\nde voorzitter,\n\n"
    "drs. A.J. van Hout\n\nNaar boven"
)


def test_a_meeting_named_by_its_body_before_its_date_dates_the_adoption():
    """ "in de openbare vergadering van / de raad voornoemd d.d. 12 december 2016" (ui03): the
    meeting read only with its date right after "van"; the adoption went undated."""
    text = (
        "Wijziging Verordening rioolheffing\n\nDe raad van de gemeente Westervoort;\n\n"
        "besluit vast te stellen: de vierde wijziging\n\n" + _CLOSING
    )
    assert adopted_on_of(text) == "2016-12-12"


def test_the_formula_on_one_line_is_read_as_before():
    """The signature on one line, the body with its gemeente named, dated as before."""
    text = (
        "Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Westervoort "
        "van 12 december 2016."
    )
    assert adopted_on_of(text) == "2016-12-12"


def test_a_meeting_without_a_date_after_its_body_dates_nothing():
    """A near miss: the body's meeting followed by no date ("de raad voornoemd, de griffier")."""
    text = (
        "Aldus besloten in de openbare vergadering van de raad voornoemd,\n\nde griffier,\n\n"
        "J. Jansen"
    )
    assert adopted_on_of(text) is None
