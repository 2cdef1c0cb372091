"""Hostile and clumsy input (issue #10): one clean error line or a warning, never a traceback."""

from __future__ import annotations

from click.testing import CliRunner

from codes import parse_text
from gedragscode.cli import main

from .conftest import CORPUS

_IMPOSSIBLE = (
    "Gedragscode integriteit raadsleden Voorbeeld\n\n"
    "Artikel 1 Begrippen\n\n1. In deze code wordt verstaan onder raad: de gemeenteraad.\n\n"
    "Aldus vastgesteld in de openbare vergadering van 30 februari 2021.\n"
)


def test_an_impossible_date_is_a_warning_not_a_value(tmp_path):
    code = parse_text(_IMPOSSIBLE, "feb30.txt")
    assert code.metadata.adopted_on is None
    assert any("30 februari 2021" in w and "calendar" in w for w in code.warnings)
    path = tmp_path / "feb30.txt"
    path.write_text(_IMPOSSIBLE, encoding="utf-8")
    runner = CliRunner()
    review = runner.invoke(main, ["review", str(path), "--format", "json"])
    assert review.exception is None or isinstance(review.exception, SystemExit), review.output
    assert "30 februari 2021" in review.stderr
    compared = runner.invoke(
        main, ["compare", str(path), str(CORPUS / "best.txt"), "--format", "json", "-o", "-"]
    )
    assert compared.exit_code == 0, compared.output
