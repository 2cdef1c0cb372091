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
