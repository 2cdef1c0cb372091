"""Structure misses of the ze round of the development set, from the real lines. Hand-checked."""

from __future__ import annotations

from codes import parse_text


def test_a_line_joining_two_entries_of_the_contents_by_a_dash_is_no_heading():
    # Reglement van Orde Provinciale Staten Flevoland (ze12), a 5dok copy of the PDF: its
    # table of contents runs two or three entries into one line, joined by dashes; the line
    # that opens without a dash ("Artikel 4: ...") was read as the heading of an empty
    # article 4. The only such lines of the devset are ze12's 14.
    text = (
        "Reglement van Orde Provinciale Staten Provincie Flevoland Inhoudsopgave\n\n"
        "Hoofdstuk 1: Provinciale Staten Paragraaf 1: Gremia\n\n"
        "- Artikel 1: Begripsbepalingen\n\n"
        "- Artikel 2: Commissies en commissievoorzitter - Artikel 3: Agendacommissie\n\n"
        "Artikel 4: Voorzitter en plaatsvervangend voorzitter der Staten - Artikel 5: Fracties\n\n"
        "- Artikel 6: Seniorenconvent\n\n"
        "Paragraaf 3: Instrumenten van Staten en burgers - Artikel 22: Mondelinge vragen\n"
    )
    assert [a.number for a, _ in parse_text(text, "ze12.txt").articles()] == []
    # a heading with a dash in its title stays a heading
    text = (
        "Artikel 4: Voorzitter - taken en bevoegdheden\n\n"
        "De voorzitter leidt de vergadering.\n\n"
        "Artikel 5: Fracties\n\nLeden die op dezelfde lijst zijn gekozen vormen een fractie.\n"
    )
    assert [a.number for a, _ in parse_text(text, "x.txt").articles()] == ["4", "5"]
