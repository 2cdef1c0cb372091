"""Titles that stand in the text but were not found: a name closed by a full stop, a name
run on into its preamble on a PDF's page as one line (texts of the development set)."""

from pathlib import Path

import pytest

from codes.metadata import name_edges
from codes.metadata.run_on import name_end
from tests.conftest import title_of

TEXTS = Path(__file__).parent.parent / "benchmarks" / "devset" / "texts"


def _head(prefix: str, size: int = 3000) -> str:
    path = next(TEXTS.glob(f"{prefix}-*.txt"))
    return path.read_text(encoding="utf-8")[:size]


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        # docplayer's heading, the PDF's heading with its full stop
        ("za02", "Beleidsregel uitvoering Rijkssubsidiekader"),
        ("za07", "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO AMSTERDAM-AMSTELLAND 2008"),
        # the Provinciaal Blad's page title, whose last word is an abbreviation
        ("zi03", "Algemene Subsidieverordening Provincie Limburg 2023 e.v"),
    ],
)
def test_a_name_closed_by_a_full_stop_is_thetitle_of(prefix, title):
    assert title_of(_head(prefix)).rstrip(".") == title


def test_a_sentence_with_a_stop_inside_is_notitle_of():
    text = "Verordening wordt gewijzigd. Dit is de tekst.\n\nArtikel 1\nDe tekst.\n"
    assert title_of(text) is None


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        # studylib: the page as one line, the name up to the parties' preamble
        ("zf02", "GEMEENSCHAPPELIJKE REGELING OMGEVINGSDIENST MIDDEN HOLLAND"),
        # adoc: the name up to its year, the first part's heading after it
        (
            "l03",
            "Gedragscode voor de leden van het college van burgemeester en wethouders van de "
            "gemeente Bunnik 2013",
        ),
    ],
)
def test_a_name_run_on_into_the_page_ends_at_the_preamble_or_its_year(prefix, title):
    assert title_of(_head(prefix)) == title


def test_the_parties_of_a_gemeenschappelijke_regeling_open_its_preamble():
    # r14 and za07 (docplayer's page 1): "De colleges van ...", the Lococensus and Aqualysis
    # regelingen: "De dagelijkse besturen van ..."
    line = "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO AMSTERDAM-AMSTELLAND De colleges van"
    assert (
        line[: name_end(line)]
        == "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO AMSTERDAM-AMSTELLAND"
    )
    line = "Gemeenschappelijke regeling Aqualysis De dagelijkse besturen van het Waterschap"
    assert line[: name_end(line)] == "Gemeenschappelijke regeling Aqualysis"


def test_a_body_heading_a_document_site_picked_is_passed_over():
    # z09 (5dok): the site heads the page with "Hoofdstuk 1. Algemene bepalingen" and repeats
    # it in its button; the PDF's own first line names the APV.
    assert title_of(_head("z09")) == "Algemene Plaatselijke Verordening Albrandswaard 2021"


def test_a_body_heading_that_opens_the_text_still_means_notitle_of():
    text = "Hoofdstuk 1. Algemene bepalingen\n\nArtikel 1\nIn deze verordening wordt verstaan.\n"
    assert title_of(text) is None


def test_the_banner_over_a_wob_document_is_furniture():
    # zn06: the site's sentence above the PDF's text
    assert title_of(_head("zn06")).strip() == "REGLEMENT VAN ORDE VOOR DE RAAD VAN ALMERE 2020"


def test_a_proposal_subject_names_the_regulation_without_its_label():
    # za11 (docplayer): the raadsvoorstel's subject line, with no "vast te stellen"
    assert title_of(_head("za11")) == (
        "Verordening Cliëntenparticipatie Participatiewet Gemeente Tytsjerksteradiel 2015"
    )


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        # a bundle's item number before the name
        ("zm09", "REGELING MELDING MISSTAND PROVINCIE ZUID-HOLLAND 2012"),
        # docplayer's page 1: a file number after the name, before the parties' preamble
        ("r14", "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO TWENTE"),
    ],
)
def test_a_document_number_at_the_edge_of_the_name_is_no_part_of_it(prefix, title):
    assert title_of(_head(prefix)) == title


def test_a_year_or_a_word_at_the_edge_stays():
    assert name_edges.number_end("Regeling melding misstand 2012") == 0
    assert name_edges.without_number("Regeling melding misstand 2012") == (
        "Regeling melding misstand 2012"
    )
    assert name_edges.without_number("Verordening BIZ Centrum") == "Verordening BIZ Centrum"
