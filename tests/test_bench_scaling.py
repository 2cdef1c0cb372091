"""A tiny run of benchmarks/bench_scaling.py: it measures, prints its table and judges growth."""

from __future__ import annotations

from benchmarks import bench_scaling


def test_bench_scaling_tiny_run(capsys):
    assert bench_scaling.main(["--sizes", "0.05", "0.2", "--tolerance", "3"]) == 0
    out = capsys.readouterr().out
    assert "| MB | seconds | MB/s |" in out and "CPU time per MB at 0 MB" not in out
    assert out.count("\\n| 0.") == 2
