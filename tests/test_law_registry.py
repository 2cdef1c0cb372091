"""The law registry: built from the BWB list and the overlay, and up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from codes.citations.names import registry
from tools import build_law_registry

BWB_LIST = build_law_registry.DEFAULT_BWB


@pytest.mark.skipif(
    not BWB_LIST.is_file(), reason="shared/data/bwb-2017.tsv is not beside the repo"
)
def test_committed_registry_is_built_from_the_list_and_the_overlay():
    expected = build_law_registry.render(build_law_registry.build(BWB_LIST))
    assert build_law_registry.OUTPUT.read_text(encoding="utf-8") == expected, (
        "run: python -m tools.build_law_registry"
    )


def test_every_national_regulation_of_the_list_is_in_the_registry():
    assert len(registry().laws) > 15000
    assert registry().by_bwb["BWBR0005416"].name == "Gemeentewet"


@pytest.mark.parametrize(
    ("former", "current", "bwb"),
    [
        ("Wet werk en bijstand", "Participatiewet", "BWBR0015703"),
        ("Drank- en Horecawet", "Alcoholwet", "BWBR0002458"),
        ("Ambtenarenwet", "Ambtenarenwet 2017", "BWBR0001947"),
    ],
)
def test_former_titles_resolve_to_the_renamed_law(former, current, bwb):
    law = registry().resolve(former)
    assert (law.name, law.bwb) == (current, bwb)


def test_eu_law_is_not_national():
    assert not registry().resolve("AVG").national


def test_a_lowercase_phrase_equal_to_a_listed_title_is_not_a_law():
    text = "de activiteitenbesluit-achtige regels en het Activiteitenbesluit"
    found = [text[m.start : m.end] for m in registry().find_all(text)]
    assert found == ["Activiteitenbesluit"]


def test_display_names_get_proper_case():
    assert (
        build_law_registry.display_name("wet schadeloosstelling leden tweede kamer")
        == "Wet schadeloosstelling leden Tweede Kamer"
    )
    assert Path(build_law_registry.OUTPUT).name == "law_registry.tsv"


@pytest.mark.parametrize(
    ("spelling", "current", "bwb"),
    [
        # The BWB list has the title of 2015 (or lost its comma); texts write today's title.
        (
            "Wet hygiëne en veiligheid badinrichtingen en zwemgelegenheden",
            "Wet hygiëne en veiligheid badinrichtingen en zwemgelegenheden",
            "BWBR0002660",
        ),
        (
            "Wet openbare lichamen Bonaire, Sint Eustatius en Saba",
            "Wet openbare lichamen Bonaire, Sint Eustatius en Saba",
            "BWBR0028142",
        ),
        (
            "Wet kwaliteit, klachten en geschillen zorg",
            "Wet kwaliteit, klachten en geschillen zorg",
            "BWBR0037173",
        ),
        (
            "Wet justitiële gegevens",
            "Wet justitiële en strafvorderlijke gegevens",
            "BWBR0014194",
        ),
        ("Bal", "Besluit activiteiten leefomgeving", "BWBR0041330"),
        ("Wkkgz", "Wet kwaliteit, klachten en geschillen zorg", "BWBR0037173"),
    ],
)
def test_current_titles_and_abbreviations_resolve(spelling, current, bwb):
    law = registry().resolve(spelling)
    assert (law.name, law.bwb) == (current, bwb)


def test_a_comma_title_is_found_whole_in_running_text():
    text = "gelet op artikel 1 van de Wet openbare lichamen Bonaire, Sint Eustatius en Saba;"
    (mention,) = registry().find_all(text)
    assert text[mention.start : mention.end] == (
        "Wet openbare lichamen Bonaire, Sint Eustatius en Saba"
    )
    assert mention.law.bwb == "BWBR0028142"


def test_a_bes_law_is_found_with_the_commas_the_bwb_list_dropped():
    # zd06, zd14, zd15: the register's note on every regulation of the BES islands.
    text = (
        "op grond van artikel 7 van de Invoeringswet openbare lichamen Bonaire, Sint Eustatius "
        "en Saba en de Positieve lijst regelgeving"
    )
    (mention,) = registry().find_all(text)
    assert mention.law.bwb == "BWBR0028063"
    assert text[mention.end - 4 : mention.end] == "Saba"


def test_a_law_without_a_confirmed_id_is_recognised_but_not_linked():
    law = registry().resolve("Spreidingswet")
    assert law.name == "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen"
    assert law.bwb is None


# A law replaced by a new act of its own name and year: texts of after the change write
# the old name for the new act (g10, Veendam 2023: "de Huisvestingswet"; g09, Utrecht
# 2013: "de artikelen 30 en 33 van de Huisvestingswet", the act of 1992).
_VEENDAM = (
    "Beleidsregel Wet Bibob Veendam\n\nVastgesteld in de vergadering van 14 maart 2023.\n\n"
    "Artikel 1\nGelet op het bepaalde in de Wet Bibob en artikel 4:81 van de Algemene wet "
    "bestuursrecht. Alsook de relevante bepalingen in de Huisvestingswet en artikel 2.3.5 "
    "van de Wmo.\n"
)


@pytest.mark.parametrize(
    ("adopted", "housing", "wmo"),
    [
        ("14 maart 2023", ("Huisvestingswet 2014", "BWBR0035303"), "BWBR0035362"),
        ("20 december 2013", ("Huisvestingswet", "BWBR0005674"), "BWBR0020031"),
        ("1 januari 2015", ("Huisvestingswet 2014", "BWBR0035303"), "BWBR0035362"),
    ],
)
def test_an_old_name_means_the_act_in_force_on_the_codes_date(adopted, housing, wmo):
    from codes import parse_text

    code = parse_text(_VEENDAM.replace("14 maart 2023", adopted))
    laws = {(r.law, r.bwb) for r in code.references if r.kind == "law"}
    assert housing in laws
    assert any(bwb == wmo for _, bwb in laws)


def test_without_an_adoption_date_the_latest_date_in_the_text_decides():
    from codes import parse_text

    undated = _VEENDAM.replace("Vastgesteld in de vergadering van 14 maart 2023.", "")
    old = parse_text(undated + "Gemeenteblad van 3 februari 2010.\n")
    assert ("Huisvestingswet", "BWBR0005674") in {(r.law, r.bwb) for r in old.references}
    current = parse_text(undated)  # no date at all: the act in force today
    assert ("Huisvestingswet 2014", "BWBR0035303") in {(r.law, r.bwb) for r in current.references}


def test_a_successor_under_another_name_is_not_taken_for_the_old_name():
    # The Wob was replaced by the Woo: "Wob" in a text of 2023 is still the Wob (the
    # review says it is repealed), never silently the Woo.
    assert (
        registry().as_of(registry().find_all("de Wob"), "2023-01-01", "de Wob")[0].law.name
        == "Wet openbaarheid van bestuur"
    )


def test_laws_repealed_before_the_bwb_snapshot_are_known():
    # Moerdijk's brandweer verordening of 1998 (h08) and a Staatsblad decree of 2011 (h15)
    # cite laws repealed before 2015, which the BWB list of 2015 no longer holds.
    text = (
        "gelet op; - artikel 1, tweede lid, en artikel 12 van de Brandweerwet 1985, - artikel "
        "149 van de Gemeentewet; ... als bedoeld in artikel 1 van de Wet rampen en zware "
        "ongevallen, ... artikel 50, eerste lid van de Politiewet 1993"
    )
    found = [(m.law.name, m.law.bwb, m.law.successor) for m in registry().find_all(text)]
    assert found == [
        ("Brandweerwet 1985", "BWBR0003764", "Wet veiligheidsregio's"),
        ("Gemeentewet", "BWBR0005416", None),
        ("Wet rampen en zware ongevallen", "BWBR0003765", "Wet veiligheidsregio's"),
        ("Politiewet 1993", "BWBR0006299", "Politiewet 2012"),
    ]


@pytest.mark.parametrize(
    ("bare", "law"),
    [
        ("Archiefwet", "Archiefwet 1995"),
        ("Leerplichtwet", "Leerplichtwet 1969"),
        ("Vreemdelingenwet", "Vreemdelingenwet 2000"),
        ("Wegenverkeerswet", "Wegenverkeerswet 1994"),
    ],
)
def test_a_law_is_cited_without_the_year_of_its_title(bare, law):
    (mention,) = registry().find_all(f"gelet op de {bare};")
    assert mention.law.name == law


def test_a_bare_title_of_unrelated_laws_names_none_and_lowercase_is_no_title():
    # Twelve Belastingplannen, none the successor of the other: "Belastingplan" is none.
    assert registry().resolve("Belastingplan") is None
    assert registry().find_all("het leerplichtwet-achtige regime") == []


@pytest.mark.parametrize(
    ("adopted", "expected"),
    [("1 maart 2005", "Politiewet 1993"), ("1 maart 2020", "Politiewet 2012")],
)
def test_a_bare_title_of_a_law_and_its_successor_is_read_by_date(adopted, expected):
    from codes import parse_text

    code = parse_text(
        f"Regeling\n\nVastgesteld op {adopted}.\n\nArtikel 1\nGelet op artikel 3 van de "
        "Politiewet en op de Politiewet 1993.\n"
    )
    laws = [(r.law, r.article) for r in code.references if r.kind == "law"]
    assert laws == [(expected, "3"), ("Politiewet 1993", None)]  # the year as written stays


# Real sentences from devset texts that cite a law whose BWB id was confirmed (or which was
# added) in round z; each must resolve to the law with its id and its wetten.overheid.nl link.
@pytest.mark.parametrize(
    ("sentence", "law", "bwb", "article"),
    [
        (  # q14, GGD Hart voor Brabant 2005
            "Overwegende dat ingevolge artikel 5 van de Wet collectieve preventie volksgezondheid "
            "de gemeenten de zorg dragen voor de instelling en instandhouding van gemeentelijke "
            "gezondheidsdiensten;",
            "Wet collectieve preventie volksgezondheid",
            "BWBR0004760",
            "5",
        ),
        (  # j08, Gorinchem hondenbelasting 2011
            "een hondenasiel als bedoeld in artikel 1, onderdeel c, van het Honden- en "
            "kattenbesluit 1999, welk asiel",
            "Honden- en kattenbesluit 1999",
            "BWBR0010200",
            "1",
        ),
        (  # h15, Staatsblad 2011
            "gelet op artikel 50, eerste lid van de Politiewet 1993;",
            "Politiewet 1993",
            "BWBR0006299",
            "50",
        ),
        (  # f12, Peel en Maas jeugdhulp 2020
            "een geregistreerd professional, zoals bedoeld in artikel 5.1.1. van het Besluit Jeugdwet",
            "Besluit Jeugdwet",
            "BWBR0035779",
            "5.1.1",
        ),
    ],
)
def test_a_devset_sentence_resolves_to_the_newly_linked_law(sentence, law, bwb, article):
    from codes import parse_text

    code = parse_text(f"Regeling\n\nArtikel 1\n{sentence}\n")
    (ref,) = [r for r in code.references if r.kind == "law" and r.law == law]
    assert (ref.bwb, ref.article) == (bwb, article)
    assert ref.url.startswith(f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={article}")


def test_a_law_named_without_an_article_resolves_with_its_id():
    # v10, Vlaardingen 2026: "bijlage I bij de Omgevingsregeling"; d15: "Abw: Algemene bijstandswet".
    found = {
        m.law.name: m.law.bwb
        for m in registry().find_all(
            "bijlage I bij het Omgevingsbesluit en bijlage I bij de Omgevingsregeling; "
            "d. Abw: Algemene bijstandswet"
        )
    }
    assert found == {
        "Omgevingsbesluit": "BWBR0041278",
        "Omgevingsregeling": "BWBR0045528",
        "Algemene bijstandswet": "BWBR0007333",
    }


def test_eu_law_links_to_eur_lex_by_its_celex_number():
    from codes import parse_text

    code = parse_text("Regeling\n\nArtikel 1\nAls bedoeld in artikel 6 van de AVG.\n")
    (ref,) = [r for r in code.references if r.kind == "eu"]
    assert (ref.law, ref.bwb) == ("Algemene verordening gegevensbescherming", None)
    assert ref.url == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679"


def test_amending_laws_of_after_2015_are_recognised_without_a_link():
    # t09 (Zuid-Holland 2024) and v02 (Pijnacker-Nootdorp 2024) name them; no BWB id confirmed.
    text = (
        "gelet op de Wet versterking participatie op decentraal niveau; Sinds 1 juli 2017 is de "
        "Wet aanpak woonoverlast van kracht; de Wet bevordering integriteit en functioneren "
        "decentraal bestuur"
    )
    found = [(m.law.name, m.law.bwb) for m in registry().find_all(text)]
    assert found == [
        ("Wet versterking participatie op decentraal niveau", None),
        ("Wet aanpak woonoverlast", None),
        ("Wet bevorderen integriteit en functioneren decentraal bestuur", None),
    ]


def test_a_large_text_is_walked_in_windows_with_the_same_mentions(monkeypatch):
    """`LawRegistry._matches` walks a large text a window at a time (ahocorasick_rs holds
    some 8 bytes per character of a text past ASCII): a name across a window's edge, or
    one that starts in one window and overlaps another name, is found as in one walk."""
    from codes.citations import names
    from codes.corpus import catalog

    registry = names.registry()
    text = "\n\n".join(entry.path.read_text(encoding="utf-8") for entry in catalog()[:6])
    whole = registry.find_all(text)
    assert whole
    for window in (97, 1000, 4096):
        monkeypatch.setattr(names, "WINDOW", window)
        assert registry.find_all(text) == whole
