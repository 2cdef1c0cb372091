"""The hand-checked facts of the parse issue, asserted on the real corpus."""

from __future__ import annotations

import re

from codes import model as m


def _articles_by_scope(code):
    scopes: dict[str, list[m.Node]] = {}
    for article, scope in code.articles():
        scopes.setdefault(scope, []).append(article)
    return scopes


def _chapter_of(code, node_id):
    return node_id.split("__")[0]


# -- best.txt ------------------------------------------------------------------
def test_best_has_three_chapters_and_44_articles(best):
    chapters = [n for n in best.root.children if n.kind == m.HOOFDSTUK]
    assert [c.number for c in chapters] == ["1", "2", "3"]
    articles = best.articles()
    assert len(articles) == 44
    per_chapter = [sum(1 for a, _ in articles if _chapter_of(best, a.id) == c.id) for c in chapters]
    assert per_chapter == [13, 19, 12]


def test_best_chapter_3_article_6_lid_2_has_five_onderdelen(best):
    lid = best.node("chp_3__art_6__para_2")
    assert lid is not None and lid.kind == m.LID
    onderdelen = [c for c in lid.children if c.kind == m.ONDERDEEL]
    assert [o.number for o in onderdelen] == ["1", "2", "3", "4", "5"]
    assert onderdelen[3].text.startswith("het Protocol vermoedens integriteitschendingen")


def test_best_repeated_article_numbers_get_different_ids(best):
    first = [a for a, _ in best.articles() if a.number == "1.1"]
    assert len(first) == 2
    assert first[0].id != first[1].id
    ids = [n.id for n in best.nodes()]
    assert len(ids) == len(set(ids))


def test_best_chapter_3_article_3_leden_6_to_11_are_leden_not_onderdelen(best):
    article = best.node("chp_3__art_3")
    assert [c.number for c in article.children if c.kind == m.LID] == [str(i) for i in range(1, 12)]


# -- de-bilt.txt -----------------------------------------------------------------
def test_debilt_has_35_own_articles(debilt):
    numbers = [a.number for a, _ in debilt.articles()]
    assert len(numbers) == 35
    assert numbers[0] == "1" and numbers[-1] == "9.1"
    assert all(scope == "body" for _, scope in debilt.articles())


def test_debilt_quoted_articles_are_nodes_but_not_articles(debilt):
    quoted = [n for n in debilt.nodes() if n.kind == m.ARTIKEL and n.quoted]
    assert sorted(int(n.number) for n in quoted) == [6, 7, 8, 9, 10, 11]
    own_ids = {a.id for a, _ in debilt.articles()}
    assert not own_ids & {n.id for n in quoted}


def test_debilt_adopted_on_as_stated(debilt):
    assert debilt.metadata.adopted_on == "2017-01-25"
    assert debilt.metadata.organisation == "De Bilt"
    assert debilt.metadata.proposal_date == "2017-11-14"


# -- nijmegen.txt ------------------------------------------------------------------
def test_nijmegen_has_19_articles(nijmegen):
    numbers = [a.number for a, _ in nijmegen.articles()]
    assert numbers == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "1.5",
        "2.1",
        "2.2",
        "2.3",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "4.1",
        "4.2",
        "5.1",
        "5.2",
        "6.1",
        "6.2",
        "7.1",
    ]
    assert "15" not in numbers and "12" not in numbers


def test_nijmegen_no_hyphenated_split_left(nijmegen):
    texts = [n.text for n in nijmegen.nodes()] + [n.title or "" for n in nijmegen.nodes()]
    joined = "\n".join(texts)
    assert "ge- meentelijke" not in joined and "ge-\nmeentelijke" not in joined
    assert "gemeentelijke" in joined
    for split, whole in (
        ("omstan- digheden", "omstandigheden"),
        ("seniorenover- leg", "seniorenoverleg"),
        ("Ge- meentewet", "Gemeentewet"),
    ):
        assert split not in joined and whole in joined
    assert sum(r.kind == "hyphenation" for r in nijmegen.repairs) > 50


def test_nijmegen_no_page_header_in_any_node(nijmegen):
    for node in nijmegen.nodes():
        assert "Gemeenteblad 2025" not in node.text
        assert "251099" not in (node.title or "")
    furniture = [r for r in nijmegen.repairs if r.kind == "page-furniture"]
    assert any("Gemeenteblad 2025 nr. 251099" in r.original for r in furniture)


def test_nijmegen_ocr_repairs_touch_structure_and_references(nijmegen):
    titles = [a.title for a, _ in nijmegen.articles()]
    assert "AFSPRAKEN BIJ VERBODEN HANDELINGEN EN VERBODEN OVEREENKOMSTEN" in titles
    articles = {(r.law, r.article) for r in nijmegen.references if r.kind == "law"}
    assert ("Gemeentewet", "41c") in articles
    assert ("Gemeentewet", "41b") in articles  # from "IArtikel 41b en 67 Gemeentewet"


def test_nijmegen_adopted_on(nijmegen):
    assert nijmegen.metadata.adopted_on == "2025-05-28"
    assert nijmegen.metadata.in_force_from == "2025-05-30"


# -- rheden.txt ------------------------------------------------------------------
def test_rheden_body_and_protocol_articles(rheden):
    scopes = _articles_by_scope(rheden)
    assert [a.number for a in scopes["body"]] == [str(i) for i in range(1, 8)]
    protocol = [s for s in scopes if s != "body"]
    assert len(protocol) == 1
    assert [a.number for a in scopes[protocol[0]]] == [str(i) for i in range(1, 10)]
    assert all(a.id.startswith(protocol[0] + "__art_") for a in scopes[protocol[0]])


def test_rheden_bijlage_1_explains_body_articles(rheden):
    explained = [n.explains for n in rheden.nodes() if n.explains]
    assert explained == [f"art_{i}" for i in range(1, 7)]
    annex = next(n for n in rheden.root.children if n.kind == m.BIJLAGE and n.number == "1")
    assert annex.role == "explanatory"
    assert not any(n.kind == m.ARTIKEL for n in annex.walk())


# -- assen.txt -------------------------------------------------------------------
def test_assen_metadata_and_sections(assen):
    assert assen.metadata.organisation == "Assen"
    assert assen.metadata.organisation_type == "gemeente"
    assert assen.metadata.adopted_on == "2022-04-14"
    titles = {n.title for n in assen.nodes() if n.kind == m.SECTION}
    assert {
        "Belangenverstrengeling",
        "Nevenfuncties",
        "Integriteitsonderzoek",
        "Social Media",
    } <= titles
    assert assen.articles() == []


def test_assen_jo_citation_gives_four_references(assen):
    text = "artikelen 41c, eerste lid, en 69, eerste lid, jo artikel 15, eerste en tweede lid, Gemeentewet"
    refs = [r for r in assen.references if r.text == text]
    assert sorted((r.law, r.article, r.lid) for r in refs) == [
        ("Gemeentewet", "15", 1),
        ("Gemeentewet", "15", 2),
        ("Gemeentewet", "41c", 1),
        ("Gemeentewet", "69", 1),
    ]


def test_assen_awb_reference(assen):
    refs = [r for r in assen.references if r.article == "2:4"]
    assert len(refs) == 1
    assert (refs[0].law, refs[0].bwb, refs[0].lid) == (
        "Algemene wet bestuursrecht",
        "BWBR0005537",
        2,
    )
    assert refs[0].url == "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=2:4&lid=2"


# -- all codes -------------------------------------------------------------------
def test_every_gemeentewet_reference_has_bwb_and_link(corpus):
    count = 0
    for code in corpus.values():
        for ref in code.references:
            if ref.law == "Gemeentewet":
                count += 1
                assert ref.bwb == "BWBR0005416"
                assert re.fullmatch(
                    r"https://wetten\.overheid\.nl/jci1\.3:c:BWBR0005416(&artikel=\d+[a-z]?(&lid=\d+)?)?",
                    ref.url,
                ), ref.url
    assert count > 100


def test_every_span_points_at_its_text(corpus):
    for code in corpus.values():
        for ref in code.references:
            source = code.source[ref.span.start : ref.span.end]
            assert " ".join(source.split()).replace("-", "") != ""
            first_word = ref.text.split()[0]
            assert first_word.lower()[:4] in source.lower().replace("iartikel", "artikel"), (
                ref,
                source,
            )
        for node in code.nodes():
            assert 0 <= node.span.start <= node.span.end <= len(code.source)


def test_ids_unique_in_every_code(corpus):
    for code in corpus.values():
        ids = [n.id for n in code.nodes()]
        assert len(ids) == len(set(ids)), code.file


def test_running_text_is_not_an_article_heading(corpus):
    for code in corpus.values():
        for article, _ in code.articles():
            assert not (article.title or "").lower().startswith("lid ")
            assert "Gemeentewet" not in (article.title or "")
