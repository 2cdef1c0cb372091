"""Round uy (benchmarks/devset/README.md): the fixes from the real sentences of uy01 (Zandvoort's
Verordening Cameratoezicht 2015), uy03 (Oldambt's reclamebelasting Winschoten 2015, a docplayer
transcript) and uy05 (the Klachtenregeling Wetterskip Fryslân), each with a near miss that is read
as before."""

from tests.conftest import adopted_on_of, law_fields

GEMEENTEWET = "BWBR0005416"
AWB = "BWBR0005537"
PARTICIPATIEWET = "BWBR0015703"


def _refs(text: str) -> list[tuple]:
    return law_fields(text, ("bwb", "article", "resolved_via"))


def test_the_generic_wet_in_apposition_before_a_compound_title_names_that_act():
    """uy01's preamble: "gelet op artikel 151c van de Wet Gemeentewet;" cites the Gemeentewet, as
    its article 1 does; before, "Wet Gemeentewet" was read as an act the registry lacks."""
    assert _refs("gelet op artikel 151c van de Wet Gemeentewet;") == [(GEMEENTEWET, "151c", "name")]
    assert _refs("gelet op artikel 36 van de wet Participatiewet;") == [
        (PARTICIPATIEWET, "36", "name")
    ]


def test_a_title_of_more_words_after_wet_is_still_its_own_name():
    """ "de Wet Bibob" and "de Wet inburgering" are titles, not the noun before a title; an unknown
    "Wet Gemeentewetten" stays a name the registry does not know."""
    bibob, inburgering = _refs("artikel 4 van de Wet Bibob en artikel 2 van de Wet inburgering;")
    assert bibob[0] == "BWBR0013798" and inburgering[0] == "BWBR0044770"
    assert _refs("artikel 3 van de Wet Gemeentewetten;") == [(None, "3", None)]


# uy05, as the register's page sets its definition table: each term and its value on lines of
# their own, without a colon.
_KLACHTENREGELING = """In deze regeling wordt verstaan onder:

 • a.

  Wet

De Algemene wet bestuursrecht (van 4 juni 1992 Stb 1992, 315 en zoals sindsdien gewijzigd)

 • h.

  Klachtadviesprocedure

Klachtadviesprocedure als bedoeld in afdeling 9.1.3 van De Wet

 • j.

  Klager

De klager als bedoeld in artikel 9:1, eerste lid van de wet.
"""


def test_a_division_of_the_defined_act_names_it_and_the_table_defines_wet_without_a_colon():
    """The term "Wet" alone on its line defines "de wet" as the act on the next line; "afdeling
    9.1.3 van De Wet" then names the Awb (a division, no article) and "artikel 9:1 ... van de
    wet" cites it through the definition."""
    assert _refs(_KLACHTENREGELING) == [
        (AWB, None, "name"),
        (AWB, None, "definition"),
        (AWB, "9:1", "definition"),
    ]


def test_a_division_of_the_defined_act_in_a_colon_definition():
    """xv08's and za12's shape: "l. projectplan: plan als bedoeld in hoofdstuk 5 van de wet"."""
    text = "a. wet: de Participatiewet;\nb. inkomen: als bedoeld in paragraaf 3.4 van de wet;\n"
    assert _refs(text) == [(PARTICIPATIEWET, None, "name"), (PARTICIPATIEWET, None, "definition")]


def test_a_division_of_an_undefined_wet_or_of_the_code_itself_names_nothing():
    """Without a definition "hoofdstuk 4 van de wet" is left alone, and "hoofdstuk 5 van deze
    verordening" is the code's own; a "Besluit" heading alone on its line defines nothing."""
    assert _refs("Gelet op hoofdstuk 4 van de wet en hoofdstuk 5 van deze verordening.") == []
    text = "Besluit\n\nDe Gemeentewet bepaalt dat de raad ...; zie hoofdstuk 2 van het besluit.\n"
    assert _refs(text) == [(GEMEENTEWET, None, "name")]


# uy03's preamble, as the transcript runs it into one line (its cover sheet above lost the years).
_OLDAMBT = (
    "2 De raad van de gemeente Oldambt; gelezen het voorstel van het college van burgemeester en "
    "wethouders van Oldambt van 19 mei 2015; gehoord de beraadslagingen in de op 29 juni 2015 "
    "voortgezette raadsvergadering van 22 juni 2015, waarbij in afwijking van het voorstel van "
    "burgemeester en wethouders van 19 mei 2015, - op voorstel van de voorzitter twee "
    "onjuistheden in de artikelleden 11k en 11j zijn verbeterd, gelet op artikel 227 van de "
    "Gemeentewet; vast te stellen de: Besluit: Verordening op de heffing en de invordering van "
    "reclamebelasting centrum Winschoten Artikel 1 Begripsomschrijvingen\n"
)


def test_a_meeting_continued_on_a_later_day_keeps_its_own_date():
    """ "in de op 29 juni 2015 voortgezette raadsvergadering van 22 juni 2015" dates the decision
    by the meeting, as "in de raadsvergadering van 22 juni 2015" does; before, the attribute
    between the article and the meeting hid it."""
    assert adopted_on_of(_OLDAMBT) == "2015-06-22"


def test_an_attribute_of_another_kind_before_the_meeting_dates_nothing():
    """Only a continuation stands there: "de op 3 mei 2010 vastgestelde verordening" is another
    regulation's date, and a meeting without its own date gives none."""
    text = _OLDAMBT.replace("op 29 juni 2015 voortgezette raadsvergadering van 22 juni 2015", "x")
    assert adopted_on_of(text) is None
    other = text.replace(
        "gehoord de beraadslagingen in de x", "gelet op de op 3 mei 2010 vastgestelde verordening"
    )
    assert adopted_on_of(other) is None
