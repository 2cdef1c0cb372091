"""Hostile and clumsy input (issue #10): one clean error line or a warning, never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from codes import InputError, parse_bytes, parse_file, parse_text
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


def _docx(tmp_path, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None):
    """A small real Word file, with some of its parts replaced or added."""
    import io
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Artikel 1 Begrippen")
    document.add_paragraph("1. Een lid.")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    path = tmp_path / "code.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = (replace or {}).get(info.filename, source.read(info.filename))
            package.writestr(info.filename, data)
        for name, data in (add or {}).items():
            package.writestr(name, data)
    return path


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    ("part", "data", "message"),
    [
        ("word/document.xml", b"<w:document><unclosed>", "word/document.xml"),
        ("word/document.xml", b"", "word/document.xml"),
        ("word/styles.xml", b"<w:styles", "word/styles.xml"),
        ("word/document.xml", _LAUGHS, "word/document.xml"),
        ("word/document.xml", b"<document/>", "not a readable Word"),  # well-formed, not Word
    ],
)
def test_a_docx_with_a_malformed_part_is_one_error_line(tmp_path, part, data, message):
    path = _docx(tmp_path, replace={part: data})
    with pytest.raises(InputError, match=message):
        parse_file(path)
    for command in (["parse"], ["refs"], ["review"], ["norms"]):
        result = CliRunner().invoke(main, [*command, str(path)])
        assert result.exit_code == 1, result.output
        assert (
            result.stderr.startswith("gedragscode: error: ")
            and "not a readable Word" in result.stderr
        )
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_a_docx_with_corrupt_deflate_data_is_one_error_line(tmp_path):
    data = bytearray(_docx(tmp_path).read_bytes())
    start = data.index(b"word/document.xml") + 40  # inside the compressed part
    data[start : start + 40] = b"\xff" * 40
    with pytest.raises(InputError, match="not a readable Word"):
        parse_bytes(bytes(data), "corrupt.docx")


def test_a_docx_zip_bomb_stops_at_the_limit(tmp_path):
    path = _docx(tmp_path, add={"word/media/bomb.bin": bytes(3 * 1024 * 1024)})
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"inflates to more than the limit of 1 MB.*--max-size"):
        parse_file(path, max_size=1024 * 1024)
    assert parse_file(path).articles()  # under the default limit it is an ordinary code
    result = CliRunner().invoke(main, ["parse", str(path), "--max-size", "1"])
    assert result.exit_code == 1 and "--max-size" in result.stderr


def test_an_endless_input_stops_at_the_limit(tmp_path, monkeypatch):
    runner = CliRunner()
    result = runner.invoke(main, ["parse", "/dev/zero", "--max-size", "0.5"])
    assert result.exit_code == 1 and "limit of 0.5 MB" in result.stderr
    result = runner.invoke(main, ["parse", "-", "--max-size", "0.001"], input="Artikel 1\n" * 200)
    assert result.exit_code == 1 and "<stdin>: is larger than the limit" in result.stderr
    big = tmp_path / "big.txt"
    big.write_bytes(b"Artikel 1\n" * 300_000)
    monkeypatch.setenv("GEDRAGSCODE_MAX_SIZE", "2")
    with pytest.raises(InputError, match="limit of 2 MB.*GEDRAGSCODE_MAX_SIZE"):
        parse_file(big)
    with pytest.raises(InputError, match="limit of 1 MB"):
        parse_bytes(big.read_bytes(), "big.txt", max_size=1024 * 1024)


def test_articles_numbered_1000_and_up_are_not_merged_into_999():
    text = "".join(
        f"Artikel {n} Titel {n}\n\n1. Tekst van artikel {n}.\n\n"
        for n in (998, 999, 1000, 1001, 9999)
    )
    code = parse_text(text + "Artikel 10000 Vijf cijfers\n\n1. Tekst.\n", "long.txt")
    assert [a.number for a, _ in code.articles()] == ["998", "999", "1000", "1001", "9999"]
    assert code.node("art_1000").title == "Titel 1000"
    # five digits are not an article number: not silently merged, but said
    assert any("'Artikel 10000'" in w and "more than four digits" in w for w in code.warnings)


def test_json_output_grows_linearly_with_a_repeated_range_citation():
    """A range citation repeated 400 times in 10 KB gave 220 MB of JSON (issue #10, item 11)."""
    from codes.export import to_json

    def json_size(repeats: int) -> tuple[int, int]:
        chain = "8:1 tot en met 8:5, " * repeats  # one citation: every range in it is a reference
        text = f"Artikel 1 Test\n\n1. Zie de artikelen {chain}en 8:7 van de Awb.\n"
        return len(text), len(to_json(parse_text(text, "ranges.txt")))

    small_in, small_out = json_size(400)
    large_in, large_out = json_size(800)
    assert small_in < 10_000
    assert large_out / small_out <= 1.1 * large_in / small_in
    assert small_out < 100 * small_in
