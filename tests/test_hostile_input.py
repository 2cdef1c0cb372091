"""Hostile and clumsy input (issue #10): one clean error line or a warning, never a traceback."""

from __future__ import annotations

from click.testing import CliRunner

from codes import parse_file, parse_text
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


def test_control_characters_are_removed_at_input_and_akn_is_valid_xml(tmp_path):
    from lxml import etree

    from codes.akn import to_akn

    text = "Artikel 1 Begrippen\n\n1. Een\x01 lid\x0bmet een pagina\x0c-einde en \x1f.\n"
    code = parse_text(text, "controls.txt")
    assert "\x01" not in code.source and "\x1f" not in code.source
    assert "lid\nmet een pagina\n-einde" in code.source  # vertical tab and form feed: line breaks
    assert any("2 control character(s) removed" in w for w in code.warnings)
    etree.fromstring(to_akn(code).encode("utf-8"))
    path = tmp_path / "controls.txt"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "akn"])
    assert result.exit_code == 0 and "<akomaNtoso" in result.stdout


def test_akn_drops_characters_xml_cannot_hold_from_any_code():
    from dataclasses import replace

    from codes.akn import to_akn

    code = parse_text("Artikel 1 Test\n\n1. Een lid.\n", "x.txt")
    assert "<akomaNtoso" in to_akn(replace(code, file="na\x01am\x0b.txt"))


def test_a_stray_windows_1252_byte_in_utf8_is_repaired_and_reported():
    from codes import parse_bytes

    data = "Artikel 1 Beïnvloeding\n\n1. Een café met één of meer ".encode() + b"\x96 gasten.\n"
    code = parse_bytes(data, "stray.txt")
    assert "Beïnvloeding" in code.source and "café met één" in code.source
    assert "– gasten" in code.source  # 0x96 is an en dash in Windows-1252
    offset = data.index(b"\x96")
    assert any(
        f"1 byte(s) that are not UTF-8 (at byte offset {offset})" in w for w in code.warnings
    )


def test_utf16_without_a_byte_order_mark_is_read(tmp_path):
    text = (CORPUS / "rheden.txt").read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"rheden-{codec}.txt"
        path.write_bytes(text.encode(codec))
        code = parse_file(path)
        assert code.source == text.replace("\r\n", "\n")
        assert len(code.articles()) == len(parse_text(text).articles())
