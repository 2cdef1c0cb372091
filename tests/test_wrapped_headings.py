"""Article headings of a text as a PDF copy gives it: every line wrapped at the page's
width (`codes/unwrap.py`, `codes/run_in.py`). Each fixture is a real devset text's
sentences, wrapped by hand as `pdftotext` wraps them."""

from __future__ import annotations

from codes import parse_text


def _articles(text: str) -> list[tuple[str | None, str | None]]:
    return [(node.number, node.title) for node, _ in parse_text(text, "copy.txt").articles()]


# Delft, Maatregelenverordening Wet werk en bijstand 2013 (devset d06): a scanned page whose
# copy runs the chapter, the article and its first sentence into one wrapped paragraph.
DELFT = """\
De raad van de gemeente Delft: - heeft het voorstel gelezen van het
college van burgemeester en wethouders van 22 januari 2013; - houdt
rekening met artikel 8, eerste lid, onderdeel b en h, artikel 9a,
twaalfde lid, en artikel 18 van de Wet werk en bijstand. Op basis
hiervan besluit de raad: 1. de Maatregelenverordening Wet werk en
bijstand 2013 vast te stellen; 2. en tegelijk in te trekken de
Maatregelverordening Wet werk en bijstand 2012. Hoofdstuk 1 Algemene
bepalingen Artikel 1 Begripsomschrijving Deze verordening verstaat
onder: a. de wet: de Wet werk en bijstand; b. het college: het college
van burgemeester en wethouders van de gemeente Delft; c. algemene
bijstand: de bijstand zoals bedoeld in artikel 5, onderdeel b van de
wet, inclusief het vakantiegeld; d. bijzondere bijstand: de bijstand
bedoeld in artikel 5, onderdeel d van de wet; e. bijstand: algemene en
bijzondere bijstand; f. bijstandsnorm: de norm die is bedoeld in artikel
5, onderdeel c van de wet, inclusief vakantiegeld.
"""


def test_a_heading_run_into_a_wrapped_paragraph_gets_its_own_line():
    # As saved (one line) the run-in heading is found; wrapped, the paragraph is read the same.
    assert _articles(" ".join(DELFT.split())) == [("1", "Begripsomschrijving")]
    assert _articles(DELFT) == [("1", "Begripsomschrijving")]
    code = parse_text(DELFT, "copy.txt")
    chapter = next(node for node in code.nodes() if node.kind == "hoofdstuk")
    assert (chapter.number, chapter.title) == ("1", "Algemene bepalingen")
    # The rest of the paragraph is still one sentence: "artikel 5, onderdeel c van de wet"
    # was wrapped after "artikel" and is joined again, not a heading.
    article = next(node for node, _ in code.articles())
    assert "bedoeld in artikel 5, onderdeel c van de wet" in " ".join(
        node.text for node in article.walk()
    )


def test_citations_in_a_long_wrapped_paragraph_stay_text():
    # The same paragraph without the headings: its citations "artikel 8", "artikel 18" and
    # "artikel 5" are no headings, however long the paragraph.
    text = DELFT.replace("Hoofdstuk 1 Algemene\nbepalingen Artikel 1 Begripsomschrijving ", "")
    assert _articles(text) == []
    assert not any(r.kind == "relineate" for r in parse_text(text, "copy.txt").repairs)


# Schiedam, Algemene subsidieverordening 2017 (devset r10), wrapped at 78 columns: lines
# that open with an item ("c. college: ...") break the paragraph where the page's width
# did, not the text, so the paragraph still holds both headings as the text saved on one
# line does.
SCHIEDAM = """\
Overwegende dat vanuit het
oogpunt van deregulering, vereenvoudiging en de wens om maatwerk in
subsidiëring mogelijk te maken een herziening van de subsidieverordening
gewenst is; besluit vast te stellen, de: ALGEMENE SUBSIDIEVERORDENING SCHIEDAM
2017 (ASV 2017) Artikel 1 Begripsbepalingen In deze verordening wordt verstaan
onder: a. assurance-rapport: accountantsrapport betreffende de inhoudelijke
subsidieverantwoording; b. beoordelingsverklaring: accountantsverklaring
betreffende de financiële verantwoording met een beperkte mate van zekerheid;
c. college: het college van burgemeester en wethouders van gemeente Schiedam;
d. controleverklaring: accountantsverklaring betreffende de financiële
verantwoording met een redelijke mate van zekerheid (95%); e.
egalisatiereserve Schiedam: is de reserve zoals bedoeld in artikel 4:72
Algemene wet bestuursrecht, die is ontstaan uit overschotten en tekorten van
door de gemeente Schiedam verstrekte subsidies; f. (meer)jaarlijkse subsidie:
subsidie die wordt verstrekt per kalenderjaar of ander boekjaar; g. overige
subsidies: subsidies niet zijnde (meer)jaarlijkse subsidie. Artikel 2
Reikwijdte verordening 1. Deze verordening is van toepassing op de
verstrekking van subsidies door het college, met uitzondering van subsidies
waarvoor bij afzonderlijke verordening een uitputtende regeling is getroffen.
"""


def test_items_at_wrapped_line_starts_do_not_cut_the_paragraph_of_a_heading():
    expected = [("1", "Begripsbepalingen"), ("2", "Reikwijdte verordening")]
    assert _articles(" ".join(SCHIEDAM.split())) == expected
    assert _articles(SCHIEDAM) == expected
    # The items at a line's start stay items of article 1.
    code = parse_text(SCHIEDAM, "copy.txt")
    first = next(node for node, _ in code.articles())
    assert [n.number for n in first.walk() if n.kind == "onderdeel"] == ["c", "d"]


def test_a_short_line_before_an_item_ends_the_paragraph():
    # "zekerheid;" ends a line the next word "c." would have fitted on: a line break the
    # text made, so the heading after it in the same paragraph is read as in a short line.
    from codes.normalize import normalize

    text = SCHIEDAM.replace("beperkte mate van zekerheid;\n", "beperkte zekerheid;\n")
    lines = normalize(text).text.split("\n")
    assert "c. college: het college van burgemeester en wethouders van gemeente Schiedam;" in lines


def test_a_contents_entry_wrapped_onto_a_second_line_stays_in_the_contents():
    # Papendrecht, Financiële verordening 2018 (devset y02): a web page's table of contents
    # without page numbers; at a narrower page one entry's title wraps ("... heffingen en" /
    # "prijzen"). The entries after it are still contents, not articles without text.
    from benchmarks.devset_bench import DEVSET

    path = DEVSET / "texts" / "y02-papendrecht-financiele-verordening-2018-inhoudsopgave.txt"
    text = path.read_text(encoding="utf-8")
    entry = "Artikel 14. Vaststelling hoogte belastingen, heffingen en prijzen\n"
    assert text.count(entry) == 1  # the entry of the contents; the body is cut off before it
    wrapped = text.replace(entry, entry.replace("heffingen en ", "heffingen en\n"))
    assert _articles(wrapped) == _articles(text) == [("1", "Begripsbepaling")]


# Apeldoorn, Verordening Participatiewet 2017 (devset p07, the first page of a transcript):
# its table of contents runs on in one paragraph; wrapped at 60 columns, lines open with
# "Artikel 4 ..." and "Re-integratievoorzieningen Artikel 7 ..." anywhere in it.
APELDOORN = """\
dat vanwege een aantal wetswijzigingen de op 1 april 2015
vastgestelde Verordening Participatiewet 2015 met ingang van
1 januari 2017 op onderdelen dient te worden gewijzigd;
BESLUIT: vast te stellen de navolgende Verordening
Participatiewet 2017 Inhoudsopgave Inhoud Hoofdstuk 1 Beleid
en algemene bepalingen Artikel 1 Begripsbepaling Artikel 2
Beleid en evenwichtige verdeling Artikel 3 Budgetplafonds
Artikel 4 Algemene uitgangspunten inzet re-
integratievoorzieningen Artikel 5 Beëindiging re-
integratievoorzieningen Hoofdstuk 2 Voorzieningen Artikel 6
Re-integratievoorzieningen Artikel 7 Diagnose-instrument
Artikel Activeringsprogramma Artikel 9 Bemiddeling Artikel
10 Groepsgerichte aanpak en trainingen Artikel 11
Proefplaatsing Artikel 12 Werkervaringsplaats Artikel 13
Detachering Artikel 14 Stage Artikel 15 Persoonlijke
ondersteuning Artikel 16 Ondersteuning bij Leer-werktraject
Artikel 17 Scholing en Opleiding Artikel 1 Individuele re-
integratieovereenkomst Artikel 19 Participatieplek Artikel
20 Sociale Activering Artikel 21 Werkgeverssubsidie
"""


def test_entries_of_a_contents_run_into_a_wrapped_line_are_no_headings():
    assert _articles(" ".join(APELDOORN.split())) == []
    assert _articles(APELDOORN) == []
    # One entry on a line of its own, with words of a provision under it, is a heading.
    article = "Artikel 2 Beleid en evenwichtige verdeling\nDe raad stelt het beleid vast.\n"
    assert _articles(article) == [("2", "Beleid en evenwichtige verdeling")]
