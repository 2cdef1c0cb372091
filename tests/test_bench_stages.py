"""A tiny run of benchmarks/bench_stages.py: every stage is timed and the shares add up."""

from __future__ import annotations

import re

from benchmarks import bench_stages


def test_bench_stages_tiny_run(capsys):
    assert bench_stages.main(["--codes", "3", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    rows = dict(re.findall(r"^\| ([a-z_ ()]+) \| [0-9.]+ \| ([0-9.]+)% \|$", out, re.M))
    assert {"find_references", "extract_metadata", "build", "json", "other (glue)"} <= set(rows)
    assert abs(sum(float(share) for share in rows.values()) - 100) < 1
    assert out.startswith("3 scaled codes")
    import codes.parse

    assert codes.parse.normalize.__module__ == "codes.normalize"  # the wrappers are gone
