"""Letters from case files: required elements from the gemeente's protocol, validation,
werkdagen, safety of the output."""

from __future__ import annotations

import os
import stat
import tomllib
from datetime import date

import docx
import pytest
from click.testing import CliRunner

from codes.errors import InputError
from gedragscode.cli import main
from gedragscode.generate_cli import LETTERS
from generator.cases import load_case, validate
from generator.letters import MissingFields, prepare, render_docx, render_markdown
from generator.requirements import requirements
from generator.template_check import check
from generator.werkdagen import add_werkdagen, atw_holidays, is_werkdag

from .conftest import LETTER_CASE


def docx_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "letter.docx"
    path.write_bytes(data)
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


# -- hand-checked facts -----------------------------------------------------------
def test_best_kennisgeving_has_the_five_elements_of_chapter_3_article_6(tmp_path):
    needs = requirements("kennisgeving", "best")
    assert [e.id for e in needs.elements] == [
        "gedraging",
        "horen",
        "uitbreiding",
        "protocol",
        "gedragscode",
    ]
    assert all(e.source == "protocol" for e in needs.elements)
    text = docx_text(render_docx(prepare("kennisgeving", LETTER_CASE)), tmp_path)
    assert "Het aannemen van een geschenk van een aannemer" in text
    assert "getuigen worden gehoord" in text
    assert "uitstrekken tot die feiten en omstandigheden" in text
    assert "Bijlagen" in text.splitlines()
    assert "Protocol vermoedens integriteitschendingen politiek ambtsdragers" in text
    assert "Gedragcode integriteit 2017" in text
    assert "artikel 6 van het Protocol vermoedens integriteitschendingen" in text


def test_rheden_kennisgeving_has_the_three_elements_of_bijlage_2_article_5(tmp_path):
    needs = requirements("kennisgeving", "rheden")
    assert [e.id for e in needs.elements] == ["gedraging", "horen", "uitbreiding"]
    text = docx_text(
        render_docx(prepare("kennisgeving", {**LETTER_CASE, "gemeente": "rheden"})), tmp_path
    )
    assert not any(line.startswith("Bijlagen") for line in text.splitlines())


def test_nijmegen_kennisgeving_needs_the_investigators_contact_details():
    needs = requirements("kennisgeving", "nijmegen")
    assert "contact_onderzoeker" in [e.id for e in needs.elements]
    with pytest.raises(MissingFields) as error:
        prepare("kennisgeving", {**LETTER_CASE, "gemeente": "nijmegen"})
    assert error.value.missing == [
        "onderzoeker.naam",
        "onderzoeker.organisatie",
        "onderzoeker.contact",
    ]


def test_missing_description_writes_no_file_and_names_the_field(tmp_path):
    case = tmp_path / "case.toml"
    case.write_text(
        'gemeente = "best"\ndatum = 2026-11-24\n[afzender]\nnaam = "J. de Vries"\nfunctie = "burgemeester"\n'
        '[betrokkene]\nnaam = "A. Jansen"\nfunctie = "wethouder"\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.docx"
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", str(case), "--no-input", "-o", str(target)]
    )
    assert result.exit_code == 1
    assert "gedraging" in result.output and "no file was written" in result.output
    assert not target.exists()


def test_best_onderzoeksopdracht_has_aanleiding_opdracht_duur_kosten(tmp_path):
    needs = requirements("onderzoeksopdracht", "best")
    protocol = [e.id for e in needs.elements if e.source == "protocol"]
    assert protocol == ["aanleiding", "opdracht", "duur", "kosten"]
    case = {
        **LETTER_CASE,
        "onderzoeker.naam": "mr. C. Smit",
        "onderzoeker.organisatie": "Bureau X",
        "aanleiding": "Een melding van 16 november 2026.",
        "opdracht": "Stel de feiten vast.",
        "verwachte_duur": "zes weken",
        "kosten": "€ 12.500",
        "onderwerpen": ["geschenken"],
    }
    text = render_markdown(prepare("onderzoeksopdracht", case))
    for words in (
        "## Aanleiding\n\nEen melding van 16 november 2026.",
        "## Opdracht\n\nStel de feiten vast.",
        "De verwachte duur van het onderzoek is zes weken.",
        "De overeengekomen kosten bedragen € 12.500.",
        "door mevrouw A. Jansen, wethouder van de gemeente Best",
    ):
        assert words in text
    assert "Aanleiding. " not in text and "Verwachte duur. " not in text
    # Best's own gift provisions cited as a lawyer cites them (article numbers repeat per
    # chapter in Best), statutory norms as linked words, never node ids
    assert "### Artikel 4.1 van hoofdstuk 1 van de Gedragcode integriteit 2017" in text
    # A wethouder's code rests on Gemeentewet art. 41c lid 2, not on the raad's 15 lid 3.
    assert (
        "[artikel 41c, tweede lid, van de Gemeentewet]"
        "(https://wetten.overheid.nl/jci1.3:c:BWBR0005416&artikel=41c&lid=2)"
    ) in text
    assert "artikel 15, derde lid" not in text
    assert "chp_1" not in text


# -- werkdagen --------------------------------------------------------------------
def test_five_werkdagen_after_the_thursday_before_easter():
    # Witte Donderdag 2026-04-02: Goede Vrijdag counts (not in the Atw), weekend and Tweede Paasdag do not.
    assert add_werkdagen(date(2026, 4, 2), 5) == date(2026, 4, 10)
    assert not is_werkdag(date(2026, 4, 6)) and is_werkdag(date(2026, 4, 3))


def test_five_werkdagen_after_christmas_eve():
    assert add_werkdagen(date(2025, 12, 24), 5) == date(2026, 1, 5)  # skips 25, 26 Dec and 1 Jan
    assert add_werkdagen(date(2026, 12, 24), 5) == date(2027, 1, 4)


def test_atw_holidays_checked_against_the_law():
    days = atw_holidays(2026)
    assert date(2026, 5, 5) in days  # 5 mei every year (Atw art. 3), not only in lustrum years
    assert date(2026, 4, 27) in days and date(2026, 5, 14) in days and date(2026, 5, 25) in days
    assert date(2026, 4, 3) not in days  # Goede Vrijdag is no Atw holiday
    assert date(2025, 4, 26) in atw_holidays(
        2025
    )  # Koningsdag moves to the 26th when the 27th is a Sunday
    assert len(days) == 8


def test_ontvangstbevestiging_computes_the_deadline():
    case = {
        "gemeente": "nijmegen",
        "datum": date(2025, 12, 22),
        "afzender.naam": "H. Bruls",
        "afzender.functie": "burgemeester",
        "melder.naam": "de heer B. Bakker",
        "melding.datum": date(2025, 12, 19),
        "gesprek_melder": "op 8 januari 2026 om 10.00 uur",
        "ontbrekend": "de naam van de betrokkene",
    }
    text = render_markdown(prepare("ontvangstbevestiging", case))
    # Fri 19 Dec + 5 werkdagen: 22, 23, 24, (25, 26 Kerst, weekend) 29, 30
    assert "uiterlijk 30 december 2025" in text
    # Mon 22 Dec + 5 werkdagen: 23, 24, 29, 30, 31
    assert "tot en met 31 december 2025" in text


# -- validation and safety ---------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('gemeente = "best"\nnaam = "x"\n', "unknown field 'naam'"),
        ('gemeente = "best"\ndatum = "24-11-26"\n', "must be a date as dd-mm-jjjj"),
        ('gemeente = "best"\ndatum = "31-02-2026"\n', "must be a date"),
        ('gemeente = "best"\nonderzoeksvragen = 3\n', "must be a list"),
        ("gemeente = [1, 2]\n", "must be text"),
        ("gemeente = \n", "not valid TOML"),
    ],
)
def test_case_file_errors_name_the_field(tmp_path, content, message):
    path = tmp_path / "case.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_case(path)


def test_yaml_and_json_case_files(tmp_path):
    (tmp_path / "c.yaml").write_text(
        "gemeente: best\nbetrokkene:\n  naam: A. Jansen\n", encoding="utf-8"
    )
    (tmp_path / "c.json").write_text(
        '{"gemeente": "best", "betrokkene": {"naam": "A. Jansen"}}', encoding="utf-8"
    )
    assert (
        load_case(tmp_path / "c.yaml")
        == load_case(tmp_path / "c.json")
        == {"gemeente": "best", "betrokkene.naam": "A. Jansen"}
    )


def test_values_are_escaped_not_evaluated(tmp_path):
    name = "A & B <script> {{ afzender.naam }} {% if true %}x{% endif %}"
    data = render_docx(prepare("kennisgeving", {**LETTER_CASE, "betrokkene.naam": name}))
    text = docx_text(data, tmp_path)
    assert name in text  # literally, and the document is valid Word XML
    assert "J. de Vries }}" not in text


def test_generated_docx_has_no_template_tags_left(tmp_path):
    for kind, extra in (
        ("kennisgeving", {}),
        (
            "geen_vervolg",
            {
                "melder.naam": "B. Bakker",
                "melding.datum": date(2026, 11, 2),
                "reden": "De melding is niet concreet.",
            },
        ),
    ):
        text = docx_text(render_docx(prepare(kind, {**LETTER_CASE, **extra})), tmp_path)
        assert "{{" not in text and "{%" not in text and "}}" not in text


def test_cli_example_round_trips_and_output_is_private(tmp_path):
    runner = CliRunner()
    for kind in LETTERS:
        example = runner.invoke(main, ["generate", kind, "--example"])
        assert example.exit_code == 0
        validate(
            {k: v for k, v in tomllib.loads(example.output).items() if not isinstance(v, dict)}
        )
        case = tmp_path / f"{kind}.toml"
        case.write_text(example.output, encoding="utf-8")
        target = tmp_path / f"{kind}.docx"
        result = runner.invoke(main, ["generate", kind, str(case), "--no-input", "-o", str(target)])
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
        again = runner.invoke(main, ["generate", kind, str(case), "--no-input", "-o", str(target)])
        assert again.exit_code == 1 and "already exists" in again.output


def test_uitnodiging_requires_two_interviewers():
    case = {
        **LETTER_CASE,
        "gesprek.datum": date(2026, 12, 3),
        "gesprek.tijd": "14.00 uur",
        "gesprek.locatie": "het gemeentehuis",
        "gesprek.gespreksvoerders": ["mr. C. Smit"],
        "gesprek.onderwerp": "de reis",
    }
    with pytest.raises(InputError, match="at least two people"):
        prepare("uitnodiging", case)


def test_batch_from_csv(tmp_path):
    rows = [
        "gemeente,datum,afzender.naam,afzender.functie,betrokkene.naam,betrokkene.functie,gedraging"
    ]
    rows += [
        f"best,2026-11-24,J. de Vries,burgemeester,Persoon {i},raadslid,Een geschenk aangenomen."
        for i in range(3)
    ]
    batch = tmp_path / "cases.csv"
    batch.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "letters"
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", "--batch", str(batch), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.docx"))) == 3
    broken = tmp_path / "broken.csv"
    broken.write_text(
        rows[0] + "\nbest,2026-11-24,J. de Vries,burgemeester,X,raadslid,\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", "--batch", str(broken), "-o", str(tmp_path / "none")]
    )
    assert result.exit_code == 1 and "row 2: missing gedraging" in result.output
    assert not (tmp_path / "none").exists()


def test_template_check_finds_split_tags_and_unknown_variables(tmp_path):
    from codes.resources import template_path

    document = docx.Document(str(template_path("letters/brief.docx")))  # clean but for these
    paragraph = document.add_paragraph()
    paragraph.add_run("Geachte {{ betrok")
    paragraph.add_run("kene.naam }},")
    document.add_paragraph("{{ onbekend_veld }}")
    path = tmp_path / "bad.docx"
    document.save(path)
    kinds = sorted(p.kind for p in check(path))
    assert kinds == ["split-tag", "unknown-variable"]
    result = CliRunner().invoke(main, ["templates", "check"])
    assert result.exit_code == 0  # the shipped templates are clean


def test_pdf_without_libreoffice_is_a_clear_message(tmp_path, monkeypatch):
    import shutil

    if shutil.which("soffice") or shutil.which("libreoffice"):
        pytest.skip("LibreOffice is installed here")
    example = CliRunner().invoke(main, ["generate", "kennisgeving", "--example"]).output
    case = tmp_path / "case.toml"
    case.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", str(case), "--pdf", "-o", str(tmp_path / "k.docx")]
    )
    assert result.exit_code == 1 and "LibreOffice" in result.output
    assert (tmp_path / "k.docx").exists()


def test_command_titles_match_the_letter_definitions():
    from generator.requirements import letters

    assert {kind: spec["title"] for kind, spec in letters().items()} == LETTERS


@pytest.mark.parametrize("name", ["k.docx", "k.pdf"])  # -o names the Word file or the PDF
def test_pdf_with_libreoffice(tmp_path, name):
    import shutil

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed here")
    example = CliRunner().invoke(main, ["generate", "kennisgeving", "--example"]).output
    case = tmp_path / "case.toml"
    case.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", str(case), "--pdf", "-o", str(tmp_path / name)]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "k.docx").read_bytes().startswith(b"PK")
    pdf = tmp_path / "k.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(pdf).st_mode) == 0o600


def test_missing_fields_are_asked_for_in_a_terminal():
    from generator.letters import prepare_interactively

    asked = []

    def ask(name, description):
        asked.append(name)
        return {"gedraging": "Het aannemen van een geschenk.", "datum": "2026-11-24"}[name]

    case = {k: v for k, v in LETTER_CASE.items() if k not in ("gedraging", "datum")}
    prepared = prepare_interactively("kennisgeving", case, ask)
    assert asked == ["datum", "gedraging"]
    assert "Het aannemen van een geschenk." in prepared.context["passages"][0]
    with pytest.raises(MissingFields):
        prepare_interactively("kennisgeving", case, None)


def test_every_letter_from_its_example_for_corpus_and_other_gemeenten(tmp_path):
    runner = CliRunner()
    for gemeente in ("best", "rheden", "nijmegen", "utrecht"):
        for kind in LETTERS:
            example = runner.invoke(main, ["generate", kind, "--example", "--gemeente", gemeente])
            case = tmp_path / f"{gemeente}-{kind}.toml"
            case.write_text(example.output, encoding="utf-8")
            result = runner.invoke(
                main,
                [
                    "generate",
                    kind,
                    str(case),
                    "--no-input",
                    "-o",
                    str(tmp_path / f"{gemeente}-{kind}.md"),
                    "--format",
                    "markdown",
                ],
            )
            assert result.exit_code == 0, (gemeente, kind, result.output)
            text = (tmp_path / f"{gemeente}-{kind}.md").read_text(encoding="utf-8")
            assert "{{" not in text and "{%" not in text
