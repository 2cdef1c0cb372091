"""A tiny run of benchmarks/bench_scaling.py: it measures, prints its table and judges growth."""

from __future__ import annotations

from benchmarks import bench_scaling


def test_bench_scaling_tiny_run(capsys):
    assert bench_scaling.main(["--sizes", "0.05", "0.2", "--tolerance", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("lines:\n| MB | seconds | MB/s |")
    assert "one-line:\n| MB | seconds | MB/s |" in out
    assert out.count("CPU time per MB at") == 2
    assert len(out.splitlines()) == 12  # per shape: name, header, rule, 2 sizes, judgement


def test_one_line_shape_has_no_line_break():
    data = bench_scaling.build(0.05, "one-line")
    assert b"\n" not in data and len(data) >= 50_000
