"""Rules from round xp (the first new regulations that queries joining a regulation word
with a place or a year return: any body, any subject); each test built from the real text."""

from codes import parse_text


def _laws(text: str) -> list[tuple]:
    code = parse_text(text, "xp.txt")
    return [
        (ref.law, ref.article, ref.lid, ref.onderdeel)
        for ref in code.references
        if ref.kind == "law"
    ]


# xp07, Baarn's beleidsregel kleine bouwwerken in het voorerfgebied (2023): the gelet op.
_BAARN = (
    "Het college van burgemeester en wethouders van de gemeente Baarn,\n\n"
    "Gelet op de artikelen 4:81, eerste lid, 4:83 en 1:3, vierde lid van de Algemene wet "
    "bestuursrecht, de artikelen 2.1, eerste lid, onder a en c, 2.12, eerste lid onder a, sub 2 "
    "en 2.4 van de Wet algemene bepalingen omgevingsrecht (Wabo) en artikel 2.7 van het "
    "Besluit omgevingsrecht (Bor)\n"
)
_WABO = "Wet algemene bepalingen omgevingsrecht"


def test_a_number_under_a_lettered_onderdeel_is_its_point_without_the_degree_mark():
    # "onder a, sub 2" broke the chain: all four Wabo articles were lost and the law was
    # counted as named without an article.
    laws = _laws(_BAARN)
    assert (_WABO, "2.1", 1, "a") in laws
    assert (_WABO, "2.1", 1, "c") in laws
    assert (_WABO, "2.12", 1, "a") in laws  # the point "sub 2" is finer than we record
    assert (_WABO, "2.4", None, None) in laws
    assert (_WABO, None, None, None) not in laws
    assert ("Besluit omgevingsrecht", "2.7", None, None) in laws


def test_the_point_closes_a_single_citation_too():
    laws = _laws(
        "gelet op artikel 2.12, eerste lid, onder a, sub 2 van de Wet algemene "
        "bepalingen omgevingsrecht;"
    )
    assert laws == [(_WABO, "2.12", 1, "a")]


def test_a_list_of_numbered_onderdelen_is_still_a_list():
    # Numbers right after "onder" are onderdelen of their own, not points.
    laws = _laws("gelet op artikel 10, eerste lid, onder 1 en 2 van de Gemeentewet;")
    assert ("Gemeentewet", "10", 1, "1") in laws
    assert ("Gemeentewet", "10", 1, "2") in laws


# xp02, Breda's verordening meerjarige subsidies cultuur (2025): the definitions cite "de wet"
# before the excerpt defines it; the Awb is named above them.
_BREDA = (
    "Op deze verordening is Titel 4.2 van de Algemene wet bestuursrecht van toepassing.\n"
    "In deze verordening wordt verstaan onder:\n"
    "begrotingspostsubsidie: subsidie op grond van artikel 4:23, lid 3, onder c, van de wet, "
    "waarbij de naam van de subsidieontvanger in de begroting staat;\n"
)


def test_an_undefined_de_wet_numbered_with_a_colon_is_the_awb_named_before():
    laws = _laws("Gelet op artikel 149 van de Gemeentewet;\n" + _BREDA)
    assert ("Algemene wet bestuursrecht", "4:23", 3, "c") in laws
    assert not any(law == "Gemeentewet" and article == "4:23" for law, article, *_ in laws)


def test_an_undefined_de_wet_with_a_plain_number_is_never_the_awb():
    laws = _laws(
        "Gelet op artikel 149 van de Gemeentewet en titel 4.2 van de Algemene wet "
        "bestuursrecht;\nArtikel 1\nDe subsidie als bedoeld in artikel 156 van de wet.\n"
    )
    assert ("Gemeentewet", "156", None, None) in laws
