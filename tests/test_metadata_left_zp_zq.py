"""Metadata left by rounds zm, zp and zq, fixed after them; each test built from the real text
of the devset."""

from codes import parse_text
from codes.metadata import adopter


def _metadata(text: str):
    return parse_text(text, "zq.txt").metadata


_GRONINGEN = (
    "Intitulé\n\nGemeenschappelijke regeling Omgevingsdienst Groningen\n\n"
    "HET COLLEGE VAN BURGEMEESTER EN WETHOUDERS VAN DE GEMEENTE GRONINGEN,\n\n"
    "(RO 13.3736222);\n\n \n\nHEEFT BESLOTEN:\n\n \n\n"
    "vast te stellen de Gemeenschappelijke regeling Omgevingsdienst Groningen.\n\n"
    "HOOFDSTUK I ALGEMENE BEPALINGEN\n\nALGEMEEN\n\n"
    "Het college van Gedeputeerde Staten van Groningen;\n\n"
    "De colleges van Burgemeester en Wethouders van de gemeenten Appingedam, Bedum, "
    "Bellingwedde, De Marne, Delfzijl;\n\nGelet op:\n\n  • -\n\n    de Wet gemeenschappelijke "
    "regelingen;\n"
)


def test_a_dictum_in_the_perfect_closes_the_preamble():
    # zq09: the college's decision to enter the regeling opens the page, before its parties,
    # so the regeling is the college's and the gemeente's, not only its parties'
    found = [c for c in adopter.adopted_by(_GRONINGEN) if c.rule == "preamble"]
    assert [(c.value, c.start) for c in found] == [
        ("college van burgemeester en wethouders", _GRONINGEN.index("HET COLLEGE"))
    ]
    metadata = _metadata(_GRONINGEN)
    assert (metadata.organisation, metadata.organisation_type) == ("Groningen", "gemeente")
    assert metadata.adopted_by == "college van burgemeester en wethouders"


def test_besloten_without_its_colon_reports_another_decision():
    # zp03: "... hebben besloten tot wijziging van de regeling," is no dictum
    text = (
        "De colleges van burgemeester en wethouders van de gemeenten Bunnik, De Bilt en Zeist "
        "hebben besloten tot wijziging van de regeling, waarbij\n"
    )
    assert [c for c in adopter.adopted_by(text) if c.rule == "preamble"] == []


_MANDAAT = (
    "Besluit mandaatverlening Wet open overheid\n\n\nDE RAAD VAN STATE,\n\n"
    "Gelet op artikel 10:3, eerste lid, van de Algemene wet bestuursrecht,\n\n"
    "Artikel 1. Besluiten op basis van de Wet open overheid\n\n"
    "De bevoegdheid van de Raad van State om te beslissen:\n"
)


def test_the_raad_van_state_opening_its_preamble_is_a_national_body():
    # zp15: neither a gemeente's raad nor a body the register knows
    metadata = _metadata(_MANDAAT)
    assert (metadata.organisation, metadata.organisation_type) == ("Raad van State", "other")
    assert metadata.adopted_by == "other"


def test_the_raad_van_state_heard_in_a_royal_decree_is_no_gemeenteraad():
    # j14, w15, zo09, zq01: the Council advised; the Crown decrees
    text = (
        "Op de voordracht van Onze Minister van Binnenlandse Zaken;\n\n"
        "De Raad van State gehoord (advies van 12 mei 2010, nr. W04.10.0103/I);\n"
    )
    assert [c.value for c in adopter.adopted_by(text)] == ["other"]
    metadata = _metadata(text)
    assert metadata.organisation != "Raad van State"


def test_a_body_glued_to_the_intitules_full_stop_opens_the_preamble():
    # zp08, Velsen's register page; n05's "Verordening marktgelden 2005.De raad van de
    # gemeente Zederik;gelezen" is the same shape
    text = (
        "Intitulé\nBeleidsregels schuldhulpverlening 2023 gemeente Velsen.Het college van "
        "burgemeester en wethouders van de gemeente Velsen\ngelet op:\n"
        "- artikel 3 van de Wet gemeentelijke schuldhulpverlening;\n"
        "besluit vast te stellen de volgende regeling:\n"
    )
    assert [(c.value, c.rule) for c in adopter.adopted_by(text)] == [
        ("college van burgemeester en wethouders", "preamble")
    ]
    zederik = "Verordening marktgelden 2005.De raad van de gemeente Zederik;gelezen het voorstel"
    assert [c.value for c in adopter.adopted_by(zederik)] == ["gemeenteraad"]


def test_a_sentence_after_its_stop_and_space_is_no_glued_preamble():
    text = "Het voorstel is besproken in de commissie. Het college besluit daarna.\n"
    assert [c for c in adopter.adopted_by(text) if c.rule == "preamble"] == []


def test_the_type_of_a_provincial_decision_names_its_body():
    # zm08, the provincie Zuid-Holland's page of a GS decision
    text = (
        "Regeling melden vermoeden van een misstand; Gedragscode ambtelijke integriteit\n\n"
        "Datum besluit: 20 juni 2017\n\n\nOp grond van de Wet Huis voor Klokkenluiders is de "
        "provincie gehouden een eigen Regeling melden vermoeden van een misstand vast te "
        "stellen.\n\nType besluit: GS-vergadering\n"
    )
    metadata = _metadata(text)
    assert metadata.adopted_by == "gedeputeerde staten"
    assert adopter.term("PS-vergadering") == "provinciale staten"
    # a proposal form's meeting date names no decision's body (zk05)
    proposal = "Voorgestelde behandeling\nPS-vergadering: 31 januari 2020\n"
    assert _metadata(proposal).adopted_by is None


_DRENTHE = (
    "Intitulé\n\nProvinciale Omgevingsverordening Drenthe 2018\n\n"
    "Besluit van Gedeputeerde Staten van Drenthe van 10 juli 2018, kenmerk "
    "28/5.10/2018001760, team Ruimtelijke Ontwikkeling, tot bekendmaking van het besluit van "
    "Provinciale Staten inzake vaststelling van de Provinciale Omgevingsverordening Drenthe "
    "2018.\n\nGedeputeerde Staten maken bekend dat door Provinciale Staten in hun vergadering "
    "van 3 oktober 2018 is vastgesteld hetgeen volgt.\n\nBesluit G-3\n\n"
    "Provinciale Staten van Drenthe;\n\ngelezen het voorstel van Gedeputeerde Staten van 10 "
    "juli 2018, kenmerk 28/5.10/2018001760;\n\ngelet op artikel 4.1 van de Wet ruimtelijke "
    "ordening;\n\nBESLUITEN:\n"
)


def test_the_announcement_of_another_bodys_decision_neither_dates_nor_adopts_it():
    # zq06: GS announce the verordening Provinciale Staten adopted
    metadata = _metadata(_DRENTHE)
    assert (metadata.adopted_on, metadata.adopted_by) == ("2018-10-03", "provinciale staten")


def test_a_heading_cut_after_tot_bekendmaking_stays_its_bodys():
    # s03: the docplayer title names no other decision; GS adopted on its date
    text = (
        "provinciaal blad Besluit van Gedeputeerde Staten der provincie Groningen van 28 "
        "januari 2003, nr. 2003-00326, P&O, tot bekendmaking\n\n\n\nVergelijkbare documenten\n"
    )
    metadata = _metadata(text)
    assert (metadata.adopted_on, metadata.adopted_by) == ("2003-01-28", "gedeputeerde staten")


def test_an_act_named_by_its_date_and_staatsblad_number_is_a_title():
    # zp10, NJB's page on the Wet versterking decentrale rekenkamers: the line is more digits
    # than letters, yet no number row
    text = (
        "Wet van 28 september 2022, Stb. 2022, 430\n\n"
        "Wet houdende wijziging van de Gemeentewet, de Provinciewet en de Comptabiliteitswet "
        "2016 in verband met het afschaffen van de decentrale rekenkamerfunctie en het "
        "uitbreiden van de bevoegdheden van de rekenkamers (Wet versterking decentrale "
        "rekenkamers)\n\n—Met deze wet wordt uitvoering gegeven aan het Actieplan lokale "
        "rekenkamers.\n"
    )
    assert _metadata(text).title == "Wet van 28 september 2022, Stb. 2022, 430"
    # a number row stays no title
    assert _metadata("2022, 430, 12-3\n\nDe raad kan een rekenkamer instellen.\n").title is None


def test_a_laws_name_closed_by_a_full_stop_is_a_title():
    # zp12, the Raad van State's advice page, headed by the bill's name
    text = (
        "Wet gemeentelijk toezicht seksbedrijven.\n\n\nVolledige tekst\n\n"
        "Bij Kabinetsmissive van 4 januari 2024, no.2024000008, heeft Uwe Majesteit ... het "
        "voorstel van wet tot wijziging van artikel 151a van de Gemeentewet ...\n"
    )
    assert _metadata(text).title == "Wet gemeentelijk toezicht seksbedrijven"
    # a sentence that goes on after its stop stays running text
    running = "Wet en regelgeving. Deze pagina geeft een overzicht van de regels.\n"
    assert _metadata(running).title is None


def test_a_text_about_all_decentral_bodies_is_no_provincies():
    # zp09, BZK's news page: the commissaris van de Koning it names tells no provincie
    text = (
        "Wet bevorderen integriteit en functioneren decentraal bestuur per 1 januari in werking\n\n"
        "Op 1 januari 2023 treedt de Wet bevorderen integriteit en functioneren decentraal "
        "bestuur in werking. Deze wet regelt onder meer een verplichte Verklaring omtrent het "
        "Gedrag voor kandidaat-bestuurders en een versterking van de informatiepositie van de "
        "commissaris van de Koning bij bestuurlijke problemen en integriteitskwesties.\n"
    )
    assert _metadata(text).organisation_type == "other"
    # f04, a waterschap's nota: BZK's handreiking for "decentrale politieke partijen"
    nota = (
        "Het waterschap kan partijen daarbij ondersteunen. Door het ministerie van BZK is een "
        "Handreiking integriteitstoetsing van kandidaten voor decentrale politieke partijen "
        "opgesteld.\n"
    )
    assert _metadata(nota).organisation_type == "waterschap"
