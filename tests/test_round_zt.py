"""Citation rules and registry entries from round zt (regulations on decentral government
drafted after the Aanwijzingen voor de regelgeving); each test built from the real text."""

from .conftest import law_refs_in as _laws

# zt01, the Staatscourant's BZK regeling: one gelet op of the Wgr with inserted articles
_WGR = (
    "Gelet op de artikelen 45ba, 45d, derde lid, 50daa, 50dc, derde lid, 52, tweede en vierde "
    "lid, 88aa en 88c, derde lid, van de Wet gemeenschappelijke regelingen;\n"
)


def test_an_inserted_article_may_take_three_letters():
    found = _laws(_WGR)
    assert [(a, lid) for _, _, a, lid in found] == [
        ("45ba", None),
        ("45d", 3),
        ("50daa", None),
        ("50dc", 3),
        ("52", 2),
        ("52", 4),
        ("88aa", None),
        ("88c", 3),
    ]
    assert {bwb for _, bwb, _, _ in found} == {"BWBR0003740"}


def test_a_latin_suffix_or_a_glued_word_is_no_third_letter():
    found = _laws("gelet op artikel 125quater van de Gemeentewet;\n")
    assert [a for _, _, a, _ in found] == ["125quater"]
    assert [a for _, _, a, _ in _laws("gelet op artikel 3van de Gemeentewet;\n")] == ["3"]


def test_a_hyphen_before_en_keeps_an_unknown_name_whole():
    # zt03 (and o09): the Wet op de stads- en dorpsvernieuwing, repealed before the BWB list
    text = (
        "h. stedelijk gebied: bebouwde gedeelten van het gemeentelijk grondgebied zoals bedoeld "
        "in artikel 1, eerste lid, van de Wet op de stads- en dorpsvernieuwing;\n"
    )
    assert [(law, a, lid) for law, _, a, lid in _laws(text)] == [
        ("Wet op de stads- en dorpsvernieuwing", "1", 1)
    ]


def test_an_abbreviation_inside_a_file_number_is_no_law():
    # zt13: "WVW" is the Wegenverkeerswet's abbreviation, here a directorate's
    text = (
        "Op de voordracht van de Staatssecretaris van Verkeer en Waterstaat van 21 december 2000, "
        "nr. CDJZ/WVW/2000–1549, Centrale Directie Juridische Zaken;\n\n"
        "Gelet op de artikelen 44 en 49 van de Waterschapswet;\n"
    )
    assert [(law, a) for law, _, a, _ in _laws(text)] == [
        ("Waterschapswet", "44"),
        ("Waterschapswet", "49"),
    ]
    # two laws joined by a slash, no number after it, stay two laws (u10)
    assert len(_laws("op grond van artikel 13 Ioaw/Ioaz;\n")) == 2


def test_registry_knows_the_short_name_besluit_brp():
    # zt10: "het Besluit BRP: het Besluit basisregistratie personen"
    found = _laws("de systeembeschrijving, bedoeld in artikel 1 van het Besluit BRP;\n")
    assert found == [("Besluit basisregistratie personen", "BWBR0034306", "1", None)]


def test_registry_knows_the_full_titles_of_the_bekendmaking_regulations():
    # zt01: the BWB list cut both titles ("... regelgeving etc")
    text = (
        "Besluit:\n\nARTIKEL I\n\nDe Regeling elektronische bekendmaking en beschikbaarstelling "
        "regelgeving decentrale overheden wordt als volgt gewijzigd:\n"
    )
    found = _laws(text)
    assert [(law, bwb) for law, bwb, _, _ in found] == [
        (
            "Regeling elektronische bekendmaking en beschikbaarstelling regelgeving decentrale overheden",
            "BWBR0024947",
        )
    ]


def test_registry_knows_the_repealed_rechtspositiebesluit_voorzitters_waterschappen():
    from codes.citations.names import registry

    law = registry().resolve("Rechtspositiebesluit voorzitters waterschappen")
    assert law is not None and law.bwb == "BWBR0005238"
