"""Citation misses of the za round of the development set (PDF transcripts): each from its
real sentence, with the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .conftest import law_refs as _refs

WGHOR = "Wet geneeskundige hulpverlening bij ongevallen en rampen"


def test_the_repealed_acts_of_the_veiligheidsregio_are_laws_of_their_own():
    # Gemeenschappelijke regeling Veiligheidsregio Amsterdam-Amstelland 2008 (za07, docplayer):
    # the WGHOR was unknown, so its "artikel 3" went to the Brandweerwet 1985 named before it.
    code = parse_text(
        "b. Op grond van de Brandweerwet 1985, artikel 3 lid 1, treffen de colleges van "
        "burgemeester en wethouders van een veiligheidsregio een gemeenschappelijke regeling op "
        "het gebied van Brandweerzorg; c. Op grond van de Wet geneeskundige hulpverlening bij "
        "ongevallen en rampen, artikel 3, treffen de colleges van burgemeester en wethouders van "
        "een veiligheidsregio een gemeenschappelijke regeling inzake Geneeskundige hulpverlening"
    )
    assert _refs(code) == [("Brandweerwet 1985", "3", 1, None), (WGHOR, "3", None, None)]
    # named without an article, beside the Wet ambulancevervoer (za08); no id is confirmed
    code = parse_text(
        "dat de bestaande gemeenschappelijke regeling dateert uit 2006 en gegrond is op de "
        "Brandweerwet 1985, de Wet ambulancevervoer, de Wet geneeskundige hulpverlening bij "
        "ongevallen en rampen, de Politiewet 1993 en de Gemeentewet;"
    )
    named = [(r.law, r.bwb) for r in code.references if r.kind == "law"]
    assert named == [
        ("Brandweerwet 1985", "BWBR0003764"),
        ("Wet ambulancevervoer", None),
        (WGHOR, None),
        ("Politiewet 1993", "BWBR0006299"),
        ("Gemeentewet", "BWBR0005416"),
    ]


def test_a_number_with_a_letter_or_in_a_list_before_a_law_is_its_article():
    # Gewijzigd handhavingsbeleid artikel 13b Opiumwet, Alphen-Chaam 2016 (za13, docplayer):
    # "handhavingsbeleid 13b Opiumwet" cites article 13b without the word artikel; the
    # Opiumwet was counted as named without an article.
    code = parse_text(
        "Op 8 december 2013 stelde de gemeente Alphen-Chaam haar handhavingsbeleid 13b Opiumwet "
        "(hierna: damocles-beleid) vast."
    )
    assert _refs(code) == [("Opiumwet", "13b", None, None)]
    # Regeling integriteit Algemene Zaken, Staatscourant 2010 (k01): a list of offences, each
    # with its article before the law; a plain number only where it opens an item of the list
    code = parse_text(
        "het schenden van geheimhoudingsverplichting (272 WbvSr; 125a AW en 2:5 Algemene Wet "
        "Bestuursrecht (Awb)), het niet melden van nevenwerkzaamheden (61 ARAR) en (61a ARAR)."
    )
    # "WbvSr" is the Wetboek van Strafrecht; "AW" alone is no safe abbreviation
    assert _refs(code) == [
        ("Wetboek van Strafrecht", "272", None, None),
        ("Algemene wet bestuursrecht", "2:5", None, None),
        ("Algemeen Rijksambtenarenreglement", "61", None, None),
        ("Algemeen Rijksambtenarenreglement", "61a", None, None),
    ]


def test_a_bare_number_that_is_no_article_stays_a_name_of_the_law():
    # a division and a year before the name are not articles
    code = parse_text("De regels van hoofdstuk 4 Awb gelden; sinds 2015 Participatiewet.")
    assert [(r.law, r.article) for r in code.references if r.kind == "law"] == [
        ("Algemene wet bestuursrecht", None),
        ("Participatiewet", None),
    ]
