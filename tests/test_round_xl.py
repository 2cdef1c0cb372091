"""Rules from round xl (copied web pages on integrity: pages of gemeenten, a provincie and
a raad, news items, a Q&A page); each test built from the real text."""

from codes import parse_text
from codes.metadata.candidates import Candidate
from codes.metadata.short_title import short_title
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


# xl12, vrijwilligerswerk.nl's page on a meldregeling for volunteers: its heading ends with a
# bracket that names the body the page is about, not the regulation's short title.
_BODY_IN_BRACKETS = (
    "Meldregeling Integriteit (Huis voor Klokkenluiders)\n\n"
    "Het fenomeen klokkenluider is bekend door een aantal voorbeelden van mensen die een "
    "misstand in de openbaarheid hebben gebracht.\n"
)


def test_a_bracket_that_names_no_regulation_is_no_citeertitel():
    metadata = parse_text(_BODY_IN_BRACKETS).metadata
    assert metadata.title == "Meldregeling Integriteit (Huis voor Klokkenluiders)"
    assert metadata.citeertitel is None


def test_a_bracketed_short_title_with_its_kind_or_year_is_still_read():
    # e11's and zd06's shapes: the kind's word, also inside a compound; r10's "ASV 2017" by its year.
    for title, short in (
        (
            "Besluit van Provinciale Staten van 13 maart 2017 tot vaststelling van de "
            "Gedragscode integriteit statenleden provincie Utrecht 2017 (Gedragscode integriteit "
            "statenleden provincie Utrecht 2017)",
            "Gedragscode integriteit statenleden provincie Utrecht 2017",
        ),
        (
            "Eilandsverordening organisatie (Organisatieverordening Bonaire)",
            "Organisatieverordening Bonaire",
        ),
        ("Algemene subsidieverordening Schiedam 2017 (ASV 2017)", "ASV 2017"),
    ):
        found = short_title(Candidate("title", title, 0, len(title), "test", 0))
        assert found is not None and found.value == short
