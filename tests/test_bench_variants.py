"""`benchmarks.bench_variants` on one round: the table prints whatever the round states."""

from benchmarks import bench_variants


def test_a_round_that_states_no_date_prints_a_dash_for_it(capsys):
    # round uv (web pages of the bodies) states no adoption date: its column has no score
    assert bench_variants.main(["--only", "^uv"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert len(rows) == len(bench_variants.VARIANTS)
    saved = rows[0].split()
    assert saved[0] == "saved" and saved[5] == "-" and 0 <= float(saved[1]) <= 1
