"""Metadata rules from round zu (waterschappen, joint bodies, a provincie); each test built
from the real text of the devset."""

from codes import parse_text
from codes.metadata import adopter

# zu04, the lokaleregelgeving page of the gemeenschappelijke regeling recreatiegebied
# Voorne-Putten 2024: the raden and the colleges of two gemeenten, joined by ", respectievelijk"
_VOORNE_PUTTEN = (
    "Gemeenschappelijke regeling recreatiegebied Voorne-Putten 2024\n\n"
    "Geldend van 22-06-2024 t/m heden\n\nIntitulé\n\n"
    "Gemeenschappelijke regeling recreatiegebied Voorne-Putten 2024\n\n"
    "De raden, respectievelijk de colleges van burgemeester en wethouders van de gemeenten "
    "Nissewaard en Voorne aan Zee;\n\nOverwegende dat:\n\n  • 1.\n\n"
    "    de deelnemende gemeenten alsmede de gemeente Rotterdam en de provincie Zuid-Holland "
    "sinds 1 januari 1989 samenwerken;\n\n"
    "Gelet op de Wet gemeenschappelijke regelingen en de Gemeentewet;\n\nBesluiten:\n"
)


def _preamble_words(text: str) -> list[str]:
    return [text[c.start : c.end] for c in adopter.adopted_by(text) if c.rule == "preamble"]


def test_bodies_joined_by_a_comma_and_respectievelijk_decide_together():
    # raden and colleges together: the collegial one (the convention, as m11), not the raad
    assert parse_text(_VOORNE_PUTTEN, "zu04.txt").metadata.adopted_by == (
        "college van burgemeester en wethouders"
    )
    assert _preamble_words(_VOORNE_PUTTEN) == [
        "De raden, respectievelijk de colleges van burgemeester en wethouders"
    ]


def test_onderscheidenlijk_joins_bodies_as_respectievelijk_does():
    # its synonym, in the preamble of the Aqualysis regeling (n13, zd03): both bodies read
    text = (
        "De dagelijkse besturen onderscheidenlijk de colleges van dijkgraaf en heemraden van "
        "het Waterschap Groot Salland en het Waterschap Vechtstromen, ieder voor zover voor het "
        "eigen waterschap bevoegd,\n"
    )
    assert _preamble_words(text) == [
        "De dagelijkse besturen onderscheidenlijk de colleges van dijkgraaf en heemraden"
    ]


def test_a_comma_before_another_word_joins_no_body():
    # "De raden, die ..." names one body: the comma joins only a body named after it
    text = (
        "De raden, die hiertoe toestemming gaven; gelet op de Wet gemeenschappelijke regelingen;\n"
    )
    assert _preamble_words(text) == ["De raden"]
