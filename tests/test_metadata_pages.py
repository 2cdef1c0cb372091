"""Metadata of pages whose facts are only in the prose: a body's own web page about its
code, a gemeente's site that publishes a joint body's regulation, a Waterschapsblad copy
that starts at the title. Each sentence is copied from the development set (round m)."""

from __future__ import annotations

from .conftest import metadata_of

meta = metadata_of


def test_a_line_of_skip_links_and_the_logo_are_no_title():
    # Vlissingen's bekendmakingen page carrying the RUD Zeeland's code (m05).
    text = (
        "Ga naar de inhoud Ga naar het zoeken Ga naar het menu\n"
        "Logo van Gemeente Vlissingen\n\n"
        "Handreiking gedragscode RUD Zeeland\n\n"
        "Originele publicatie downloaden:\nLink naar originele publicatie:\n"
        "Type bekendmaking:\nOverige besluiten van algemene strekking\n"
        "Publicatiedatum:\nvrijdag 8 januari 2016Handreiking gedragscode RUD Zeeland\n\n"
        "Het Algemeen Bestuur van RUD Zeeland,\n\nGelet op\n"
    )
    found = meta(text)
    assert found.title == "Handreiking gedragscode RUD Zeeland"
    assert (found.organisation, found.organisation_type) == ("RUD Zeeland", "other")
    # A single skip link still is furniture.
    assert meta("Ga naar de inhoud\n\nRegeling X 2020\n").title == "Regeling X 2020"


def test_the_name_quoted_in_the_sentence_that_says_it_was_adopted():
    # Winterswijk's web page (m10) is headed by a bare "Gedragscode".
    text = (
        "Gedragscode\n\n"
        "De Gemeentewet verplicht de gemeenteraad om voor zichzelf, de burgemeester en het "
        "college van burgemeester en wethouders een gedragscode vast te stellen.\n\n"
        "De 'Gedragscode voor politiek ambtsdragers van de gemeente Winterswijk' is door de "
        "gemeenteraad vastgesteld op 26 januari 2012."
    )
    found = meta(text)
    assert found.title == "Gedragscode voor politiek ambtsdragers van de gemeente Winterswijk"
    assert found.adopted_on == "2012-01-26"
    assert found.organisation == "Winterswijk"
    # Unquoted, or in a relative clause, the name has no edge and is not taken.
    found = meta(
        "Gedragscode\n\nDe gedragscode voor raadsleden is door de raad vastgesteld op "
        "26 januari 2012.\n"
    )
    assert found.title == "Gedragscode"
    # A quoted name that is no regulation ("'Integer handelen' is het motto ...") is not.
    assert meta("Gedragscode\n\nHet motto 'Samen sterk' werd vastgesteld in 2010.\n").title == (
        "Gedragscode"
    )


def test_a_waterschap_known_by_its_offices_and_its_law():
    # De Stichtse Rijnlanden's web page (m12) never names the waterschap.
    found = meta(
        "Bestuurlijke gedragscode integriteit\n\n"
        "In 2010 heeft ons algemeen bestuur een bestuurlijke gedragscode vastgesteld. Deze code "
        "geldt zowel voor de individuele bestuurders als voor het college van dijkgraaf en "
        "hoogheemraden als collectief.\n"
    )
    assert (found.organisation, found.organisation_type) == (None, "waterschap")
    # A Waterschapsblad copy that starts at the title (m13).
    found = meta(
        "Gedragscode integriteit voorzitter en overige leden van het dagelijks bestuur\n\n"
        "Inleiding\n\nDe volksvertegenwoordiging stelt zowel voor de eigen leden als voor de "
        "dagelijkse bestuurders (voorzitter en overige leden van het dagelijks bestuur) een "
        "gedragscode vast. Dat is zo vastgelegd in de Waterschapswet.\n"
    )
    assert found.organisation_type == "waterschap"
    # Rivierenland's nota (f04): "Het waterschap kan partijen daarbij ondersteunen".
    found = meta(
        "Deze nota is een bijlage bij de Gedragscodes Integriteit voor leden van het algemeen en "
        "dagelijks bestuur\n\nHet waterschap kan partijen daarbij ondersteunen.\n"
    )
    assert found.organisation_type == "waterschap"
    # A named body keeps its type: Provinciale Staten adopt a waterschap's reglement (e22).
    found = meta(
        "Reglement voor het waterschap Zuiderzeeland\n\nProvinciale Staten van Flevoland;\n\n"
        "overwegende dat het waterschap een nieuw reglement behoeft;\n"
    )
    assert (found.organisation, found.organisation_type) == ("Flevoland", "provincie")
    # The earliest word decides: B&W before a mention of the waterschap.
    found = meta(
        "Regeling X\n\nvastgesteld in B&W op 12 juli 2005, na overleg met het waterschap.\n"
    )
    assert found.organisation_type == "gemeente"


# The head of w04 (Gemeenteblad van Dongen 2025, 474397), its publication table as a
# browser copies it (cells between tabs) and as a Markdown export writes it (pipes).
_DONGEN_ROWS = [
    ["Datum publicatie", "Organisatie", "Jaargang en nummer", "Rubriek"],
    ["Dongen", "Gemeenteblad 2025, 474397", "algemeen verbindend voorschrift (verordening)"],
]
_DONGEN_BODY = (
    "Verordening voor de behandeling van bezwaarschriften gemeente Dongen\n"
    "De raad, het college en de burgemeester van de gemeente Dongen;\n"
    "ieder voor zover het hun bevoegdheden betreft;\n"
    "gelet op artikel 7:13 van de Algemene wet bestuursrecht;\n"
)


def test_the_publication_table_copied_with_tabs_or_as_markdown_names_the_body():
    tabbed = "\n".join("\t".join(row) for row in _DONGEN_ROWS)
    piped = "\n".join(
        [
            "| " + " | ".join(_DONGEN_ROWS[0]) + " |",
            "|---|---|---|---|",
            "| " + " | ".join(_DONGEN_ROWS[1]) + " |",
        ]
    )
    from codes import parse_text

    for table, name in ((tabbed, "dongen.txt"), (piped, "dongen.md")):
        code = parse_text(f"Gemeenteblad van Dongen\n{table}\n{_DONGEN_BODY}## Artikel 1\n", name)
        assert code.format == ("markdown" if name.endswith(".md") else "text")
        found = code.metadata
        # The header row's "Organisatie" names a column, not the organisation.
        assert (found.organisation, found.organisation_type) == ("Dongen", "gemeente")
