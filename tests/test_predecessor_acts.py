"""A bare law name means the act in force at the text's own date: "de gemeentewet" of 1990
is the Gemeentewet of 1851 (xa06), "het Bouwbesluit" of 2005 the Bouwbesluit 2003 (zy01);
the same words in a text of today, or without a date, name today's act. Each test is
built from the real sentences; the date is the one the parser reads in the text."""

import pytest

from codes.citations.law_spellings import predecessors
from codes.citations.names import registry

from .conftest import law_refs_in

_GEMEENTEWET = "BWBR0005416"
_BOUWBESLUIT_2012 = "BWBR0030461"

# xa06, Middelburg (CVDR47282): a verordening of 1990, still in force; the CVDR line
# "Geldend van" is its only full date.
_MIDDELBURG = (
    "Haven- en Woonschepenverordening Middelburg\n\nGeldend van 05-05-1990 t/m heden\n\n"
    "Intitulé\n\nHaven- en woonschepenverordening Middelburg\n\n"
    "De raad der gemeente Middelburg;\n\ngelezen het voorstel van burgemeester en wethouders "
    "van maart 1990, volgnummer 90-104;\n\ngelet op artikel 168 van de gemeentewet;\n\n"
    "b e s l u i t :\n\nvast te stellen de volgende verordening:\n"
)

# zy01, Arnhem (CVDR2801): a version of 2005 of a verordening withdrawn in 2010.
_ARNHEM = (
    "Regeling vervallen per 21-10-2010\n\nVerordening op de naamgeving van delen van de "
    "openbare ruimte en de nummering van gebouwen, complexen, lig- en standplaatsen\n\n"
    "Geldend van 14-06-2005 t/m 20-10-2010\n\nArtikel 1 Begripsomschrijvingen\n\n"
    "In deze verordening wordt verstaan onder:\n\n"
    "  • a.\n\n    woning: een gebouw of een gedeelte van een gebouw met een woonfunctie, "
    "welke gebouw c.q. gedeelte daarvan voldoet aan de bouw- en woontechnische eisen van het "
    "Bouwbesluit, hetgeen met zich meebrengt dat daarin het voeren van een zelfstandige "
    "huishouding mogelijk is;\n\n"
    "  • b.\n\n    woongebouw: hetgeen daaronder wordt verstaan in het Bouwbesluit;\n"
)


def _laws(text: str) -> set[tuple[str, str | None]]:
    from codes import parse_text

    return {(r.law, r.bwb) for r in parse_text(text).references if r.kind == "law"}


def test_de_gemeentewet_of_1990_is_the_act_of_1851():
    # its article 168 gave the raad its power to make verordeningen; the current act's
    # article 168 is another, so a link to BWBR0005416 would be wrong
    assert law_refs_in(_MIDDELBURG) == [("Gemeentewet (1851)", None, "168", None)]


@pytest.mark.parametrize(
    "text",
    [
        _MIDDELBURG.replace("05-05-1990", "05-05-2020").replace("maart 1990", "maart 2020"),
        _MIDDELBURG.replace("05-05-1990", "01-01-1994"),  # the day the current act came in
        # no date at all: since cc5720b a month alone ("van maart 1990") dates a text, so the
        # month goes too, to keep a text without any date
        _MIDDELBURG.replace("Geldend van 05-05-1990 t/m heden\n\n", "").replace(
            "van maart 1990, ", ""
        ),
    ],
)
def test_de_gemeentewet_of_today_or_undated_is_the_act_in_force(text):
    assert law_refs_in(text) == [("Gemeentewet", _GEMEENTEWET, "168", None)]


def test_the_old_gemeentewet_written_with_its_year_stays_the_old_act():
    # the registry's own name of the predecessor is never moved on to the act in force
    text = "artikel 168 van de Gemeentewet (1851)"
    mentions = registry().as_of(registry().find_all(text), "2020-01-01", text)
    assert [m.law.name for m in mentions] == ["Gemeentewet (1851)"]


def test_het_bouwbesluit_of_2005_is_the_bouwbesluit_2003():
    assert _laws(_ARNHEM) == {("Bouwbesluit 2003", None)}


@pytest.mark.parametrize(
    "text",
    [
        _ARNHEM.replace("2005", "2013").replace("2010", "2018"),
        _ARNHEM.replace("14-06-2005", "01-04-2012"),  # the day the Bouwbesluit 2012 came in
        _ARNHEM.replace("Regeling vervallen per 21-10-2010\n\n", "").replace(
            "Geldend van 14-06-2005 t/m 20-10-2010\n\n", ""
        ),
    ],
)
def test_het_bouwbesluit_of_today_or_undated_is_the_bouwbesluit_2012(text):
    assert _laws(text) == {("Bouwbesluit 2012", _BOUWBESLUIT_2012)}


def test_only_a_bracketed_year_of_the_successors_own_name_makes_a_predecessor():
    found = predecessors(registry().laws)
    assert found["Gemeentewet"].name == "Gemeentewet (1851)"
    # a successor with a name of its own ("Wet inburgering nieuwkomers" -> "Wet
    # inburgering") or a year in the title (Politiewet 1993 -> 2012) is no predecessor
    assert "Wet inburgering" not in found
    assert "Politiewet 2012" not in found
