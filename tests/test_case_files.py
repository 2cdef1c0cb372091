"""Case files, batch CSVs and model options as clumsy or hostile users make them (issue #10)."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from codes.errors import InputError
from gedragscode.cli import main
from generator.cases import load_batch, load_case
from generator.letters import prepare, render_docx, render_markdown
from generator.model_code import build

from .conftest import LETTER_CASE

HEADER = (
    "gemeente,datum,afzender.naam,afzender.functie,betrokkene.naam,betrokkene.functie,gedraging"
)


# -- 8. deeply nested case files -------------------------------------------------------
@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (".json", "[" * 100_000 + "]" * 100_000),
        (".json", '{"a": ' * 100_000 + "1" + "}" * 100_000),
        (".toml", "a = " + "[" * 5000 + "]" * 5000),
        (".toml", "a = " + "{b = " * 5000 + "1" + "}" * 5000),
        (".yaml", "[" * 5000 + "]" * 5000),
        (".yaml", "a:\n" + "".join(" " * i + "- \n" for i in range(1, 3000))),
    ],
    ids=["json-lists", "json-objects", "toml-arrays", "toml-tables", "yaml-flow", "yaml-block"],
)
def test_deeply_nested_case_file_is_a_clear_error(tmp_path, suffix, content):
    path = tmp_path / f"case{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        load_case(path)
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", str(path), "--no-input", "-o", str(tmp_path / "k.docx")]
    )
    assert result.exit_code == 1 and result.output.startswith("gedragscode: error: ")
    assert "Traceback" not in result.output and len(result.output.splitlines()) == 1


def test_nested_fields_just_under_the_limit_are_named_not_crashed(tmp_path):
    path = tmp_path / "case.json"
    path.write_text('{"a": ' * 500 + "1" + "}" * 500, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply|unknown field"):
        load_case(path)


def test_deeply_nested_model_options_are_a_clear_error(tmp_path):
    options = tmp_path / "options.toml"
    options.write_text("meldpunt = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            *("generate", "model", "--gemeente", "X", "--voor", "raad", "--options", str(options)),
            *("-o", str(tmp_path / "model.docx")),
        ],
    )
    assert result.exit_code == 1 and "nested too deeply" in result.output
    assert len(result.output.splitlines()) == 1


# -- 15. a byte order mark, as Notepad saves UTF-8 -------------------------------------
@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (".toml", 'gemeente = "best"\n[betrokkene]\nnaam = "Zoë Jansen"\n'),
        (".json", '{"gemeente": "best", "betrokkene": {"naam": "Zoë Jansen"}}'),
        (".yaml", "gemeente: best\nbetrokkene:\n  naam: Zoë Jansen\n"),
    ],
    ids=["toml", "json", "yaml"],
)
def test_case_file_with_a_byte_order_mark(tmp_path, suffix, content):
    path = tmp_path / f"case{suffix}"
    path.write_text(content, encoding="utf-8-sig")
    assert load_case(path) == {"gemeente": "best", "betrokkene.naam": "Zoë Jansen"}


def test_model_options_with_a_byte_order_mark(tmp_path):
    options = tmp_path / "options.toml"
    options.write_text("giftdrempel = 75\n", encoding="utf-8-sig")
    result = CliRunner().invoke(
        main,
        [
            *("generate", "model", "--gemeente", "X", "--voor", "raad", "--no-equivalents"),
            *("--format", "markdown", "--options", str(options), "-o", str(tmp_path / "m.md")),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "€ 75" in (tmp_path / "m.md").read_text(encoding="utf-8")


# -- 16. batch CSV as spreadsheets write it ---------------------------------------------
def _row(name, gedraging, separator=","):
    cells = ["best", "2026-11-24", "J. de Vries", "burgemeester", name, "raadslid", gedraging]
    return separator.join(cells)


def test_line_break_inside_a_quoted_cell_is_kept(tmp_path):
    batch = tmp_path / "cases.csv"
    text = HEADER + "\r\n" + _row("A", '"Regel een\r\nRegel twee"') + "\r\n" + _row("B", "x")
    batch.write_bytes(text.encode("utf-8"))
    cases = load_batch(batch)
    assert [c["betrokkene.naam"] for c in cases] == ["A", "B"]
    assert cases[0]["gedraging"] == "Regel een\nRegel twee"


@pytest.mark.parametrize(
    "character", ["\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x1c"], ids=ascii
)
def test_unicode_line_separators_in_a_cell_do_not_split_the_row(tmp_path, character):
    batch = tmp_path / "cases.csv"
    rows = [HEADER, _row("A", f"voor{character}na"), _row("B", "x")]
    batch.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cases = load_batch(batch)
    assert [c["betrokkene.naam"] for c in cases] == ["A", "B"]
    assert cases[0]["gedraging"].startswith("voor") and cases[0]["gedraging"].endswith("na")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_semicolon_csv_from_dutch_excel(tmp_path, encoding):
    batch = tmp_path / "cases.csv"
    rows = [
        HEADER.replace(",", ";"),
        _row("Zoë Jansen", '"Een geschenk; een reis naar Barcelona"', ";"),
        _row("Jeroen", "Een diner aangenomen.", ";"),
    ]
    batch.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    cases = load_batch(batch)
    assert [c["betrokkene.naam"] for c in cases] == ["Zoë Jansen", "Jeroen"]
    assert cases[0]["gedraging"] == "Een geschenk; een reis naar Barcelona"
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", "--batch", str(batch), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 2


def test_tab_separated_batch(tmp_path):
    batch = tmp_path / "cases.tsv"
    rows = [HEADER.replace(",", "\t"), _row("A", "Een geschenk, groot.", "\t")]
    batch.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert load_batch(batch)[0]["gedraging"] == "Een geschenk, groot."


# -- 17. values cannot change the layout -----------------------------------------------
def test_control_characters_in_a_value_do_not_change_the_word_layout(tmp_path):
    plain = render_docx(prepare("kennisgeving", LETTER_CASE))
    hostile = render_docx(
        prepare(
            "kennisgeving", {**LETTER_CASE, "gedraging": "voor\x0cmidden\x07na\x0bslot\x01\x1b."}
        )
    )
    xml = zipfile.ZipFile(io.BytesIO(hostile)).read("word/document.xml").decode("utf-8")
    assert 'w:type="page"' not in xml
    assert xml.count("<w:p>") + xml.count("<w:p ") == _paragraphs(plain)

    import docx

    document = docx.Document(io.BytesIO(hostile))
    (paragraph,) = [p.text for p in document.paragraphs if "midden" in p.text]
    assert "nalaten: voor" in paragraph and "midden na" in paragraph and "slot" in paragraph


def _paragraphs(data: bytes) -> int:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    return xml.count("<w:p>") + xml.count("<w:p ")


def test_markdown_letter_escapes_values():
    hostile = {
        **LETTER_CASE,
        "betrokkene.naam": "# Kop",
        "afzender.naam": "<script>alert(1)</script>",
        "gedraging": "[klik](http://evil.example) en ![x](http://evil.example/x.png)\n"
        "# Nog een kop\n\n    code\n1. lijst\n- punt\n***\nA &amp; _nadruk_ *sterk* `code`",
    }
    text = render_markdown(prepare("kennisgeving", hostile))
    html = MarkdownIt("commonmark").enable("table").render(text)
    plain = MarkdownIt("commonmark").render(render_markdown(prepare("kennisgeving", LETTER_CASE)))
    for tag in (
        "<h1",
        "<h2",
        "<script",
        "<a ",
        "<img",
        "<ol",
        "<ul",
        "<pre",
        "<hr",
        "<em",
        "<strong",
        "<code",
    ):
        assert html.count(tag) == plain.count(tag), tag
    assert "# Kop" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[klik](http://evil.example)" in html and "A &amp;amp; _nadruk_ *sterk* `code`" in html


# -- 19. model options are type-checked -------------------------------------------------
@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"meldpunt": ["a"]}, "option 'meldpunt' must be text"),
        ({"registerhouder_raad": 3}, "option 'registerhouder_raad' must be text"),
        ({"protocol": "nee"}, "option 'protocol' must be true or false"),
        ({"protocol": 0}, "option 'protocol' must be true or false"),
        ({"giftdrempel": True}, "option 'giftdrempel' must be a whole number"),
        ({"afkoelperiode": 1.5}, "option 'afkoelperiode' must be a whole number"),
        ({"vastgesteld_op": ["2026-01-01"]}, "option 'vastgesteld_op' must be a date"),
    ],
)
def test_model_options_are_type_checked(options, message):
    with pytest.raises(InputError, match=message):
        build("Voorbeeldstad", "raad", options)


def test_model_options_file_with_a_wrong_type_is_one_line(tmp_path):
    options = tmp_path / "options.toml"
    options.write_text('meldpunt = ["a"]\nprotocol = "nee"\n', encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            *("generate", "model", "--gemeente", "X", "--voor", "raad", "--options", str(options)),
            *("-o", str(tmp_path / "model.docx")),
        ],
    )
    assert result.exit_code == 1 and result.output.startswith("gedragscode: error: ")
    assert "option 'meldpunt' must be text" in result.output
