"""Metadata misses the rounds x and y left: docplayer transcripts of a Provinciaal blad,
decision headings a transcript runs into one line, a signature's dateline."""

from codes import parse_text

from .conftest import docplayer_page as _docplayer


def _metadata(text: str):
    return parse_text(text, "x.txt").metadata


def test_the_publication_name_before_a_full_stop_is_no_part_of_the_title():
    # y12, y13, y15 (and p05's "GEMEENTEBLAD. Nr Verordening ..."): the site joins the PDF's
    # first lines with ". "
    for heading, title in (
        (
            "PROVINCIAAL BLAD. Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland",
            "Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland",
        ),
        (
            "PROVINCIAAL BLAD. 22e wijziging van de regels Ruimte voor Gelderland 2016",
            "22e wijziging van de regels Ruimte voor Gelderland 2016",
        ),
    ):
        text = _docplayer(heading, "PROVINCIAAL BLAD Officiële uitgave van de provincie")
        assert _metadata(text).title == title


def test_the_decision_heading_run_into_a_transcripts_first_page_dates_the_adoption():
    # y12, y14, y15 (and j09, right before): the heading the PDF set on its own line under the
    # name; n14: "Verordening van <date>, houdende ..." at the page's start
    for page, date in (
        (
            "PROVINCIAAL BLAD Officiële uitgave van de provincie Zuid-Holland Nr juni 2017 "
            "Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland Besluit van Gedeputeerde "
            "Staten van 28 maart 2017, PZH , tot vaststelling van de Subsidieregeling "
            "stageplaatsen MBO en HBO Zuid-Holland Gedeputeerde Staten van Zuid-Holland; "
            "Gelet op artikel 3 van de Algemene subsidieverordening Zuid-Holland 2013;",
            "2017-03-28",
        ),
        (
            "Nummer 32 van 2006 PROVINCIAAL BLAD VAN ZEELAND Algemene subsidieverordening "
            "Zeeland 2007 Besluit van provinciale staten van Zeeland van 8 december 2006, "
            "houdende de Algemene subsidieverordening Zeeland Provinciale staten van Zeeland",
            "2006-12-08",
        ),
        (
            "Verordening van 4 oktober 2006, houdende nieuwe bepalingen met betrekking tot het "
            "verstrekken van subsidie (Algemene subsidieverordening provincie Fryslân 2006) "
            "Provinciale Staten van Fryslân, gelet op artikel 145 van de Provinciewet",
            "2006-10-04",
        ),
    ):
        assert _metadata(_docplayer("PROVINCIAAL BLAD VAN ZEELAND", page)).adopted_on == date


def test_a_decision_named_in_the_running_text_of_a_transcript_dates_nothing():
    page = (
        "Gemeenschappelijke regeling Grondbank De raden van de gemeenten Zuidplas en "
        "Waddinxveen; gelet op de wijziging bij besluit van het algemeen bestuur van 3 mei 2010;"
    )
    assert _metadata(_docplayer("Gemeenschappelijke regeling Grondbank", page)).adopted_on is None


def test_a_provincie_in_a_definition_is_not_the_organisation():
    # x04, n13 (and t07): the joint body of waterschappen defines the provincie that
    # supervises it
    page = (
        "Gemeenschappelijke regeling Aqualysis De dagelijkse besturen van het Waterschap Groot "
        "Salland en het Waterschap Vechtstromen, ieder voor zover voor het eigen waterschap "
        "bevoegd; Besluiten de navolgende gemeenschappelijke regeling te treffen: Artikel 1: "
        "Begripsbepalingen In deze regeling wordt verstaan onder: a. bestuur het bestuur van "
        "Aqualysis; d. gedeputeerde staten: gedeputeerde staten van de provincie Overijssel, "
        "tenzij uit de regeling anders blijkt; e. regeling: de gemeenschappelijke regeling "
        "Aqualysis f. verrichting: een werkzaamheid"
    )
    metadata = _metadata(_docplayer("Gemeenschappelijke regeling Aqualysis", page))
    assert (metadata.organisation, metadata.organisation_type) == ("Aqualysis", "other")


def test_a_provincie_after_its_kinds_word_outside_a_definition_still_counts():
    text = "Regeling melding misstanden provincie Overijssel 2018\n\nArtikel 1\n\nDeze regeling.\n"
    metadata = _metadata(text)
    assert (metadata.organisation, metadata.organisation_type) == ("Overijssel", "provincie")


def test_a_signatures_dateline_beside_the_signer_dates_the_adoption():
    # x08 (after the signer's name) and codes/corpus/rheden.txt (before "De raad voornoemd,")
    text = (
        "Besluit van de provinciesecretaris van Drenthe\n\n"
        "De provinciesecretaris van Drenthe;\n\nbesluit:\n"
        "- 1.\nde Instructies vast te stellen;\n"
        "- 2.\ndat dit besluit in werking treedt met ingang van de dag na de datum van uitgifte "
        "van het Provinciaal Blad waarin het wordt geplaatst.\n"
        "De provinciesecretaris voornoemd,\nW.F. Brenkman MSc\nAssen, 8 maart 2021\n"
        "Kenmerk BC/2021001160\nUitgegeven: 22 juni 2021\n"
    )
    assert _metadata(text).adopted_on == "2021-03-08"
    text = (
        "Gedragscode\n\nArtikel 1\n\nDeze gedragscode treedt in werking.\n\n"
        "De Steeg, 21 april 2020\n\nDe raad voornoemd,\n\nvoorzitter.\n"
    )
    assert _metadata(text).adopted_on == "2020-04-21"


def test_a_dateline_without_a_signer_dates_nothing():
    # f06: a letter's dateline under the title; b16: a newspaper in a list of publications
    text = (
        "Gedragscode voor de burgemeester van de gemeente Roermond\n\n"
        "Roermond, 12 mei 2016\n\nInleiding\n\nBrabants dagblad, 28 december 2000\n"
    )
    assert _metadata(text).adopted_on is None


def test_the_citeertitel_ends_at_the_next_label_of_limburgs_header():
    # y11: the Provinciaal blad van Limburg's label block, run into one transcript line
    page = (
        "PROVINCIAAL BLAD JAARGANG: NR.: Officiële naam regeling: Subsidieregeling groenblauwe "
        "diensten Limburg Citeertitel: Subsidieregeling groenblauwe diensten Limburg Naam "
        "ingetrokken regeling: N.v.t. Besloten door: Gedeputeerde Staten Onderwerp: Regeling "
        "groenblauwe diensten provincie Limburg Datum inwerkingtreding: 1 maart 2011 Looptijd "
        "regeling: van 1 maart 2011 tot (einddatum niet bepaald) Verantwoordelijke afdeling: "
        "Landelijk Gebied"
    )
    metadata = _metadata(_docplayer("PROVINCIAAL BLAD JAARGANG: NR.:", page))
    assert metadata.citeertitel == "Subsidieregeling groenblauwe diensten Limburg"


def test_a_joint_body_named_with_its_article_is_the_organisation():
    # x02: adopted by "Het AB van de Gemeenschappelijke regeling Regio Arnhem-Nijmegen", the
    # openbaar lichaam it set up named in apposition with its article
    text = (
        "Informatieprotocol Groene Metropoolregio Arnhem-Nijmegen\n\n"
        "Het AB van de Gemeenschappelijke regeling Regio Arnhem-Nijmegen, bijeen in zijn "
        "vergadering van 15 september 2021 ;\n\n"
        "Gehoord hebbende de college’s en gemeenteraden van de deelnemende gemeenten;\n\n"
        "Hoofdstuk 1 Inleiding\n\n"
        "De versterkte regio heeft geresulteerd in het openbaar lichaam de Groene "
        "Metropoolregio Arnhem-Nijmegen (verder Groene Metropoolregio).\n"
    )
    metadata = _metadata(text)
    assert (metadata.organisation, metadata.organisation_type) == (
        "Groene Metropoolregio Arnhem-Nijmegen",
        "other",
    )
