"""Citation rules and registry entries from round zz (regulation kinds no round had used:
leges, archives, re-integratie, drank en horeca, studietoeslag, kinderopvang, woonwagens);
each test built from the real text."""

from .conftest import bwb_refs

_IOAW, _ALCOHOLWET = "BWBR0004044", "BWBR0002458"

# zz06, Winsum (adoc.pub transcript of a raadsvoorstel): the PDF's line-end hyphen kept
_WINSUM = (
    "b. Wettelijk- of beleidskader: Artikel 147, eerste lid van de Gemeentewet, de artikelen 34, "
    "35 en 36 van de Wet inkomens-voorziening oudere en gedeeltelijk arbeidsongeschikte werkloze "
    "werknemers en de artikelen 34, 35 en 36 van de Wet inkomensvoorziening oudere en gedeeltelijk "
    "arbeidsongeschikte gewezen zelfstandigen.\n"
)


def test_a_law_name_with_a_line_end_hyphen_kept_is_the_law():
    found = bwb_refs(_WINSUM)
    assert [(b, a) for b, a, _ in found if b == _IOAW] == [
        (_IOAW, "34"),
        (_IOAW, "35"),
        (_IOAW, "36"),
    ]
    assert all(b is not None for b, _, _ in found)  # no unknown "Wet inkomens-voorziening oudere"


def test_a_real_compound_with_a_hyphen_is_still_no_law():
    # "Woo-verzoek" is a compound; the joined "Woover..." is no name: nothing found
    assert bwb_refs("Zie artikel 4 van het Woo-verzoekformulier.\n") == []


# zz07, Stichtse Vecht (register page): a compound's dash set apart by blanks
_STICHTSE_VECHT = (
    "Gelet op:\n\n • -\n\n  De artikelen 4 en 26 van de Drank – en Horecawet en artikel 147 van "
    "de Gemeentewet;\n"
)


def test_a_spaced_dash_in_a_compound_law_name_closes_up():
    assert sorted(bwb_refs(_STICHTSE_VECHT)) == [
        (_ALCOHOLWET, "26", ""),
        (_ALCOHOLWET, "4", ""),
        ("BWBR0005416", "147", ""),
    ]


def test_the_wajong_and_the_woonwagenwet_are_in_the_registry():
    from .conftest import law_refs_in

    # zz09: the Wajong's title again since 2015 (the BWB list of 2015 has the 2010 title)
    wajong = law_refs_in(
        "Artikel 1: Begripsbepalingen\n\n • 2. In deze uitvoeringsregels wordt verstaan onder:\n\n"
        "  • d.\n\n   Wajong: Wet arbeidsongeschiktheidsvoorziening jonggehandicapten\n"
    )
    assert [(bwb, a) for _, bwb, a, _ in wajong] == [("BWBR0008657", None)]
    # zz12: the repealed Woonwagenwet of 1968, national law without a confirmed id
    woonwagen = law_refs_in(
        "In 1999 is de Woonwagenwet ingetrokken en werd het beleid gedecentraliseerd.\n"
    )
    assert [law for law, _, _, _ in woonwagen] == ["Woonwagenwet"]


# zz11, Twenterand (Gemeenteblad): each law first, its articles in brackets
_TWENTERAND = (
    "Burgemeester en wethouders van Twenterand;\nBepalingen van de Wet kinderopvang (artikelen 1.46 "
    "lid 5, 1.61 lid 1, 1.65 leden 1 en 4, 1.66 en 1.72 lid 1), de Gemeentewet (artikel 125) en de "
    "Algemene wet bestuursrecht (titel 4.3. en artikel 5:32).\n"
)


def test_a_division_may_open_the_brackets_of_a_law_named_first():
    from .conftest import law_refs_in

    awb = [a for _, bwb, a, _ in law_refs_in(_TWENTERAND) if bwb == "BWBR0005537"]
    assert awb == [None, "5:32"]  # titel 4.3 names the Awb, article 5:32 is its own


def test_a_law_first_bracket_without_a_division_names_the_law_once():
    from .conftest import law_refs_in

    found = law_refs_in("gelet op de Gemeentewet (artikel 125);\n")
    assert [(bwb, a) for _, bwb, a, _ in found] == [("BWBR0005416", "125")]


# zz08 and zz09: the kind of joint body, written as a title, before its name
_LEKSTROOM = (
    "Beleidsregels studietoeslag WIL 2022\n\n"
    "Het dagelijks bestuur van de Gemeenschappelijke regeling Werk en Inkomen Lekstroom,\n\n"
    "gelet op:\n\ntitel 4.3 van de Algemene wet bestuursrecht;\n"
)
_BOLLENSTREEK = (
    "Uitvoeringsregels individuele studietoeslag ISD Bollenstreek 2022\n\n"
    "Het dagelijks bestuur van de Gemeenschappelijke Regeling ISD Bollenstreek\n\n"
    "gelet op:\n\ntitel 4.3 van de Algemene wet bestuursrecht;\n"
)


def test_the_kind_of_joint_body_is_no_part_of_its_name():
    from codes import parse_text

    for text, name in (
        (_LEKSTROOM, "Werk en Inkomen Lekstroom"),
        (_BOLLENSTREEK, "ISD Bollenstreek"),
    ):
        metadata = parse_text(text).metadata
        assert (metadata.organisation, metadata.organisation_type) == (name, "other")
