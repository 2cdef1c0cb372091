"""Write the Word letter templates in templates/letters/ on the house style (templates/huisstijl.docx).

    python -m tools.make_letter_templates [--force]

Each template starts from the house style (page, styles, letterhead, footer) and adds
the letter: the address block in the envelope window, the reference block, the text,
the signature and the enclosures. Each Jinja tag is written in a run of its own, so
docxtpl reads it; after editing the templates in Word, 'gedragscode templates check'
finds tags that Word split across runs, missing styles and placeholders, and a page or
language that is not the house style's.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from codes.files import write_new
from generator import house_style

HERE = Path(__file__).resolve().parents[1] / "templates" / "letters"


def _tag(document, tag: str, style: str = "Normal"):
    """A paragraph holding only a {%p ... %} tag: docxtpl removes it when it renders."""
    return document.add_paragraph(tag, style=style)


def _no_cell_margins(table) -> None:
    """Cell text starts at the page margin, as the rest of the letter does."""
    properties = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.append(margins)


def address_block(document) -> None:
    """In the window of the envelope the return address and the recipient, beside it the sender.

    A table with fixed row heights keeps the address at the same place on every letter:
    row 1 fills the space between the top margin and the window, row 2 is the window.
    """
    widths = (Mm(house_style.ADDRESS_WIDTH_MM + 10), Mm(70))
    table = document.add_table(rows=2, cols=2)
    table.autofit = False
    _no_cell_margins(table)
    top = house_style.ADDRESS_TOP_MM - house_style.MARGINS_MM["top"]
    for row, height, rule in (
        (table.rows[0], Mm(top), WD_ROW_HEIGHT_RULE.EXACTLY),
        (table.rows[1], Mm(house_style.ADDRESS_HEIGHT_MM), WD_ROW_HEIGHT_RULE.AT_LEAST),
    ):
        row.height, row.height_rule = height, rule
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    for cell in table.rows[0].cells:
        cell.paragraphs[0].style = document.styles["Afzender"]
    sender = table.cell(1, 1)  # beside the window, level with its first line
    sender.paragraphs[0].style = document.styles["Afzender"]
    sender.paragraphs[0].add_run("{{ gemeente_naam }}").bold = True
    window = table.cell(1, 0)
    # The return address only when the case gives one: no line with the word alone.
    window.paragraphs[0].text = "{%p if retouradres %}"
    retour = window.add_paragraph(style="Retouradres")
    retour.add_run("Retouradres ")
    retour.add_run("{{ retouradres }}")
    window.add_paragraph("{%p endif %}")
    window.add_paragraph("{%p if vertrouwelijk %}")
    window.add_paragraph("{{ vertrouwelijk }}", style="Vertrouwelijk")
    window.add_paragraph("{%p endif %}")
    window.add_paragraph("{{ ontvanger_naamregel }}", style="Adres")
    window.add_paragraph("{%p for regel in ontvanger_adresregels %}")
    window.add_paragraph("{{ regel }}", style="Adres")
    window.add_paragraph("{%p endfor %}")


def _reference(document, label: str, value: str, first: bool = False) -> None:
    paragraph = document.add_paragraph(style="Referentie")
    paragraph.add_run(f"{label}\t", style="Referentielabel")
    paragraph.add_run(value)
    if first:
        paragraph.paragraph_format.space_before = Pt(10)


def reference_block(document) -> None:
    _reference(document, "Datum", "{{ datum_tekst }}", first=True)
    _tag(document, "{%p if kenmerk %}")
    _reference(document, "Kenmerk", "{{ kenmerk }}")
    _tag(document, "{%p endif %}")
    _reference(document, "Onderwerp", "{{ onderwerp }}")
    for label, name in (("Contactpersoon", "naam"), ("Telefoon", "telefoon"), ("E-mail", "email")):
        _tag(document, f"{{%p if contactpersoon.{name} %}}")
        _reference(document, label, f"{{{{ contactpersoon.{name} }}}}")
        _tag(document, "{%p endif %}")
    _tag(document, "{%p if bijlagen %}")
    _reference(document, "Bijlagen", "{{ bijlagen | length }}")
    _tag(document, "{%p endif %}")


def letter_body(document) -> None:
    salutation = document.add_paragraph("{{ aanhef }}")
    salutation.paragraph_format.space_before = Pt(28)
    document.add_paragraph("{{ intro }}")
    _tag(document, "{%p for sectie in secties %}")
    _tag(document, "{%p if sectie.kop %}")
    document.add_paragraph("{{ sectie.kop }}", style="Heading 2")
    _tag(document, "{%p endif %}")
    document.add_paragraph("{{ sectie.tekst }}")
    _tag(document, "{%p for punt in sectie.punten %}")
    document.add_paragraph("{{ punt }}", style="List Number")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endfor %}")


def letter_end(document) -> None:
    document.add_paragraph("{{ closing }}")
    greeting = document.add_paragraph("Met vriendelijke groet,")
    greeting.paragraph_format.space_after = Pt(40)  # room for the signature
    greeting.paragraph_format.keep_with_next = True
    name = document.add_paragraph("{{ afzender.naam }}")
    name.paragraph_format.space_after = Pt(0)
    name.paragraph_format.keep_with_next = True
    document.add_paragraph("{{ afzender.functie }}")
    _tag(document, "{%p if bijlagen %}")
    heading = document.add_paragraph()
    heading.add_run("Bijlagen").bold = True
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(4)
    heading.paragraph_format.keep_with_next = True
    _tag(document, "{%p for bijlage in bijlagen %}")
    document.add_paragraph("{{ bijlage }}", style="List Bullet")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")


def normative_framework(document) -> None:
    document.add_paragraph("Wettelijke integriteitsnormen", style="Heading 2")
    document.add_paragraph(
        "Het onderzoek toetst aan de volgende wettelijke normen; elke verwijzing leidt naar "
        "de officiële tekst van de wet."
    )
    _tag(document, "{%p for norm in wettelijke_normen %}")
    document.add_paragraph("{{r norm.link }}", style="List Bullet")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p if normatief_kader %}")
    document.add_paragraph(
        "Bepalingen van de gedragscode die het onderzoek betreft", style="Heading 2"
    )
    _tag(document, "{%p for bepaling in normatief_kader %}")
    document.add_paragraph("{{r bepaling.kop }}", style="Heading 3")
    document.add_paragraph("{{ bepaling.tekst }}", style="Quote")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")


def _start(title: str):
    document = house_style.document(letterhead=True)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    properties = document.core_properties
    properties.title = title
    properties.created = properties.modified = datetime(2026, 1, 1)
    return document


def brief():
    document = _start("Brief")
    address_block(document)
    reference_block(document)
    letter_body(document)
    letter_end(document)
    return document


def onderzoeksopdracht():
    document = _start("Onderzoeksopdracht")
    address_block(document)
    reference_block(document)
    letter_body(document)
    normative_framework(document)
    letter_end(document)
    accord = document.add_paragraph("Voor akkoord, de onderzoeker:")
    accord.paragraph_format.space_before = Pt(24)
    accord.paragraph_format.keep_with_next = True
    signed = document.add_paragraph("{{ onderzoeker.naam }}, {{ onderzoeker.organisatie }}")
    signed.paragraph_format.keep_with_next = True
    document.add_paragraph("Datum en handtekening: ____________________")
    return document


def main() -> None:
    force = "--force" in sys.argv
    HERE.mkdir(parents=True, exist_ok=True)
    for name, build in (("brief.docx", brief), ("onderzoeksopdracht.docx", onderzoeksopdracht)):
        target = HERE / name
        if target.exists() and not force:
            print(f"{target} exists; add --force to replace it (a restyled template would be lost)")
            continue
        buffer = io.BytesIO()
        build().save(buffer)
        write_new(target, buffer.getvalue(), force=force)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
