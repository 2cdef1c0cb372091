"""A code copied from a PDF as one long line gets its headings back (codes/run_in.py).

The check is on the real corpus: each code flattened to a single line, as a PDF copy
arrives, must give back nearly all of its articles with the same titles.
"""

from __future__ import annotations

from collections import Counter

import pytest

from codes import parse_text
from codes.corpus import catalog


def _articles(text: str, name: str) -> Counter:
    code = parse_text(text, name)
    return Counter((node.number, node.title) for node, _ in code.articles())


@pytest.mark.parametrize(("name", "share"), [("best", 0.9), ("nijmegen", 0.8), ("de-bilt", 0.8)])
def test_a_flattened_code_keeps_its_articles(name, share):
    entry = next(e for e in catalog() if e.path.stem == name)
    text = entry.path.read_text(encoding="utf-8")
    lined = _articles(text, entry.path.name)
    flat = _articles(" ".join(text.split()), entry.path.name)
    assert sum((lined & flat).values()) >= share * sum(lined.values())
    # Every heading of the flat copy is an article heading of the lined copy: a citation
    # taken for a heading ("Artikel X 6 van de Kieswet", de-bilt) is none of them. A flat
    # copy cannot tell the articles a bijlage quotes from the code's own (de-bilt's bijlage 2
    # quotes articles 6-11 of a rechtspositieverordening: its signature and "Bijlage 2:" run
    # into the line), so they count too.
    code = parse_text(text, entry.path.name)
    every = Counter(node.number for node in code.nodes() if node.kind == "artikel")
    assert not Counter(number for number, _ in flat.elements()) - every


def test_a_citation_inside_a_sentence_stays_in_the_sentence():
    sentence = "De bijstand wordt verlaagd zoals bepaald in Artikel 18 Participatiewet bij verwijtbaar gedrag. "
    text = (
        "Hoofdstuk 1 Algemene bepalingen Artikel 1 Begripsomschrijving Deze verordening verstaat "
        "onder: a. de wet: de Participatiewet. "
        + sentence * 12
        + "Artikel 2 Hoogte De hoogte is 20%."
    )
    numbers = [node.number for node, _ in parse_text(text, "blob.txt").articles()]
    assert numbers == ["1", "2"]


def test_a_short_line_is_left_alone():
    text = (
        "De raad besluit. Artikel 1 Begrippen In deze code wordt verstaan onder raadslid: een lid."
    )
    code = parse_text(text, "short.txt")
    assert not any(repair.kind == "relineate" for repair in code.repairs)


def test_a_chapter_heading_followed_by_an_article_is_a_heading_after_any_word():
    # docplayer one-line transcripts: Delft (devset j10, "Artikel 1:1"), Gouda (f11).
    text = (
        "1 Huisvestingsverordening Delft 2019 De raad besluit vast te stellen de volgende "
        "verordening: Huisvestingsverordening Delft 2019 Hoofdstuk 1 Algemene bepalingen "
        "Artikel 1:1 Begripsomschrijvingen In deze verordening wordt verstaan onder: - "
        "actiegebied: een gebied. "
        * 1
        + "Een zin over het onderwerp van deze regeling die lang genoeg is. " * 8
        + "Artikel 1:2 Toepassingsbereik Deze verordening is van toepassing op woonruimte."
    )
    code = parse_text(text, "delft.txt")
    assert [(n.kind, n.number) for n in code.root.walk() if n.kind in ("hoofdstuk", "artikel")] == [
        ("hoofdstuk", "1"),
        ("artikel", "1:1"),
        ("artikel", "1:2"),
    ]


def test_a_table_of_contents_run_into_the_line_is_no_headings():
    # Apeldoorn, Verordening Participatiewet 2017 (devset p07), as a docplayer transcript.
    contents = (
        "Inhoudsopgave Artikel 1 Begripsbepaling Artikel 2 Beleid en evenwichtige verdeling "
        "Artikel 3 Budgetplafonds Artikel 4 Algemene uitgangspunten "
    )
    body = (
        "Artikel 1 Begripsbepaling In deze verordening wordt verstaan onder: a. wet: de "
        "Participatiewet. "
        + "De raad stelt regels over het onderwerp van deze verordening. " * 8
        + "Artikel 2 Beleid De raad stelt het beleid vast."
    )
    code = parse_text("VERORDENING PARTICIPATIEWET 2017 " + contents + body, "p07.txt")
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Begripsbepaling"),
        ("2", "Beleid"),
    ]


def test_a_heading_number_closed_by_a_colon_is_a_heading_after_any_word():
    # Veiligheidsregio Noord-Holland Noord, gemeenschappelijke regeling (devset t07), an
    # adoc.pub copy of a scanned PDF: "Artikel 2:" follows the last definition without a
    # full stop, and "Artikel 3: Doel" runs into its first sentence.
    text = (
        "gelet op de bepalingen van de Wet gemeenschappelijke regelingen, de Gemeentewet, de Wet "
        "veiligheidsregio's en de Tijdelijke wet ambulancezorg besluiten aan te gaan de navolgende "
        "gemeenschappelijke regeling. HOOFDSTUK 1: ALGEMENE BEPALINGEN Artikel 1: Begripsbepalingen "
        "In deze regeling wordt verstaan onder: a. de regeling: deze gemeenschappelijke regeling b. "
        "deelnemer: een aan deze regeling deelnemende gemeente f. de wet: de Wet gemeenschappelijke "
        "regelingen Artikel 2: Rechtsvorm en bestuursorganen 1. Er is een openbaar lichaam met "
        "volledige rechtspersoonlijkheid, genaamd Veiligheidsregio NoordHolland Noord, gevestigd te "
        "Alkmaar. 2. Het bestuur van het openbaar lichaam bestaat uit: a. het algemeen bestuur; b. "
        "het dagelijks bestuur; c. de voorzitter. Artikel 3: Doel Doel van de regeling is het "
        "gezamenlijk behartigen van belangen, die de schaal van de individuele gemeenten te boven "
        "gaan, ten behoeve van de veiligheid van de bevolking in het samenwerkingsgebied. Artikel 4: "
        "Bevoegdheden 1. Het lichaam heeft de bevoegdheid om deel te nemen aan regelingen."
    )
    code = parse_text(text, "t07.txt")
    assert [(a.number, a.title) for a, _ in code.articles()] == [
        ("1", "Begripsbepalingen"),
        ("2", "Rechtsvorm en bestuursorganen"),
        ("3", None),
        ("4", "Bevoegdheden"),
    ]
    assert [n.number for n in code.root.walk() if n.kind == "hoofdstuk"] == ["1"]
    # A citation's colon joins digits: "artikel 2:4" in a sentence stays a citation.
    assert "2:4" not in [
        a.number for a, _ in parse_text(text + " Zie artikel 2:4 Awb.", "t.txt").articles()
    ]


def test_a_table_of_contents_with_colons_and_chapter_lines_is_no_headings():
    # Pekela, Verordening Leerlingenvervoer 2013 (devset n07), a docplayer transcript: the
    # entries "Artikel 9: ..." have colons, chapter lines ("TITEL 3 ...") and a digit in a
    # title ("cluster 4") between them, but no sentence.
    contents = (
        "Inhoudsopgave: TITEL 1 ALGEMENE BEPALINGEN Artikel 1: Begripsomschrijving Artikel 2: "
        "Bekostiging van de door het college noodzakelijk te achten vervoerskosten Artikel 8: "
        "Andere vergoedingen TITEL 2 BEPALINGEN OMTRENT HET VERVOER VAN DE (NIET-GEHANDICAPTE) "
        "LEERLINGEN VAN SCHOLEN VOOR PRIMAIR ONDERWIJS Artikel 9: Bekostiging naar de "
        "dichtstbijzijnde toegankelijke speciale school voor basisonderwijs in het "
        "samenwerkingsverband Artikel 13: Bekostiging op basis van de kosten van eigen vervoer "
        "TITEL 3 BEPALING OMTRENT HET VERVOER VAN DE LEERLINGEN VAN SCHOLEN VOOR (VOORTGEZET) "
        "SPECIAAL ONDERWIJS Artikel 14: Bekostiging van de kosten van openbaar vervoer en vervoer "
        "per fiets Artikel 14a: Bekostiging naar de dichtstbijzijnde toegankelijke WEC school "
        "cluster 4 Artikel 15: Bekostiging van de kosten van openbaar vervoer ten behoeve van een "
        "begeleider Artikel 16: Bekostiging op basis van de kosten van aangepast vervoer "
    )
    code = parse_text("Verordening Leerlingenvervoer Pekela 2013 " + contents * 2, "n07.txt")
    assert [a.number for a, _ in code.articles()] == []


# ud03 (adoc.pub transcript of the GR Westfries Archief): the first article's heading and its
# definitions run into one line of 630 characters, the line's only heading.
_UD03 = (
    "Artikel 1 Definities Deze regeling verstaat onder: a. openbaar lichaam: het "
    "rechtspersoonlijkheid bezittend openbaar lichaam Westfries Archief, Regionaal Historisch "
    "Centrum voor West-Friesland als bedoeld in artikel 8 eerste lid van de wet. b. "
    "centrumgemeente: de gemeente Hoorn en haar bestuursorganen en ambtenaren c. deelnemers: de "
    "aan deze regeling deelnemende gemeentebesturen d. gedeputeerde staten: het college van "
    "gedeputeerde staten van de provincie Noord Holland e. de Wet: de Archiefwet 1995 f. de "
    "regeling: deze gemeenschappelijke regeling g. de archivaris: de functionaris zoals bepaald "
    "in artikel 32 Archiefwet 1995."
)
# ug01 (adoc.pub, GR Regionaal Archief Rivierenland): 160 characters, no title.
_UG01 = (
    "Artikel 1 In deze Gemeenschappelijke regeling wordt verstaan onder: a. de regeling: "
    "gemeenschappelijke regeling “Regionaal Archief Rivierenland”; b. het Regiona"
)


@pytest.mark.parametrize(
    ("line", "title"), [(_UD03, "Definities"), (_UG01, None)], ids=["ud03", "ug01"]
)
def test_a_long_line_that_opens_with_its_heading_is_an_article(line, title):
    """A line too long to be a heading alone that opens with "Artikel N" and runs into a
    sentence is the article, its heading and its text; before, one heading alone on a line
    was taken for a citation and the article was lost."""
    code = parse_text("ALGEMENE BEPALINGEN\n" + line + "\n", "run-in.txt")
    assert [(node.number, node.title) for node, _ in code.articles()] == [("1", title)]
    assert "onder: a. " in code.node("art_1").full_text()


def test_a_long_line_whose_subject_is_a_laws_article_stays_a_sentence():
    # xh06 (VNG vragen en antwoorden): "Artikel 14 Gemeentewet" is the sentence's subject
    line = (
        "Artikel 14 Gemeentewet kent een keuzevrijheid tussen enerzijds de eed, met een "
        "bevestiging van religieuze inhoud, en anderzijds de verklaring en belofte. De "
        "rechtsgevolgen zijn identiek."
    )
    code = parse_text("Toelichting\n\n" + line + "\n", "run-in.txt")
    assert [node.number for node, _ in code.articles()] == []
    assert [(r.law, r.article) for r in code.references if r.kind == "law"] == [
        ("Gemeentewet", "14")
    ]
