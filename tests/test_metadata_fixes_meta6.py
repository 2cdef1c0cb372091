"""Verkeersbesluiten, a document site's cut heading and a gemeenschappelijke regeling's list
of consents (devset rounds zv and zu; sentences from the texts named in each test)."""

from codes import parse_text
from codes.metadata import consents

_ZV04_TITLE = (
    "Verkeersbesluit voor het instellen van een passeerregeling geldend voor vrachtauto’s, "
    "bussen en landbouwvoertuigen op de N712 Gemaalweg ter hoogte van het gemaal Buma te "
    "Flevoland"
)


def _meta(text: str):
    return parse_text(text, "x.txt").metadata


def test_a_long_name_alone_on_its_line_is_the_title():
    # zv04: 172 characters, longer than a title line runs as a rule
    meta = _meta(
        _ZV04_TITLE + "\n\n3264422\n\nGedeputeerde Staten van Flevoland,\n\ngelet op:\n\n"
        "artikel 15 van de Wegenverkeerswet 1994,\n"
    )
    assert meta.title == _ZV04_TITLE
    assert meta.adopted_by == "gedeputeerde staten"


def test_a_long_line_of_running_text_is_still_no_title():
    # the same words as zv04's name, but the paragraph goes on on the next line
    assert (
        _meta(_ZV04_TITLE + "\nis door het college genomen op verzoek van de gemeente.\n").title
        is None
    )


def test_a_heading_cut_with_an_ellipsis_gives_way_to_the_whole_name():
    # zv11 (fdocuments): the site's title, the page count, then page 1 run into one line
    meta = _meta(
        "Verordening op de heffing en de invordering van onroerende...\n\n17\n"
        "Verordening op de heffing en de invordering van onroerende-zaakbelastingen 2013 De "
        "raad van de gemeente Deventer, Gelezen het voorstel van burgemeester en wethouders "
        "d.d. 27 november 2012, nummer 763957, team Belastingen. Gelet op de artikelen 220 tot "
        "en met 220h van de Gemeentewet. BESLUIT Vast te stellen de navolgende verordening:\n"
    )
    assert meta.title == (
        "Verordening op de heffing en de invordering van onroerende-zaakbelastingen 2013"
    )


def test_an_official_opening_the_preamble_decides_by_mandate():
    # zv05 (zf10's "De directeur van de Omgevingsdienst Midden-Holland, ..." the same)
    meta = _meta(
        "VERKEERSBESLUIT\n\n2013000337\n\nBetreft: Instellen van een gesloten verklaring voor "
        "alle verkeer op een gedeelte van de Eerste Hogerwaarddwarsweg te Rilland.\n\n"
        "Het afdelingshoofd beleid waterkeringen en wegen van waterschap Scheldestromen,\n\n"
        "gelet op de bepalingen van de Wegenverkeerswet 1994,\n\nbesluit:\n"
    )
    assert meta.adopted_by == "other"


def test_the_body_that_opens_the_preamble_outranks_its_officials():
    # j15: the dagelijks bestuur, its voorzitter and secretaris-directeur each for their powers
    meta = _meta(
        "Het dagelijks bestuur van het Waterschap Limburg,\n\n"
        "De secretaris-directeur voor zover het artikel 8 betreft,\n\n"
        "Gelet op artikel 10:3 van de Algemene wet bestuursrecht;\n\nBesluit:\n"
    )
    assert meta.adopted_by == "dagelijks bestuur"


def test_the_body_under_the_dictum_label_decided():
    # zv06: the excerpt ends with the label and the body
    meta = _meta(
        "Overwegingen ten aanzien van het besluit\n"
        "De provincie heeft het voornemen verkeerstekens te plaatsen voor een tijdelijke "
        "bouwweg ter realisatie van het project “nieuwe verbinding N69” (aansluiting op de "
        "provinciale weg N397).\nVereiste van besluit\nOp grond van artikel 15, eerste lid, "
        "van de Wegenverkeerswet 1994 moet een verkeersbesluit worden genomen.\n"
        "Motivering van het besluit\nOvereenkomstig artikel 24 van het BABW is overleg "
        "gepleegd met de korpschef van het regionaal politiekorps Brabant Zuid-Oost. "
        "Overeenkomstig artikel 25 van het BABW is voorts overleg gepleegd met gemeente "
        "Bergeijk.\nBesluit\nGedeputeerde Staten van Noord-Brabant\n"
    )
    assert meta.adopted_by == "gedeputeerde staten"
    assert meta.title is None  # the considerations' heading names a part


_CONSENTS = (
    "De Raad van de gemeente Alblasserdam heeft in zijn vergadering op 16 april 2019;\n\n"
    "De Raad van de gemeente Albrandswaard heeft in zijn vergadering op 6 mei 2019;\n\n"
    "Het Algemeen Bestuur van het Waterschap Hollandse Delta heeft in zijn vergadering op "
    "20 juni 2019;\n"
)


def test_a_list_of_consents_names_no_one_party_nor_its_date():
    # zu07: the third amendment's publication of the SVHW regeling
    meta = _meta(
        "3e wijziging GR SVHW 2015\n\nPublicatie vaststelling besluit 3e wijziging "
        "Gemeenschappelijke Regeling SVHW 2015 met als deelnemers de colleges van Burgemeester "
        "en Wethouders van de gemeenten Alblasserdam, Albrandswaard.\n\n" + _CONSENTS
    )
    assert meta.organisation is None
    assert meta.adopted_on is None


def test_one_consent_is_no_list():
    assert consents.listed(_CONSENTS.split("\n\n")[0]) is None
    span = consents.listed("Intro.\n\n" + _CONSENTS)
    assert span is not None and span[0] == len("Intro.\n\n")
