"""The one de/het rule (codes/lidwoord.py), as the review, the letters and the besluit use it."""

from __future__ import annotations

import pytest

from codes.lidwoord import lidwoord, with_article
from codes.review import wording
from generator import besluit, framework


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Gemeentewet", "de Gemeentewet"),
        ("Wetboek van Strafrecht", "het Wetboek van Strafrecht"),
        ("Burgerlijk Wetboek", "het Burgerlijk Wetboek"),
        ("Gedragscode integriteit 2017", "de Gedragscode integriteit 2017"),
        # a head noun after the first word: the old letter helper said "de" to both
        ("Rechtspositiebesluit wethouders", "het Rechtspositiebesluit wethouders"),
        (
            "Integriteitsprotocol politieke ambtsdragers",
            "het Integriteitsprotocol politieke ambtsdragers",
        ),
        ("het Reglement van orde", "het Reglement van orde"),  # already has one
        ("Awb", "de Awb"),
    ],
)
def test_with_article(name, expected):
    assert with_article(name) == expected


def test_every_caller_uses_the_one_rule():
    assert wording.lidwoord is lidwoord
    assert framework.with_article is with_article
    assert besluit.with_article is with_article


def test_a_letter_and_a_besluit_cite_with_the_same_article():
    assert framework.law_citation(
        "Besluit begroting en verantwoording provincies en gemeenten", "1", None
    ) == ("artikel 1 van het Besluit begroting en verantwoording provincies en gemeenten")
    assert besluit.cite(["artikel 272 Wetboek van Strafrecht"]) == (
        "artikel 272 van het Wetboek van Strafrecht"
    )
