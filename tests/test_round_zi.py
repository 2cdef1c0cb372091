"""Misses of round zi (regulations of kinds the earlier rounds did not use), each from its
real sentence: an article that is the subject of a sentence is no heading, and the
registry knows the Infectieziektenwet under the spelling without its n."""

from __future__ import annotations

from codes import parse_text

from .conftest import article_headings


def test_an_article_that_is_the_subject_of_a_sentence_is_no_heading():
    # Beheersverordening 2014 gemeentelijke begraafplaats Woudenberg (zi10): the
    # register's remark above the text, then the regulation's own first article
    text = (
        "Opmerkingen met betrekking tot de regeling\n\n"
        "Deze verordening vervangt de Beheersverordening 2005 gemeentelijke begraafplaats "
        "Woudenberg, zoals vastgesteld op 01-02-2005.\n\n"
        "Artikel 33 bevat een overgangsbepaling.\n\n"
        "Tekst van de regeling\n\n"
        "Hoofdstuk I Inleidende bepalingen\n\n"
        "Artikel 1 Begripsomschrijvingen\n\n"
        "In deze verordening wordt verstaan onder:\n"
    )
    assert article_headings(text) == [("1", "Begripsomschrijvingen")]


def test_amending_sentences_about_an_article_are_no_headings():
    # The shape of every amending decision: "Artikel 12 vervalt." and "Artikel 4 is van
    # toepassing" say something of an article; a lowercase noun title is still a title
    text = (
        "Artikel 12 vervalt.\n\n"
        "Artikel 4 is van overeenkomstige toepassing.\n\n"
        "Artikel 1 begripsbepalingen\n\n"
        "In deze regeling wordt verstaan onder: a. college: het college.\n"
    )
    assert article_headings(text) == [("1", "begripsbepalingen")]


def test_the_registry_knows_the_infectieziektenwet_spelt_without_its_n():
    # Gemeenschappelijke regeling GGD Zeeland 2008 (zi14), its gelet op of five laws
    code = parse_text(
        "gelet op de bepalingen van de Wet gemeenschappelijke regelingen, de Wet collectieve "
        "preventie volksgezondheid, de Wet op de lijkbezorging, de Wet geneeskundige "
        "hulpverlening bij rampen en de Infectieziektewet;"
    )
    named = [(r.law, r.bwb) for r in code.references if r.kind == "law"]
    assert named[-1] == ("Infectieziektenwet", "BWBR0009684")
    assert len(named) == 5
