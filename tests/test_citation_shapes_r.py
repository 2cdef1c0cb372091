"""Citation shapes of the r round of the development set (gelet op clauses and
definitions of verordeningen, mandaat- en delegatiebesluiten, reglementen van orde and
gemeenschappelijke regelingen): each from its real sentence, with the references it
must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .test_citation_grammar import _refs


def _laws(code) -> list[tuple[str, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.kind == "law"]


def test_a_law_right_after_its_article_closes_it_and_opens_nothing():
    # Delegatiebesluit Delfland 2023 (r01): each article has its law after it, no "van de";
    # "artikel 7.4" belongs to the provincial verordening after it, not to the Waterschapswet.
    _, found = _refs(
        "Legger Delfland: de legger van het Hoogheemraadschap van Delfland als bedoeld in "
        "artikel 2.39 Omgevingswet, artikel 78 Waterschapswet, artikel 7.4 Zuid-Hollandse "
        "Omgevingsverordening en artikel 5 Reglement van Bestuur voor het Hoogheemraadschap "
        "van Delfland, bestaande uit de leggerkaart en de leggertekst."
    )
    assert [f for f in found if f[0]] == [
        ("Omgevingswet", "2.39", None, None),
        ("Waterschapswet", "78", None, None),
    ]
    # the law-first list still splits at a law after a comma (j round)
    _, found = _refs("gelet op Drank- en Horecawet, art. 23, Gemeentewet, art. 147 en 149;")
    assert found == [
        ("Alcoholwet", "23", None, None),
        ("Gemeentewet", "147", None, None),
        ("Gemeentewet", "149", None, None),
    ]


def test_an_unknown_regulation_named_after_a_body_is_local():
    # Regeling mandaat Gedeputeerde Staten van Noord-Brabant 2018 (r12): the provincie's own
    # regulation, not an unknown national one.
    code = parse_text(
        "directeur: directeur als bedoeld in artikel 1, eerste lid, onder b, van de Regeling "
        "ambtelijke organisatie Noord-Brabant 2018;"
    )
    assert [(r.kind, r.law, r.article) for r in code.references] == [
        ("local", "Regeling ambtelijke organisatie Noord-Brabant 2018", "1")
    ]
    # an unknown national regulation stays national (unresolved, no id)
    code = parse_text("als bedoeld in artikel 3 van de Regeling kwaliteit zwemwater;")
    assert [(r.kind, r.law, r.bwb) for r in code.references] == [
        ("law", "Regeling kwaliteit zwemwater", None)
    ]


def test_a_plural_apostrophe_lost_or_written_otherwise_still_names_the_law():
    # Gemeenschappelijke regeling Veiligheidsregio Twente (r14): the PDF's text lost the
    # apostrophe of "veiligheidsregio's".
    code = parse_text(
        "GELET OP de Wet veiligheidsregio s, de Wet gemeenschappelijke regelingen en de "
        "Gemeentewet; BESLUITEN de volgende Gemeenschappelijke Regeling aan te gaan:"
    )
    assert [law for law, _, _ in _laws(code)] == [
        "Wet veiligheidsregio's",
        "Wet gemeenschappelijke regelingen",
        "Gemeentewet",
    ]
    for spelling in ("veiligheidsregio’s", "veiligheidsregios", "veiligheidsregio's"):
        code = parse_text(f"gelet op artikel 10 van de Wet {spelling};")
        assert _laws(code) == [("Wet veiligheidsregio's", "10", None)]
    # a lowercase "s" after the name is still a word of its own sentence
    code = parse_text("Dit volgt uit de Wet veiligheidsregio's en de Gemeentewet.")
    assert [law for law, _, _ in _laws(code)] == ["Wet veiligheidsregio's", "Gemeentewet"]


def test_de_regeling_defined_as_the_code_itself_is_internal():
    # Gemeenschappelijke regeling Veiligheidsregio Twente (r14): "de regeling" is the
    # regulation itself, so its "artikel 2" is the code's own article, not a law's.
    text = (
        "Artikel 1 Begripsbepalingen\n1. In deze gemeenschappelijke regeling wordt verstaan "
        "onder: a. de regeling: de gemeenschappelijke regeling Veiligheidsregio Twente; b. de "
        "veiligheidsregio: het rechtspersoonlijkheid bezittend openbaar lichaam, bedoeld in "
        "artikel 2 van de regeling; c. een deelnemende gemeente\n"
    )
    assert [(r.kind, r.article) for r in parse_text(text).references] == [("internal", "2")]
    # "wet" defined as a law still resolves to it
    code = parse_text(
        "In deze regeling wordt verstaan onder: a. wet: de Jeugdwet; "
        "b. jeugdhulp: jeugdhulp als bedoeld in artikel 1.1 van de wet;"
    )
    assert _laws(code) == [("Jeugdwet", None, None), ("Jeugdwet", "1.1", None)]
