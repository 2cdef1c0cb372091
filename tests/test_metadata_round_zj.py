"""Round zj: the metadata of joint bodies' pages (gemeenschappelijke regelingen, a
recreatieschap), each test built from the real text of the devset."""

from pathlib import Path

from codes import parse_file, parse_text

DEVSET = Path(__file__).parent.parent / "benchmarks" / "devset" / "texts"


def _metadata(text: str):
    return parse_text(text, "zj.txt").metadata


def test_parties_glued_to_the_intitule_after_its_year_make_no_single_body():
    # zj11: the lokaleregelgeving intitulé runs into the parties; the provincie named in the
    # considerations left the regulation and is none of its parties.
    text = (
        "Intitulé\n"
        "Gemeenschappelijke regeling voor het recreatiegebied Rottemeren 2024De colleges van "
        "Burgemeester en Wethouders van de gemeenten Rotterdam, Lansingerland en Zuidplas, ieder "
        "voor zover zij voor de eigen gemeente bevoegd zijn;\n"
        "overwegende dat\n"
        "de provincie Zuid-Holland per 1 januari 2018 uit de gemeenschappelijke regeling is "
        "getreden;\n"
        "Besluiten:\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation is None
    assert metadata.organisation_type == "gemeente"
    assert metadata.adopted_by == "college van burgemeester en wethouders"


def test_alsmede_carries_the_list_of_parties_past_its_semicolon():
    # zj07: the amended GR Het Waterschapshuis, made by 22 waterschappen
    text = (
        "Besluit tot eerste wijziging van de gemeenschappelijke regeling Het Waterschapshuis, "
        "Amersfoort\n"
        "De dagelijkse besturen van het waterschap AA en Maas,  waterschap Brabantse Delta, "
        "waterschap De Dommel, wetterskip Fryslân; alsmede de colleges van dijkgraaf en "
        "hoogheemraden van het hoogheemraadschap Amstel, Gooi en Vecht, hoogheemraadschap "
        "Delfland;\n"
        "Gezien de toestemming van de onderscheiden algemene besturen;\n"
        "Besluiten vast te stellen de navolgende gewijzigde gemeenschappelijke regeling:\n"
    )
    assert _metadata(text).adopted_by == "dagelijks bestuur"


def test_the_dateline_of_a_signature_block_dates_the_adoption():
    # zj09: the register's "Ondertekening" block ("Noord-Scharwoude, 25 juni 2014"); 12 and
    # 5 maart 2014 date the proposal and the advice
    path = DEVSET / "zj09-recreatieschap-geestmerambacht-besluit-aanwijzing-terreinen-2014.txt"
    metadata = parse_file(path).metadata
    assert metadata.adopted_on == "2014-06-25"
    assert metadata.adopted_by == "algemeen bestuur"


def test_a_dateline_outside_a_signature_block_dates_nothing():
    # a place and date heading a letter is no signature (`adoption.dateline` needs the signer)
    text = "Regeling X\n\nAssen, 8 maart 2021\n\nGeachte heer,\n\nArtikel 1\n\nTekst.\n"
    assert _metadata(text).adopted_on is None


def test_a_verordening_of_a_joint_bodys_board_names_its_body():
    # zj13: a Blad gemeenschappelijke regeling page opening with the decision heading
    text = (
        "Verordening van het algemeen bestuur van het Recreatieschap Geestmerambacht houdende "
        "regels omtrent de GR (Algemene Verordening van het Recreatieschap Geestmerambacht)\n\n"
        "Hoofdstuk 1 Algemene bepalingen\n\n"
        "Artikel 1.1 Begripsomschrijvingen\n\n"
        "Voor de toepassing van het bij of krachtens deze verordening bepaalde wordt verstaan "
        "onder:\n\n"
        "A. Algemeen bestuur:\n\nhet algemeen bestuur van het Recreatieschap Geestmerambacht;\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation == "Recreatieschap Geestmerambacht"
    assert metadata.organisation_type == "other"
    assert metadata.adopted_by == "algemeen bestuur"
