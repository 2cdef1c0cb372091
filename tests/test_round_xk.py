"""Round xk (citations in list and table shapes: register grondslag rows, definitions lists, the
table of changes). The parser read every citation of the round right on its first run; these tests
hold the real rows so that later rules keep them."""

from codes import parse_text


def _law_refs(text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    return [
        (r.law, r.article, r.lid, r.onderdeel)
        for r in parse_text(text).references
        if r.kind == "law"
    ]


def test_grondslag_rows_with_the_law_in_lowercase_and_art_abbreviated():
    # xk01, Huizen: the register's grondslag rows, as the regelingenbank copies them.
    rows = "  1. gemeentewet, art. 149\n  2. wegenverkeerswet 1994, art. 173, lid 2\n"
    assert _law_refs(rows) == [
        ("Gemeentewet", "149", None, None),
        ("Wegenverkeerswet 1994", "173", 2, None),
    ]


def test_a_law_alone_in_a_row_is_named_and_the_next_row_cites_an_article():
    # xk02, Twenterand: a row with only the law, then "Law, art. N", under the register's label
    # (a law's name alone on a text's first line would be the text's own title).
    rows = (
        "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\n"
        "  1. Wet op de lijkbezorging\n  2. Gemeentewet, art. 149\n"
    )
    assert _law_refs(rows) == [
        ("Wet op de lijkbezorging", None, None, None),
        ("Gemeentewet", "149", None, None),
    ]


def test_a_cell_of_the_table_of_changes_cites_the_awb_glued_to_its_dates():
    # xk06, Peel en Maas: a Betreft cell glued to the dates of its row.
    row = "21-04-202026-03-2020toevoeging art. 4:15 Awb aan mandaatregister\n"
    assert _law_refs(row) == [("Algemene wet bestuursrecht", "4:15", None, None)]


def test_a_definitions_list_resolves_de_wet_and_keeps_onderdeel_and_lid():
    # xk01, Huizen: "wet:" defined in the list, then cited with lid and onderdeel.
    text = (
        "In deze verordening wordt verstaan onder:\n\n"
        "  • B.\n\n    wet: de Wegenverkeerswet 1994;\n\n"
        "  • E.\n\n    motorrijtuig: wat hieronder wordt verstaan in artikel 1, eerste lid, "
        "onder c, van de wet;\n"
    )
    assert ("Wegenverkeerswet 1994", "1", 1, "c") in _law_refs(text)


def test_a_law_and_its_article_in_cells_split_by_pipes():
    # a mandate register's rows as a Markdown table pasted as text (the row shape xk's
    # search sought; the same rows read as Markdown or with tabs were already right)
    from codes import parse_text

    text = (
        "Mandaatregister\n\n| Wet | Artikel | Bevoegdheid |\n|---|---|---|\n"
        "| Gemeentewet | art. 160 lid 1 onder a | besluiten nemen |\n"
        "| Algemene wet bestuursrecht | art. 4:5 | buiten behandeling laten |\n"
    )
    refs = [(r.law, r.article, r.lid, r.onderdeel) for r in parse_text(text, "r.txt").references]
    assert refs == [
        ("Gemeentewet", "160", 1, "a"),
        ("Algemene wet bestuursrecht", "4:5", None, None),
    ]
