"""Rules from round xl (copied web pages on integrity: pages of gemeenten, a provincie and
a raad, news items, a Q&A page); each test built from the real text."""

from codes import parse_text
from codes.organisations import register

# xl10, an NRC news item (2019) on integrity cases at the waterschappen: the only body it
# names is "het waterschap Friesland", the register's alias of Wetterskip Fryslân, whose bare
# name "Friesland" is also the provincie's alias.
_WATERSCHAP_FRIESLAND = (
    " date 2019-03 Hekkelspecie noemen ze het. Troep, oordeelt een hobbyboer in "
    "Zuidoost-Friesland als hij de resten in de zomer van 2016 op zijn land vindt. Maar dan "
    "blijkt dat de man voor zijn beroep milieu-inspecteur is bij het waterschap Friesland. "
    "Juist hij moet weten hoe het hoort: de specie mag daar niet liggen.\n"
)


def test_a_name_after_the_word_waterschap_is_the_waterschap_of_that_alias():
    metadata = parse_text(_WATERSCHAP_FRIESLAND).metadata
    assert metadata.organisation_type == "waterschap"
    assert metadata.organisation == "Wetterskip Fryslân"


def test_the_bare_alias_without_its_kind_word_stays_the_provincie():
    # The alias stripped of "Waterschap" counts only after the kind's word; alone, Friesland
    # is the provincie, as before (g-round: Fryslân and Limburg are provincies).
    text = "Gedeputeerde Staten van Friesland;\n\ngelet op artikel 143 van de Provinciewet;\n"
    metadata = parse_text(text).metadata
    assert (metadata.organisation, metadata.organisation_type) == ("Fryslân", "provincie")
    assert register().lookup("Friesland").type == "provincie"
    assert register().lookup("Friesland", "waterschap").name == "Wetterskip Fryslân"
