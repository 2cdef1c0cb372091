"""The numbers Word shows in front of auto-numbered paragraphs ("1.", "a.", "1°").

A griffier's Word file rarely types "1." before a lid: Word's list numbering draws
it. python-docx gives the paragraph text without it, so we compute the label the
way Word does: the paragraph's (or its style's) numbering id and level, the level's
format and text from numbering.xml, and a counter per list and level.
"""

from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(element, tag: str) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return child.get(f"{W}val") if child is not None else None


def _roman(number: int) -> str:
    values = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _format(number: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (number - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (number - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(number)
    if fmt == "upperRoman":
        return _roman(number).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(number)


class Numbering:
    """Labels for numbered paragraphs of one document, in reading order."""

    def __init__(self, document):
        self.levels: dict[
            tuple[str, int], tuple[str, str, int]
        ] = {}  # (numId, ilvl) -> (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(f"{W}abstractNum"):
            levels = {}
            for level in node.findall(f"{W}lvl"):
                ilvl = int(level.get(f"{W}ilvl", "0"))
                levels[ilvl] = (
                    _val(level, "numFmt") or "decimal",
                    _val(level, "lvlText") or "%1.",
                    int(_val(level, "start") or 1),
                )
            abstract[node.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            levels = abstract.get(_val(num, "abstractNumId"), {})
            for ilvl, spec in levels.items():
                self.levels[(num.get(f"{W}numId"), ilvl)] = spec

    def label(self, paragraph) -> tuple[str, int] | None:
        """The label Word draws before `paragraph` and its level, or None when it is not numbered."""
        num_pr = self._num_pr(paragraph)
        if num_pr is None:
            return None
        num_id, ilvl = num_pr
        spec = self.levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return None
        fmt, text, start = spec
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new item restarts the levels below it
        label = text
        for level in range(ilvl + 1):
            level_spec = self.levels.get((num_id, level), ("decimal", "", 1))
            value = counters.get(level, level_spec[2])
            label = label.replace(f"%{level + 1}", _format(value, level_spec[0]))
        if fmt == "bullet":
            label = "-"
        return label.strip(), ilvl

    @staticmethod
    def _num_pr(paragraph) -> tuple[str, int] | None:
        for holder in (paragraph._p.pPr, getattr(paragraph.style, "element", None)):
            if holder is None:
                continue
            ppr = holder if holder.tag == f"{W}pPr" else holder.find(f"{W}pPr")
            num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
            if num_pr is not None and _val(num_pr, "numId") is not None:
                return _val(num_pr, "numId"), int(_val(num_pr, "ilvl") or 0)
        return None
