"""Check Word templates before use: the house style's promises and docxtpl's tags.

A gemeente replaces templates/huisstijl.docx or the letter templates with its own; a
template that silently drops what a letter must contain, or prints on US Letter in
English, is a defect the griffier should hear about before the first letter. Checked:

- Jinja tags split across runs (Word splits text into runs when a user restyles part
  of it or spell-checks it: "{{ betrok" + "kene.naam }}" breaks on the next edit);
  unknown variables (names no letter context provides) and syntax errors;
- missing placeholders: the context names a letter template must use
  (house_style.PLACEHOLDERS; a template without any tag is a house style, not a letter);
- missing styles (house_style.STYLES, by their name in Word), a page that is not A4,
  a language other than nl-NL, and no page number field (PAGE, NUMPAGES) in a footer.

Each problem is one `Problem`, reported by the command as one line.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from codes.errors import InputError

from . import house_style
from .cases import fields

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml$")
#: Names every letter context provides besides the case fields (see letters._context).
CONTEXT = {
    "titel",
    "onderwerp",
    "gemeente_naam",
    "datum_tekst",
    "kenmerk",
    "vertrouwelijk",
    "retouradres",
    "ontvanger",
    "ontvanger_naamregel",
    "ontvanger_adresregels",
    "aanhef",
    "intro",
    "secties",
    "passages",
    "closing",
    "bijlagen",
    "vereisten",
    "normatief_kader",
    "wettelijke_normen",
    "bron",
    "gemeente",
    "loop",
}


@dataclass(frozen=True)
class Problem:
    template: str
    paragraph: int  # 1-based in the part, 0 for the template as a whole
    kind: str  # split-tag, unknown-variable, syntax, missing-placeholder, missing-style, page-size, language, page-numbers
    detail: str


def check(path: str | Path) -> list[Problem]:
    source = Path(path)
    parts = _parts(source)
    problems: list[Problem] = []
    texts: list[str] = []
    for name, root in parts.items():
        if _PARTS.match(name):
            texts += _split_tags(source.name, name, root, problems)
    problems += _variables(source, texts)
    problems += _house_style(source.name, parts)
    return problems


def _parts(source: Path) -> dict:
    from lxml import etree

    from codes.files import read_input
    from codes.safety import check_docx, max_size, xml_parser

    data = read_input(source, "Word template", "give the path of a .docx template")
    limit = max_size()
    check_docx(data, str(source), limit)  # bounded, every XML part well-formed

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if _PARTS.match(n) or n == "word/styles.xml"]
            if "word/document.xml" not in names:
                raise KeyError("word/document.xml")
            return {n: etree.fromstring(archive.read(n), xml_parser()) for n in names}
    except (zipfile.BadZipFile, KeyError):
        raise InputError(f"{source}: not a Word .docx template") from None


def _split_tags(template: str, part: str, root, problems: list[Problem]) -> list[str]:
    texts = []
    where = "" if part == "word/document.xml" else f" (in {part[5:-4]})"
    for number, paragraph in enumerate(root.iter(f"{_W}p"), start=1):
        runs = [
            "".join(t.text or "" for t in run.iter(f"{_W}t")) for run in paragraph.iter(f"{_W}r")
        ]
        joined = "".join(runs)
        texts.append(joined)
        boundaries, position = set(), 0
        for run in runs[:-1]:
            position += len(run)
            boundaries.add(position)
        for tag in _TAG.finditer(joined):
            if any(tag.start() < b < tag.end() for b in boundaries):
                problems.append(
                    Problem(
                        template,
                        number,
                        "split-tag",
                        f"{tag.group()} is split across Word runs{where}; retype it in one go",
                    )
                )
    return texts


def _variables(source: Path, texts: list[str]) -> list[Problem]:
    from jinja2 import Environment, TemplateSyntaxError, meta

    # docxtpl's own tag forms ({%p ...%}, {{r ...}}) are plain Jinja once the letter is dropped.
    document = re.sub(r"\{%\s*(p|tr|tc|r)\s", "{% ", "\n".join(texts))
    document = re.sub(r"\{\{\s*r\s", "{{ ", document)
    if not _TAG.search(document):
        return []  # a house style: no letter in it
    try:
        names = meta.find_undeclared_variables(Environment().parse(document))
    except TemplateSyntaxError as error:
        return [Problem(source.name, 0, "syntax", f"line {error.lineno}: {error.message}")]
    known = CONTEXT | {name.split(".")[0] for name in fields()}
    problems = [
        Problem(source.name, 0, "unknown-variable", f"'{name}' is not a field of any letter")
        for name in sorted(names - known)
    ]
    kind = "onderzoeksopdracht" if source.stem == "onderzoeksopdracht" else "brief"
    for name in house_style.PLACEHOLDERS[kind]:
        if name not in names:
            problems.append(
                Problem(
                    source.name,
                    0,
                    "missing-placeholder",
                    f"'{{{{ {name} }}}}' is not used: a {kind} template must show it",
                )
            )
    return problems


def _house_style(template: str, parts: dict) -> list[Problem]:
    problems: list[Problem] = []

    def problem(kind: str, detail: str) -> None:
        problems.append(Problem(template, 0, kind, detail))

    styles = parts.get("word/styles.xml")
    defined = {}
    if styles is not None:
        for style in styles.iter(f"{_W}style"):
            name = style.find(f"{_W}name")
            if name is not None:
                # Word writes built-in names in lower case ("heading 1"); the UI shows "Heading 1".
                defined[name.get(f"{_W}val", "").lower()] = style.get(f"{_W}type")
    for wanted in house_style.STYLES:
        if defined.get(wanted.name.lower()) != wanted.kind:
            problem("missing-style", f"no {wanted.kind} style '{wanted.name}' ({wanted.purpose})")

    for size in parts["word/document.xml"].iter(f"{_W}pgSz"):
        width, height = (int(size.get(f"{_W}{a}", "0")) for a in ("w", "h"))
        if any(
            abs(v - a4) > house_style.A4_TOLERANCE
            for v, a4 in zip((width, height), house_style.A4, strict=True)
        ):
            problem(
                "page-size",
                f"the page is {width / 56.693:.0f} x {height / 56.693:.0f} mm, not A4 (210 x 297 mm)",
            )

    default = (
        None if styles is None else styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
    )
    if default is None or default.get(f"{_W}val") != house_style.LANGUAGE:
        found = "none" if default is None else default.get(f"{_W}val")
        problem("language", f"the default language is {found}, not {house_style.LANGUAGE}")
    others = set()
    for name, root in parts.items():
        for lang in root.iter(f"{_W}lang"):
            value = lang.get(f"{_W}val")
            if value and value != house_style.LANGUAGE and lang is not default:
                others.add((value, "styles" if name == "word/styles.xml" else name[5:-4]))
    for value, where in sorted(others):
        problem(
            "language", f"text in {where} is marked as language {value}, not {house_style.LANGUAGE}"
        )

    instructions = " ".join(
        " ".join(
            [f.get(f"{_W}instr", "") for f in root.iter(f"{_W}fldSimple")]
            + [t.text or "" for t in root.iter(f"{_W}instrText")]
        )
        for name, root in parts.items()
        if "footer" in name or "header" in name
    ).split()
    for field, what in (("PAGE", "the page number"), ("NUMPAGES", "the number of pages")):
        if field not in instructions:
            problem("page-numbers", f"no {field} field ({what}) in a footer or header")
    return problems
