"""Misses of round zo (PDF transcripts and registers), each from its real sentence."""

from __future__ import annotations

from codes import parse_text


def _refs(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(r.kind, r.law, r.article, r.text) for r in parse_text(text).references]


def test_a_coordinated_compound_verordening_is_a_local_regulation():
    # Almere's Beleidslijn BIBOB 2005 (zo01, docplayer): the article of the gemeente's own
    # Drank- en Horecaverordening is not the Drank- en Horecawet's, named just before.
    text = (
        "Gelet op de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur "
        "(Wet BIBOB), artikel 4:81 van de Algemene wet bestuursrecht, artikel 3 van de "
        "Drank- en Horecawet, artikel 3 van de Drank- en Horecaverordening 2002, artikel 8 "
        "van de Verordening op de speelautomaten 2004;\n\nArtikel 1\nTekst."
    )
    refs = _refs(text)
    assert ("law", "Alcoholwet", "3", "artikel 3 van de Drank- en Horecawet") in refs
    assert (
        "local",
        "Drank- en Horecaverordening 2002",
        "3",
        "artikel 3 van de Drank- en Horecaverordening 2002",
    ) in refs
    assert [r for r in refs if r[0] == "law" and r[1] == "Alcoholwet"] == [
        ("law", "Alcoholwet", "3", "artikel 3 van de Drank- en Horecawet")
    ]


def test_a_hyphen_without_a_coordinated_word_is_not_joined():
    # "Drank-" alone before a name is no coordinated compound: the name is the next word's.
    refs = _refs("Gelet op artikel 2 van de Afvalstoffenverordening 2004;\n\nArtikel 1\nTekst.")
    assert ("local", "Afvalstoffenverordening 2004", "2") in [r[:3] for r in refs]


def test_an_abbreviation_coined_with_the_laws_year_names_it():
    # Heerde's integriteitsbeleid 2022 (zo05): "de Ambtenarenwet 2017 (AW2017)", then "de AW2017".
    text = (
        "Met de inwerkingtreding van de Wnra is ook de Ambtenarenwet 2017 (AW2017) van kracht "
        "gegaan. Dit verplicht de AW2017 overheidswerkgevers tot een integriteitsbeleid."
    )
    named = [r for r in parse_text(text).references if r.text == "AW2017"]
    assert [(r.bwb, r.resolved_via) for r in named] == [("BWBR0001947", "definition")]


def test_a_year_in_the_bracket_that_the_name_lacks_coins_nothing():
    text = "De Ambtenarenwet (AW2019) geldt. Dit verplicht de AW2019 tot beleid."
    assert not [r for r in parse_text(text).references if r.text == "AW2019"]
