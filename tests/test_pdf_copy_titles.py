"""The title and organisation of a regulation copied from a PDF: every line hard-wrapped at
the page's width, with a margin, short lines centred (`pdftotext -layout`, a viewer's
copy). Each case is a real devset title broken as such a copy breaks it; the expectations
are the truth typed for the text (`benchmarks/devset/truth`)."""

from __future__ import annotations

import pytest

from codes import parse_text
from codes.metadata import table


def _labelled(text: str) -> dict[str, str]:
    return {c.field: c.value for c in table.labelled(text)}


# j04 (Zeist): the register's table, its name cell wrapped at 78 columns.
_ZEIST_ROWS = [
    "OrganisatieZeist",
    "OrganisatietypeGemeente",
    "Officiële naam regelingRegeling Klokkenluiders en Vertrouwenspersoon",
    "Integriteit 2009",
    "CiteertitelRegeling Klokkenluiders en Vertrouwenspersoon integriteit 2009",
    "Vastgesteld doorcollege van burgemeester en wethouders",
]


def test_a_table_cell_wrapped_onto_the_next_line_goes_on_to_the_next_row():
    found = _labelled("\n".join(_ZEIST_ROWS))
    assert found["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon Integriteit 2009"
    assert found["citeertitel"] == "Regeling Klokkenluiders en Vertrouwenspersoon integriteit 2009"


def test_a_wrapped_table_cell_with_a_margin_and_its_short_line_centred():
    # pdftotext -layout: a margin of six, the short continuation centred on the page
    rows = ["      " + row for row in _ZEIST_ROWS]
    rows[3] = "Integriteit 2009".center(90).rstrip()
    found = _labelled("\n".join(rows))
    assert found["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon Integriteit 2009"


def test_a_line_after_the_last_row_or_a_blank_line_is_no_part_of_the_cell():
    last = "\n".join([*_ZEIST_ROWS[:2], _ZEIST_ROWS[2], "Integriteit 2009"])
    assert _labelled(last)["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon"
    gap = "\n".join([*_ZEIST_ROWS[:3], "", "Integriteit 2009", *_ZEIST_ROWS[4:]])
    assert _labelled(gap)["title"] == "Regeling Klokkenluiders en Vertrouwenspersoon"


# a10 (Echt-Susteren), its Gemeenteblad page wrapped at 78 columns: the publication's row and
# the gelet op end where the next word would not have fitted, yet they end their row and
# their clause, so the title under each stays a line of its own.
_ECHT_SUSTEREN = """\
| Datum publicatie | Organisatie | Jaargang en nummer | Rubriek |
|---|---|---|---|
| Echt-Susteren | Gemeenteblad 2025, 451585 | overige overheidsinformatie |
Gedragscode burgemeester en wethouders gemeente Echt-Susteren 2025
De raad van de gemeente Echt-Susteren,
gezien het voorstel van de burgemeester d.d. maandag 4 augustus 2025 met
kenmerk D – 262150;
gelet op de artikelen 41c lid 2 en artikel 69, lid 2, Gemeentewet;
Gedragscode burgemeester en wethouders gemeente Echt-Susteren 2025
Inwoners van Echt-Susteren moeten kunnen vertrouwen op een betrouwbaar,
eerlijk en transparant gemeentebestuur. Goed bestuur is integer bestuur. Het
doel van deze gedragscode is om burgemeester en wethouders een houvast te
bieden bij het bepalen van normen omtrent de integriteit van de collegeleden.
Collegeleden zijn aanspreekbaar op de naleving van de gedragscode.
Naast deze gedragscode zijn integriteitsnormen voor politieke ambtsdragers
"""


def test_a_line_that_ends_its_row_or_clause_is_not_joined_to_the_title_below():
    code = parse_text(_ECHT_SUSTEREN)
    assert (
        code.metadata.title == "Gedragscode burgemeester en wethouders gemeente Echt-Susteren 2025"
    )
    assert code.metadata.organisation == "Echt-Susteren"


# h15 (a Staatsblad page) wrapped at 60 columns: the publication's row goes on on the next
# line, which holds cells too; it is read as one row, whose last cell names the publisher.
_STAATSBLAD = """\
Staatsblad van het Koninkrijk der Nederlanden
Datum publicatie | Organisatie | Jaargang en nummer |
Rubriek | Datum ondertekening |
---|---|---|---|---|
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties |
Staatsblad 2011, 427 | AMvB |
Zoals vergunningen, bouwplannen en lokale regelgeving.
Adressen en contactpersonen van overheidsorganisaties.
U bent hier:
Datum publicatie | Organisatie | Jaargang en nummer |
Rubriek | Datum ondertekening |
---|---|---|---|---|
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties |
Staatsblad 2011, 427 | AMvB |
Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden,
Prinses van Oranje-Nassau, enz. enz. enz.
Op de voordracht van Onze Minister van Binnenlandse Zaken en
Koninkrijksrelaties van 21 april 2011 (nr. 2001-2000149103,
DCB/CZW/WBI), gedaan mede namens Onze Minister van Sociale
Zaken en Werkgelegenheid;
"""


def test_a_table_row_wrapped_over_two_lines_is_still_one_row():
    organisation = parse_text(_STAATSBLAD).metadata.organisation
    assert organisation == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


# v04 (a Staatscourant page) as `pdftotext -layout` gives it: the decision title ends with its
# full stop, the centred clause below it in lowercase goes on with the preamble.
_RUD_UTRECHT = """\
      Besluit van de colleges van burgemeester en wethouders van de gemeenten Amersfoort,
      Baarn, Bunschoten, Eemnes, Houten, Leusden, Lopik, Nieuwegein, Soest, Utrecht,
      Woudenberg, en Gedeputeerde Staten van de provincie Utrecht van 6 oktober 2016 tot
      wijziging van de Gemeenschappelijke Regeling Regionale uitvoeringsdienst Utrecht.
                      ieder voor zover het hun bevoegdheid betreft,
      de in de aanhef genoemde gemeenten samen met de provincie Utrecht besloten hebben de
      Regionale uitvoeringsdienst Utrecht 2.0 op te richten als tussenstap naar de
      totstandkoming van de Regionale uitvoeringsdienst Utrecht 2.1, waarin de provincie
      Utrecht en alle Utrechtse gemeenten op termijn zullen gaan deelnemen;
      de Wet gemeenschappelijke regelingen, de Wet algemene bepalingen omgevingsrecht, de
                      Algemene wet bestuursrecht en de Provinciewet;
"""


def test_a_decision_title_ends_at_its_full_stop_before_a_lowercase_clause():
    assert parse_text(_RUD_UTRECHT).metadata.title == (
        "Besluit van de colleges van burgemeester en wethouders van de gemeenten Amersfoort, "
        "Baarn, Bunschoten, Eemnes, Houten, Leusden, Lopik, Nieuwegein, Soest, Utrecht, "
        "Woudenberg, en Gedeputeerde Staten van de provincie Utrecht van 6 oktober 2016 tot "
        "wijziging van de Gemeenschappelijke Regeling Regionale uitvoeringsdienst Utrecht"
    )


# n07 (Pekela), a document site's transcript of the PDF, every line set off by a margin: the
# download button and the first page are found past the margin.
_PEKELA = """\
    Inhoudsopgave: TITEL 7

    Maat: px
    Weergave met pagina beginnen:

    Download "Inhoudsopgave: TITEL 7"

    Transcriptie

    1 CVDR Officiële uitgave van Pekela. Nr. CVDR310096_1 3 april 2018 Verordening \
Leerlingenvervoer Pekela 2013 De raad van de gemeente Pekela, gelezen het voorstel van het \
college van 13 november 2012,
"""


def test_a_transcript_with_a_left_margin_gives_the_name_on_its_first_page():
    assert parse_text(_PEKELA).metadata.title == "Verordening Leerlingenvervoer Pekela 2013"
    assert parse_text(_PEKELA.replace("\n    ", "\n")).metadata.title == (
        "Verordening Leerlingenvervoer Pekela 2013"
    )


# The page's heading above "Geldend van", broken over two or three lines (t10, ze10 as
# `pdftotext -layout` gives them: margin and centred last line; o03 wrapped at 78 columns).
_HEADINGS = [
    (
        "      Verordening ambtelijke bijstand en de fractieondersteuning 2018 gemeente Pijnacker-\n"
        "                                         Nootdorp\n",
        "Verordening ambtelijke bijstand en de fractieondersteuning 2018 gemeente "
        "Pijnacker-Nootdorp",
    ),
    (
        "      Reglement van Orde voor de vergaderingen van Provinciale Staten van Zuid-Holland,\n"
        "      e.a. (Reglement van Orde voor de vergaderingen van Provinciale Staten van Zuid-\n"
        "                                      Holland, e.a.)\n",
        "Reglement van Orde voor de vergaderingen van Provinciale Staten van Zuid-Holland, e.a. "
        "(Reglement van Orde voor de vergaderingen van Provinciale Staten van Zuid-Holland, e.a.)",
    ),
    (
        "Besluit van Gedeputeerde Staten van de provincie Noord-Brabant houdende regels\n"
        "omtrent de subsidie voor het buurtfonds (Subsidieregeling buurtfonds Noord-\n"
        "Brabant)\n",
        "Besluit van Gedeputeerde Staten van de provincie Noord-Brabant houdende regels "
        "omtrent de subsidie voor het buurtfonds (Subsidieregeling buurtfonds Noord-Brabant)",
    ),
]


@pytest.mark.parametrize("heading, title", _HEADINGS, ids=["t10", "ze10", "o03"])
def test_a_page_heading_broken_over_lines_is_read_from_its_first_line(heading, title):
    page = f"Naar de door u bekeken versie\n\n{heading}\nGeldend van 11-11-2010 t/m heden\n\nIntitulé\n"
    assert parse_text(page).metadata.title == title


# zo01 (Almere, docplayer): the title a PDF's layout centres and wraps after a comma of the
# list it names, and the same wrapped in lowercase; the truth takes the whole name.
_ALMERE_TITLE = (
    "BELEIDSLIJN BIBOB GEMEENTE ALMERE VOOR HORECABEDRIJVEN, SPEELAUTOMATENHALLEN,\n"
    "                      SEKSINRICHTINGEN, ESCORTBEDRIJVEN EN GROWSHOPS"
)
_ALMERE_BODY = "\n\nDe burgemeester van Almere;\n\nbesluit:\n\nArtikel 1\nDeze beleidslijn geldt.\n"


@pytest.mark.parametrize(
    "title",
    [_ALMERE_TITLE, _ALMERE_TITLE.title().replace("\n                      S", "\ns")],
)
def test_a_title_wrapped_after_a_comma_or_into_lowercase_goes_on(title):
    found = parse_text(title + _ALMERE_BODY).metadata.title
    assert " ".join(found.lower().split()) == (
        "beleidslijn bibob gemeente almere voor horecabedrijven, speelautomatenhallen, "
        "seksinrichtingen, escortbedrijven en growshops"
    )


def test_a_capitalised_line_below_a_closed_title_is_not_its_part():
    text = "Beleidslijn Bibob gemeente Almere\nInhoudsopgave" + _ALMERE_BODY
    assert parse_text(text).metadata.title == "Beleidslijn Bibob gemeente Almere"
