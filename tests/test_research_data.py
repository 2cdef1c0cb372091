"""Research data (issue 12): tidy norms with their evidence apart, an SQLite file with
keys, indexes and provenance, and `-o -` as standard output for every command."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from codes import parse_file
from compare.norm_table import COLUMNS
from gedragscode.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "codes" / "corpus"


def run(*args: str, **kwargs):
    result = CliRunner().invoke(main, list(args), **kwargs)
    return result


# -- tidy norms ------------------------------------------------------------------------
def test_norms_csv_and_evidence_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("norms", "best", "rheden", "--format", "csv", "-o", "n.csv", "--evidence", "e.csv")
    assert result.exit_code == 0, result.output
    norms = list(csv.DictReader((tmp_path / "n.csv").open(encoding="utf-8")))
    evidence = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert list(norms[0]) == list(COLUMNS["norms"])
    assert list(evidence[0]) == list(COLUMNS["evidence"])
    assert len(norms) == 20  # 2 codes x 10 variables
    best_gift = next(
        r for r in norms if (r["code"], r["variable"]) == ("best", "gift_threshold_eur")
    )
    # Best says € 50 in art. 4.1 of the raad's chapter and of the college's: lid 2, 3 and 4
    assert best_gift["value_number"] == "50" and best_gift["evidence_count"] == "6"
    assert best_gift["article"].startswith("art. 4.1 lid 2 (Hoofdstuk 1); art. 4.1 lid 3")
    registers = next(r for r in norms if (r["code"], r["variable"]) == ("best", "register_gifts"))
    assert (registers["value_number"], registers["value_text"]) == (
        "",
        "griffier; gemeentesecretaris",
    )
    # evidence joins on (code, variable), and no passage is listed twice
    keys = [(e["code"], e["variable"], e["node"], e["span_start"], e["value"]) for e in evidence]
    assert len(keys) == len(set(keys))
    counted = sum(
        1 for e in evidence if (e["code"], e["variable"]) == ("best", "gift_threshold_eur")
    )
    assert counted == 6
    source = (CORPUS / "best.txt").read_text(encoding="utf-8")
    for row in (e for e in evidence if e["code"] == "best"):
        words = " ".join(source[int(row["span_start"]) : int(row["span_end"])].split())
        assert words and row["quote"].startswith(words)  # spans cover at most 12 words
    assert all(not Path(r["source"]).is_absolute() for r in norms + evidence)


def test_norms_json_has_numbers_and_nulls():
    result = run("norms", "nijmegen", "--format", "json")
    rows = json.loads(result.output)
    cooling = next(r for r in rows if r["variable"] == "cooling_off_years")
    assert (cooling["value_number"], cooling["unit"], cooling["value_text"]) == (2, "years", None)
    gifts = next(r for r in rows if r["variable"] == "register_gifts")
    assert gifts["status"] == "not regulated" and gifts["evidence_count"] == 0
    assert gifts["span_start"] is None


def test_norms_evidence_needs_a_data_format_and_a_file_of_its_own(tmp_path):
    result = run("norms", "best", "--evidence", str(tmp_path / "e.csv"))
    assert result.exit_code == 1 and "--format csv" in result.output
    result = run("norms", "best", "--format", "csv", "--evidence", "-")
    assert result.exit_code == 1 and "file of its own" in result.output


def test_codebook_documents_both_tables_and_the_value_column():
    text = run("norms", "--codebook").output
    for column in (*COLUMNS["norms"], *COLUMNS["evidence"]):
        assert f"`{column}`" in text
    assert "' \\| '" in text  # the pipe inside a table cell is escaped
    entries = json.loads(run("norms", "--codebook", "--format", "json").output)
    column = {e["variable"]: e["column"] for e in entries}
    assert column["gift_threshold_eur"] == "value_number"
    assert column["register_gifts"] == "value_text"


# -- SQLite ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def database(tmp_path_factory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("db") / "corpus.db"
    cvdr = str(ROOT / "tests" / "fixtures" / "cvdr_example2.xml")
    result = run("export", "--sqlite", str(path), "best", "rheden", "nijmegen", cvdr)
    assert result.exit_code == 0, result.output
    return sqlite3.connect(path)


def _foreign_keys(db, table):
    return {(row[2], row[3], row[4]) for row in db.execute(f"PRAGMA foreign_key_list({table})")}


def test_sqlite_has_primary_and_foreign_keys(database):
    tables = [r[0] for r in database.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        columns = list(database.execute(f"PRAGMA table_info({table})"))
        assert any(c[5] for c in columns), f"{table} has no primary key"
    assert ("nodes", "parent", "id") in _foreign_keys(database, "nodes")
    assert ("nodes", "node", "id") in _foreign_keys(database, "refs")
    assert ("norms", "variable", "variable") in _foreign_keys(database, "norm_evidence")
    assert ("codebook", "variable", "variable") in _foreign_keys(database, "norms")
    assert ("provisions", "other_node", "node") in _foreign_keys(database, "alignment")
    assert ("codes", "code", "code") in _foreign_keys(database, "provenance")
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_indexes_the_join_columns(database):
    def indexed(table):
        return {
            tuple(c[2] for c in database.execute(f"PRAGMA index_info({row[1]})"))
            for row in database.execute(f"PRAGMA index_list({table})")
        }

    assert ("code", "parent") in indexed("nodes")
    assert ("code", "node") in indexed("refs") and ("bwb", "article") in indexed("refs")
    assert ("code", "variable") in indexed("norm_evidence")
    assert ("code", "variable") in indexed("norms")  # the primary key
    assert ("other_code", "other_node") in indexed("alignment")
    assert ("topic",) in indexed("provision_topics")


def test_sqlite_provenance(database):
    rows = {
        r[0]: r[1:]
        for r in database.execute(
            "SELECT code, file, sha256, source_url, tool, tool_version, exported_at, command "
            "FROM provenance"
        )
    }
    assert set(rows) == {"best", "rheden", "nijmegen", "cvdr_example2"}
    file, sha, url, tool, version, at, command = rows["best"]
    assert file == "codes/corpus/best.txt"
    assert sha == hashlib.sha256((CORPUS / "best.txt").read_bytes()).hexdigest()
    assert url is None  # the text names no published address; none is guessed
    assert tool == "gedragscode" and version and version != "unknown"
    assert at.endswith("+00:00") and at[:4].isdigit()
    assert command.startswith("gedragscode export --sqlite ")  # as typed, whoever runs it
    assert command.endswith(
        " best rheden nijmegen " + str(ROOT / "tests/fixtures/cvdr_example2.xml")
    )
    # A CVDR file names its identifier: CVDR100394_2
    assert rows["cvdr_example2"][2] == "https://lokaleregelgeving.overheid.nl/CVDR100394/2"


def test_sqlite_norms_are_tidy(database):
    rows = database.execute(
        "SELECT value_number, unit, evidence_count FROM norms "
        "WHERE code = 'rheden' AND variable = 'gift_threshold_eur'"
    ).fetchall()
    assert rows == [(50, "euro", 3)]
    quotes = database.execute(
        "SELECT article FROM norm_evidence WHERE code = 'rheden' "
        "AND variable = 'gift_threshold_eur' ORDER BY span_start"
    ).fetchall()
    assert quotes == [("art. 4 lid 3",), ("art. 4 lid 4",), ("art. 4 lid 5",)]


def test_published_url_from_a_copied_page_only_when_it_names_one_regulation():
    from codes.cvdr import published_url

    page = "Permanente link http://lokaleregelgeving.overheid.nl/CVDR648757/3 ..."
    assert published_url(None, page) == "https://lokaleregelgeving.overheid.nl/CVDR648757/3"
    both = page + " zie ook https://lokaleregelgeving.overheid.nl/CVDR111/1"
    assert published_url(None, both) is None
    assert published_url("112779_1", "") == "https://lokaleregelgeving.overheid.nl/CVDR112779/1"
    assert parse_file(CORPUS / "rheden.txt").source_url is None


# -- -o - ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["parse", "best", "--format", "json"],
        ["refs", "rheden", "--format", "csv"],
        ["review", "best", "--format", "json"],
        ["norms", "best", "--format", "csv"],
        ["compare", "best", "rheden", "--format", "json"],
        [
            "generate",
            "model",
            "--gemeente",
            "Voorbeeldstad",
            "--voor",
            "raad",
            "--format",
            "markdown",
        ],
    ],
)
def test_dash_means_stdout_for_every_command(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*args, "-o", "-"])
    assert result.exit_code in (0, 1), result.output  # review exits 1 on an error finding
    assert not (tmp_path / "-").exists() and not list(tmp_path.iterdir())
    assert len(result.stdout) > 200
    assert "wrote" not in result.stderr  # no "wrote -": the result is on stdout


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "kennisgeving", "case.toml"],
        ["generate", "kennisgeving", "case.toml", "--format", "markdown"],
        ["generate", "model", "--gemeente", "X", "--voor", "raad"],
        ["export", "--sqlite", "-", "best"],
    ],
)
def test_stdout_output_says_nothing_about_a_file(tmp_path, monkeypatch, args):
    """Word, Markdown and SQLite on a pipe: stderr tells of no file, and with a file name
    it tells the name (the same helper, `gedragscode.common.wrote`)."""
    monkeypatch.chdir(tmp_path)
    example = run("generate", "kennisgeving", "--example").stdout
    (tmp_path / "case.toml").write_text(example, encoding="utf-8")
    to_stdout = args if "-" in args else [*args, "-o", "-"]
    result = run(*to_stdout)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes[:4] in (b"PK\x03\x04", b"SQLi") or "Geachte" in result.stdout
    assert "wrote" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.toml"]
    to_file = [a if a != "-" else "out.bin" for a in to_stdout]
    if "-o" in to_file:
        to_file[to_file.index("-o") + 1] = "out.bin"
    named = run(*to_file)
    assert named.exit_code == 0, named.output
    assert "wrote out.bin" in named.stderr


def test_letter_to_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    case = tmp_path / "case.toml"
    case.write_text(run("generate", "kennisgeving", "--example").stdout, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", str(case), "--format", "markdown", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert "Kennisgeving" in result.stdout or "kennisgeving" in result.stdout.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.toml"]
    assert "wrote" not in result.stderr and "contains:" in result.stderr
    pdf = CliRunner().invoke(main, ["generate", "kennisgeving", str(case), "--pdf", "-o", "-"])
    assert pdf.exit_code == 1 and "standard output" in pdf.output


def test_binary_to_stdout_when_piped(tmp_path):
    """A pipe gets the database and the Word file; nothing named '-' appears."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    db = subprocess.run(
        [sys.executable, "-m", "gedragscode", "export", "--sqlite", "-", "best", "rheden"],
        cwd=tmp_path,
        capture_output=True,
        env=env,
        check=True,
    )
    assert db.stdout.startswith(b"SQLite format 3\0")
    (tmp_path / "piped.db").write_bytes(db.stdout)
    with sqlite3.connect(tmp_path / "piped.db") as connection:
        assert connection.execute("SELECT COUNT(*) FROM codes").fetchone() == (2,)
    word = subprocess.run(
        [sys.executable, "-m", "gedragscode", "generate", "model", "--gemeente", "X"]
        + ["--voor", "raad", "-o", "-"],
        cwd=tmp_path,
        capture_output=True,
        env=env,
        check=True,
    )
    assert word.stdout.startswith(b"PK\x03\x04")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--sqlite", "-", "best", "rheden"],
        ["generate", "model", "--gemeente", "X", "--voor", "raad", "-o", "-"],
    ],
)
def test_binary_refused_on_a_terminal(tmp_path, args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "gedragscode", *args],
            cwd=tmp_path,
            stdout=follower,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 1
    assert b"terminal" in done.stderr and b"Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())


def test_batch_refuses_dash(tmp_path):
    batch = tmp_path / "b.csv"
    batch.write_text("gemeente\nbest\n", encoding="utf-8")
    result = run("generate", "kennisgeving", "--batch", str(batch), "-o", "-")
    assert result.exit_code == 1 and "-o DIR" in result.output
    assert not (tmp_path / "-").exists()
