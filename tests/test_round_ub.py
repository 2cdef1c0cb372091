"""Round ub (benchmarks/devset/README.md): the registry alias and the plan page's title, each
from the real sentence of the round."""

from pathlib import Path

from codes import parse_file, parse_text

TEXTS = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "texts"


def test_the_singular_spelling_of_the_bag_act_is_that_act():
    """ub02 (Wassenaar APV 2014): 'Wet basisregistratie adressen en gebouwen' (singular) is the
    Wet basisregistraties adressen en gebouwen; it was cut at its 'en' to an unknown law."""
    text = (
        "De raad van de gemeente Wassenaar\n \nGelet op artikel 108, eerste lid, artikel 149,"
        " artikel 147, artikel 151a, artikel 151b, artikel 154a en artikel 156, eerste lid, van de"
        " Gemeentewet, artikel 6 van de Wet basisregistratie adressen en gebouwen, artikel 30c van"
        " de Wet op de kansspelen en de Algemene Wet Bestuursrecht;\n \nbesluit:\n"
    )
    code = parse_text(text, "test.txt")
    cited = [(r.bwb, r.article) for r in code.references if r.kind == "law" and r.resolved]
    assert ("BWBR0023466", "6") in cited
    assert not [
        r
        for r in code.references
        if "basisregistratie adressen" in (r.law or "").lower() and r.bwb != "BWBR0023466"
    ]


def _plan_page(section: str, plan: str) -> str:
    return (
        f"direct naar inhoud van {section}\nPlan: {plan}\nStatus: vastgesteld\n"
        "Plantype: bestemmingsplan\nIMRO-idn: NL.IMRO.0489.PARAPLUPLAN01-VI01\n\n"
        f"{section}\n\nHoofdstuk 1 Inleiding\n\n1.1 Aanleiding\n\nHet te koop aanbieden van"
        " goederen vanaf een vaste standplaats in de openbare ruimte is een activiteit.\n"
    )


def test_a_plan_page_is_named_by_its_plan_label_not_its_skip_link():
    """ub06 (Barendrecht) and xv10 (Almelo): ruimtelijkeplannen's skip link names the section
    shown ('direct naar inhoud van Toelichting'); the 'Plan:' label names the plan."""
    for section, plan in (
        ("Toelichting", "Parapluplan standplaatsen en evenementen"),
        ("4.2 Provinciaal beleid", "Nijrees Zuid"),
    ):
        assert parse_text(_plan_page(section, plan), "test.txt").metadata.title == plan


def test_a_skip_link_to_the_whole_content_stays_furniture_and_a_plan_word_is_no_label():
    """The older skip links still end the line ('Direct naar hoofdinhoud'); a title that only
    contains the word 'Plan' keeps it."""
    text = "Direct naar hoofdinhoud\nPlan van aanpak integriteit 2020\n\nHoofdstuk 1 Inleiding\n"
    assert parse_text(text, "test.txt").metadata.title == "Plan van aanpak integriteit 2020"


def test_a_copy_cut_after_its_list_of_headings_keeps_them_as_articles():
    # ub02 Wassenaar: the Gemeenteblad page holds the preamble and then only the APV's headings
    # ("Artikel 2:7 Feest, muziek en wedstrijd e.d.", ...), no article text. As in round y
    # (Papendrecht), headings that no body repeats are the articles of a text cut short.
    code = parse_file(next(TEXTS.glob("ub02-*.txt")))
    numbers = {article.number for article, _ in code.articles()}
    assert {"1:1", "1:10", "2:1", "2:16"} <= numbers


def test_articles_with_text_at_the_end_stay_articles():
    text = (
        "Verordening X 2020\n\nArtikel 1 Begrippen\nIn deze verordening: wet: Gemeentewet.\n\n"
        "Artikel 2 Citeertitel\nDeze verordening heet Verordening X 2020.\n\n"
        "Artikel 3 Inwerkingtreding\nZij treedt in werking op 1 januari 2021.\n"
    )
    assert [a.number for a, _ in parse_text(text).articles()] == ["1", "2", "3"]
