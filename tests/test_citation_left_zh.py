"""Citation misses the round zh left: each from its real sentence, with the references
it must give (and the ones it must not)."""

from __future__ import annotations

from codes import parse_text


def _named(code) -> list[tuple[str, str | None]]:
    return [(r.law, r.bwb) for r in code.references if r.kind == "law" and not r.article]


def _articles(code) -> list[tuple[str | None, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.article]


# The Staatsblad decree amending the Besluit inburgering (zh08), cut to its preamble and D.
_DECREE = (
    "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, "
    "enz. enz. enz.\n"
    "Op de voordracht van Onze Minister van Sociale Zaken en Werkgelegenheid van 6 maart 2017, "
    "nr. 2017-0000033082;\n"
    "Gelet op de artikelen 8, 12a, tweede lid, en 18, derde lid, van de Wet inburgering, 18b, "
    "twaalfde lid, van de Participatiewet, en 16, tweede lid, 16a, tweede lid, 21, zesde lid, en "
    "34, tweede lid, van de Vreemdelingenwet 2000;\n"
    "Hebben goedgevonden en verstaan:\n"
    "Het Besluit inburgering wordt als volgt gewijzigd:\n"
    "D\n"
    "In artikel 2.11 wordt «De termijn, genoemd in artikel 7, eerste lid, van de wet wordt» "
    "vervangen door: De termijnen genoemd in de artikelen 7a, eerste lid, en 7b, eerste lid, "
    "van de wet worden.\n"
)


def test_de_wet_of_a_royal_decree_is_the_act_its_gelet_op_names_first():
    code = parse_text(_DECREE)
    de_wet = [(r.law, r.article, r.lid, r.resolved_via) for r in code.references if r.article]
    assert de_wet[-3:] == [
        ("Wet inburgering", "7", 1, "earlier"),
        ("Wet inburgering", "7a", 1, "earlier"),
        ("Wet inburgering", "7b", 1, "earlier"),
    ]
    # A provincial code proposed by gedeputeerde staten (f01) is no royal decree: its "de
    # wet" stays the act named last before it
    provincial = parse_text(
        "Provinciale Staten van Noord-Holland;\n"
        "op de voordracht van gedeputeerde staten van Noord-Holland van 27 november 2012;\n"
        "Gelet op artikel 15 van de Provinciewet en artikel 2 van de Wet Bibob;\n"
        "Artikel 1\nAls bedoeld in artikel 3 van de wet.\n"
    )
    assert _articles(provincial)[-1][1:] == ("3", None)
    assert _articles(provincial)[-1][0].startswith("Wet bevordering integriteitsbeoordelingen")


def test_the_registry_knows_the_invoeringsbesluit_and_the_aanvullingswetten():
    # Het Waterschapshuis on the waterschapsverordening (zh03)
    code = parse_text(
        "Dit is bepaald in artikel 7.4 Invoeringsbesluit Omgevingswet (deel 5) en artikel 22.14 "
        "Omgevingswet. Volgens de bepalingen van afdeling 7.2 Invoeringsbesluit Omgevingswet "
        "(deel 5) worden vier hoofdstukken toegevoegd."
    )
    laws = {(r.law, r.bwb, r.article) for r in code.references if r.kind == "law"}
    assert ("Invoeringsbesluit Omgevingswet", "BWBR0044923", "7.4") in laws
    assert ("Omgevingswet", "BWBR0037885", "22.14") in laws
    assert ("Invoeringsbesluit Omgevingswet", "BWBR0044923", None) in laws
    # the inwerkingtredingsbesluit (Stb. 2023, 113) names the four Aanvullingswetten
    code = parse_text("Gelet op artikel 4.2 van de Aanvullingswet geluid Omgevingswet;")
    assert _articles(code) == [("Aanvullingswet geluid Omgevingswet", "4.2", None)]


def test_bare_list_items_with_a_lid_or_a_second_number_before_a_law():
    # docplayer beleidsplan of Leidschendam-Voorburg, Voorschoten and Wassenaar (zh14): a
    # misspelt Faillissementswet and the Wck by its abbreviation
    code = parse_text(
        "Grondslag: artt. 2 en 3 WGS (Wet gemeentelijke schuldhulpverlening), 285 lid 2 "
        "Failissementswet, 47 en 48 WCK (Wet op de consumentenkrediet) Gemeente Wassenaar"
    )
    assert _articles(code) == [
        ("Wet gemeentelijke schuldhulpverlening", "2", None),
        ("Wet gemeentelijke schuldhulpverlening", "3", None),
        ("Faillissementswet", "285", 2),
        ("Wet op het consumentenkrediet", "47", None),
        ("Wet op het consumentenkrediet", "48", None),
    ]
    # a lid that opens no item of a list stays a lid, not an article
    assert _articles(parse_text("Zie lid 2 Gemeentewet.")) == []


def test_a_dropped_syllable_of_the_wgs_still_names_it():
    # Reimerswaal's beleidsplan on adoc (zh06)
    code = parse_text("Op 1 juli 2012 is de Wet gemeentelijke Schuldverlening in werking getreden.")
    assert _named(code) == [("Wet gemeentelijke schuldhulpverlening", "BWBR0031331")]


def test_an_article_of_an_act_cited_by_its_date_is_that_acts():
    # Geertruidenberg, verordening Wet inburgering 2017 (zh07): the article is the amending
    # act's, and the Wet inburgering inside its name is neither cited nor named
    code = parse_text(
        "gelet op de artikelen 8 en 35 van de Wet inburgering, zoals deze luidde op 31 december "
        "2012 en artikel X van de wet van 13 september 2012 tot wijziging van de Wet inburgering "
        "(2012, 430);"
    )
    assert _articles(code)[-1] == (
        "wet van 13 september 2012 tot wijziging van de Wet inburgering",
        "X",
        None,
    )
    assert [r.bwb for r in code.references if r.article == "X"] == [None]
    assert _named(code) == []
    # a lowercase "wet" with no date after it stays the code's "de wet"
    code = parse_text(
        "Wet: de Participatiewet;\nde bijstand, bedoeld in artikel 7 van de wet, is verleend."
    )
    assert _articles(code) == [("Participatiewet", "7", None)]


def test_the_aanwijzingen_voor_de_regelgeving_are_cited_by_aanwijzing():
    # BZK's letter on the draft Besluit kwaliteitsborging voor het bouwen (zh13)
    code = parse_text(
        "Op grond van aanwijzing 2.38 van de Aanwijzingen voor de regelgeving wordt deze termijn "
        "verlengd tot 26 mei 2020."
    )
    assert [(r.law, r.bwb, r.article, r.text) for r in code.references] == [
        (
            "Aanwijzingen voor de regelgeving",
            "BWBR0005730",
            "2.38",
            "aanwijzing 2.38 van de Aanwijzingen voor de regelgeving",
        )
    ]
    code = parse_text("zie de aanwijzingen 4.12 en 4.13 van de Aanwijzingen voor de regelgeving")
    assert [r.article for r in code.references] == ["4.12", "4.13"]
    # another word before a number reads no aanwijzing
    code = parse_text("zie paragraaf 2.38 van de Aanwijzingen voor de regelgeving")
    assert _articles(code) == []
    # nor does "aanwijzing" before another law
    assert _articles(parse_text("de aanwijzing 3 van de Gemeentewet")) == []


def test_a_law_inside_a_quoted_regulation_name_is_not_named():
    # Zeist, verordening Wet inburgering 2008 (zh15), a definition
    code = parse_text(
        "  de regeling GP: de regeling ‘Afwikkeling nalatenschap oude Vreemdelingenwet’, ook wel "
        "genoemd Regeling ‘Generaal Pardon’;"
    )
    assert _named(code) == []
    # after the closing quote, or in a quotation no regulation word heads, the law is named
    code = parse_text("de regeling ‘Generaal Pardon’ op grond van de Vreemdelingenwet 2000")
    assert _named(code) == [("Vreemdelingenwet 2000", "BWBR0011823")]
    code = parse_text("Het motto is ‘de Vreemdelingenwet 2000 voor iedereen’ zegt hij.")
    assert _named(code) == [("Vreemdelingenwet 2000", "BWBR0011823")]


_HANDVEST = (
    "Handvest actieve informatieplicht Heiloo 2022\n"
    "De raad van de gemeente Heiloo;\n"
    "gelet op het bepaalde in artikel 169 en artikel 180 van de Gemeentewet;\n"
    "besluit vast te stellen het Handvest actieve informatieplicht.\n"
    "Het informeren van de raad door het college en de burgemeester is op hoofdlijnen geregeld "
    "in de Gemeentewet.\n\n"
    "In het eerste lid van artikel 169 is bepaald dat het college verantwoording aan de raad "
    "schuldig is.\n\n"
    "Het tweede lid van artikel 180 regelt hetzelfde voor de burgemeester.\n"
)


def test_an_article_cited_before_with_its_law_is_that_laws_in_the_prose():
    # Heiloo, handvest actieve informatieplicht 2022 (ze02): the toelichting's prose goes on
    # about the articles the gelet op cited
    code = parse_text(_HANDVEST)
    assert _articles(code) == [
        ("Gemeentewet", "169", None),
        ("Gemeentewet", "180", None),
        ("Gemeentewet", "169", 1),
        ("Gemeentewet", "180", 2),
    ]
    # where another law was named last, the bare article is not the Gemeentewet's
    other = _HANDVEST.replace(
        "In het eerste lid", "De Awb regelt de bezwaarprocedure. In het eerste lid"
    )
    assert ("Gemeentewet", "169", 1) not in _articles(parse_text(other))


def test_a_law_name_the_copy_ends_in_is_cut():
    # Zandvoort, verordening toeristenbelasting 2015 (zc08): the lokaleregelgeving copy ends
    # inside the name of the Wet toelating zorginstellingen
    code = parse_text(
        "De belasting wordt niet geheven voor het verblijf:\n  • 1.\n    van degene die verblijft "
        "in een toegelaten instelling als bedoeld in artikel 5, eerste lid, van de Wet Toel\n"
    )
    assert [r for r in code.references if r.kind == "law"] == []
    # the same unknown name with text after it is an unknown law's article
    code = parse_text("als bedoeld in artikel 5, eerste lid, van de Wet Toel; dit geldt ook.")
    assert _articles(code) == [("Wet Toel", "5", 1)]
