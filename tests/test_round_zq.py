"""Misses of round zq (long and nested citations of waterschappen, provincies and joint
bodies), each from its real sentence."""

from __future__ import annotations

from codes import parse_text


def _laws(text: str) -> list[tuple[str | None, str | None, int | None, str | None]]:
    return [
        (r.law, r.article, r.lid, r.onderdeel)
        for r in parse_text(text).references
        if r.kind == "law"
    ]


def test_the_point_of_an_onderdeel_does_not_stop_the_list_of_onderdelen():
    # The Aanpassingsbesluit veiligheidsregio's (Stb. 2010, 256, zq01): "onderdeel 2°" is a
    # point of onderdeel h; the list of lid 1 goes on with i and j, then lid 3 and article 6.
    text = (
        "Gelet op de artikelen 4, eerste lid, onder h, onderdeel 2°, onder i en j, en derde "
        "lid, onder e, en 6, eerste lid, van de Wet tegemoetkoming schade bij rampen;\n"
    )
    law = "Wet tegemoetkoming schade bij rampen"
    assert _laws(text) == [
        (law, "4", 1, "h"),
        (law, "4", 1, "i"),
        (law, "4", 1, "j"),
        (law, "4", 3, "e"),
        (law, "6", 1, None),
    ]


def test_a_trailing_point_of_an_onderdeel_is_still_finer_than_recorded():
    # Without a further onderdeel the point only ends the item, and the law still joins.
    text = "Gelet op artikel 4, eerste lid, onder h, onderdeel 2°, van de Wet tegemoetkoming schade bij rampen;\n"
    assert _laws(text) == [("Wet tegemoetkoming schade bij rampen", "4", 1, "h")]


def test_a_law_in_a_hyphenated_regulation_name_is_no_citation():
    # Geertruidenberg (zq07): the intitulé repeats the verordening's name, whose head word
    # is a hyphenated compound; the gelet op cites the Participatiewet itself.
    text = (
        "Intitulé\n\n1E Gewijzigde Re-integratieverordening Participatiewet 2017\n\n"
        "De raad van de gemeente Geertruidenberg;\n\ngelet op artikel 6, tweede lid, van de "
        "Participatiewet;\n"
    )
    assert _laws(text) == [("Participatiewet", "6", 2, None)]


def test_an_announced_table_of_contents_cut_before_the_body_is_no_articles():
    # Stadsregio Rotterdam (zq13): the register page is cut inside its table of contents,
    # so no body repeats the first entry; "Inhoudsopgave" announces the run.
    text = (
        "SUBSIDIEVERORDENING FONDS INZAKE HET BEREIKBAARHEIDSOFFENSIEF REGIO ROTTERDAM\n\n"
        "Inhoudsopgave\n\nHoofdstuk 1 Algemene bepalingen\n\nArtikel 1 Begrippen\n\n"
        "Hoofdstuk 2 Doelstelling Fonds en Programma.\n\nArtikel 2 Doelstelling Fonds\n\n"
        "Artikel 3 Programma\n\nHoofdstuk 3 Aanvragers.\n\nArtikel 4 Aanvragers\n\n"
        "Artikel 5 Subsidieaanvraag\n"
    )
    code = parse_text(text)
    assert [n for n in code.nodes() if n.kind == "artikel"] == []


def test_headings_after_a_line_that_is_no_contents_word_stay_articles():
    # The control: "Inhoud van de regeling" announces nothing, and articles with their
    # own words are articles.
    text = (
        "Inhoud van de regeling\n\nArtikel 1 Begrippen\n\nIn deze regeling wordt verstaan onder fonds: het fonds.\n\n"
        "Artikel 2 Doel\n\nHet fonds dient de bereikbaarheid.\n\nArtikel 3 Programma\n\n"
        "Het bestuur stelt een programma vast.\n\nArtikel 4 Aanvragers\n\nEen gemeente vraagt aan.\n"
    )
    numbers = [n.number for n in parse_text(text).nodes() if n.kind == "artikel"]
    assert numbers == ["1", "2", "3", "4"]
