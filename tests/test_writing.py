"""Writing files: never through a symlink, atomic, exclusive unless --force, all or nothing.

A full disk or a read-only folder is simulated by giving `codes.files` an `os` whose
calls fail, so the tests need neither a real full disk nor a user without root.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import threading

import pytest
from click.testing import CliRunner

import codes.files
from codes.errors import InputError
from codes.files import write_new
from gedragscode.cli import main

CASE = """gemeente = "best"
datum = 2026-11-24
gedraging = "Een geschenk aangenomen."

[afzender]
naam = "J. de Vries"
functie = "burgemeester"

[betrokkene]
naam = "A. Jansen"
functie = "wethouder"
"""


class FailingOs:
    """`os` as `codes.files` sees it, with `write` failing once `room` writes are used up."""

    def __init__(self, room: int = 0, error: int = errno.ENOSPC):
        self.room, self.error = room, error

    def __getattr__(self, name):
        return getattr(os, name)

    def write(self, descriptor, data):
        if self.room <= 0:
            raise OSError(self.error, os.strerror(self.error))
        self.room -= 1
        return os.write(descriptor, data)

    def fdopen(self, descriptor, *args, **kwargs):  # a buffered handle's write fails the same way
        disk, handle = self, os.fdopen(descriptor, *args, **kwargs)

        class Handle:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

            def write(self, data):
                handle.flush()
                return disk.write(handle.fileno(), data)

        return Handle()


def files_in(folder):
    return sorted(p.name for p in folder.iterdir())


def one_clean_line(result):
    assert result.exit_code == 1, result.output
    assert result.output.startswith("gedragscode: error: ")
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def _commands(tmp_path):
    case = tmp_path / "case.toml"
    case.write_text(CASE, encoding="utf-8")
    return {
        "letter": lambda out: ["generate", "kennisgeving", str(case), "--no-input", "-o", out],
        "parse": lambda out: ["parse", "best", "--format", "json", "-o", out],
        "compare": lambda out: ["compare", "best", "rheden", "-o", out],
        "export": lambda out: ["export", "--sqlite", out, "best", "rheden"],
        "model": lambda out: [
            *("generate", "model", "--gemeente", "X", "--voor", "raad"),
            *("--no-equivalents", "-o", out),
        ],
    }


# -- 1. a symlink at the output path is never followed ------------------------------
@pytest.mark.parametrize("command", ["letter", "parse", "compare", "export", "model"])
def test_output_never_follows_a_symlink(tmp_path, command):
    args = _commands(tmp_path)[command]
    victim, link = tmp_path / "victim", tmp_path / "link"
    link.symlink_to(victim)  # dangling: the target does not exist yet
    result = CliRunner().invoke(main, args(str(link)))
    assert result.exit_code == 1 and "already exists" in result.output
    assert not victim.exists() and link.is_symlink()

    victim.write_text("precious")
    victim.chmod(0o644)
    result = CliRunner().invoke(main, [*args(str(link)), "--force"])
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "precious"  # the link was replaced, not what it points to
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert not link.is_symlink() and link.stat().st_size > 0


# -- 2. writes are atomic and exclusive ----------------------------------------------
def test_a_full_disk_leaves_nothing_behind_and_keeps_a_good_file(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("good")
    monkeypatch.setattr(codes.files, "os", FailingOs())
    with pytest.raises((InputError, OSError)):
        write_new(good, "new " * 10_000, force=True)
    with pytest.raises((InputError, OSError)):
        write_new(tmp_path / "new.txt", "new " * 10_000)
    assert files_in(tmp_path) == ["good.txt"] and good.read_text() == "good"
    monkeypatch.undo()  # space freed: the rerun is not refused as "already exists"
    write_new(tmp_path / "new.txt", "new")
    assert (tmp_path / "new.txt").read_text() == "new"


def test_a_full_disk_is_one_line_from_the_command(tmp_path, monkeypatch):
    monkeypatch.setattr(codes.files, "os", FailingOs())
    result = CliRunner().invoke(main, ["parse", "best", "-o", str(tmp_path / "best.txt")])
    one_clean_line(result)
    assert "No space left on device" in result.output
    assert files_in(tmp_path) == []


def test_a_file_that_appears_after_the_check_is_not_replaced(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("the other writer's")
    # Another writer creates the file between the existence check and the write.
    monkeypatch.setattr(os.path, "lexists", lambda path: False)
    monkeypatch.setattr(type(target), "exists", lambda self, **kw: False)
    with pytest.raises(InputError, match="already exists"):
        write_new(target, "mine")
    monkeypatch.undo()
    assert target.read_text() == "the other writer's"
    assert files_in(tmp_path) == ["report.html"]


def test_parallel_writers_without_force_exactly_one_wins(tmp_path):
    target, start = tmp_path / "same.html", threading.Barrier(8)
    won: list[int] = []

    def writer(number):
        start.wait()
        try:
            write_new(target, f"writer {number}\n" * 5000)
            won.append(number)
        except InputError:
            pass

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert target.read_text() == f"writer {won[0]}\n" * 5000
    assert files_in(tmp_path) == ["same.html"]


def test_forced_letter_replaces_a_readable_file_with_a_private_one(tmp_path):
    target = tmp_path / "letter.docx"
    target.write_text("old")
    target.chmod(0o644)
    write_new(target, b"new", force=True, private=True)
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o600


# -- 3. export --sqlite ---------------------------------------------------------------
def test_export_to_a_read_only_folder_is_one_line(tmp_path, monkeypatch):
    folder = tmp_path / "readonly"
    folder.mkdir()

    class ReadOnly(FailingOs):
        def open(self, path, flags, *args):
            if flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return os.open(path, flags, *args)

    def refuse(*args, **kwargs):  # what SQLite says in a folder it may not write
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(codes.files, "os", ReadOnly())
    monkeypatch.setattr("compare.export.sqlite3.connect", refuse)
    result = CliRunner().invoke(
        main, ["export", "--sqlite", str(folder / "c.db"), "best", "rheden"]
    )
    one_clean_line(result)
    assert "permission" in result.output.lower()
    assert files_in(folder) == []


def test_export_on_a_full_disk_leaves_no_database_and_keeps_the_old_one(tmp_path, monkeypatch):
    connect = sqlite3.connect

    def small_disk(*args, **kwargs):  # SQLite's own "database or disk is full"
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr("compare.export.sqlite3.connect", small_disk)
    target = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["export", "--sqlite", str(target), "best", "rheden"])
    one_clean_line(result)
    assert "full" in result.output
    assert files_in(tmp_path) == []
    target.write_bytes(b"a good database")
    result = CliRunner().invoke(
        main, ["export", "--sqlite", str(target), "best", "rheden", "--force"]
    )
    one_clean_line(result)
    assert files_in(tmp_path) == ["c.db"] and target.read_bytes() == b"a good database"


# -- 4. batches are all or nothing ----------------------------------------------------
def _batch(tmp_path, rows=3):
    header = (
        "gemeente,datum,afzender.naam,afzender.functie,betrokkene.naam,betrokkene.functie,gedraging"
    )
    lines = [header] + [
        f"best,2026-11-24,J. de Vries,burgemeester,Persoon {i},raadslid,Een geschenk aangenomen."
        for i in range(1, rows + 1)
    ]
    batch = tmp_path / "cases.csv"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return batch


def test_batch_writes_nothing_when_a_later_letter_exists(tmp_path):
    batch, out = _batch(tmp_path), tmp_path / "letters"
    out.mkdir()
    third = out / "kennisgeving-2026-11-24-rij-4.docx"  # CSV row 4: the third case
    third.write_text("mine")
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", "--batch", str(batch), "-o", str(out)]
    )
    one_clean_line(result)
    assert "already exists" in result.output and third.name in result.output
    assert files_in(out) == [third.name] and third.read_text() == "mine"


def test_batch_failing_half_way_removes_the_letters_it_wrote(tmp_path, monkeypatch):
    batch, out = _batch(tmp_path), tmp_path / "letters"
    monkeypatch.setattr(codes.files, "os", FailingOs(room=2))  # the third letter fills the disk
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", "--batch", str(batch), "-o", str(out)]
    )
    one_clean_line(result)
    assert not out.exists() or files_in(out) == []


def test_a_failed_rename_restores_the_files_replaced_before_it(tmp_path, monkeypatch):
    targets = [tmp_path / f"{name}.txt" for name in "abc"]
    for target in targets:
        target.write_text("old")

    class SecondRenameFails(FailingOs):
        renames = 0

        def replace(self, source, target):
            SecondRenameFails.renames += 1
            if SecondRenameFails.renames == 2:
                raise OSError(errno.EIO, "Input/output error")
            return os.replace(source, target)

    from codes.files import write_all

    monkeypatch.setattr(codes.files, "os", SecondRenameFails(room=10**6))
    with pytest.raises(InputError, match="nothing was written"):
        write_all(targets, ["new"] * 3, force=True)
    assert [t.read_text() for t in targets] == ["old"] * 3
    assert files_in(tmp_path) == ["a.txt", "b.txt", "c.txt"]
