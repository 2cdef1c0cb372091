"""Laws that older regulations cite and that the 2015 BWB list lacks (repealed before it),
each from a real sentence of a text that cites it: the registry knows them with the id a
published consolidated text shows, and "WOR", which two laws claim, means the one the
text is about."""

from __future__ import annotations

import pytest

from codes import parse_text
from codes.citations.names import registry
from codes.citations.shared_abbreviations import meant

from .conftest import bwb_refs


def test_the_wwik_of_a_reintegratieverordening_is_the_wet_werk_en_inkomen_kunstenaars():
    # De Reïntegratieverordening Wet werk en inkomen kunstenaars 2005 of Hilversum, art. 1:
    # http://decentrale.regelgeving.overheid.nl/cvdr/XHTMLoutput/Actueel/Hilversum/CVDR48612.html
    text = (
        "Artikel 1 Begrippen\n\n1. In deze verordening wordt verstaan onder:\n\n"
        "a. WWIK: Wet werk en inkomen kunstenaars;\n\n"
        "c. echtgenoot: de echtgenoot van de kunstenaar, waaronder begrepen de geregistreerde "
        "partner, bedoeld in artikel 2, eerste lid, aanhef en onder a van de WWIK en de "
        "ongehuwd samenwonende, bedoeld in artikel 2, tweede lid, aanhef en onder a van de "
        "WWIK;\n"
    )
    cited = [ref for ref in bwb_refs(text) if ref[1]]  # the definition names the law alone
    assert cited == [("BWBR0017837", "2", "1"), ("BWBR0017837", "2", "2")]


def test_the_wik_is_the_older_act_it_replaced():
    # Uitvoeringsbesluit Wik of 5 juni 1998, art. 1 (https://st-ab.nl/wetwikoruw.htm)
    text = (
        "c. inlichtingenverplichting: de verplichting, bedoeld in artikel 15, tweede lid, "
        "onderdeel c, van de Wet inkomensvoorziening kunstenaars;\n"
    )
    code = parse_text(text)
    (ref,) = [r for r in code.references if r.kind == "law"]
    assert (ref.law, ref.bwb, ref.article, ref.lid) == (
        "Wet inkomensvoorziening kunstenaars",
        None,  # no confirmed id: no link rather than a wrong one
        "15",
        2,
    )
    law = registry().resolve("Wik")
    assert (law.repealed_on, law.successor) == ("2005-01-01", "Wet werk en inkomen kunstenaars")


def test_the_wet_op_de_openluchtrecreatie_and_its_wor():
    # Beleidsnota kleinschalig kamperen of Borger-Odoorn (2007), its heading and first line:
    # https://repository.officiele-overheidspublicaties.nl/cvdr/CVDR482354/1/html/CVDR482354_1.html
    text = (
        "Gevolgen voor het kampeerbeleid na intrekking van de Wet op de Openluchtrecreatie "
        "(WOR)\n\nAl weer vele jaren is de Wet op de Openluchtrecreatie (WOR) van kracht. "
        "Met ingang van 1 januari 2008 vervalt de wet in het licht van de deregulering van "
        "het Rijk.\n"
    )
    found = registry().find_all(text)
    assert {m.law.bwb for m in found} == {"BWBR0006548"}


def test_an_article_of_the_wet_op_de_openluchtrecreatie():
    # Regeling natuurkampeerterreinen (1995), its preamble:
    # https://wetten.overheid.nl/BWBR0007398/1995-11-01
    text = (
        "De Minister van Landbouw, Natuurbeheer en Visserij,\n\nGelet op artikel 8, tweede "
        "lid, onderdeel c, van de Wet op de Openluchtrecreatie;\n\nBesluit:\n"
    )
    assert bwb_refs(text) == [("BWBR0006548", "8", "2")]


def test_the_wor_of_a_text_about_the_ondernemingsraad_stays_that_law():
    claimants = registry().shared["WOR"]
    assert {law.name for law in claimants} == {
        "Wet op de ondernemingsraden",
        "Wet op de openluchtrecreatie",
    }
    text = "De ondernemingsraad heeft instemmingsrecht op grond van artikel 27 WOR.\n"
    assert bwb_refs(text) == [("BWBR0002747", "27", "")]
    # neither subject written: the date decides, else the law still in force
    assert meant(claimants, "artikel 8 wor", lambda: "2003-05-01").bwb == "BWBR0002747"
    assert meant(claimants, "artikel 8 wor", lambda: None).bwb == "BWBR0002747"
    text = "Het is verboden zonder vergunning een kampeerterrein te houden (artikel 8 WOR).\n"
    assert bwb_refs(text) == [("BWBR0002747", "8", "")]  # no subject, no date: in force
    text = "Kampeerverordening op grond van de openluchtrecreatie; artikel 8 WOR.\n"
    assert bwb_refs(text) == [("BWBR0006548", "8", "")]


def test_an_article_of_the_wet_stedelijke_vernieuwing():
    # Besluit beleidskader stedelijke vernieuwing 2005, its preamble:
    # https://hse.sdu.nl/content/BWBR0018626-20051025
    text = "Gelet op artikel 7, tweede lid, van de Wet stedelijke vernieuwing;\n"
    assert bwb_refs(text) == [("BWBR0011788", "7", "2")]


def test_the_wet_op_de_ruimtelijke_ordening_of_1962_has_its_id():
    # politiedierenenmilieu.nl on kamperen after 2008: 'De Wet op de Ruimtelijke Ordening
    # (WRO) regelt echter alleen de "bestemming cq het gebruik" van de gebieden.'
    text = (
        "De Wet op de Ruimtelijke Ordening (WRO) regelt echter alleen de bestemming van de "
        "gebieden.\n"
    )
    assert {m.law.bwb for m in registry().find_all(text)} == {"BWBR0002375"}


@pytest.mark.parametrize(
    ("name", "bwb", "repealed_on", "successor"),
    [
        ("Welzijnswet 1994", "BWBR0006705", "2007-01-01", "Wet maatschappelijke ondersteuning"),
        ("Wet werk en inkomen kunstenaars", "BWBR0017837", "2012-01-01", None),
        ("Wet op de jeugdhulpverlening", "BWBR0004608", "2005-01-01", "Wet op de jeugdzorg"),
        ("Wet stedelijke vernieuwing", "BWBR0011788", "2011-01-01", None),
        ("Wet op de openluchtrecreatie", "BWBR0006548", "2008-01-01", None),
        ("Wet verontreiniging oppervlaktewateren", "BWBR0002682", "2009-12-22", "Waterwet"),
        ("Wet op de waterkering", "BWBR0007801", "2009-12-22", "Waterwet"),
        ("Wet op de Ruimtelijke Ordening", "BWBR0002375", "2008-07-01", "Wet ruimtelijke ordening"),
        ("Wet inburgering nieuwkomers", None, "2007-01-01", "Wet inburgering"),
        ("Grondwaterwet", None, None, "Waterwet"),
    ],
)
def test_repealed_laws_have_their_id_date_and_successor(name, bwb, repealed_on, successor):
    law = registry().resolve(name)
    assert law is not None and law.name == name
    assert (law.bwb or None, law.repealed_on or None, law.successor or None) == (
        bwb,
        repealed_on,
        successor,
    )


def test_wvo_in_mixed_case_is_the_water_law_and_wvo_in_capitals_the_school_law():
    assert registry().resolve("Wvo").bwb == "BWBR0002682"
    assert registry().resolve("WVO").bwb == "BWBR0002399"
