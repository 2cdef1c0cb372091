"""Round un (benchmarks/devset/README.md): the fixes from the real lines of the round's
converted and scanned texts."""

from tests.conftest import metadata_as_given

# un05, a converted print of Harlingen's register page: the metadata table and the table of
# changes set between bars, one row a line, as a Markdown copy of the ruled grid gives them.
_HARLINGEN = (
    "Organisatie | Harlingen |\n"
    "---|---|\n"
    "Organisatietype | Gemeente |\n"
    "Officiële naam regeling | Reglement van orde voor de vergaderingen en andere "
    "werkzaamheden van de raad |\n"
    "Citeertitel | Onbekend |\n"
    "Vastgesteld door | gemeenteraad |\n"
    "Onderwerp | bestuur en recht |\n"
    "Eigen onderwerp |\n"
    "Geen\n"
    "Onbekend\n"
    "Datum inwerkingtreding | Terugwerkende kracht tot en met | Datum uitwerkingtreding | "
    "Betreft | Datum ondertekening Bron bekendmaking | Kenmerk voorstel |\n"
    "---|---|---|---|---|---|\n"
    "26-05-2010 | 24-10-2012 | Onbekend | 19-05-2010 Onbekend | - |\n"
    "In dit reglement wordt verstaan onder:\n"
    "a. voorzitter: de voorzitter van de raad of diens vervanger;\n"
)


def test_a_table_row_between_bars_gives_its_cell_without_the_bars():
    """Before, the bars were read as part of the value: organisation '| Harlingen |', type
    'other', title '| Reglement ... |'."""
    meta = metadata_as_given(_HARLINGEN)
    assert meta.organisation == "Harlingen"
    assert meta.organisation_type == "gemeente"
    assert meta.title == (
        "Reglement van orde voor de vergaderingen en andere werkzaamheden van de raad"
    )
    assert meta.citeertitel is None  # "Onbekend", as in the glued layout


def test_the_table_of_changes_between_bars_dates_the_regulation():
    """The header "Betreft | Datum ondertekening" is the glued "BetreftDatum ondertekening"
    with a bar between: its only row dates the signature and the entry into force."""
    meta = metadata_as_given(_HARLINGEN)
    assert meta.adopted_on == "2010-05-19"
    assert meta.in_force_from == "2010-05-26"


def test_a_header_row_of_columns_between_bars_names_no_organisation():
    """The Gemeenteblad page's header row holds the label "Organisatie" among other column
    names, each between bars; the organisation is the next row's cell, not "Jaargang en
    nummer"."""
    text = (
        "Gemeenteblad van Dongen\n"
        "| Datum publicatie | Organisatie | Jaargang en nummer | Rubriek |\n"
        "|---|---|---|---|\n"
        "| Dongen | Gemeenteblad 2025, 474397 | algemeen verbindend voorschrift (verordening) |\n"
        "Verordening voor de behandeling van bezwaarschriften gemeente Dongen\n"
        "De raad, het college en de burgemeester van de gemeente Dongen;\n"
    )
    assert metadata_as_given(text).organisation != "Jaargang en nummer"


# un07, a docplayer transcript of the Provinciaal blad van Zeeland: the first page's masthead,
# its issue number before the blad's name and the provincie after it, runs into the heading.
_ZEELAND = (
    "PROVINCIAAL BLAD VAN ZEELAND\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
    'Download "PROVINCIAAL BLAD VAN ZEELAND"\n\nTranscriptie\n\n'
    "1 Nummer 6 van 2001 PROVINCIAAL BLAD VAN ZEELAND BESLUIT van provinciale staten van 27 "
    "oktober 2000, nummer 20, tot vaststelling van de verordening inzake de behandeling van "
    "bezwaarschriften ingevolge de Algemene wet bestuursrecht en de Algemene wet inzake "
    "rijksbelastingen, ingediend tegen besluiten van bestuursorganen van de provincie Zeeland. "
    "Hoofdstuk 1 Algemene bepalingen Artikel 1 Begripsomschrijvingen In deze verordening wordt "
    "verstaan onder: a. de wet: de Wet van 4 juni 1992, Stb. 1992, 315, houdende algemene regels "
    "van bestuursrecht (Algemene wet bestuursrecht);\n"
)


def test_the_blads_masthead_with_its_number_and_provincie_heads_the_decision():
    """Before, "Nummer 6 van 2001" and "VAN ZEELAND" around the blad's name kept the heading
    from being read: no adoption date, no body."""
    meta = metadata_as_given(_ZEELAND)
    assert meta.adopted_on == "2000-10-27"
    assert meta.adopted_by == "provinciale staten"


def test_a_besluit_cited_in_running_text_after_the_blads_name_dates_nothing():
    """Only at a line's start: a sentence that names the blad and then another decision
    ("... in het provinciaal blad van Zeeland besluit van ...") is no heading."""
    text = (
        "Toelichting\n\nDe regeling staat sinds 2001 in het provinciaal blad van Zeeland besluit "
        "van provinciale staten van 3 maart 1999 bleef gelden.\n"
    )
    assert metadata_as_given(text).adopted_on is None


# un04, a 5dok transcript: the site heads the page with the preamble's first clause, which
# its Share button repeats; the PDF's own first line, the decision's title, follows "(1)".
_LOPIK_CLAUSE = (
    "De raad, het college en de burgemeester van de gemeente Lopik; ieder voor zoveel het hun "
    "bevoegdheden betreft;"
)
_LOPIK_TITLE = (
    "Verordening van de gemeenteraad, het college van burgemeester en wethouders en de "
    "burgemeester van de gemeente Lopik houdende regels omtrent de commissie bezwaar- en "
    "beroepschriften (Verordening commissie bezwaar- en beroepschriften gemeente Lopik 2021)"
)


def _5dok_page(heading: str) -> str:
    return (
        f"• No results found\n\n{heading}\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n"
        f'Share "{heading}"\n\nCopied!\n6\n0\n0\n\n'
        "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
        f"{_LOPIK_TITLE}\n\nDe raad, het college en de burgemeester van de gemeente Lopik;\n\n"
        "gelet op artikel 84 van de Gemeentewet;\n\nbesluit vast te stellen de volgende "
        "verordening:\n\nVerordening commissie bezwaar- en beroepschriften gemeente Lopik 2021\n\n"
        "Artikel 1 Begripsbepalingen\n\nIn deze verordening wordt verstaan onder: ...\n"
    )


def test_a_document_sites_heading_that_is_a_clause_is_passed_over():
    assert metadata_as_given(_5dok_page(_LOPIK_CLAUSE)).title == _LOPIK_TITLE


def test_a_clause_that_opens_the_text_itself_still_means_no_title_line():
    # Not the site's heading (no button repeats it): the text opens with its preamble, and the
    # decision names what it adopts.
    text = _5dok_page(_LOPIK_CLAUSE).replace(f'Share "{_LOPIK_CLAUSE}"', "Share")
    assert metadata_as_given(text).title != _LOPIK_TITLE
