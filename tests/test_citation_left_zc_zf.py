"""Citation misses the rounds zc-zf left: each from its real sentence, with the
references it must give (and the ones it must not)."""

from __future__ import annotations

from codes import parse_text


def _named(code) -> list[tuple[str, str | None]]:
    return [(r.law, r.bwb) for r in code.references if r.kind == "law" and not r.article]


def test_the_registry_knows_the_brzo_1999_and_the_oms_richtlijn():
    # Mandaatbesluit BRZO/IPPC Omgevingsdienst Noordzeekanaalgebied 2013 (zf09): the act
    # the 2015 one replaced, no BWB id confirmed, so no link
    code = parse_text(
        "Overwegende dat het wenselijk is dat de directeur mandaat krijgt voor de bedrijven "
        "die vallen onder het Besluit risico’s zware ongevallen 1999 en of categorie 4 van "
        "de Richtlijn Integrated Pollution Prevention and Control (2008/1/EG);"
    )
    assert _named(code) == [("Besluit risico's zware ongevallen 1999", None)]
    # Ondermandaatbesluit ODMH 2025 (zf10): the OM's guideline is in the BWB as a
    # beleidsregel, its title cut there ("... etc")
    code = parse_text(
        "Het mandaat geldt voor de bevoegdheden als bedoeld in\n"
        "    de Richtlijn bestuurlijke strafbeschikkingsbevoegdheid milieu- en keurfeiten."
    )
    assert _named(code) == [
        ("Richtlijn bestuurlijke strafbeschikkingsbevoegdheid milieu- en keurfeiten", "BWBR0034494")
    ]


def _articles(code) -> list[tuple[str | None, str | None, int | None]]:
    return [(r.law, r.article, r.lid) for r in code.references if r.article]


def test_an_article_in_brackets_glosses_the_law_its_sentence_names():
    # toelichting on the GR Veiligheidsregio Kennemerland (zf01): the sentence's law is
    # cited with the article, not named on its own
    code = parse_text(
        "Met de instelling van de veiligheidsregio Kennemerland (VRK) is de veiligheidsregio "
        "Kennemerland i.o. opgehouden te bestaan. De Wet veiligheidsregio's draagt de "
        "organisatie van de brandweerzorg, de rampenbestrijding, de crisisbeheersing en de "
        "geneeskundige hulpverlening op aan de colleges van burgemeester en wethouders "
        "(artikel 2). De Wet veiligheidsregio's verplicht de gemeenten vervolgens om de "
        "organisatie van deze taken naar een hoger bestuurlijk niveau te tillen."
    )
    assert _articles(code) == [("Wet veiligheidsregio's", "2", None)]
    assert _named(code) == [("Wet veiligheidsregio's", "BWBR0027466")]  # the next sentence
    # the law of the sentence before is not the bracket's
    code = parse_text(
        "Zo regelt de Wet veiligheidsregio's de brandweerzorg. Het college wijst een "
        "coördinator aan (artikel 2)."
    )
    assert _articles(code) == [(None, "2", None)]
    # two laws in the sentence: the bracket could be either's
    code = parse_text(
        "De Wet veiligheidsregio's en de Gemeentewet dragen taken op aan het college (artikel 2)."
    )
    assert _articles(code) == [(None, "2", None)]


def test_a_bracketed_article_the_code_has_is_its_own():
    # the Zutphen raadsvoorstel (x03) names its own verordening, no law; and where the code
    # has an article of the number, the bracket may mean it
    code = parse_text(
        "Artikel 1\n\nDeze regeling geldt naast de Gemeentewet.\n\nArtikel 2\n\n"
        "De Gemeentewet kent het college taken toe die hier worden uitgewerkt (artikel 1)."
    )
    assert [(r.kind, r.article) for r in code.references if r.article] == [("internal", "1")]


def test_a_law_in_apposition_to_a_regulation_word_is_part_of_its_name():
    # Ondermandaatbesluit ODMH 2025 (zf10): a local decision named after the Woo
    code = parse_text("Dit besluit vervangt:\n    het mandaatbesluit Wet open overheid;")
    assert _named(code) == []
    # Beleidsregel Wet Bibob Noord-Brabant 2018 (ze05): names that no year closes
    code = parse_text(
        "Overwegende dat Gedeputeerde Staten op 3 februari 2015 een gewijzigde Beleidsregel "
        "toepassing Wet Bibob hebben vastgesteld, waarin is vastgelegd hoe zij van de "
        "bevoegdheid tot toepassing van de Wet bevordering integriteitsbeoordelingen door "
        "het openbaar bestuur gebruik maken;"
    )
    assert _named(code) == [
        ("Wet bevordering integriteitsbeoordelingen door het openbaar bestuur", "BWBR0013798")
    ]
    # a law with its own article is the regulation's basis, cited, not part of its name
    code = parse_text(
        "De Verordening maatschappelijke ondersteuning op grond van de Wet maatschappelijke "
        "ondersteuning 2015 en de Beleidsregels en Participatiewet blijven van kracht."
    )
    assert [law for law, _ in _named(code)] == [
        "Wet maatschappelijke ondersteuning 2015",
        "Participatiewet",
    ]


def test_the_short_title_closing_a_national_acts_intitule_is_the_act_itself():
    # Rechtspositiebesluit decentrale politieke ambtsdragers (Stb. 2018, 386; zc13)
    code = parse_text(
        "BESLUIT van 15 oktober 2018, Stb. 2018, 386, houdende regels inzake de rechtspositie "
        "van staten- en commissieleden, wethouders en burgemeesters (Rechtspositiebesluit "
        "decentrale politieke ambtsdragers). Inwerkingtreding: 1 januari 2019.\n\n"
        "Gelet op artikel 44, eerste lid, van de Gemeentewet;"
    )
    assert _named(code) == []
    assert _articles(code) == [("Gemeentewet", "44", 1)]
    # further down, the same words cite the decree
    code = parse_text(
        "Artikel 1\n\nDe vergoeding volgt het Rechtspositiebesluit decentrale politieke "
        "ambtsdragers."
    )
    assert [law for law, _ in _named(code)] == [
        "Rechtspositiebesluit decentrale politieke ambtsdragers"
    ]


def test_gw_is_the_gemeentewet_where_the_article_is_past_the_grondwets():
    # Controleprotocol accountantscontrole Bladel 2009 (zc12): the Grondwet ends at 142
    code = parse_text(
        "Het protocol geeft de reikwijdte van de accountantscontroles, zoals bedoeld in "
        "art 213 GW, ten aanzien van de opdrachtverstrekking."
    )
    assert [(r.law, r.bwb, r.article, r.resolved_via) for r in code.references] == [
        ("Gemeentewet", "BWBR0005416", "213", "abbreviation")
    ]
    # an article either law has stays unresolved, never the Gemeentewet by default
    code = parse_text("Zie art. 12 Gw.")
    assert [(r.law, r.bwb, r.resolved) for r in code.references] == [("Gw", None, False)]
