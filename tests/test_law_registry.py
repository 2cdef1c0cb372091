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


def test_a_law_without_a_confirmed_id_is_recognised_but_not_linked():
    law = registry().resolve("Spreidingswet")
    assert law.name == "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen"
    assert law.bwb is None


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
        ("Politiewet 1993", None, "Politiewet 2012"),
    ]
