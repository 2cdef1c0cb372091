"""Round vi (benchmarks/devset/README.md): the fixes from texts as users get them from PDFs
and Word files: vi06 (Purmerend's besluit maatschappelijke ondersteuning as a one-line
docplayer transcript whose PDF lost digits) and vi07 (Purmerend's raadsvoorstel on the
verordeningen of the Participatiewet and the Wet maatregelen WWB, an expydoc copy)."""

from tests.conftest import law_fields

UITVOERINGSBESLUIT_WMO = "BWBR0035733"
MAATREGELEN_WWB = "BWBR0035385"
PARTICIPATIEWET = "BWBR0015703"
NATUURBESCHERMINGSWET_1998 = "BWBR0009641"

# vi06, the transcript's words around the two citations (the PDF lost "2015. 3." after the first).
_PURMEREND = (
    "Besluit maatschappelijke ondersteuning Purmerend 2016\n\n"
    "Artikel 2.1 Algemeen 2. De maximale bedragen per vier weken zijn gelijk aan die genoemd in "
    "artikel 3.8 van het uitvoeringsbesluit Wmo Voor rolstoelen is geen bijdrage verschuldigd. "
    "4. Voor beschermd wonen geldt de bijdrage zoals benoemd in hoofdstuk 3 van het "
    "Uitvoeringsbesluit Wmo Artikel 2.2 Hoogte en duur bijdrage 1.De bijdrage voor individuele "
    "begeleiding is 14,20 per uur.\n"
)

# vi07, the raadsvoorstel's Samenvatting with its hard line breaks.
_RAADSVOORSTEL = (
    "RAADSVOORSTEL EN ONTWERPBESLUIT\n"
    "Samenvatting:\n"
    "Op 1 januari 2015 treden de wetsvoorstellen Wet maatregelen Wet Werk en Bijstand (WWB)\n"
    "en de Participatiewet in werking. De regering beoogt met het wetsvoorstel Wet maatregelen\n"
    "WWB de bijstand activerender te maken. Met de invoering van de Participatiewet en\n"
    "de Wet maatregelen WWB wordt de gemeente verplicht om beleid vast te leggen.\n"
)


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article"))


def test_a_law_that_closes_a_division_opens_no_article_after_a_blank():
    """vi06: in "hoofdstuk 3 van het Uitvoeringsbesluit Wmo Artikel 2.2 Hoogte en duur" the
    law is the chapter's, and "Artikel 2.2" the besluit's own next article; before, the law
    opened a law-first citation of its article 2.2 and the chapter's naming was lost."""
    refs = _refs(_PURMEREND)
    assert (UITVOERINGSBESLUIT_WMO, "2.2") not in refs
    assert (UITVOERINGSBESLUIT_WMO, None) in refs  # the chapter names the besluit


def test_a_law_after_a_division_still_opens_articles_after_a_comma():
    """Near miss: with a comma the law stands first for the articles after it, as in
    "Gemeentewet, artikel 41b"."""
    text = _PURMEREND.replace(
        "Uitvoeringsbesluit Wmo Artikel 2.2", "Uitvoeringsbesluit Wmo, artikel 3.2"
    )
    assert (UITVOERINGSBESLUIT_WMO, "3.2") in _refs(text)


def test_a_law_first_citation_without_a_division_before_is_unchanged():
    """Near miss: "de Gemeentewet artikel 160" with no division before the law is still the
    law's article."""
    text = "Het college besluit, gelet op de Gemeentewet artikel 160, als volgt.\n"
    assert ("BWBR0005416", "160") in _refs(text)


def test_a_curated_acts_bare_title_is_read_in_lowercase():
    """vi06: "artikel 3.8 van het uitvoeringsbesluit Wmo", the title without its year and in
    lowercase, is the Uitvoeringsbesluit Wmo 2015's, as "van de gemeentewet" is the
    Gemeentewet's; before, the article was missed."""
    assert (UITVOERINGSBESLUIT_WMO, "3.8") in _refs(_PURMEREND)


def test_a_bare_title_only_the_bwb_list_knows_still_needs_its_capital():
    """Near miss: "de eedswet" (Eedswet 1971, not curated) in lowercase is running text, as
    the BWB list's own titles are; "de Eedswet" names it."""
    assert _refs("Hij legt de eed af volgens de eedswet van het land.\n") == []
    assert _refs("Hij legt de eed af volgens de Eedswet van het land.\n") != []


def test_an_e_mail_address_names_no_law():
    """va07: "natuurbeschermingswet@provinciegroningen.nl" is an address; the lowercase bare
    title would otherwise name the Natuurbeschermingswet 1998 in it."""
    text = (
        "Stuur dan een mail aan natuurbeschermingswet@provinciegroningen.nl voor een formulier.\n"
    )
    assert _refs(text) == []
    named = "Zie de natuurbeschermingswet voor de regels.\n"
    assert (NATUURBESCHERMINGSWET_1998, None) in _refs(named)


def test_the_short_names_of_the_wet_maatregelen_wwb():
    """vi07: "de Wet maatregelen WWB" is the Wet maatregelen Wet werk en bijstand en enkele
    andere wetten (registry aliases); before, its WWB was read as the Participatiewet."""
    refs = _refs(_RAADSVOORSTEL)
    assert refs.count((MAATREGELEN_WWB, None)) == 1
    assert (PARTICIPATIEWET, None) in refs


def test_the_wwb_alone_is_still_the_participatiewet():
    """Near miss: "de WWB" outside that name is the Wet werk en bijstand, now the
    Participatiewet."""
    text = "De uitkering op grond van de WWB wordt verlaagd.\n"
    assert _refs(text) == [(PARTICIPATIEWET, None)]


def test_names_after_the_plural_wetsvoorstellen_are_the_bills():
    """vi07: "de wetsvoorstellen Wet maatregelen Wet Werk en Bijstand (WWB)" names bills, as
    "het wetsvoorstel Wet ..." does (xm09); before, the plural was not read, so the
    raadsvoorstel named the act three times where the singular's rule gave it once."""
    refs = _refs(_RAADSVOORSTEL)
    # only "de Wet maatregelen WWB wordt ..." names the act; both names after the
    # wetsvoorstel(len) are the bills'
    assert refs.count((MAATREGELEN_WWB, None)) == 1


def test_a_name_after_en_de_behind_the_bills_is_named():
    """Near miss: "en de Participatiewet" after the bill's name, with its own article, names
    the act."""
    text = "Op 1 januari 2015 treden de wetsvoorstellen Wet maatregelen WWB en de Participatiewet in werking.\n"
    assert _refs(text) == [(PARTICIPATIEWET, None)]
