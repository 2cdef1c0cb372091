"""Round ut (benchmarks/devset/README.md): the fixes from the real sentences of the ut texts,
law cited in free prose (toelichtingen, rekenkamer reports, jaarverslagen, information pages,
beleidsnotities)."""

from codes import parse_text
from tests.conftest import law_fields, title_of


def _laws(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "text"))


# ut10, Leeuwarden's Beleidsnotitie gegevensbescherming (2020), its list of abbreviations.
_AFKORTINGEN = (
    "De bevoegdheid hieromtrent beleid te schrijven ontleent de Gemeente aan art. 24 lid 2 AVG.\n\n"
    "Veelgebruikte afkortingen:\n\nArt. Artikel\n\nAVG Algemene Verordening Gegevensbescherming\n\n"
    "UAVG Uitvoeringswet Algemene Verordening Gegevensbescherming\n\n"
    "AP Autoriteit Persoonsgegevens\n\nPIA Privacy I"
)


def test_an_entry_of_a_list_of_abbreviations_names_the_law_once():
    """ "UAVG Uitvoeringswet Algemene Verordening Gegevensbescherming": the letters open the
    line and the name spells them out, as "UAVG: de Uitvoeringswet ..." defines them; before,
    the UAVG counted as named twice."""
    uavg = "BWBR0040940"
    assert [(bwb, text) for bwb, _, text in _laws(_AFKORTINGEN)] == [
        (uavg, "Uitvoeringswet Algemene Verordening Gegevensbescherming")
    ]


def test_an_abbreviation_and_the_name_in_running_prose_are_two_namings():
    """The letters mid-sentence, or a name that does not end the line, are no list entry."""
    text = (
        "Zie de UAVG. Uitvoeringswet Algemene Verordening Gegevensbescherming geldt ook.\n"
        "UAVG Uitvoeringswet Algemene Verordening Gegevensbescherming en de Wet open overheid\n"
    )
    assert [bwb for bwb, _, _ in _laws(text)].count("BWBR0040940") == 4


# ut06, Westervoort's page on the Woo-verzoek: its last heading writes the compound open.
_WOO_PAGE = (
    "Heeft u een algemene vraag of twijfelt u over de openbaarheid van overheidsinformatie? U kunt "
    "telefonisch contact met ons opnemen via het KlantContactCentrum: (026) 317 99 11 of een e-mail "
    "sturen naar woo-contact@westervoort.nl\n\nWoo verzoek indienen\n\nWilt u informatie over "
    "beleid van de gemeente en de uitvoering daarvan? Neem dan eerst contact op met de "
    "Woo-contactfunctionaris via woo-contact@westervoort.nl."
)


def test_an_abbreviation_heading_an_open_compound_names_no_law():
    """ "Woo verzoek indienen" is the Woo-verzoek without its hyphen (also g05's "Een Woo
    verzoek tot openbaarmaking"); before, it counted as naming the Woo."""
    assert _laws(_WOO_PAGE) == []


def test_an_abbreviation_before_other_words_still_names_the_law():
    """ "op grond van de Woo" and "de Woo, een verzoek" name the act; so do the letters before
    a verb ("De Woo verzoekt" is no compound)."""
    text = "op grond van de Woo. Zie de Woo, een verzoek kan altijd. De Woo verzoekt niets."
    assert [bwb for bwb, _, _ in _laws(text)] == ["BWBR0045754"] * 3


# ut05, the page of Wageningen's jaarverslag bezwarencommissie 2021, under the site's skip link.
_JAARVERSLAG = (
    "Direct naar de content\n\nJaarverslag bezwarencommissie 2021\n\nInhoudsopgave\n\nVoorwoord\n\n"
    "Voor u ligt het jaarverslag 2021 van de bezwarencommissies Algemene Zaken en Sociale en "
    "Maatschappelijke Zaken van de gemeente Wageningen."
)


def test_a_skip_link_to_the_content_is_no_title():
    """ "Direct naar de content" is the skip link "Direct naar de inhoud" in other words."""
    assert title_of(_JAARVERSLAG) == "Jaarverslag bezwarencommissie 2021"


def test_a_heading_about_content_is_still_a_title():
    """Only the link's words alone on the line are furniture."""
    text = "Naar de content van het archief\n\nDe raad van de gemeente Wageningen besluit:"
    assert title_of(text) == "Naar de content van het archief"


# ut03, Rekenkamer Zaanstad's report "Afwikkeling van niet-fiscale bezwaren" (docplayer), dated
# only by its cover's month; the Wmo of 2007 was repealed on 1 January 2015 by the Wmo 2015.
_WMO_REPORT = (
    "1 ONDERZOEKSRAPPORT Afwikkeling van niet-fiscale bezwaren {month} Rekenkamer Zaanstad\n\n"
    "Een bezwaar tegen een besluit op basis van de Wet Maatschappelijke Ondersteuning (Wmo) "
    "wordt door de afdeling Juridische Zaken afgehandeld.\n"
)


def test_a_text_that_names_no_whole_day_is_dated_by_its_latest_month():
    """ "oktober 2014" on the cover: the Wmo it names is the Wmo of 2007 (BWBR0020031), not
    the Wmo 2015 that replaced it after the report; a report of "februari 2015" means the new one."""
    old = {bwb for bwb, _, _ in _laws(_WMO_REPORT.format(month="oktober 2014"))}
    new = {bwb for bwb, _, _ in _laws(_WMO_REPORT.format(month="februari 2015"))}
    assert old == {"BWBR0020031"}
    assert new == {"BWBR0035362"}


def test_a_whole_days_date_is_not_read_again_as_its_month():
    """The months of "23 januari 2003" and of "de 24ste maart 2010" are parts of a day's date
    (an act's date, which `latest_date` leaves out on purpose), not the text's own month."""
    from codes.dates import latest_month

    assert latest_month("de Wet van 23 januari 2003 en de 24ste maart 2010") is None
    assert latest_month("rapport, oktober 2014; bijlage december 2013") == "2014-10-31"
    assert latest_month("jaarverslag februari 2016") == "2016-02-29"


# ut09, a raadsvoorstel on the Invoeringswet Participatiewet (adoc), which names no gemeente.
_VOORSTEL = (
    "Voorstel aan de Raad Onderwerp: Invoeringswet Participatiewet Raadsvergadering: "
    "17 december 2014 Besluitnummer: 2014-117 Datum: 11 november 2014\n\n"
    "Samenvatting: Op 1 januari 2015 treden de Invoeringswet Participatiewet en de Wet "
    "maatregelen Wet werk en bijstand en enkele andere wetten in werking.\n"
)


def test_a_raadsvergadering_is_a_gemeenteraads():
    """Only a gemeenteraad meets in a "raadsvergadering" and is sent a "raadsvoorstel"; a
    proposal to Provinciale Staten, dated by its Statenvergadering, stays a provincie's."""
    assert parse_text(_VOORSTEL).metadata.organisation_type == "gemeente"
    staten = _VOORSTEL.replace("de Raad", "Provinciale Staten").replace(
        "Raadsvergadering", "Statenvergadering"
    )
    assert parse_text(staten).metadata.organisation_type == "provincie"


# ut04, the jaarverslag 2015 of the commissie bezwaarschriften of Doetinchem and Oude IJsselstreek
# (adoc): the cover's name in two lines, then its month.
_COVER = (
    "Jaarverslag 2015\ncommissie bezwaarschriften voor de gemeenten Doetinchem en Oude "
    "IJsselstreek\n{date}\nVOORWOORD Hierbij biedt de commissie bezwaarschriften voor de "
    "gemeenten Doetinchem en Oude IJsselstreek u haar jaarverslag over 2015 aan. Het jaar 2015 "
    "was in een aantal opzichten een bijzonder jaar voor de commissie. Ten eerste omdat per 1 "
    "januari van dat jaar de commissies van de beide gemeenten zijn samengevoegd.\n"
)


def test_a_covers_month_under_its_name_is_no_part_of_the_title():
    """ "februari 2016" dates the cover as "12 februari 2016" would; a line that goes on in
    lowercase after it ("mei 2016 en juni 2016 ...") is no date of its own and stays."""
    name = (
        "Jaarverslag 2015 commissie bezwaarschriften voor de gemeenten Doetinchem en Oude "
        "IJsselstreek"
    )
    assert title_of(_COVER.format(date="februari 2016")) == name
    assert title_of(_COVER.format(date="12 februari 2016")) == name
    assert title_of(_COVER.format(date="over mei 2016")) == f"{name} over mei 2016"
