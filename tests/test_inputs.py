"""Every input format, detection, encodings, and the one-line errors for bad input."""

from __future__ import annotations

import io

import pytest

from codes import InputError, parse_bytes, parse_file
from codes.read import detect_format, read_bytes

from .conftest import CORPUS, FIXTURES


def test_windows_1252_is_read_correctly():
    data = (CORPUS / "best.txt").read_text(encoding="utf-8").encode("cp1252")
    code = parse_bytes(data, "best-cp1252.txt")
    assert len(code.articles()) == 44
    assert "beïnvloed" in code.source


def test_invalid_bytes_are_reported_not_dropped():
    with pytest.raises(InputError, match=r"byte 0x81 at offset"):
        read_bytes(b"Artikel 1\n\n1. Een caf\xe9 \x81 hier\n", "bad.txt")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"PK\x03\x04notadocx", "zip archive"),
        (b"<html><body>x</body></html>", "not CVDR"),
        (b"{\\rtf1\\ansi Artikel 1}", "RTF"),
    ],
)
def test_bad_input_gives_one_clear_line(data, message):
    with pytest.raises(InputError) as error:
        read_bytes(data, "input")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        parse_file(tmp_path)


def test_unknown_input_format():
    with pytest.raises(InputError, match="unknown input format"):
        read_bytes(b"text", "x", input_format="pdf")


def test_unstructured_text_parses_as_one_section_with_a_warning():
    code = parse_bytes(b"Dit is een korte notitie zonder artikelen of koppen.\n", "notitie.txt")
    sections = [n for n in code.nodes() if n.kind == "section"]
    assert len(sections) == 1
    assert any("no recognizable structure" in w for w in code.warnings)


def test_markdown_is_detected_and_headings_become_sections():
    assert detect_format((CORPUS / "assen.txt").read_bytes(), "assen.txt") == "markdown"
    assert detect_format((CORPUS / "best.txt").read_bytes(), "best.txt") == "text"


def test_docx_with_real_corpus_text(tmp_path):
    import docx

    document = docx.Document()
    for line in (CORPUS / "best.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("Hoofdstuk"):
            document.add_heading(line, level=1)
        elif line.strip():
            document.add_paragraph(line)
    path = tmp_path / "best.docx"
    document.save(path)
    code = parse_file(path)
    assert code.format == "docx"
    assert len(code.articles()) == 44
    lid = code.node("chp_3__art_6__para_2")
    assert lid is not None and len([c for c in lid.children if c.kind == "onderdeel"]) == 5


def test_docx_tables_stay_where_they_stand(tmp_path):
    """A Word code's tables are read in their place among the paragraphs: the signatures
    under the besluit before the annex, a frame around an article as its lines. Before,
    every table came after the last paragraph, so the signatures closed the annex."""
    import docx

    document = docx.Document()
    document.add_paragraph("Gedragscode integriteit raadsleden gemeente Best")
    frame = document.add_table(rows=1, cols=2)
    frame.cell(0, 0).merge(frame.cell(0, 1))  # one cell over both columns, written once
    frame.cell(
        0, 0
    ).text = "Artikel 1 Geschenken\n1. Een raadslid meldt een geschenk.\n2. De griffier houdt het register."
    document.add_paragraph("Artikel 2 Reizen")
    document.add_paragraph("Reizen op kosten van derden worden gemeld.")
    document.add_paragraph("Aldus vastgesteld in de openbare vergadering van 12 maart 2024.")
    signatures = document.add_table(rows=2, cols=2)
    for (row, column), text in {
        (0, 0): "De griffier,",
        (0, 1): "De voorzitter,",
        (1, 0): "J. Jansen",
        (1, 1): "P. de Vries",
    }.items():
        signatures.cell(row, column).text = text
    document.add_paragraph("Bijlage 1 Formulier melding geschenk")
    path = tmp_path / "best.docx"
    document.save(path)
    code = parse_file(path)
    source = code.source
    assert source.index("De griffier,\tDe voorzitter,") < source.index("Bijlage 1")
    assert source.index("Artikel 1") < source.index("Artikel 2")
    assert source.count("Een raadslid meldt") == 1
    assert [a.number for a, _ in code.articles()] == ["1", "2"]
    leden = [n for n in code.node("art_1").children if n.kind == "lid"]
    assert len(leden) == 2
    assert code.metadata.adopted_on == "2024-03-12"


def test_docx_text_as_word_shows_it_with_changes_accepted(tmp_path):
    """A draft edited with tracked changes, a title in a content control and a smart tag:
    the reader sees the inserted words, the control's title and the tagged words, not the
    deleted words. python-docx alone reads none of the three (only runs and hyperlinks
    that are the paragraph's own children, and only the body's own paragraphs)."""
    import docx
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def element(xml):
        return etree.fromstring(f'<root xmlns:w="{w}">{xml}</root>')[0]

    document = docx.Document()
    body = document.element.body
    body.insert(
        0,
        element(
            "<w:sdt><w:sdtPr><w:alias w:val='Titel'/></w:sdtPr><w:sdtContent>"
            "<w:p><w:r><w:t>Gedragscode integriteit raadsleden Best</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    document.add_paragraph("Artikel 1 Geschenken")
    lid = document.add_paragraph()
    lid._p.append(
        element("<w:r><w:t xml:space='preserve'>Een raadslid meldt een geschenk </w:t></w:r>")
    )
    lid._p.append(
        element(
            "<w:del w:id='1' w:author='griffie'><w:r><w:delText>boven 25 euro</w:delText></w:r></w:del>"
        )
    )
    lid._p.append(
        element("<w:ins w:id='2' w:author='griffie'><w:r><w:t>boven 50 euro</w:t></w:r></w:ins>")
    )
    lid._p.append(element("<w:r><w:t xml:space='preserve'> aan de </w:t></w:r>"))
    lid._p.append(
        element("<w:smartTag w:element='place'><w:r><w:t>griffier</w:t></w:r></w:smartTag>")
    )
    lid._p.append(element("<w:r><w:t>.</w:t></w:r>"))
    path = tmp_path / "best.docx"
    document.save(path)
    code = parse_file(path)
    assert "Een raadslid meldt een geschenk boven 50 euro aan de griffier." in code.source
    assert "25 euro" not in code.source
    assert code.source.lstrip().startswith("Gedragscode integriteit raadsleden Best")
    assert code.metadata.title == "Gedragscode integriteit raadsleden Best"


def test_broken_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"word/" + b"\x00" * 50)
    with pytest.raises(InputError, match="not a readable Word"):
        parse_file(path)


def test_cvdr_structure_metadata_and_extrefs():
    code = parse_file(FIXTURES / "cvdr_example3.xml")
    assert code.format == "cvdr"
    assert code.metadata.organisation == "Someren"
    assert code.metadata.adopted_on == "2019-05-28"
    chapters = [n for n in code.root.children if n.kind == "hoofdstuk"]
    assert [c.number for c in chapters] == ["1", "2", "3", "4", "5", "6"]
    paragraphs = [n for n in chapters[3].children if n.kind == "paragraaf"]
    assert [p.number for p in paragraphs] == ["A", "B", "C"]
    # the preamble's three extrefs carry their official Juriconnect ids
    preamble = [r for r in code.references if r.node == "preamble" and r.bwb]
    assert {(r.bwb, r.article) for r in preamble} >= {("BWBR0013798", None), ("BWBR0024779", "2.1")}
    assert "gelet op de Wet bevordering" in code.source


def test_cvdr_without_network_or_entities():
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE cvdr [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<cvdr xmlns="http://standaarden.overheid.nl/cvdr/terms/"><body><regeling><regeling-tekst>'
        b"<artikel><kop><nr>1</nr><titel>Test</titel></kop><al>&x;</al></artikel>"
        b"</regeling-tekst></regeling></body></cvdr>"
    )
    code = parse_bytes(xml, "evil.xml")
    assert "root:" not in code.source
    assert [a.number for a, _ in code.articles()] == ["1"]


def test_all_cvdr_samples_parse():
    for path in sorted(FIXTURES.glob("cvdr_example*.xml")):
        code = parse_file(path)
        assert code.metadata.title
        assert io.StringIO(code.source).read()


def _auto_numbered_docx(path):
    """A Word file whose leden and onderdelen are numbered by Word itself, not typed."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from lxml import etree

    document = docx.Document()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        etree.fromstring(
            f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="10">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    for num_id in (20, 21):
        numbering.append(
            etree.fromstring(
                f'<w:num xmlns:w="{w}" w:numId="{num_id}"><w:abstractNumId w:val="10"/></w:num>'
            )
        )

    def numbered(text, num_id, level):
        paragraph = document.add_paragraph(text)
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", level), ("w:numId", num_id)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), str(value))
            num_pr.append(child)
        paragraph._p.get_or_add_pPr().append(num_pr)

    document.add_heading("Artikel 1 Geschenken", level=2)
    numbered("Een raadslid neemt geen geschenken aan.", 20, 0)
    numbered("Geschenken worden gemeld:", 20, 0)
    numbered("aan de griffier;", 20, 1)
    numbered("binnen een week.", 20, 1)
    numbered("Het register is openbaar.", 20, 0)
    document.add_heading("Artikel 2 Reizen", level=2)
    numbered("Reizen worden gemeld, zoals bedoeld in het eerste lid van artikel 1.", 21, 0)
    numbered("Zie het eerste lid.", 21, 0)
    document.save(path)


def test_docx_with_word_list_numbering(tmp_path):
    path = tmp_path / "auto.docx"
    _auto_numbered_docx(path)
    code = parse_file(path)
    first = code.node("art_1")
    assert [c.number for c in first.children if c.kind == "lid"] == ["1", "2", "3"]
    assert [c.number for c in code.node("art_1__para_2").children] == ["a", "b"]
    assert [c.number for c in code.node("art_2").children if c.kind == "lid"] == [
        "1",
        "2",
    ]  # a new list restarts
    own = [r for r in code.references if r.kind == "internal" and r.node == "art_2__para_2"]
    assert own and own[0].target == "art_2__para_1"


def test_utf16_text_as_notepad_saves_it():
    data = (CORPUS / "rheden.txt").read_text(encoding="utf-8").encode("utf-16")
    code = parse_bytes(data, "rheden-unicode.txt")
    assert [a.number for a, scope in code.articles() if scope == "body"] == [
        str(i) for i in range(1, 8)
    ]
