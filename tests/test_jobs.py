"""--jobs: the same output from one process and from a pool; bad input among good; streaming."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from click.testing import CliRunner

from codes.errors import InputError
from codes.export import join_json, to_json, to_json_bytes, to_json_list_item
from codes.pool import map_ordered
from gedragscode.cli import main

from .conftest import NAMES, corpus_code

COMMANDS = [
    ["parse", "--format", "json"],
    ["parse"],
    ["parse", "--format", "markdown"],
    ["refs", "--format", "csv", "--internal"],
    ["norms", "--format", "csv"],
    ["norms"],
    ["review", "--format", "json"],
    ["compare", "-o", "-"],
    ["compare", "best", "rheden", "--format", "json"],
]


def run(args, jobs):
    return CliRunner().invoke(main, [*args, "--jobs", str(jobs)])


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_one_job_and_two_give_the_same_bytes(args):
    one, two = run(args, 1), run(args, 2)
    assert one.exit_code == two.exit_code, two.stderr
    assert one.exit_code in (0, 1)  # review: 1 when an error is found
    assert len(one.stdout_bytes) > 1000
    assert one.stdout_bytes == two.stdout_bytes
    assert one.stderr == two.stderr  # the same warnings, in the same order


def test_export_is_the_same_with_two_jobs(tmp_path):
    dumps = []
    for jobs in (1, 2):
        target = tmp_path / f"{jobs}.db"
        result = run(["export", "--sqlite", str(target)], jobs)
        assert result.exit_code == 0, result.stderr
        # The provenance table records the time of the export; everything else is the same.
        lines = list(sqlite3.connect(target).iterdump())
        dumps.append([line for line in lines if not line.startswith('INSERT INTO "provenance"')])
        assert sum(line.startswith('INSERT INTO "provenance"') for line in lines) == 5
    assert dumps[0] == dumps[1] and len(dumps[0]) > 1000


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_file_among_good_ones_is_one_line(tmp_path, jobs):
    bad = tmp_path / "kapot.txt"
    bad.write_bytes(b"\x00\x01\x02\x03 binary")
    result = run(["parse", "best", str(bad), "rheden", "assen", "--format", "json"], jobs)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"gedragscode: error: {bad}: a binary file")
    assert "Traceback" not in result.stderr


def test_the_first_bad_file_in_order_is_the_one_reported(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"")
    second.write_bytes(b"\x00\x01\x02 binary")
    result = run(["review", "best", str(first), str(second), "rheden"], 2)
    assert (
        result.exit_code == 1 and str(first) in result.stderr and str(second) not in result.stderr
    )


def test_join_json_is_the_json_of_the_list():
    codes = [corpus_code("best"), corpus_code("rheden")]
    assert join_json([to_json_list_item(c) for c in codes]) == to_json_bytes(codes)
    assert to_json_bytes(codes).decode() == to_json(codes)


def _square(number: int) -> int:
    if number == 5:
        raise InputError("five is bad input")
    return number * number


def _pid(_: object) -> int:
    return os.getpid()


def test_map_ordered_keeps_the_order_and_raises_at_the_bad_item():
    assert list(map_ordered(_square, range(5), jobs=2, ahead=1)) == [0, 1, 4, 9, 16]
    seen = []
    with pytest.raises(InputError, match="five"):
        for value in map_ordered(_square, range(40), jobs=2):
            seen.append(value)
    assert seen == [n * n for n in range(5)]  # everything before the bad item, in order


def test_no_pool_for_one_item_or_one_job():
    assert list(map_ordered(_pid, ["only"], jobs=4)) == [os.getpid()]
    assert set(map_ordered(_pid, range(3), jobs=1)) == {os.getpid()}
    assert os.getpid() not in set(map_ordered(_pid, range(3), jobs=2))


def test_compare_json_is_streamed_valid_and_standard():
    from compare.align import compare
    from compare.stream import alignment_chunks

    comparison = compare([corpus_code("best"), corpus_code("de-bilt")])
    chunks = list(alignment_chunks(comparison, with_diffs=True, jobs=1))
    assert len(chunks) > 5  # written piece by piece, not built whole
    text = b"".join(chunks).decode("utf-8")
    data = json.loads(text)
    # The same text as the standard encoder of the whole object (the documented shape).
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert list(data) == [
        "codes",
        "provisions",
        "matches",
        "one_to_many",
        "only_in",
        "code_similarity",
    ]
    assert len(data["matches"]) == len(comparison.matches)
    with_target = [m for m in data["matches"] if m["target"]]
    assert with_target and all(m["diff"] for m in with_target)
    assert data["only_in"] == [m["source"] for m in data["matches"] if m["target"] is None]


def test_compare_json_without_diffs():
    result = run(["compare", "best", "rheden", "--format", "json", "--no-diffs"], 2)
    assert result.exit_code == 0, result.stderr
    matches = json.loads(result.stdout)["matches"]
    assert matches and not any("diff" in m for m in matches)


def test_compare_over_a_pool_is_the_same(monkeypatch):
    import numpy as np

    from compare import align

    codes = [corpus_code(n) for n in ("assen", "best", "rheden")]
    one = align.compare(codes)
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)  # the corpus is below it: force the pool
    two = align.compare(codes, jobs=2)
    for name in ("score", "target", "text", "topic"):
        assert np.array_equal(getattr(one.best, name), getattr(two.best, name))
    assert (one.scores != two.scores).nnz == 0 and one.scores.nnz > 100
    assert np.array_equal(one.code_similarity, two.code_similarity)
    assert one.topics == two.topics
    assert list(one.matches) == list(two.matches)


def test_compare_of_many_codes_aligns_over_the_jobs_asked(tmp_path, monkeypatch):
    """More than 10 codes make a folder of pages; its alignment gets --jobs like the page's."""
    from compare import report_site

    seen = []
    real = report_site.compare

    def spy(codes, jobs=1):
        seen.append(jobs)
        return real(codes, jobs=jobs)

    monkeypatch.setattr(report_site, "compare", spy)
    from .conftest import CORPUS

    source = (CORPUS / "best.txt").read_bytes()
    paths = []
    for i in range(11):
        (path := tmp_path / f"code{i:02}.txt").write_bytes(source)
        paths.append(str(path))
    result = run(["compare", *paths, "-o", str(tmp_path / "site")], 2)
    assert result.exit_code == 0, result.stderr
    assert seen == [2]
    assert (tmp_path / "site" / "index.html").stat().st_size > 1000


def test_the_report_folder_is_the_same_with_its_diffs_over_a_pool():
    from compare.report_site import build_site

    codes = [corpus_code(n) for n in NAMES]
    one = list(build_site(codes).pages)
    two = list(build_site(codes, jobs=2).pages)
    assert one == two
    assert sum(page.count("<ins>") for page in one) > 10  # diffs were made
