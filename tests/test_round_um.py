"""Round um (benchmarks/devset/README.md): the fix from the real lines of um03, Deventer's
Verordening winkeltijden of 2018, whose definitions make "de Wet" (capital) the Winkeltijdenwet."""

from tests.conftest import law_refs_in

# um03, as the page gives it: the definition list's last item and the article that cites
# "de Wet" inside an attributive phrase ("de in artikel ... van de Wet vervatte verboden").
_DEVENTER = (
    "In deze verordening wordt verstaan onder:\n\n"
    " • e.\n\n  winkel: dat wat daaronder wordt verstaan in de Winkeltijdenwet;\n\n"
    " • f.\n\n  Wet: Winkeltijdenwet.\n\n"
    "Artikel 2 Algemene vrijstelling zon- en feestdagen\n\n"
    "Voor de in artikel 2, eerste lid, aanhef en onder a en b, van de Wet vervatte verboden "
    "geldt een algemene vrijstelling voor:\n\n • a.\n\n  musea;\n"
)
_WTW = ("Winkeltijdenwet", "BWBR0007952")


def test_a_participle_after_the_defined_wet_closes_the_citation():
    """The participle of "van de Wet vervatte verboden" closes the attributive citation, so
    "de Wet" is the defined word, the Winkeltijdenwet; before, "Wet vervatte verboden ..."
    had been taken for the start of a law's name and the two references were lost."""
    refs = law_refs_in(_DEVENTER)
    assert refs.count((*_WTW, "2", 1)) == 2
    for participle in ("bedoelde", "genoemde", "opgenomen", "voorgeschreven", "vastgestelde"):
        text = _DEVENTER.replace("vervatte", participle)
        assert (*_WTW, "2", 1) in law_refs_in(text), participle


def test_a_name_after_wet_is_read_as_before():
    """A law whose name goes on after "Wet" with a word like a participle is still that law,
    and "de Wet" followed by a name the registry lacks is still no defined word."""
    named = _DEVENTER.replace(
        "van de Wet vervatte verboden", "van de Wet verplichte geestelijke gezondheidszorg"
    )
    assert ("Wet verplichte geestelijke gezondheidszorg", "BWBR0040635", "2", 1) in law_refs_in(
        named
    )
    unknown = _DEVENTER.replace("van de Wet vervatte verboden", "van de Wet winkelopenstelling")
    assert (*_WTW, "2", 1) not in law_refs_in(unknown)
    # "op" as a whole word still opens a name's preposition, as before.
    on = _DEVENTER.replace("van de Wet vervatte verboden", "van de Wet op de lijkbezorging")
    assert ("Wet op de lijkbezorging", "BWBR0005009", "2", 1) in law_refs_in(on)
