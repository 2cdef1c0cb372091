"""Rules from round xf (regulations of the Omgevingswet era, 2022-2026: adviesrecht, leges,
VTH verordeningen, participatiebeleid, mandates); each test built from the real sentence."""

from codes import parse_text


def _law_refs(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return [
        (r.law, r.article, r.lid, r.onderdeel)
        for r in parse_text(text).references
        if r.kind == "law" and r.article
    ]


# xf02, provincie Fryslân: Legesverordening 2024, gelet op.
_FRYSLAN = (
    "Provinciale staten van Fryslân,\n\n"
    "gelet op de artikelen 220 en 223, eerste lid, aanhef en onderdeel b, en volgende van de "
    "Provinciewet en artikel 13.1a van de Omgevingswet; besluiten vast te stellen de volgende "
    "verordening:\n"
)


def test_an_open_range_set_off_by_a_comma_keeps_the_chain_and_its_law():
    refs = _law_refs(_FRYSLAN)
    assert ("Provinciewet", "220", None, None) in refs
    assert ("Provinciewet", "223", 1, "b") in refs
    assert ("Omgevingswet", "13.1a", None, None) in refs
    # the law is named for the chain, not as a law named without an article
    named = [r for r in parse_text(_FRYSLAN).references if r.kind == "law" and not r.article]
    assert named == []


def test_an_open_range_without_a_comma_is_read_as_before():
    refs = _law_refs("gelet op artikel 160 en volgende van de Gemeentewet;\n")
    assert refs == [("Gemeentewet", "160", None, None)]


# xf08, Cranendonck: Participatiebeleid Omgevingswet, gemeente Cranendonck 2023 (register page).
_CRANENDONCK = (
    "Officiële naam regelingParticipatiebeleid Omgevingswet, gemeente Cranendonck 2023\n"
    "CiteertitelParticipatiebeleid Omgevingswet, gemeente Cranendonck 2023\n\n"
    "Tekst van de regeling\n\nIntitulé\n\n"
    "Participatiebeleid Omgevingswet, gemeente Cranendonck 2023\n\n"
    "1. Inleiding\n\n"
    "De wet geeft gemeenten de opdracht om participatiebeleid vast te stellen voor hun eigen "
    "handelen op grond van de Omgevingswet (motie Nooren). Dit participatiebeleid Omgevingswet "
    "geeft invulling aan die opdracht.\n"
)


def test_the_title_s_name_before_its_body_is_the_code_s_own_short_name():
    named = [
        r.text for r in parse_text(_CRANENDONCK).references if r.kind == "law" and not r.article
    ]
    # "op grond van de Omgevingswet" names the law; "Dit participatiebeleid Omgevingswet" is
    # the code itself, as its full title is
    assert named == ["Omgevingswet"]


def test_a_comma_that_sets_off_no_body_makes_no_short_name():
    # only a body after the comma ("gemeente X") marks what comes before it as the name
    text = _CRANENDONCK.replace(", gemeente Cranendonck 2023", ", versie 2023")
    named = [r.text for r in parse_text(text).references if r.kind == "law" and not r.article]
    assert named == ["Omgevingswet", "Omgevingswet"]


# xf07: Verordening leges omgevingsvergunning 2024, a CVDR page whose copy names no gemeente.
_LEGES = (
    "Verordening leges omgevingsvergunning 2024\n\nIntitulé\n\n"
    "Verordening leges omgevingsvergunning 2024\n\nDe raad besluit\n\n"
    "Artikel 1. Belastbaar feit.\n\n"
    "Onder de naam ‘leges omgevingsvergunning’ worden rechten geheven voor het genot van door of "
    "vanwege het gemeentebestuur verstrekte diensten.\n"
)


def test_het_gemeentebestuur_of_itself_tells_a_gemeente():
    assert parse_text(_LEGES).metadata.organisation_type == "gemeente"


def test_the_gemeentebesturen_in_the_plural_tell_no_kind():
    # a joint body or a provincie speaks of "de gemeentebesturen" of others
    text = _LEGES.replace("het gemeentebestuur", "de gemeentebesturen")
    assert not parse_text(text).metadata.organisation_type


def test_a_joint_body_s_directeur_with_his_role_in_brackets_opens_the_preamble():
    # xf03, Omgevingsdienst Haaglanden: Ondermandaatbesluit ODH 2024 provincie
    from codes import parse_text

    text = (
        "Ondermandaatbesluit ODH 2024 provincie\n\nGeldend van 01-01-2024 t/m heden\n\n"
        "De directeur (ondermandaatgever) van de Omgevingsdienst Haaglanden (ODH),\n\n"
        "overwegende dat het om redenen van doelmatigheid wenselijk is;\n\ngelet op:\n\n"
        "de door Gedeputeerde Staten van Zuid Holland aan de directeur van de Omgevingsdienst "
        "Haaglanden verleende mandaten;\n\nBesluit\n"
    )
    metadata = parse_text(text).metadata
    assert (metadata.organisation, metadata.organisation_type) == (
        "Omgevingsdienst Haaglanden",
        "other",
    )
