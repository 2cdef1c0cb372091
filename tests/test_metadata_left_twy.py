"""Metadata misses the rounds t, w and y left, each built from the real lines of the devset
text named in its comment: docplayer transcripts of an older Provinciaal blad, a joint
decision of three Provinciale Staten, a joint body's board run into a transcript's line."""

from codes import parse_text

from .conftest import docplayer_page as _docplayer


def _metadata(text: str):
    return parse_text(text, "x.txt").metadata


_ZEELAND = _docplayer(
    "PROVINCIAAL BLAD VAN ZEELAND",
    "Nummer 32 van 2006 PROVINCIAAL BLAD VAN ZEELAND Algemene subsidieverordening Zeeland 2007 "
    "Besluit van provinciale staten van Zeeland van 8 december 2006, houdende de Algemene "
    "subsidieverordening Zeeland Provinciale staten van Zeeland - gelezen het voorstel van "
    "gedeputeerde staten van 24 oktober 2006, nr. STA /22; - gelet op artikel 143 Provinciewet; "
    "besluiten vast te stellen de navolgende Artikel 1 Algemene subsidieverordening Zeeland "
    "2007 In deze verordening wordt verstaan onder: a. SMART: Specifiek, Meetbaar.",
)
_H = "H" * 59
_GELDERLAND = _docplayer(
    f"Nr. 2012/ november 2012 ISSN: X {_H}",
    f"Provinciaal Blad Nr. 2012/ november 2012 ISSN: X {_H} Besluit van Provinciale Staten van "
    "Gelderland van 28 maart 2012, van Utrecht van 23 april 2012 en van Overijssel van 16 mei "
    "2012 tot opheffing van de waterschappen Vallei en Eem en Veluwe en tot instelling en "
    f"reglementering van Waterschap Vallei en Veluwe. {_H} GEDEPUTEERDE STATEN VAN GELDERLAND; "
    "Maken bekend dat Provinciale Staten op 28 maart 2012 het volgende hebben besloten. "
    "PROVINCIALE STATEN VAN GELDERLAND, UTRECHT EN OVERIJSSEL Gelezen het voorstel van de "
    "colleges van Gedeputeerde Staten van Gelderland, van Utrecht en van Overijssel; Gelet op "
    "artikel 6 van de Waterschapswet; BESLUITEN Ieder voor zover ze bevoegd zijn;",
)


def test_an_older_provinciaal_blads_header_before_the_name():
    # y14: the number before the blad's name ("Nummer 32 van 2006 PROVINCIAAL BLAD VAN
    # ZEELAND"), the name ("Algemene subsidieverordening", a compound after an adjective, as
    # w14's "Financiële verordening") ending where the decision's heading follows it
    meta = _metadata(_ZEELAND)
    assert meta.title == "Algemene subsidieverordening Zeeland 2007"
    assert meta.adopted_on == "2006-12-08"
    assert meta.organisation == "Zeeland"


def test_a_dated_decision_as_a_transcripts_name_runs_to_its_full_stop():
    # t13: a blad's number and month, its ISSN and the PDF's ruling of H's before the decision;
    # the bodies before its date ("van Provinciale Staten van Gelderland") open no preamble
    assert _metadata(_GELDERLAND).title == (
        "Besluit van Provinciale Staten van Gelderland van 28 maart 2012, van Utrecht van 23 "
        "april 2012 en van Overijssel van 16 mei 2012 tot opheffing van de waterschappen "
        "Vallei en Eem en Veluwe en tot instelling en reglementering van Waterschap Vallei en "
        "Veluwe"
    )


def test_a_joint_decision_of_several_bodies_on_several_dates_has_no_one_body_or_date():
    # t13 (its GS announce Gelderland's date only) and q15, a cvdr page of four Provinciale
    # Staten: the truth of both, as g11's, records the type alone
    meta = _metadata(_GELDERLAND)
    assert (meta.organisation, meta.organisation_type, meta.adopted_on) == (None, "provincie", None)
    q15 = (
        "Besluit van provinciale staten van Zuid-Holland van 30 januari 2008, van provinciale "
        "staten van Noord-Brabant van 1 februari 2008, van provinciale staten van Gelderland van "
        "13 februari 2008 en van provinciale staten van Utrecht van 18 februari 2008, nr. "
        "2008RGW01, tot hernieuwde reglementering van het waterschap Rivierenland (Reglement "
        "voor het waterschap Rivierenland)\n\nArtikel 1\n\nHet waterschap heet Rivierenland.\n"
    )
    meta = _metadata(q15)
    assert meta.title.startswith("Besluit van provinciale staten van Zuid-Holland")
    assert (meta.organisation, meta.adopted_on) == (None, None)


def test_one_body_dated_once_keeps_its_date():
    # n14's "Verordening van 4 oktober 2006, houdende ..." and a decision that names another
    # regulation's date after its own keep their adoption
    text = (
        "Besluit van Provinciale Staten van Gelderland van 28 maart 2012, tot wijziging van de "
        "verordening van 1 januari 2000\n\nArtikel 1\n\nDe verordening wordt gewijzigd.\n"
    )
    assert _metadata(text).adopted_on == "2012-03-28"


def test_a_joint_bodys_board_run_into_the_transcripts_line_is_the_organisation():
    # w14: the Gemeenteblad of Blaricum publishes the joint body's regulation; its board
    # opens the preamble right after the name (at a line's start elsewhere: g-round texts)
    text = _docplayer(
        "geautoriseerde investeringskredieten en de actuele raming van de totale uitgaven weergegeven.",
        "GEMEENTEBLAD Officiële uitgave van gemeente Blaricum. Nr april 2016 Financiële "
        "verordening BEL Combinatie Het Algemeen Bestuur van de Werkorganisatie BEL-Gemeenten, "
        "overwegende dat een gemeenschappelijke regeling is aangegaan: de Gemeenschappelijke "
        "Regeling Blaricum Eemnes Laren, waarbij een openbaar lichaam is ingesteld, genaamd "
        "Werkorganisatie BEL- Gemeenten; gelet op artikel 212 van de Gemeentewet, b e s l u i t: "
        "vast te stellen de Financiële verordening BEL Combinatie Artikel 1. Definities In deze "
        "verordening wordt verstaan onder: a. administratie: het verzamelen van informatie.",
    )
    meta = _metadata(text)
    assert meta.title == "Financiële verordening BEL Combinatie"
    assert (meta.organisation, meta.organisation_type) == ("Werkorganisatie BEL-Gemeenten", "other")


_APV_ANNEX = _docplayer(
    "Bijlage (slechts als hulpmiddel) Overzicht van de bestaande artikelen in de huidige APV",
    "Bijlage (slechts als hulpmiddel) Overzicht van de bestaande artikelen in de huidige APV Om "
    "desgewenst de voorgestelde artikelen in de verordening tot wijziging van de APV te kunnen "
    "vergelijken met de artikelen in de huidige APV, treft uw Raad hieronder de artikelen aan "
    "die zijn geschrapt, tekstueel en/of inhoudelijk zijn gewijzigd en/of nieuw zijn.",
)


def test_an_annex_named_as_the_texts_first_line_is_its_title():
    # y10: an annex to a raadsvoorstel published as a document of its own
    assert _metadata(_APV_ANNEX).title == (
        "Bijlage (slechts als hulpmiddel) Overzicht van de bestaande artikelen in de huidige APV"
    )


def test_a_first_line_that_opens_a_part_is_still_no_title():
    for first in ("Bijlage 1", "Bijlage 2 Artikelsgewijze toelichting", "Artikel 1 Begrippen"):
        text = f"{first}\n\nDe raad stelt de regels vast.\n"
        assert _metadata(text).title is None, first


def test_an_apv_tells_a_gemeente():
    # y10 names no body; only a gemeente has an Algemene plaatselijke verordening (Waalre's
    # glued intitulé "Algemene Plaatselijke VerordeningGemeente WaalreBijgewerkt ...", t14
    # and u12, had been typed provincie)
    assert _metadata(_APV_ANNEX).organisation_type == "gemeente"
    text = "Algemene Plaatselijke Verordening 2009\n\nDe provincie wordt over de APV ingelicht.\n"
    assert _metadata(text).organisation_type == "gemeente"


def test_a_sites_body_before_the_title_is_no_part_of_it():
    # w01: the Gemeenteblad heading "Gemeente Leidschendam-Voorburg-Controleverordening 2015";
    # the longest name of the register before a dash is the body, not "Leidschendam"
    text = (
        "Gemeente Leidschendam-Voorburg-Controleverordening 2015\n"
        "De raad van de gemeente Leidschendam-Voorburg;\n \nb e s l u i t :\n \n"
        "vast te stellen de controleverordening 2015 van de gemeente Leidschendam-Voorburg.\n"
        "Artikel 1 Definities\nIn deze verordening wordt verstaan onder: a. Accountant\n"
    )
    assert _metadata(text).title == "Controleverordening 2015"
    # a body's name with a hyphen and nothing after it that names a regulation stays whole
    text = "Gemeente Hendrik-Ido-Ambacht - Nieuws over de raad\n\nDe raad vergaderde.\n"
    assert _metadata(text).title != "Nieuws over de raad"


def test_an_indented_first_page_is_still_the_transcripts():
    # A copy that indents every line opening with a digit ("\t1 Nummer 32 van 2006 ...") lost
    # the transcript's name and decision date (y14, and seven more transcripts' metadata)
    meta = _metadata(_ZEELAND.replace("\n1 ", "\n\t1 "))
    assert (meta.title, meta.adopted_on) == (
        "Algemene subsidieverordening Zeeland 2007",
        "2006-12-08",
    )
