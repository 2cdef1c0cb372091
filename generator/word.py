"""Word documents as a Dutch gemeente sends them: A4, nl-NL, page numbers, real list numbering.

python-docx's default template is US Letter, en-US, without page numbers; `base_document`
starts from the house style instead (`generator/house_style.py`), the same one the letters use.

`ListNumbering` writes Word's own list numbering (numbering.xml) for leden ("1.", "2.")
and their onderdelen ("a.", "b."): one list definition, and one list instance per
article that restarts at 1, so that a lid inserted in Word renumbers the others.
`codes/docx_numbering.py` is the reader of the same vocabulary.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LID_STYLE, ONDERDEEL_STYLE = "Lid", "Onderdeel"
_HANGING = 567  # 1 cm: the number hangs in the margin of the text
_LEVELS = (("decimal", "%1.", LID_STYLE), ("lowerLetter", "%2.", ONDERDEEL_STYLE))


def base_document(author: str, title: str):
    """A new, empty document on the house style (`templates/huisstijl.docx` without its
    letterhead: A4, nl-NL, its fonts and page numbers), with author, title and the
    list styles of leden and onderdelen."""
    from .house_style import LANGUAGE
    from .house_style import document as house_style_document

    document = house_style_document()  # its language is checked by `templates check`
    _list_styles(document)
    properties = document.core_properties
    properties.author = properties.last_modified_by = author
    properties.title = title
    properties.language = LANGUAGE
    properties.comments = ""
    return document


def _list_styles(document) -> None:
    """The paragraph styles of leden and onderdelen, so that a house style can restyle them."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Twips

    names = {style.name for style in document.styles}
    for level, (_, _, name) in enumerate(_LEVELS):
        if name in names:
            continue
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Twips(_HANGING * (level + 1))
        style.paragraph_format.first_line_indent = Twips(-_HANGING)
        style.paragraph_format.space_after = Twips(80)


class ListNumbering:
    """Leden and onderdelen numbered by Word, restarting in every article."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.abstract_id = self._definition()
        self.current: str | None = None  # numId of the article being written

    def restart(self) -> None:
        """The next lid is "1." again: called at every article heading."""
        self.current = None

    def number(self, paragraph, level: int) -> None:
        """Give `paragraph` the list number of a lid (level 0) or onderdeel (level 1)."""
        if self.current is None:
            self.current = self._instance()
        properties = paragraph._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(level))
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), self.current)
        num_pr.append(ilvl)
        num_pr.append(num_id)
        # numPr follows pStyle (and keepNext etc.) in the schema order of pPr.
        style = properties.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(num_pr)
        else:
            properties.insert(0, num_pr)

    def _ids(self, tag: str, attribute: str) -> list[int]:
        return [int(node.get(qn(attribute))) for node in self.root.findall(qn(tag))]

    def _definition(self) -> str:
        abstract_id = str(max(self._ids("w:abstractNum", "w:abstractNumId"), default=-1) + 1)
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), abstract_id)
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "multilevel")
        abstract.append(multi)
        for level, (fmt, text, _) in enumerate(_LEVELS):
            abstract.append(_level(level, fmt, text))
        # Every abstractNum precedes every num in numbering.xml.
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        return abstract_id

    def _instance(self) -> str:
        """A new list of the definition whose levels start again at 1 (Word's restart)."""
        num_id = str(max(self._ids("w:num", "w:numId"), default=0) + 1)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self.abstract_id)
        num.append(abstract)
        for level in range(len(_LEVELS)):
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), str(level))
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            override.append(start)
            num.append(override)
        self.root.append(num)
        return num_id


def _level(level: int, fmt: str, text: str):
    node = OxmlElement("w:lvl")
    node.set(qn("w:ilvl"), str(level))
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", fmt),
        ("w:lvlText", text),
        ("w:lvlJc", "left"),
    ):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        node.append(child)
    properties = OxmlElement("w:pPr")
    indent = OxmlElement("w:ind")
    indent.set(qn("w:left"), str(_HANGING * (level + 1)))
    indent.set(qn("w:hanging"), str(_HANGING))
    properties.append(indent)
    node.append(properties)
    return node
