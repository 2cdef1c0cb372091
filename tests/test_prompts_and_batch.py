"""Dutch prompts that ask again, dates as a Dutch user types them, and a batch CSV as
Dutch Excel saves it (issue 12)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from codes.dates import typed_date
from codes.errors import InputError
from gedragscode import generate_cli
from gedragscode.cli import main
from generator.cases import answer, load_batch, load_case, question

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("24-11-2026", date(2026, 11, 24)),
        ("4-1-2027", date(2027, 1, 4)),
        ("04-01-2027", date(2027, 1, 4)),
        ("24/11/2026", date(2026, 11, 24)),
        ("24.11.2026", date(2026, 11, 24)),
        ("2026-11-24", date(2026, 11, 24)),
        ("24 november 2026", date(2026, 11, 24)),
        (" 24-11-2026 ", date(2026, 11, 24)),
        ("31-02-2026", None),  # not in the calendar
        ("29-02-2028", date(2028, 2, 29)),
        ("24-11-26", None),  # which century?
        ("11/24/2026", None),  # American: month 24 does not exist
        ("24-11-2026 en 25-11-2026", None),
        ("morgen", None),
    ],
)
def test_typed_dates(typed, day):
    assert typed_date(typed) == day


def test_answers_are_typed_or_refused_in_dutch():
    assert answer("datum", "24-11-2026") == date(2026, 11, 24)
    with pytest.raises(InputError, match="bestaat niet in de kalender"):
        answer("datum", "31-02-2026")
    with pytest.raises(InputError, match="is geen datum; typ dag-maand-jaar"):
        answer("datum", "volgende week")
    assert answer("onderzoeksvragen", "Wie? ; Wat?") == ["Wie?", "Wat?"]
    assert question("datum") == "Datum van de brief (dd-mm-jjjj)"
    assert question("betrokkene.naam") == "Naam van de betrokkene"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("case.toml", 'gemeente = "best"\ndatum = "24-11-2026"\n'),
        ("case.yaml", "gemeente: best\ndatum: 24-11-2026\n"),
        ("case.json", '{"gemeente": "best", "datum": "24-11-2026"}'),
        ("case.toml", 'gemeente = "best"\ndatum = 2026-11-24\n'),
    ],
)
def test_case_files_take_dutch_dates(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert load_case(path)["datum"] == date(2026, 11, 24)


def _as_terminal(monkeypatch):
    """The command asks only when stdin is a terminal; CliRunner's is not."""
    shim = SimpleNamespace(stdin=SimpleNamespace(isatty=lambda: True), exit=sys.exit)
    monkeypatch.setattr(generate_cli, "sys", shim)


def test_prompt_asks_in_dutch_and_again_after_a_bad_date(tmp_path, monkeypatch):
    _as_terminal(monkeypatch)
    example = CliRunner().invoke(main, ["generate", "kennisgeving", "--example"]).stdout
    lines = [
        line for line in example.splitlines() if not line.startswith(("datum =", "gedraging ="))
    ]
    case = tmp_path / "case.toml"
    case.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "brief.md"
    answers = "volgende week\n31-02-2026\n24-11-2026\nHet aannemen van een reis.\n"
    result = CliRunner().invoke(
        main,
        ["generate", "kennisgeving", str(case), "--format", "markdown", "-o", str(target)],
        input=answers,
    )
    assert result.exit_code == 0, result.output
    asked = result.stderr
    assert asked.count("Datum van de brief (dd-mm-jjjj):") == 3
    assert "'volgende week' is geen datum; typ dag-maand-jaar, bijvoorbeeld 24-11-2026." in asked
    assert "'31-02-2026' bestaat niet in de kalender" in asked
    assert "Omschrijving van het handelen of nalaten:" in asked
    assert "Traceback" not in result.output
    letter = target.read_text(encoding="utf-8")
    assert "24 november 2026" in letter and "Het aannemen van een reis." in letter


def test_no_input_still_fails_with_the_missing_fields(tmp_path):
    case = tmp_path / "case.toml"
    case.write_text('gemeente = "best"\n', encoding="utf-8")
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", str(case), "--no-input", "-o", str(tmp_path / "b.md")]
    )
    assert result.exit_code == 1 and "datum" in result.output


# -- the batch as Dutch Excel saves it ---------------------------------------------------
# Both files hold what "Opslaan als CSV" in a Dutch Excel writes: ';' between cells
# (the Dutch list separator), CRLF after each row, a line break typed with Alt+Enter as
# a bare LF inside a quoted cell, quotes doubled, dates shown the Dutch way
# (24-11-2026, 1-12-2026), an empty cell for an empty optional field; one as
# "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252 without a BOM, one as
# "CSV UTF-8" with a BOM.
EXCEL = [
    {
        "gemeente": "best",
        "datum": date(2026, 11, 24),
        "kenmerk": "INT-2026-007",
        "afzender.naam": "J. de Vries",
        "afzender.functie": "burgemeester",
        "betrokkene.naam": "mevrouw A. Jansen",
        "betrokkene.functie": "wethouder",
        "betrokkene.adres": "Dorpsstraat 1, 5681 AA Best",
        "gedraging": "Het aannemen van een reis naar Barcelona (t.w.v. € 1.250), aangeboden "
        'door "Zoë’s Bouwbedrijf"; zonder die reis te melden.\n'
        "Daarnaast een diner bij café ‘De Gouden Leeuw’.",
    },
    {
        "gemeente": "rheden",
        "datum": date(2026, 12, 1),
        "kenmerk": "INT-2026-008",
        "afzender.naam": "mr. P. Bakker",
        "afzender.functie": "burgemeester",
        "betrokkene.naam": "de heer B. Ünal",
        "betrokkene.functie": "raadslid",
        "betrokkene.adres": None,
        "gedraging": "Een diner aangenomen.",
    },
]


@pytest.mark.parametrize("name", ["batch-excel-nl-1252.csv", "batch-excel-nl-utf8.csv"])
def test_excel_csv_arrives_intact(name):
    raw = (FIXTURES / name).read_bytes()
    assert raw.count(b"\r\n") == 3 and b";" in raw.splitlines()[0]  # the fixture is what it says
    assert raw.startswith(b"\xef\xbb\xbf") == name.endswith("utf8.csv")
    assert load_batch(FIXTURES / name) == EXCEL


def test_excel_csv_writes_every_letter_with_the_line_break(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "kennisgeving",
            "--batch",
            str(FIXTURES / "batch-excel-nl-1252.csv"),
            "--format",
            "markdown",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    letters = sorted(out.glob("*.md"))
    assert len(letters) == 2
    first = letters[0].read_text(encoding="utf-8")
    assert "Zoë’s Bouwbedrijf" in first and "€ 1.250" in first
    # the cell's line break is a line break in the letter (Markdown: two spaces, newline)
    assert "te melden.  \nDaarnaast een diner bij café ‘De Gouden Leeuw’." in first


def test_excel_sep_line_names_the_separator(tmp_path):
    # An export made to open in Excel starts with "sep=;": the separator, not the header.
    raw = (FIXTURES / "batch-excel-nl-1252.csv").read_bytes()
    declared = tmp_path / "sep.csv"
    declared.write_bytes(b"sep=;\r\n" + raw)
    assert load_batch(declared) == EXCEL
    broken = tmp_path / "bad.csv"
    broken.write_bytes(b"sep=;\r\n" + raw.replace(b"24-11-2026", b"31-02-2026", 1))
    with pytest.raises(InputError, match="row 3"):  # the file's own line numbers
        load_batch(broken)
