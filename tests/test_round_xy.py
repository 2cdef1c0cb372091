"""Round xy (benchmarks/devset/README.md): the title of a STOP decision from its dictum, from the
real sentences of xy05 and xy07."""

from codes import parse_text

_TAIL = (
    "Aldus vastgesteld door Gemeente Ooststellingwerf, DATUM\n"
    "Het college van burgemeester en wethouders van Gemeente Ooststellingwerf\n"
    "In de inleiding beschrijven we waarom we een nieuw programmaplan vaststellen, de beleids- en"
    " wettelijke kaders, de relatie met andere onderwerpen en uitdagingen die op ons af komen. Ook"
    " kijken we terug naar wat we in de periode 2021-2025 hebben gerealiseerd.\n"
    "In de themahoofdstukken zijn per thema de ambitie en speerpunten uitgewerkt. Na de"
    " themahoofdstukken beschrijven we hoe we de participatie vormgeven, de monitoring en borging,"
    " het financieel kader en de risico’s. In de Bijlage 1 - Begrippenlijst is een begrippenlijst"
    " opgenomen.\n"
)
# The page's header table, which the Gemeenteblad page gives twice.
_TABLE = (
    "| Datum publicatie | Organisatie | Jaargang en nummer | Rubriek | Datum ondertekening |\n"
    "|---|---|---|---|---|\n"
    "| Ooststellingwerf | Gemeenteblad 2025, 417034 | ruimtelijk plan of omgevingsdocument |\n"
)
_HEAD = (
    "Gemeenteblad van Ooststellingwerf\n"
    + _TABLE
    + "Zoals vergunningen, bouwplannen en lokale regelgeving.\n"
    "Adressen en contactpersonen van overheidsorganisaties.\n"
    "U bent hier:\n"
    + _TABLE
    + "Het college van burgemeester en wethouders van Gemeente Ooststellingwerf\n"
    "gelezen de tekstinhoud van ”Programma Duurzaamheid” d.d. DATUM\n"
    "Besluit:\n"
)


def test_the_stop_dictum_names_what_it_adopts():
    """xy05: no title line (the body's line above "gelezen" is none where the page goes on);
    the template's dictum quotes the programme it adopts, a name without a regulation word."""
    text = _HEAD + '"Programma Duurzaamheid" opgenomen in Bijlage A vast te stellen.\n' + _TAIL
    assert parse_text(text, "test.txt").metadata.title == "Programma Duurzaamheid"


def test_a_draft_laid_open_for_inspection_is_not_adopted():
    """xy07's dictum lays a draft open for inspection: the quoted name is no adopted title."""
    text = (
        _HEAD
        + (
            '"Programma Duurzaamheid" opgenomen in Bijlage A voor ontwerp ter inzage wordt gelegd.\n'
        )
        + _TAIL
    )
    assert parse_text(text, "test.txt").metadata.title != "Programma Duurzaamheid"
