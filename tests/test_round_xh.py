"""Rules from round xh (integrity texts of decentral bodies and the pages around them:
a provincie's beleidsregel decided by two bodies, register and bulletin pages, VNG pages);
each test built from the real text."""

from codes import parse_text

# xh01, the provincie Fryslân's beleidskader verboden handelingen (2023): two bodies, each on
# its own line closed by ";", decide together "ieder voor zover het hun bevoegdheden betreft".
_TWO_BODIES = (
    "Fries beleidskader verboden handelingen\n\n"
    "Gedeputeerde Staten van Fryslân;\n\n"
    "Commissaris van de Koning in de provincie Fryslân;\n\n"
    "Ieder voor zover het hun bevoegdheden betreft;\n\n"
    "Gelet op artikel 4:81 van de Algemene wet bestuursrecht;\n\n"
    "Besluiten:\n"
)


def test_bodies_listed_on_lines_before_ieder_voor_zover_are_the_collegial_ones():
    # The list's first body decides with the one below it; the collegial body is recorded
    # (the convention of h12 and zq02), not the last line that the clause follows.
    assert parse_text(_TWO_BODIES).metadata.adopted_by == "gedeputeerde staten"


def test_one_body_line_closed_by_a_semicolon_still_opens_the_preamble():
    text = "De raad van de gemeente Laren;\n\ngelezen voorstel 2023/26;\n\nB E S L U I T :\n"
    assert parse_text(text).metadata.adopted_by == "gemeenteraad"


def test_a_semicolon_line_before_other_words_joins_no_list():
    # Without "ieder voor zover" after them, the lines closed by ";" are no list of bodies:
    # the commissaris opening the next clause stays the body, as before this rule.
    text = (
        "Gedeputeerde Staten van Fryslân;\n\n"
        "Zaaknummer 123;\n\n"
        "De commissaris van de Koning in de provincie Fryslân;\n\n"
        "gelet op artikel 4:81 van de Algemene wet bestuursrecht;\n"
    )
    assert parse_text(text).metadata.adopted_by == "commissaris van de koning"


# xh05, a museum's web copy of BZK's Handreiking integriteitstoetsing (its post heading first).
_COVER = (
    "Ministerie van Binnenlandse Zaken i.s.m de Vereniging van Nederlandse Gemeenten, het "
    "Interprovinciaal Overleg en de Unie van Waterschappen – Handreiking\n\n"
    "Handreiking integriteitstoetsing kandidaten voor decentrale politieke partijen\n\n"
    "Inhoudsopgave\n\n1. Voorwoord\n"
)


def test_a_ministry_on_the_first_line_by_its_older_name_is_the_current_ministry():
    metadata = parse_text(_COVER).metadata
    assert metadata.organisation == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    assert metadata.organisation_type == "other"


def test_a_whole_ministry_name_wins_over_a_longer_one_it_starts():
    from codes.metadata.opening_bodies import ministry_heads

    found = [c.value for c in ministry_heads("Ministerie van Economische Zaken\n\nNota\n")]
    assert "Ministerie van Economische Zaken" in found
    assert not list(ministry_heads("Aan de Ministerie van Financiën\n"))
