"""The Dutch house style that letters (and other documents) are written on: templates/huisstijl.docx.

One place for what the house style promises, read by the tool that builds it
(tools/make_huisstijl.py), by `gedragscode templates check` (which holds a gemeente's
own replacement to the same promises) and by the tests: A4, nl-NL, the named styles
the letter templates use, page numbers in the footer.

A gemeente replaces templates/huisstijl.docx with its own (logo, fonts, colours,
footer), keeping the style names, and runs `python -m tools.make_letter_templates
--force` to put the letters on it; or it restyles the letter templates themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from codes.resources import template_path

#: A4 in twentieths of a point (210 x 297 mm), as Word writes it.
A4 = (11906, 16838)
#: Word rounds page sizes it converts from millimetres; a replacement within this many twips is A4.
A4_TOLERANCE = 20
LANGUAGE = "nl-NL"


@dataclass(frozen=True)
class Style:
    name: str  # the style's name in Word (w:name), not its localised id
    kind: str  # paragraph or character
    purpose: str  # what the letters use it for, for the check's message


#: The styles the letter templates refer to by name; a replacement house style must define them.
STYLES = (
    Style("Normal", "paragraph", "running text"),
    Style("Title", "paragraph", "the title of a document"),
    Style("Heading 1", "paragraph", "headings"),
    Style("Heading 2", "paragraph", "the parts of an onderzoeksopdracht"),
    Style("Heading 3", "paragraph", "the provisions quoted in an onderzoeksopdracht"),
    Style("List Bullet", "paragraph", "enclosures and lists"),
    Style("List Number", "paragraph", "the onderzoeksvragen"),
    Style("Quote", "paragraph", "the quoted text of a provision"),
    Style("Header", "paragraph", "the letterhead"),
    Style("Footer", "paragraph", "the footer with the page numbers"),
    Style("Afzender", "paragraph", "the sender beside the letterhead"),
    Style("Retouradres", "paragraph", "the return address in small type above the address"),
    Style("Vertrouwelijk", "paragraph", "'Persoonlijk en vertrouwelijk' above the address"),
    Style("Adres", "paragraph", "the address lines in the envelope window"),
    Style("Referentie", "paragraph", "the reference block: datum, kenmerk, onderwerp, ..."),
    Style("Referentielabel", "character", "the labels of the reference block"),
    Style("Hyperlink", "character", "links to the official text of a law"),
)

#: Context names every letter template must use: without them a letter silently loses
#: what the protocol requires (the passages, the enclosures) or cannot be sent (address).
PLACEHOLDERS = {
    "brief": (
        "retouradres",
        "vertrouwelijk",
        "ontvanger_naamregel",
        "ontvanger_adresregels",
        "datum_tekst",
        "kenmerk",
        "onderwerp",
        "aanhef",
        "intro",
        "secties",
        "closing",
        "afzender",
        "bijlagen",
    ),
}
PLACEHOLDERS["onderzoeksopdracht"] = (
    *PLACEHOLDERS["brief"],
    "normatief_kader",
    "wettelijke_normen",
)

#: Where the address block sits on page 1, for a Dutch window envelope (venstercouvert
#: EA5/6 or C5/6, window on the left): the window lies about 20-120 mm from the left edge
#: and 45-90 mm from the top of a letter folded in three. The first line starts at 50 mm,
#: the block is 85 mm wide and at least 40 mm high; the text starts at the left margin.
MARGINS_MM = {"top": 30, "bottom": 25, "left": 25, "right": 20, "header": 8, "footer": 10}
ADDRESS_TOP_MM = 50
ADDRESS_HEIGHT_MM = 40
ADDRESS_WIDTH_MM = 85


def path() -> Path:
    return template_path("huisstijl.docx")


def document(letterhead: bool = False):
    """A new python-docx Document on the house style: A4, nl-NL, its styles and page numbers.

    Without `letterhead` the first page has no logo placeholder (for a regulation such
    as the model code); the page numbers in the footer stay.
    """
    import docx

    result = docx.Document(str(path()))
    if not letterhead:
        section = result.sections[0]
        section.different_first_page_header_footer = False
    return result
