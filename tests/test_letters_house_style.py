"""Letters on the Dutch house style, asserted on the Word files themselves (python-docx, lxml):
A4, nl-NL, author, styles, page numbers, the address in the window, salutations, file
names without the person, and an onderzoeksopdracht that reads as a letter."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from codes.errors import InputError
from codes.resources import template_path
from gedragscode.cli import main
from generator import house_style
from generator.letters import batch_file_names, file_name, prepare, render_docx, render_markdown
from generator.salutation import address_lines, addressee
from generator.template_check import check

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KENNISGEVING = {
    "gemeente": "best",
    "datum": date(2026, 11, 24),
    "kenmerk": "2026-042",
    "afzender.naam": "J. de Vries",
    "afzender.functie": "burgemeester",
    "contactpersoon.naam": "mr. E. de Graaf",
    "contactpersoon.telefoon": "0499 12 34 56",
    "contactpersoon.email": "griffie@best.nl",
    "betrokkene.naam": "A. Jansen",
    "betrokkene.aanhef": "mevrouw",
    "betrokkene.achternaam": "Jansen",
    "betrokkene.functie": "wethouder",
    "betrokkene.adres": "Dorpsstraat 1, 5681AA Best",
    "gedraging": "Het aannemen van een reis van een aannemer zonder die te melden.",
}
OPDRACHT = {
    **KENNISGEVING,
    "onderzoeker.naam": "mr. C. Smit",
    "onderzoeker.organisatie": "Bureau Integriteitsonderzoek B.V.",
    "aanleiding": "Op 16 november 2026 is een melding ontvangen.",
    "opdracht": "Stel de feiten vast.",
    "verwachte_duur": "zes weken.",
    "kosten": "€ 12.500",
    "onderwerpen": ["geschenken"],
}
STYLE_NAMES = {s.name for s in house_style.STYLES}


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {
            name: etree.fromstring(package.read(name))
            for name in package.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


def paragraphs(document) -> list:
    """Every paragraph of the body, table cells included, in document order."""
    return [docx.text.paragraph.Paragraph(p, document) for p in document.element.body.iter(f"{W}p")]


@pytest.fixture(scope="module")
def kennisgeving() -> bytes:
    return render_docx(prepare("kennisgeving", KENNISGEVING))


@pytest.fixture(scope="module")
def opdracht() -> bytes:
    return render_docx(prepare("onderzoeksopdracht", OPDRACHT))


# -- the house style and the rendered letter ----------------------------------------------
@pytest.mark.parametrize(
    "name", ["huisstijl.docx", "letters/brief.docx", "letters/onderzoeksopdracht.docx"]
)
def test_shipped_templates_pass_the_check(name):
    assert check(template_path(name)) == []


def test_letter_is_a4_in_dutch_by_the_afzender(kennisgeving):
    document = docx.Document(io.BytesIO(kennisgeving))
    section = document.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert section.left_margin.mm == pytest.approx(25, abs=0.1)
    styles = parts(kennisgeving)["word/styles.xml"]
    default = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert default.get(f"{W}val") == "nl-NL"
    languages = {
        lang.get(f"{W}val")
        for root in parts(kennisgeving).values()
        for lang in root.iter(f"{W}lang")
    }
    assert languages == {"nl-NL"}
    properties = document.core_properties
    assert properties.author == "J. de Vries" and properties.last_modified_by == "J. de Vries"
    assert properties.language == "nl-NL" and properties.title == "Kennisgeving aan betrokkene"
    assert "python-docx" not in (properties.comments + properties.author)
    assert "Jansen" not in properties.title + properties.subject  # the case, not the person
    assert {s.name for s in document.styles} >= STYLE_NAMES


def test_letter_has_page_numbers_on_every_page(kennisgeving):
    document = docx.Document(io.BytesIO(kennisgeving))
    section = document.sections[0]
    for footer in (section.first_page_footer, section.footer):
        xml = etree.tostring(footer._element).decode()
        assert 'w:instr=" PAGE ' in xml and 'w:instr=" NUMPAGES ' in xml
        assert re.search(r">pagina <.*\bPAGE\b.*> van <.*\bNUMPAGES\b", xml, re.S)


def test_logo_placeholder_on_the_first_page_only(kennisgeving):
    section = docx.Document(io.BytesIO(kennisgeving)).sections[0]
    assert section.different_first_page_header_footer
    header = "".join(c.text for t in section.first_page_header.tables for c in t._cells)
    assert "LOGO" in header and "logo van de gemeente" in header


def test_address_in_the_window_without_empty_lines(kennisgeving):
    document = docx.Document(io.BytesIO(kennisgeving))
    window = document.tables[0]
    assert window.rows[0].height.mm == pytest.approx(20, abs=0.1)  # 30 mm margin + 20 = 50 mm
    lines = [(p.style.name, p.text) for p in window.cell(1, 0).paragraphs]
    assert lines == [
        ("Vertrouwelijk", "Persoonlijk en vertrouwelijk"),
        ("Adres", "Mevrouw A. Jansen"),
        ("Adres", "Dorpsstraat 1"),
        ("Adres", "5681 AA  BEST"),
    ]


def test_reference_block_names_contact_and_enclosures(kennisgeving):
    document = docx.Document(io.BytesIO(kennisgeving))
    block = [p.text for p in paragraphs(document) if p.style.name == "Referentie"]
    assert block == [
        "Datum\t24 november 2026",
        "Kenmerk\t2026-042",
        "Onderwerp\tKennisgeving van een onderzoek naar een vermoedelijke integriteitsschending",
        "Contactpersoon\tmr. E. de Graaf",
        "Telefoon\t0499 12 34 56",
        "E-mail\tgriffie@best.nl",
        "Bijlagen\t2",
    ]
    texts = [p.text for p in document.paragraphs]
    assert "Geachte mevrouw Jansen," in texts
    assert texts[-2:] == [
        "Protocol vermoedens integriteitschendingen politiek ambtsdragers",
        "Gedragcode integriteit 2017",
    ]


def test_optional_reference_lines_are_left_out():
    case = {
        k: v for k, v in KENNISGEVING.items() if not k.startswith(("contactpersoon", "kenmerk"))
    }
    document = docx.Document(io.BytesIO(render_docx(prepare("kennisgeving", case))))
    labels = [p.text.split("\t")[0] for p in document.paragraphs if p.style.name == "Referentie"]
    assert labels == ["Datum", "Onderwerp", "Bijlagen"]
    assert not [
        p
        for p in paragraphs(document)
        if p.text.strip() in ("", "{%p endif %}") and p.style.name == "Referentie"
    ]


def test_retouradres_above_the_address_only_when_given():
    """The sender's postal address in small type at the top of the envelope window; without
    it the window holds no line with "Retouradres" alone (nor an empty one)."""
    case = {**KENNISGEVING, "afzender.retouradres": "Postbus 9105, 6500 HG Nijmegen"}
    with_it = docx.Document(io.BytesIO(render_docx(prepare("kennisgeving", case))))
    window = [(p.style.name, p.text) for p in with_it.tables[0].cell(1, 0).paragraphs]
    assert window[:2] == [
        ("Retouradres", "Retouradres Postbus 9105, 6500 HG Nijmegen"),
        ("Vertrouwelijk", "Persoonlijk en vertrouwelijk"),
    ]
    size = with_it.styles["Retouradres"].font.size.pt
    assert size < with_it.styles["Adres"].font.size.pt  # small type
    assert "Retouradres Postbus 9105, 6500 HG Nijmegen  \n" in render_markdown(
        prepare("kennisgeving", case)
    )

    without = docx.Document(io.BytesIO(render_docx(prepare("kennisgeving", KENNISGEVING))))
    every = [(p.style.name, p.text) for p in paragraphs(without)]
    assert not [line for line in every if "Retouradres" in line[1] or line[0] == "Retouradres"]
    assert "Retouradres" not in render_markdown(prepare("kennisgeving", KENNISGEVING))


def test_a_template_without_the_retouradres_is_reported(tmp_path):
    """`templates check` holds a gemeente's own letter template to the retouradres line."""
    document = docx.Document(str(template_path("letters/brief.docx")))
    for paragraph in paragraphs(document):
        if "retouradres" in paragraph.text:
            for run in paragraph.runs:
                run.text = run.text.replace("retouradres", "vertrouwelijk")
    path = tmp_path / "zonder-retouradres.docx"
    document.save(path)
    assert [(p.kind, p.detail) for p in check(path)] == [
        (
            "missing-placeholder",
            "'{{ retouradres }}' is not used: a brief template must show it",
        )
    ]


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        (
            "afzender.retouradres",
            "Postbus 9105\n6500 HG  Nijmegen",
            "Postbus 9105, 6500 HG Nijmegen",
        ),
        ("afzender.retouradres", "Korte Nieuwstraat 6, 6511PP Nijmegen", None),
        ("contactpersoon.email", "griffie@nijmegen.nl", None),
        ("contactpersoon.email", "e.de.graaf@gemeente-best.nl", None),
        ("contactpersoon.telefoon", "+31 (0)24 329 9999", None),
        ("contactpersoon.telefoon", "14 024", None),
        ("betrokkene.aanhef", "Mw.", None),
    ],
)
def test_contact_and_address_fields_that_are_accepted(field, value, shown):
    from generator.cases import validate

    assert validate({field: value})[field] == (shown or value)


@pytest.mark.parametrize(
    ("field", "value", "english", "dutch"),
    [
        ("contactpersoon.email", "griffie(at)best.nl", "an e-mail address", "e-mailadres"),
        ("contactpersoon.email", "griffie@best", "an e-mail address", "e-mailadres"),
        ("contactpersoon.email", "a@b.nl, c@d.nl", "an e-mail address", "e-mailadres"),
        ("contactpersoon.telefoon", "bel de griffie", "a telephone number", "telefoonnummer"),
        ("contactpersoon.telefoon", "0499", "a telephone number", "telefoonnummer"),
        ("afzender.retouradres", "Postbus 9105", "postcode and place", "postcode en plaats"),
        ("betrokkene.aanhef", "heer en mevrouw", "'de heer', 'mevrouw'", "de heer, mevrouw"),
    ],
)
def test_a_value_of_the_wrong_form_is_refused_in_a_case_file_and_at_a_prompt(
    tmp_path, field, value, english, dutch
):
    from generator.cases import answer, load_case

    table, key = field.split(".")
    case = tmp_path / "case.toml"
    case.write_text(f'gemeente = "best"\n[{table}]\n{key} = "{value}"\n', encoding="utf-8")
    with pytest.raises(InputError, match=f"field '{field}' must be .*{re.escape(english)}"):
        load_case(case)
    with pytest.raises(InputError, match=dutch):
        answer(field, value)


# -- salutations ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("person", "line", "salutation"),
    [
        (
            {"naam": "B. Jansen", "aanhef": "de heer", "achternaam": "Jansen"},
            "De heer B. Jansen",
            "Geachte heer Jansen,",
        ),
        (
            {"naam": "A. Jansen", "aanhef": "mevrouw", "achternaam": "Jansen"},
            "Mevrouw A. Jansen",
            "Geachte mevrouw Jansen,",
        ),
        ({"naam": "A. Jansen"}, "A. Jansen", "Geachte A. Jansen,"),
        (
            {"naam": "A. Jansen", "aanhef": "neutraal", "achternaam": "Jansen"},
            "A. Jansen",
            "Geachte A. Jansen,",
        ),
        # a tussenvoegsel after heer/mevrouw takes a capital; the surname is read after the initials
        (
            {"naam": "A. de Vries", "aanhef": "mevrouw"},
            "Mevrouw A. de Vries",
            "Geachte mevrouw De Vries,",
        ),
        (
            {"naam": "mr. C. van der Berg", "aanhef": "dhr."},
            "De heer mr. C. van der Berg",
            "Geachte heer Van der Berg,",
        ),
        (
            {"naam": "Anna de Wit", "aanhef": "Mw."},
            "Mevrouw Anna de Wit",
            "Geachte mevrouw De Wit,",
        ),
        # older case files wrote the aanhef in the name
        ({"naam": "mevrouw A. Jansen"}, "Mevrouw A. Jansen", "Geachte mevrouw Jansen,"),
        ({"naam": "de heer B. Bakker"}, "De heer B. Bakker", "Geachte heer Bakker,"),
    ],
)
def test_salutation_forms(person, line, salutation):
    who = addressee(person, "betrokkene")
    assert (who.name_line, who.salutation) == (line, salutation)


def test_a_wrong_aanhef_names_the_field():
    with pytest.raises(
        InputError, match="field 'melder.aanhef' must be 'de heer', 'mevrouw' or 'neutraal'"
    ):
        prepare(
            "ontvangstbevestiging",
            {
                **KENNISGEVING,
                "melder.naam": "B. Bakker",
                "melder.aanhef": "heer en mevrouw",
                "melding.datum": date(2026, 11, 20),
            },
        )


def test_address_lines_as_postnl_asks():
    assert address_lines({"organisatie": "Bureau X", "adres": "Postbus 12,\n3500AC utrecht"}) == [
        "Bureau X",
        "Postbus 12",
        "3500 AC  UTRECHT",
    ]


# -- file names ----------------------------------------------------------------------------
def test_file_name_from_kenmerk_and_date_never_the_person(tmp_path, monkeypatch):
    assert (
        file_name("kennisgeving", KENNISGEVING, ".docx") == "kennisgeving-2026-042-2026-11-24.docx"
    )
    case = tmp_path / "case.toml"
    example = CliRunner().invoke(main, ["generate", "kennisgeving", "--example"]).output
    assert '[betrokkene]\nnaam = "A. Jansen"' in example
    assert 'aanhef = "mevrouw"' in example and 'achternaam = "Jansen"' in example
    assert "[contactpersoon]" in example and 'kenmerk = "2026-042"' in example
    case.write_text(example, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["generate", "kennisgeving", str(case), "--no-input"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "output").iterdir()] == [
        "kennisgeving-2026-042-2026-11-24.docx"
    ]


def test_batch_names_without_persons_and_distinct():
    cases = [
        {**KENNISGEVING, "betrokkene.naam": "P. Pietersen", "kenmerk": "2026-050"},
        {**KENNISGEVING, "betrokkene.naam": "Q. Quist", "kenmerk": None},
        {**KENNISGEVING, "betrokkene.naam": "R. Ruis", "kenmerk": None},
    ]
    names = batch_file_names("kennisgeving", cases, ".docx")
    assert names == [
        "kennisgeving-2026-050-2026-11-24.docx",
        "kennisgeving-2026-11-24-rij-3.docx",
        "kennisgeving-2026-11-24-rij-4.docx",
    ]
    assert not any(
        word in "".join(names).lower() for word in ("pietersen", "quist", "ruis", "jansen")
    )


def test_batch_from_csv_writes_kenmerk_names(tmp_path):
    batch = tmp_path / "cases.csv"
    batch.write_text(
        "gemeente;datum;kenmerk;afzender.naam;afzender.functie;betrokkene.naam;betrokkene.functie;gedraging\n"
        "best;2026-11-24;2026-042;J. de Vries;burgemeester;Jan Jansen;raadslid;Een geschenk aangenomen.\n"
        "best;2026-11-24;2026-043;J. de Vries;burgemeester;Piet Klaas;raadslid;Een geschenk aangenomen.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["generate", "kennisgeving", "--batch", str(batch), "-o", str(tmp_path / "uit")]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == [
        "kennisgeving-2026-042-2026-11-24.docx",
        "kennisgeving-2026-043-2026-11-24.docx",
    ]


# -- the onderzoeksopdracht reads as a letter ------------------------------------------------
def test_onderzoeksopdracht_cites_as_text_with_hyperlinks(opdracht):
    document = docx.Document(io.BytesIO(opdracht))
    texts = [p.text for p in paragraphs(document)]
    running = "\n".join(texts)
    assert not re.search(r"\b(?:chp|sec|art|cmp|para|item)_\w", running)  # no node ids
    assert "http" not in running and "overheid.nl" not in running and "www." not in running
    assert not re.search(
        r"^(?:Aanleiding|De opdracht|Verwachte duur|Kosten|Planning)\. ", running, re.M
    )
    assert "Artikel 4.1 van hoofdstuk 1 van de Gedragcode integriteit 2017" in texts
    assert "artikel 41c, tweede lid, van de Gemeentewet" in texts  # the betrokkene is a wethouder
    body = parts(opdracht)["word/document.xml"]
    links = {
        "".join(t.text for t in link.iter(f"{W}t")): link.get(
            "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        )
        for link in body.iter(f"{W}hyperlink")
    }
    target = document.part.rels[links["artikel 41c, tweede lid, van de Gemeentewet"]].target_ref
    assert target == "https://wetten.overheid.nl/jci1.3:c:BWBR0005416&artikel=41c&lid=2"
    assert "De verwachte duur van het onderzoek is zes weken." in texts  # its full stop not doubled


def test_onderzoeksopdracht_names_the_betrokkene(opdracht):
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(opdracht)).paragraphs)
    assert "door mevrouw A. Jansen, wethouder van de gemeente Best" in text
    assert "handelen of nalaten van mevrouw A. Jansen: Het aannemen van een reis" in text
    with pytest.raises(InputError, match="betrokkene.naam"):
        prepare("onderzoeksopdracht", {k: v for k, v in OPDRACHT.items() if k != "betrokkene.naam"})


def test_onderzoeksvragen_are_a_numbered_list():
    case = {
        **OPDRACHT,
        "gemeente": "nijmegen",
        "onderzoeksvragen": ["Welke reis?", "Is zij gemeld?"],
        "methoden": "Dossieronderzoek.",
        "te_spreken_personen": ["de melder", "de betrokkene", "de griffier"],
        "planning": "Start 1 december 2026.",
        "onderzoeker.contact": "c.smit@example.nl",
    }
    document = docx.Document(io.BytesIO(render_docx(prepare("onderzoeksopdracht", case))))
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered == ["Welke reis?", "Is zij gemeld?"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "In elk geval wordt gesproken met de melder, de betrokkene en de griffier." in text
    markdown = render_markdown(prepare("onderzoeksopdracht", case))
    assert "1. Welke reis?\n2. Is zij gemeld?" in markdown


# -- a gemeente's replacement template ------------------------------------------------------
def test_check_reports_each_house_style_problem_on_one_line(tmp_path):
    document = docx.Document()  # US Letter, en-US, none of our styles
    document.add_paragraph("{{ aanhef }}")
    path = tmp_path / "eigen-brief.docx"
    document.save(path)
    kinds = {p.kind for p in check(path)}
    assert kinds == {
        "missing-placeholder",
        "missing-style",
        "page-size",
        "language",
        "page-numbers",
    }
    result = CliRunner().invoke(main, ["templates", "check", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert (
        "eigen-brief.docx: template: page-size: the page is 216 x 279 mm, not A4 (210 x 297 mm)"
        in lines
    )
    assert "eigen-brief.docx: template: language: the default language is en-US, not nl-NL" in lines
    assert any("missing-style: no paragraph style 'Adres'" in line for line in lines)
    assert any("missing-placeholder: '{{ bijlagen }}'" in line for line in lines)


def test_check_finds_a_language_changed_in_one_style(tmp_path):
    document = house_style.document(letterhead=True)
    document.styles["Heading 2"].element.get_or_add_rPr().append(
        etree.fromstring(f'<w:lang xmlns:w="{W[1:-1]}" w:val="en-GB"/>')
    )
    path = tmp_path / "huisstijl.docx"
    document.save(path)
    assert [(p.kind, p.detail) for p in check(path)] == [
        ("language", "text in styles is marked as language en-GB, not nl-NL")
    ]


def test_model_writer_can_open_the_house_style_without_letterhead():
    document = house_style.document()
    assert not document.sections[0].different_first_page_header_footer
    assert document.sections[0].page_width.twips == 11906
