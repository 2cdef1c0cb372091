"""Check Word templates before use: Jinja tags split across runs, unknown variables.

Word splits text into runs when a user restyles part of it or spell-checks it;
a tag split over runs ("{{ betrok" + "kene.naam }}") still renders in docxtpl only
by luck and breaks on the next edit. Each problem is reported with the paragraph
and the tag; unknown variables are names no letter context provides.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from codes.errors import InputError

from .cases import fields

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Names every letter context provides besides the case fields (see letters.prepare).
CONTEXT = {
    "titel",
    "onderwerp",
    "gemeente_naam",
    "datum_tekst",
    "kenmerk",
    "ontvanger",
    "ontvanger_adresregels",
    "aanhef",
    "intro",
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
    paragraph: int
    kind: str  # split-tag, unknown-variable, syntax
    detail: str


def check(path: str | Path) -> list[Problem]:
    from jinja2 import Environment, TemplateSyntaxError, meta
    from lxml import etree

    source = Path(path)
    try:
        with zipfile.ZipFile(source) as archive:
            xml = archive.read("word/document.xml")
    except (FileNotFoundError, zipfile.BadZipFile, KeyError):
        raise InputError(f"{source}: not a Word .docx template") from None
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    problems: list[Problem] = []
    texts = []
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
                        source.name,
                        number,
                        "split-tag",
                        f"{tag.group()} is split across Word runs; retype it in one go",
                    )
                )
    document = re.sub(r"\{%\s*(p|tr|tc|r)\s", "{% ", "\n".join(texts))
    try:
        names = meta.find_undeclared_variables(Environment().parse(document))
    except TemplateSyntaxError as error:
        problems.append(Problem(source.name, 0, "syntax", f"line {error.lineno}: {error.message}"))
        return problems
    known = CONTEXT | {name.split(".")[0] for name in fields()}
    for name in sorted(names - known):
        problems.append(
            Problem(source.name, 0, "unknown-variable", f"'{name}' is not a field of any letter")
        )
    return problems
