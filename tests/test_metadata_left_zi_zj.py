"""Misses rounds zi and zj left in the metadata, fixed after the rounds by general rules;
each test is built from the real sentence of the devset text it names."""

from pathlib import Path

from codes import parse_file, parse_text
from codes.organisations import register

DEVSET = Path(__file__).parent.parent / "benchmarks" / "devset" / "texts"


def _devset(prefix: str) -> Path:
    return next(DEVSET.glob(prefix + "-*.txt"))


def _metadata(text: str):
    return parse_text(text, "left.txt").metadata


def test_a_place_inside_a_joint_bodys_name_is_no_gemeente():
    # zj02: the intitulé's subtitle names the Omgevingsdienst Regio Arnhem, not the gemeente
    text = (
        "ODRA Uitvoeringsstrategie Milieu 2026-2029\n"
        "Intitulé\n"
        "ODRA Uitvoeringsstrategie Milieu 2026-2029onderdelen toezicht-, sanctie- en "
        "gedoogstrategie Omgevingsdienst Regio Arnhem\n"
        "1. Inleiding\n"
        "In het omgevingsrecht worden aan vergunningverlening regels gesteld.\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation == "Omgevingsdienst Regio Arnhem"
    assert metadata.organisation_type == "other"


def test_the_register_skips_a_place_after_a_joint_bodys_kind():
    # the same shape in zb04 ("Omgevingsdienst Utrecht"), zb15 ("GGD Drenthe"), za08 and zi14
    # ("Veiligheidsregio Zeeland"); a bare name elsewhere is still read
    for text in (
        "het meerjarenprogramma van de Omgevingsdienst Regio Arnhem.",
        "de taken van de Omgevingsdienst Utrecht.",
        "De GGD Drenthe voert de taken uit.",
        "de gemeenschappelijke regeling Veiligheidsregio Zeeland",
    ):
        assert register().find(text) is None, text
    found = register().find("Het college van Arnhem besluit.")
    assert found is not None and found.organisation.name == "Arnhem"


def test_a_gemeentes_preamble_outranks_the_joint_body_it_mentions():
    # zf13: Utrechtse Heuvelrug mandates the Omgevingsdienst Utrecht
    metadata = parse_file(_devset("zf13")).metadata
    assert metadata.organisation == "Utrechtse Heuvelrug"
    assert metadata.organisation_type == "gemeente"


def test_a_lowercase_word_the_preambles_semicolon_closes_ends_the_joint_bodys_name():
    # zj15: the only instance of the shape in the devset; "Servicepunt71 houdende" and
    # "Veiligheidsregio Zeeland dateert" (no ";") stay cut at the capitals
    text = (
        "Mandaat- en volmachtbesluit Tribuut belastingsamenwerking\n\n"
        "Het bestuur van de gemeenschappelijke regeling Tribuut belastingsamenwerking;\n\n"
        "gelet op:\n\ntitel 10.1 Algemene wet bestuursrecht;\n\nBESLUIT:\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation == "Tribuut belastingsamenwerking"
    assert metadata.organisation_type == "other"
    text = "Het bestuur van de gemeenschappelijke regeling Servicepunt71 houdende regels;\n"
    assert _metadata(text).organisation == "Servicepunt71"


def test_the_body_after_the_gemeenteblad_titles_full_stop_is_no_part_of_the_title():
    # zi08: the only page title of this shape in the devset; a name after a full stop that
    # is no register name stays ("Gedragscode. Provinciale Staten van Utrecht" of a document site)
    text = (
        "Gemeenteblad van Hilversum\n"
        "Alcoholverordening Hilversum 2022. Hilversum\n"
        "Alcoholverordening Hilversum 2022\n"
        "De raad van de gemeente Hilversum,\n"
        "Gelezen het voorstel van burgemeester en wethouders d.d. 19 juli 2022;\n"
    )
    assert _metadata(text).title == "Alcoholverordening Hilversum 2022"
    text = "Gedragscode. Provinciale Staten van Utrecht\n\nArtikel 1\n\nTekst.\n"
    assert _metadata(text).title == "Gedragscode. Provinciale Staten van Utrecht"


def test_a_sentences_lowercase_article_is_no_part_of_a_docplayer_title():
    # zi12: the only docplayer heading of this shape ("De Jeugdwet schrijft ..." of p10 is a
    # sentence, "een en ander ..." of zc07 no regulation's word)
    text = (
        "de Beleidsregels handhaving Wet kinderopvang en kwaliteitseisen peuterspeelzalen\n\n"
        "Maat: px\nWeergave met pagina beginnen:\n\n"
        'Download "de Beleidsregels handhaving Wet kinderopvang en kwaliteitseisen '
        'peuterspeelzalen"\n\nTranscriptie\n\n'
        "1 GEMEENTEBLAD Officiële uitgave van gemeente Capelle aan den IJssel. Nr april 2016\n"
    )
    assert (
        _metadata(text).title
        == "Beleidsregels handhaving Wet kinderopvang en kwaliteitseisen peuterspeelzalen"
    )
    text = "de regeling van de raad\n\nArtikel 1\n\nTekst.\n"
    assert _metadata(text).title == "de regeling van de raad"


def test_a_proposal_on_its_own_line_follows_the_adopting_body():
    # zi15: Haaksbergen's register page leaves the preamble's "op het" out (the only text
    # with a line opening "voorstel van"); within a sentence the words open no preamble
    text = (
        "Erfgoedverordening (6.2a)\n\nOnderwerp: Erfgoedverordening\n\n"
        "De gemeenteraad van Haaksbergen\n\n"
        "voorstel van het college van:\n\n"
        "wettelijke basis: Gemeentewet (artikel 149), Monumentenwet 1988 (artikelen 15 en 38);\n\n"
        "besluit:\n\nvast te stellen de\n\nErfgoedverordening\n"
    )
    assert _metadata(text).adopted_by == "gemeenteraad"
    text = "De gemeenteraad stemt in met het voorstel van de werkgroep.\n\nArtikel 1\n"
    assert _metadata(text).adopted_by is None


def test_a_dateline_above_the_preambles_body_dates_the_decision():
    # zi02: the burgemeester's beleidsregel opens as a letter; zj09 has the same two lines in
    # its signature block; a letter's dateline above "Geachte heer," dates nothing
    text = (
        "Intitulé\n\nBeleidsregel handhaving artikel 13b Opiumwet gemeente Hellendoorn\n\n"
        "Nijverdal, 6 juni 2023 Nr. 2023-013233\n\n"
        "De burgemeester van de gemeente Hellendoorn,\n\n"
        "gelet op artikel 13b, eerste lid van de Opiumwet;\n\nBESLUIT\n"
    )
    metadata = _metadata(text)
    assert metadata.adopted_on == "2023-06-06"
    assert metadata.adopted_by == "burgemeester"
    text = "Regeling X\n\nAssen, 8 maart 2021\n\nGeachte heer,\n\nDe raad van Assen is ...\n"
    assert _metadata(text).adopted_on is None


def test_a_raads_decision_opening_the_page_keeps_its_body_before_the_regelings_parties():
    # zj12: Rotterdam's instemmingsbesluit, the GR's text after its signature; a GR whose
    # parties open the preamble stays no one body's (zj11, in tests/test_metadata_round_zj.py)
    metadata = parse_file(_devset("zj12")).metadata
    assert metadata.organisation == "Rotterdam"
    assert metadata.organisation_type == "gemeente"
    assert metadata.adopted_by == "gemeenteraad"
    assert metadata.adopted_on == "2017-11-30"


def test_a_joint_bodys_name_is_never_cut_at_a_register_name():
    # zj03: "Omgevingsdienst Zuid-Holland Zuid" holds the provincie's name but is no
    # "Omgevingsdienst Zuid-Holland"
    from codes.metadata.joint_names import joint_body

    text = "het algemeen bestuur van de Omgevingsdienst Zuid-Holland Zuid;\n"
    assert list(joint_body(text)) == []
    names = [c.value for c in joint_body("de Omgevingsdienst Regio Arnhem\n")]
    assert names == ["Omgevingsdienst Regio Arnhem", "other"]
