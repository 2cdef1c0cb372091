"""'de' or 'het' before the name of a regulation: the one place that decides it.

The review writes "de Wet openbaarheid van bestuur", a letter "artikel 4.1 van de
Gedragscode integriteit 2017", a raadsbesluit "gelet op ... van het Besluit ...".
The gender of a name is that of its head noun: the first word that ends in one of the
nouns below ("Algemeen Rijksambtenarenreglement": het; "Uitvoeringswet AVG": de;
"Integriteitsprotocol": het). Names that end in none of them (abbreviations such as
"Awb") are taken as "de", as most laws are.
"""

from __future__ import annotations

_HET_NOUNS = (
    "besluit",
    "reglement",
    "boek",  # wetboek, handboek
    "statuut",
    "verdrag",
    "protocol",
    "decreet",
    "beleid",  # integriteitsbeleid
    "handvest",
)
_DE_NOUNS = ("wet", "verordening", "regeling", "code", "richtlijn", "instructie", "beschikking")


def lidwoord(name: str) -> str:
    """'de' or 'het' for the name of a law, a code or another regulation."""
    for word in name.lower().replace("-", " ").split():
        if word.endswith(_HET_NOUNS):
            return "het"
        if word.endswith(_DE_NOUNS):
            return "de"
    return "de"


def with_article(name: str) -> str:
    """The name with its definite article: 'de Gemeentewet', 'het Wetboek van Strafrecht';
    a name that already has one keeps it."""
    if name.lower().startswith(("de ", "het ")):
        return name
    return f"{lidwoord(name)} {name}"
