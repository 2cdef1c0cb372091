"""Who adopted a regulation and from when it applies (`codes/metadata/adopter.py` and the
table of changes in `table.py`), each case a sentence from a real text of the devset."""

from __future__ import annotations

import pytest

from codes import parse_text
from codes.metadata import adopter, in_force, table


def _body(text: str, organisation_type: str | None = "gemeente") -> str | None:
    """The vocabulary term of the first candidate the rules give, as extract_metadata
    would resolve it for an organisation of `organisation_type`."""
    found = list(adopter.adopted_by(text))
    return adopter.term(found[0].value, organisation_type) if found else None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # The raad's decision names the college whose proposal it follows (h03): the
        # body that opens the preamble adopted it, not the one after "voorstel van".
        (
            "Gedragscode integriteit bestuurders in de gemeente Kaag en Braassem\n"
            "De raad van de gemeente Kaag en Braassem;\n"
            "gelezen het voorstel van burgemeester en wethouders van 21 april 2015;\n"
            "gelet op de artikelen 41c, tweede lid, en 69, tweede lid, van de Gemeentewet;\n",
            "gemeenteraad",
        ),
        # Glued to the intitulé by the copy (e07).
        (
            "Intitulé\nKlokkenluidersregeling 2025Het college van Burgemeester en Wethouders "
            "van Aa en Hunze;\ngelet op wetsvoorstel: Wet bescherming klokkenluiders;\n",
            "college van burgemeester en wethouders",
        ),
        # Two bodies, each for its own powers: the collegial one (j06, as the register
        # records the same preamble of g09).
        (
            "De burgemeester en het college van burgemeester en wethouders van de gemeente "
            "Voorschoten, ieder voor zover het haar of zijn bevoegdheden betreft;\n",
            "college van burgemeester en wethouders",
        ),
        # One body a line, up to the preamble's "Overwegende" (j15).
        (
            "Het dagelijks bestuur van het Waterschap Limburg,\n\nDe voorzitter van het "
            "Waterschap Limburg,\n\nDe secretaris-directeur voor zover het artikel 8 betreft,"
            "\n\nOverwegende als volgt.\n",
            "dagelijks bestuur",
        ),
        # A waterschap's algemeen bestuur by its own name (e15, e16).
        (
            "De Algemene Vergadering van Waterschap Zuiderzeeland;\ngelezen het bestuursvoorstel "
            "met nummer 456320 d.d. 5 januari 2016;\n",
            "algemeen bestuur",
        ),
        # The decision's heading (f06, g11).
        (
            "Besluit van de gemeenteraad van de gemeente Roermond houdende regels omtrent de "
            "regels voor de burgemeester\n",
            "gemeenteraad",
        ),
        (
            "Reglement voor het waterschap Noorderzijlvest\nGemeenschappelijk besluit van "
            "provinciale staten van Groningen, Drenthe en Fryslân\n",
            "provinciale staten",
        ),
        # A notice: the body after "dat" decided (f02); "dat zij": the one that announces (i01).
        (
            "Gedeputeerde Staten van Groningen maken bekend dat Provinciale Staten op 14 maart "
            "2018, nr. 4f, voordracht 13/2018, afdeling PO, dossiernummer K302, hebben besloten "
            "tot vaststelling van de Gedragscode integriteit.",
            "provinciale staten",
        ),
        (
            "Gedeputeerde staten van Zeeland maken bekend dat zij in hun vergadering van 1 "
            "september 2009 onder nummer 45 hebben besloten de Procedureregeling in te trekken",
            "gedeputeerde staten",
        ),
        # Statements (k12, k10 of a docplayer transcript, f14).
        ("REGELING KLOKKENLUIDERS\nvastgesteld in B&W op 12 juli 2005\n", None),
        (
            "1 Onderzoeksprotocol bij integriteitmeldingen respectvol, open en eerlijk "
            "samenwerken Vastgesteld door het college van de gemeente Waalwijk d.d. 16 augustus",
            "college van burgemeester en wethouders",
        ),
        (
            "Verordening op de fractieondersteuning 2010\nVastgesteld in de raadsvergadering van"
            "\n3 februari 2010, Gem. blad I nr. 18,\n",
            "gemeenteraad",
        ),
        # A royal decree and a minister: a body outside the vocabulary (h14, t01).
        (
            "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van "
            "Oranje-Nassau, enz. enz. enz.\nOp voordracht van Onze Minister voor Wonen;\n",
            "other",
        ),
        ("De Minister van Financiën,\n\nOverwegende dat het wenselijk is ...", "other"),
    ],
)
def test_adopting_body(text, body):
    if body is None:  # "B&W" names the college whatever the type
        body = "college van burgemeester en wethouders"
    assert _body(text) == body


def test_a_regulation_defined_in_passing_names_no_adopter():
    # j07: the dagelijks bestuur adopted the besluit; the archiefverordening it defines was
    # "vastgesteld bij besluit van het algemeen bestuur".
    text = (
        "    c.\n    archiefverordening\n    de in artikel 40 van de wet bedoelde verordening, "
        "vastgesteld bij besluit van het algemeen bestuur d.d. 5 februari 2016 dan wel ..."
    )
    assert list(adopter.adopted_by(text)) == []


@pytest.mark.parametrize(
    ("words", "kind", "body"),
    [
        ("het college", "gemeente", "college van burgemeester en wethouders"),
        ("het college", "provincie", "gedeputeerde staten"),
        ("het college", "waterschap", "dagelijks bestuur"),
        ("het college", None, None),  # only the type can tell
        ("het college van dijkgraaf en heemraden", None, "dagelijks bestuur"),
        ("Provinciale Staten", None, "provinciale staten"),
        ("de verenigde vergadering", None, "algemeen bestuur"),
        ("raadsvergadering", None, "gemeenteraad"),
        ("de secretaris-directeur", None, "other"),
    ],
)
def test_term(words, kind, body):
    assert adopter.term(words, kind) == body


def _since(text: str) -> str | None:
    found = sorted(in_force.in_force_from(text), key=lambda c: -c.trust)
    return found[0].value if found else None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Deze gedragscode treedt in werking op 20 december 2024.", "2024-12-20"),  # f09
        (
            "BESLUIT\nMet ingang van 1 april 2008 vast te stellen de navolgende Gedragscode 2008.",
            "2008-04-01",
        ),  # f05
        (
            "Vaststellen van het Protocol geheimhouding gemeente Apeldoorn met inwerkingtreding "
            "per 1 april 2026;",
            "2026-04-01",
        ),  # g05
        (
            "Huisvestingsverordening Delft 2019 Vastgesteld bij besluit van de raad van de "
            "gemeente Delft op 27 juni 2019 Datum van inwerkingtreding: 1 juli 2019 Postbus 78",
            "2019-07-01",
        ),  # j10
        (
            "NAAM:\nGEDRAGSCODE BESTUURLIJKE INTEGRITEIT\nINGANGSDATUM:\n12 FEBRUARI 2004\n",
            "2004-02-12",
        ),
        # The regulation's own date, not its first amendment's (f14).
        (
            "Vastgesteld in de raadsvergadering van\n3 februari 2010, Gem. blad I nr. 18,\n"
            "in werking getreden op 1 maart 2010.\ninclusief de 1e wijziging, vastgesteld op 4 "
            "juli 2012\nen in werking getreden op 5 juli 2012\n",
            "2010-03-01",
        ),
        # It takes effect after its publication and applies from the date it reaches back to.
        (
            "Dit besluit treedt in werking op de dag na bekendmaking en werkt terug tot en met "
            "1 januari 2020.",
            "2020-01-01",
        ),
        # No date: a relative moment (f03), another regulation's date (j07), an amendment's (s13).
        ("Dit besluit treedt de dag na bekendmaking in werking.", None),
        ("archiefregeling\nde Archiefregeling die in werking is getreden per 01-04-2010", None),
        (
            "vervalt onder terugwerkende kracht. Deze wijziging werkt terug tot en met 01-01-2020.",
            None,
        ),
    ],
)
def test_in_force_sentence(text, date):
    assert _since(text) == date


_HEADER = (
    "Datum inwerkingtreding\nTerugwerkende kracht tot en met\nDatum uitwerkingtreding\nBetreft\n"
    "Datum ondertekening\nBron bekendmaking\nKenmerk voorstel\n"
)


@pytest.mark.parametrize(
    ("rows", "date"),
    [
        ("12-02-200705-12-2017Nieuwe regeling\n05-12-2006\nGemeenteblad, 2007, 3\n", "2007-02-12"),
        # A second date before the first is the terugwerkende kracht (i13).
        ("16-05-201901-01-2019Nieuwe regeling\n19-02-2019\ngmb-2019-114499\n", "2019-01-01"),
        # Inwerkingtreding, terugwerkende kracht, uitwerkingtreding (i01's third row).
        (
            "17-07-201301-01-2016Art. 1, 5 en 12.\n02-07-2013\nProvinciaal Blad, 2013, 16\n"
            "14-10-200901-10-200917-07-2013Nieuwe regeling\n01-10-2009\nProvinciaal Blad\n",
            "2009-10-01",
        ),
        # Only an amendment of articles: the regulation took effect before (h05).
        ("18-04-201508-12-2014Art. 62, 63, 71\n08-12-2014\nProvinciaal blad, 2015, 2060\n", None),
    ],
)
def test_in_force_table_row(rows, date):
    found = list(table.in_force_row(_HEADER + rows))
    assert (found[0].value if found else None) == date


def test_parsed_metadata_holds_the_term_and_the_date():
    code = parse_text(
        "Gedragscode integriteit raadsleden Sint-Michielsgestel 2016\n"
        "Geldend van 26-08-2016 t/m 09-02-2024\n"
        "De raad van de gemeente Sint-Michielsgestel;\n"
        "gezien het voorstel van het presidium van de gemeenteraad van 23 mei 2016;\n"
        "gelet op artikel 15, derde lid van de Gemeentewet;\n"
        "b e s l u i t :\n"
        "Vast te stellen de bijgaande Gedragscode integriteit raadsleden Sint-Michielsgestel 2016.\n"
        "Artikel 1\nDeze gedragscode treedt in werking op 1 september 2016.\n"
    )
    assert code.metadata.adopted_by == "gemeenteraad"
    # The "Geldend van" line dates the version shown, the article the regulation.
    assert code.metadata.in_force_from == "2016-09-01"
