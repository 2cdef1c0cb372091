"""Build templates/huisstijl.docx, the Dutch A4 house style the letters are written on.

    python -m tools.make_huisstijl [--force]
    python -m tools.make_letter_templates --force     # then put the letters on it

The result holds no template tags: styles (Normal, headings, address, reference block,
...), an A4 page with Dutch margins, the language nl-NL, a letterhead on page 1 with a
marked place for the logo, and a footer with "pagina X van Y" on every page. What the
house style promises is in generator/house_style.py; `gedragscode templates check`
holds a gemeente's own replacement to it.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips

from codes.files import write_new
from generator import house_style

FONT = "Arial"  # on every office computer; LibreOffice shows it as Liberation Sans, same widths
GREY = RGBColor(0x59, 0x59, 0x59)
TEXT = RGBColor(0x1A, 0x1A, 0x1A)


def _set(parent, tag: str, **attributes) -> OxmlElement:
    """The child `tag` of `parent` (created when missing) with `attributes` as w: attributes."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.append(element)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _language(document) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = _set(run, "w:rFonts")
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), FONT)
    _set(run, "w:lang", val=house_style.LANGUAGE, eastAsia=house_style.LANGUAGE, bidi="ar-SA")
    paragraph = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _set(paragraph, "w:spacing", after="0", line="240", lineRule="auto")
    settings = document.settings.element
    _set(settings, "w:themeFontLang", val=house_style.LANGUAGE, eastAsia="")
    settings.find(qn("w:themeFontLang")).attrib.pop(qn("w:eastAsia"))
    # Dutch numbers: 12,5 and lists separated by a semicolon (Word's fields use these).
    _set(settings, "w:decimalSymbol", val=",")
    _set(settings, "w:listSeparator", val=";")


def _font(style, size: float, bold: bool = False, colour: RGBColor = TEXT, italic=False) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = colour
    fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _paragraph_style(document, name: str, base: str = "Normal"):
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font(normal, 10)
    normal.paragraph_format.space_after = Pt(10)  # one empty line between paragraphs
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.widow_control = True

    _font(styles["Title"], 16, bold=True)
    title = styles["Title"].paragraph_format
    title.space_after = Pt(12)
    # The default template draws a coloured rule under the title; the house style does not.
    border = styles["Title"].element.get_or_add_pPr().find(qn("w:pBdr"))
    if border is not None:
        border.getparent().remove(border)
    for level, size, before in ((1, 13, 18), (2, 11, 14), (3, 10, 10)):
        heading = styles[f"Heading {level}"]
        _font(heading, size, bold=True)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(4)
        heading.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Number"):
        _font(styles[name], 10)
        styles[name].paragraph_format.space_after = Pt(4)
    quote = styles["Quote"]
    _font(quote, 10, italic=True, colour=TEXT)
    quote.paragraph_format.left_indent = Mm(8)
    quote.paragraph_format.space_after = Pt(8)
    for name in ("Header", "Footer"):
        _font(styles[name], 8, colour=GREY)
        styles[name].paragraph_format.space_after = Pt(0)

    afzender = _paragraph_style(document, "Afzender")
    _font(afzender, 9, colour=GREY)
    afzender.paragraph_format.space_after = Pt(0)

    # Small type above the address in the envelope window, as Dutch letters have it: the
    # post returns an undeliverable letter there without opening it.
    retour = _paragraph_style(document, "Retouradres")
    _font(retour, 7, colour=GREY)
    retour.paragraph_format.space_after = Pt(4)
    retour.paragraph_format.line_spacing = 1.0
    retour.paragraph_format.keep_with_next = True

    confidential = _paragraph_style(document, "Vertrouwelijk")
    _font(confidential, 9, bold=True)
    confidential.paragraph_format.space_after = Pt(6)
    confidential.paragraph_format.keep_with_next = True

    address = _paragraph_style(document, "Adres")
    _font(address, 10)
    address.paragraph_format.space_after = Pt(0)  # address lines follow each other, no gaps
    address.paragraph_format.line_spacing = 1.0
    address.paragraph_format.keep_with_next = True

    reference = _paragraph_style(document, "Referentie")
    _font(reference, 9)
    form = reference.paragraph_format
    form.space_after = Pt(0)
    form.line_spacing = 1.0
    # Label, tab, value; a long onderwerp wraps under the value, not under the label.
    form.left_indent = Mm(32)
    form.first_line_indent = Mm(-32)
    form.tab_stops.add_tab_stop(Mm(32), WD_TAB_ALIGNMENT.LEFT)

    label = styles.add_style("Referentielabel", WD_STYLE_TYPE.CHARACTER)
    label.font.color.rgb = GREY
    label.font.size = Pt(8.5)
    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor(0x00, 0x4F, 0x9F)
        link.font.underline = True


def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = (Twips(v) for v in house_style.A4)
    margins = house_style.MARGINS_MM
    section.top_margin = Mm(margins["top"])
    section.bottom_margin = Mm(margins["bottom"])
    section.left_margin = Mm(margins["left"])
    section.right_margin = Mm(margins["right"])
    section.header_distance = Mm(margins["header"])
    section.footer_distance = Mm(margins["footer"])
    section.different_first_page_header_footer = True  # the letterhead on page 1 only


def _field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out the page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page_numbers(document, footer) -> None:
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run("pagina ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" van ")
    _field(paragraph, "NUMPAGES", "1")


def _cell_border(cell, style: str = "dashed") -> None:
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        _set(borders, f"w:{side}", val=style, sz="6", space="0", color="808080")
    properties.append(borders)
    _set(properties, "w:vAlign", val="center")


def _letterhead(document) -> None:
    """Page 1: a marked box where the gemeente's logo goes (replace it by the logo)."""
    header = document.sections[0].first_page_header
    header.is_linked_to_previous = False
    table = header.add_table(1, 1, Mm(55))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    row = table.rows[0]
    row.height = Mm(18)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
    cell = row.cells[0]
    cell.width = Mm(55)
    _cell_border(cell)
    logo = cell.paragraphs[0]
    logo.style = document.styles["Header"]
    logo.alignment = WD_ALIGN_PARAGRAPH.CENTER
    logo.add_run("LOGO").bold = True
    hint = cell.add_paragraph(
        "Plaats hier het logo van de gemeente (vervang dit vak)", style="Header"
    )
    hint.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # Word needs a paragraph after a table; keep it one point high so the body starts at the margin.
    after = header.paragraphs[0]
    after.style = document.styles["Header"]
    after.paragraph_format.line_spacing = Pt(1)
    header._element.remove(after._p)
    header._element.append(after._p)


def _drop_leftovers(document) -> None:
    """Parts of python-docx's own template a house style should not carry.

    stylesWithEffects.xml is a second, en-US copy of the styles that Word 2010 reads;
    the thumbnail shows the empty US Letter page the default template was saved from.
    """
    for owner, kind in (
        (document.part, "/stylesWithEffects"),
        (document.part.package, "/thumbnail"),
    ):
        for rel_id in [r for r, rel in owner.rels.items() if rel.reltype.endswith(kind)]:
            owner.rels.pop(rel_id)


def build() -> docx.Document:
    document = docx.Document()
    _drop_leftovers(document)
    _language(document)
    _styles(document)
    _page(document)
    _letterhead(document)
    for footer in (document.sections[0].footer, document.sections[0].first_page_footer):
        footer.is_linked_to_previous = False
        _page_numbers(document, footer)
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.title = "Huisstijl"
    properties.subject = "Huisstijl voor brieven en documenten"
    properties.comments = ""
    properties.keywords = ""
    properties.language = house_style.LANGUAGE
    properties.revision = 1
    properties.created = properties.modified = datetime(2026, 1, 1)  # no build time in the template
    return document


def save(document: docx.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    force = "--force" in sys.argv
    target = house_style.path()
    if target.exists() and not force:
        print(f"{target} exists; add --force to replace it (a gemeente's own house style is lost)")
        return
    write_new(target, save(build()), force=force)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
