"""The model code's Word file as a griffier gets it (issue #12): Word list numbering for leden
and onderdelen, the raadsbesluit with its "gelet op", one file per body for --voor alle,
A4 and nl-NL, page numbers, and an annex that speaks to a reader, not to a command line.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from codes.docx_numbering import Numbering
from gedragscode.cli import main
from generator.besluit import cite
from generator.model_code import build
from generator.model_writer import to_docx
from generator.word import LID_STYLE, ONDERDEEL_STYLE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RAAD_GELET_OP = (
    "gelet op de artikelen 12, 14, 15, eerste en derde lid, 28 en 170, tweede lid, van de "
    "Gemeentewet, de artikelen 2:4, tweede lid, en 2:5 van de Algemene wet bestuursrecht, "
    "artikel 272 van het Wetboek van Strafrecht en artikel 162 van het Wetboek van Strafvordering;"
)
COLLEGE_GELET_OP = (
    "gelet op de artikelen 28, 41a, 41b, 41c, eerste en tweede lid, 44, 58, 65, 66, 67, 69, "
    "eerste en tweede lid, en 170, tweede lid, van de Gemeentewet, de artikelen 2:4, tweede lid, "
    "en 2:5 van de Algemene wet bestuursrecht, artikel 272 van het Wetboek van Strafrecht en "
    "artikel 162 van het Wetboek van Strafvordering;"
)


def document(voor="raad", author=None, **options):
    model = build("Voorbeeldstad", voor, {"vastgesteld_op": "2027-03-04", **options})
    return model, docx.Document(io.BytesIO(to_docx(model, author=author)))


def num_id(paragraph):
    num_pr = paragraph._p.find(f"{W}pPr/{W}numPr")
    if num_pr is None:
        return None
    return num_pr.find(f"{W}numId").get(f"{W}val"), int(num_pr.find(f"{W}ilvl").get(f"{W}val"))


def articles_of(doc):
    """Per article heading of the code and the protocol: its numbered paragraphs."""
    found, current = [], None
    for paragraph in doc.paragraphs:
        if paragraph.style.name == "Heading 2" and paragraph.text.startswith("Artikel"):
            current = (paragraph.text, [])
            found.append(current)
        elif paragraph.style.name.startswith("Heading"):
            current = None
        elif current is not None and paragraph.style.name in (LID_STYLE, ONDERDEEL_STYLE):
            current[1].append(paragraph)
    return [(title, paragraphs) for title, paragraphs in found if paragraphs]


# -- 1. Word list numbering -------------------------------------------------------------
def test_leden_and_onderdelen_carry_word_numbering_not_typed_numbers():
    model, doc = document()
    articles = articles_of(doc)
    assert len(articles) == len(model.articles)  # every article has leden
    for title, paragraphs in articles:
        for paragraph in paragraphs:
            numbered = num_id(paragraph)
            assert numbered is not None, (title, paragraph.text)
            level = 0 if paragraph.style.name == LID_STYLE else 1
            assert numbered[1] == level
            assert not paragraph.text[:3].rstrip().endswith(".")  # "1." is Word's, not typed
    onderdelen = [p for _, ps in articles for p in ps if p.style.name == ONDERDEEL_STYLE]
    assert len(onderdelen) >= 4


def test_numbering_definitions_restart_in_every_article():
    model, doc = document("college")
    root = doc.part.numbering_part.element
    articles = articles_of(doc)
    ids = [{num_id(p)[0] for p in paragraphs} for _, paragraphs in articles]
    assert all(len(one) == 1 for one in ids)  # one list per article ...
    ids = [one.pop() for one in ids]
    assert len(set(ids)) == len(ids)  # ... never shared with another article
    nums = {n.get(f"{W}numId"): n for n in root.findall(f"{W}num")}
    abstract_ids = {nums[i].find(f"{W}abstractNumId").get(f"{W}val") for i in ids}
    assert len(abstract_ids) == 1  # one definition, many restarting instances
    (abstract,) = [
        a for a in root.findall(f"{W}abstractNum") if a.get(f"{W}abstractNumId") in abstract_ids
    ]
    levels = {
        int(lvl.get(f"{W}ilvl")): (
            lvl.find(f"{W}numFmt").get(f"{W}val"),
            lvl.find(f"{W}lvlText").get(f"{W}val"),
        )
        for lvl in abstract.findall(f"{W}lvl")
    }
    assert levels == {0: ("decimal", "%1."), 1: ("lowerLetter", "%2.")}
    for i in ids:  # Word continues a shared definition unless the instance restarts it
        starts = {
            int(o.get(f"{W}ilvl")): o.find(f"{W}startOverride").get(f"{W}val")
            for o in nums[i].findall(f"{W}lvlOverride")
        }
        assert starts == {0: "1", 1: "1"}
    # Schema order: every abstractNum before the first num, or Word refuses the file.
    tags = [etree.QName(child).localname for child in root]
    assert tags.index("num") > max(i for i, tag in enumerate(tags) if tag == "abstractNum")


def test_our_reader_draws_the_same_numbers_word_does():
    model, doc = document()
    numbering = Numbering(doc)
    labels = {}
    for paragraph in doc.paragraphs:
        label = numbering.label(paragraph)
        if label is not None:
            labels.setdefault(num_id(paragraph)[0], []).append(label)
    lists = list(labels.values())
    assert all(one[0] == ("1.", 0) for one in lists)  # restarts in every article
    gifts = next(one for one in lists if len(one) == 5)  # Artikel 3.1 Geschenken: five leden
    assert [label for label, _ in gifts] == ["1.", "2.", "3.", "4.", "5."]
    side_jobs = next(one for one in lists if ("a.", 1) in one)  # Artikel 2.2 Nevenfuncties
    assert side_jobs == [
        ("1.", 0),
        ("2.", 0),
        ("a.", 1),
        ("b.", 1),
        ("c.", 1),
        ("d.", 1),
        ("3.", 0),
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_numbers_the_leden_and_restarts_them(tmp_path):
    _, doc = document()
    source = tmp_path / "raad.docx"
    doc.save(source)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), source],
        check=True,
        capture_output=True,
        timeout=120,
    )
    lines = [line.strip() for line in (tmp_path / "raad.txt").read_text("utf-8-sig").splitlines()]
    side_jobs = lines.index("Artikel 2.2 Nevenfuncties")
    assert lines[side_jobs + 1].startswith("1. Het raadslid meldt")
    assert lines[side_jobs + 3] == "a. de omschrijving van de functie;"
    assert lines[side_jobs + 7].startswith("3. De griffier legt")
    assert lines[lines.index("Artikel 2.3 Financiële belangen") + 1].startswith("1. ")


# -- 2. the raadsbesluit ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("voor", "proposer", "gelet_op"),
    [
        ("raad", "het presidium", RAAD_GELET_OP),
        ("college", "burgemeester en wethouders", COLLEGE_GELET_OP),
    ],
)
def test_the_besluit_comes_before_the_code(voor, proposer, gelet_op):
    model, doc = document(voor, voorstel_op="2027-02-01")
    texts = [p.text for p in doc.paragraphs]
    start = texts.index("De raad van de gemeente Voorbeeldstad;")
    assert texts[start : start + 5] == [
        "De raad van de gemeente Voorbeeldstad;",
        f"gelezen het voorstel van {proposer} van 1 februari 2027;",
        gelet_op,
        "besluit:",
        f"vast te stellen de volgende regeling: {model.citeertitel}.",
    ]
    assert texts.index("Hoofdstuk 1 Algemene bepalingen") == start + 5
    closing = texts.index(
        "Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Voorbeeldstad "
        "van 4 maart 2027."
    )
    assert texts[closing + 1] == "De griffier,\tDe voorzitter,"
    assert texts[closing + 2].startswith("Bijlage 1")


def test_gelet_op_follows_the_clauses_chosen():
    """Only the protocol cites the Wetboek van Strafvordering (aangifte, art. 162)."""
    with_protocol = build("X", "raad").besluit.gelet_op
    without = build("X", "raad", {"protocol": False}).besluit.gelet_op
    assert "artikel 162 van het Wetboek van Strafvordering" in with_protocol
    assert "Strafvordering" not in without
    assert without.startswith("gelet op de artikelen 12, 14, 15, eerste en derde lid,")
    assert build("X", "raad", {"voorsteller_raad": "de agendacommissie"}).besluit.gelezen == (
        "gelezen het voorstel van de agendacommissie van ......................;"
    )


def test_citations_are_merged_and_put_in_order():
    assert (
        cite(
            [
                "artikel 69, tweede lid, Gemeentewet",
                "artikel 15, derde lid, Gemeentewet",
                "artikel 41c, tweede lid, Gemeentewet",
                "artikel 69, tweede lid, Gemeentewet",  # twice: once
            ]
        )
        == "de artikelen 15, derde lid, 41c, tweede lid, en 69, tweede lid, van de Gemeentewet"
    )
    # A whole article covers its leden; one article of one law; "het" Wetboek.
    assert cite(["artikel 28, eerste lid, Gemeentewet", "artikel 28 Gemeentewet"]) == (
        "artikel 28 van de Gemeentewet"
    )
    assert cite(["artikel 272 Wetboek van Strafrecht", "artikel 2:5 Awb"]) == (
        "artikel 272 van het Wetboek van Strafrecht en artikel 2:5 van de Algemene wet bestuursrecht"
    )


# -- 3. two codes for --voor alle, all or none ------------------------------------------
def model_command(*arguments):
    return CliRunner().invoke(
        main,
        ["generate", "model", "--gemeente", "Voorbeeld Stad", "--no-equivalents", *arguments],
    )


def test_voor_alle_writes_two_codes_each_with_its_besluit(tmp_path):
    result = model_command("--voor", "alle", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "gedragscode-college-voorbeeld-stad.docx",
        "gedragscode-raad-voorbeeld-stad.docx",
    ]
    raad = docx.Document(str(tmp_path / names[1]))
    college = docx.Document(str(tmp_path / names[0]))
    raad_text = "\n".join(p.text for p in raad.paragraphs)
    college_text = "\n".join(p.text for p in college.paragraphs)
    assert "gelezen het voorstel van het presidium" in raad_text
    assert "gelezen het voorstel van burgemeester en wethouders" in college_text
    assert "Functie na het ambt" in college_text and "Functie na het ambt" not in raad_text
    assert "Het raadslid" not in college_text and "De bestuurder" not in raad_text


def test_voor_alle_writes_both_or_neither(tmp_path):
    (tmp_path / "gedragscode-college-voorbeeld-stad.docx").write_bytes(b"earlier")
    result = model_command("--voor", "alle", "-o", str(tmp_path))
    assert result.exit_code == 1 and "already exists" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gedragscode-college-voorbeeld-stad.docx"]
    refused = model_command("--voor", "alle", "-o", str(tmp_path / "code.docx"))
    assert refused.exit_code == 1 and "give a folder" in refused.output


def test_one_code_goes_to_the_file_or_folder_given(tmp_path):
    assert model_command("--voor", "college", "-o", str(tmp_path)).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["gedragscode-college-voorbeeld-stad.docx"]
    target = tmp_path / "mijn-code.md"
    assert model_command("--voor", "raad", "--format", "markdown", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Gedragscode integriteit raadsleden")


# -- 4. annexes for a reader ---------------------------------------------------------------
def test_the_annexes_name_no_command(tmp_path):
    result = CliRunner().invoke(
        main,
        ["generate", "model", "--gemeente", "Voorbeeldstad", "--voor", "raad", "-o", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    doc = docx.Document(str(tmp_path / "gedragscode-raad-voorbeeldstad.docx"))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    text = "\n".join([p.text for p in doc.paragraphs] + cells)
    for command_words in ("gedragscode compare", "gedragscode generate", "--", "toolkit", "corpus"):
        assert command_words not in text
    assert "Bijlage 3: Vergelijkbare bepalingen in andere gemeenten" in text
    assert "Assen (2022), Best (2017), De Bilt (2018), Nijmegen (2025) en Rheden (2020)" in text
    assert "hoort niet bij de vast te stellen tekst" in text


# -- 5. page, language, author, page numbers ------------------------------------------------
def test_a4_dutch_with_author_and_page_numbers():
    model, doc = document()
    section = doc.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)  # A4
    assert round(section.left_margin.cm, 1) == 2.5
    lang = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "nl-NL"
    assert doc.settings.element.find(f"{W}themeFontLang").get(f"{W}val") == "nl-NL"
    properties = doc.core_properties
    assert properties.author == "Gemeente Voorbeeldstad" and properties.language == "nl-NL"
    assert properties.title == model.citeertitel
    # The page numbers are the house style's ("pagina X van Y"), as fields Word updates.
    footer = section.footer._element
    instructions = [f.get(f"{W}instr").split()[0] for f in footer.iter(f"{W}fldSimple")]
    instructions += [t.text.split()[0] for t in footer.iter(f"{W}instrText") if t.text.strip()]
    assert sorted(instructions) == ["NUMPAGES", "PAGE"]
    assert "python-docx" not in (properties.author, properties.last_modified_by)
    _, signed = document(author="Griffie Voorbeeldstad")
    assert signed.core_properties.author == "Griffie Voorbeeldstad"


def test_afzender_option_sets_the_author(tmp_path):
    target = tmp_path / "code.docx"
    result = model_command("--voor", "raad", "--afzender", "Griffie X", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert docx.Document(str(target)).core_properties.author == "Griffie X"
