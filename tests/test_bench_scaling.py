"""A tiny run of benchmarks/bench_scaling.py: it measures, prints its table and judges growth."""

from __future__ import annotations

from benchmarks import bench_scaling


def test_bench_scaling_tiny_run(capsys):
    assert bench_scaling.main(["--sizes", "0.05", "0.2", "--tolerance", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| MB | seconds | MB/s |")
    assert "CPU time per MB at" in out and len(out.splitlines()) == 5  # header, rule, 2 sizes
