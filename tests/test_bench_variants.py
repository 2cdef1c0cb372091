"""`benchmarks.bench_variants` on one round: the table prints whatever the round states."""

from benchmarks import bench_variants


def test_a_round_that_states_no_date_prints_a_dash_for_it(capsys):
    # round uv (web pages of the bodies) states no adoption date: its column has no score
    assert bench_variants.main(["--only", "^uv"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert len(rows) == len(bench_variants.VARIANTS)
    saved = rows[0].split()
    assert saved[0] == "saved" and saved[5] == "-" and 0 <= float(saved[1]) <= 1


def test_the_word_copy_is_a_docx_with_heading_styles_and_reads_back_the_same_laws():
    from codes import parse_bytes, parse_text
    from codes.read import read_bytes

    text = (
        "Gedragscode integriteit\n\nHoofdstuk 1 Algemeen\n\nArtikel 1 Begrippen\n"
        "1. Deze code geldt voor raadsleden.\n2. Zie artikel 41c, tweede lid, Gemeentewet.\n"
    )
    data = bench_variants.word(text)
    source = read_bytes(data, "code.docx")
    assert source.format == "docx"
    assert sorted(source.heading_levels.values()) == [2, 3]  # Hoofdstuk, Artikel
    laws = [(r.law, r.article, r.lid) for r in parse_bytes(data, "code.docx").references]
    assert laws == [(r.law, r.article, r.lid) for r in parse_text(text).references]
    assert ("Gemeentewet", "41c", 2) in laws


def test_one_variant_is_run_beside_the_saved_texts(capsys):
    assert bench_variants.main(["--only", "^uv0[12]", "--variant", "Word .docx"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert [row.split()[0] for row in rows] == ["saved", "Word"]
