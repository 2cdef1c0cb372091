"""Letters and documents a protocol prescribes, as Word (docxtpl) or Markdown.

`prepare` checks a case against the letter's requirements and builds the context:
one passage per required element, the enclosures, the computed deadlines, and for
an onderzoeksopdracht the normative framework (the gemeente's own provisions on
the alleged conduct, chosen by topic, and the statutory norms with links). No file
is written while a field is missing: `MissingFields` names every one of them.
Values are inserted as text (generator/text.py): control characters cannot change
the layout, docxtpl escapes values for Word XML, Markdown gets them escaped as
literal text, and a value is never evaluated as a template.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from codes.dates import dutch_date
from codes.errors import InputError
from codes.resources import template_path

from .cases import nest
from .requirements import Requirements, letters, requirements
from .text import markdown_text, plain_text
from .werkdagen import add_werkdagen

#: The statutory basis of every code: Gemeentewet art. 15 lid 3, 41c lid 2, 69 lid 2.
STATUTORY_BASIS = (
    ("Gemeentewet", "BWBR0005416", "15", 3),
    ("Gemeentewet", "BWBR0005416", "41c", 2),
    ("Gemeentewet", "BWBR0005416", "69", 2),
)


class MissingFields(InputError):
    def __init__(self, letter: str, missing: list[str]):
        self.missing = missing
        super().__init__(
            f"the {letter} needs these fields, which the case does not give: {', '.join(missing)}; "
            "no file was written"
        )


@dataclass(frozen=True)
class Prepared:
    letter: str
    requirements: Requirements
    context: dict[str, Any]  # for Word: docxtpl escapes every value for its XML
    case: dict[str, Any]  # the checked values, for a format that escapes them its own way
    framework: tuple[list[dict], list[dict]]  # normative_framework, computed once


def datum(value: date | None) -> str:
    if value is None:
        raise InputError("a date the letter needs is missing")
    return dutch_date(value)


def werkdagen(value: date, count: int) -> date:
    return add_werkdagen(value, count)


def _environment():
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    environment.filters["datum"] = datum
    environment.filters["werkdagen"] = werkdagen
    return environment


def missing_fields(letter: str, case: dict[str, Any]) -> list[str]:
    needed = requirements(letter, case.get("gemeente") or "model").fields
    return [name for name in needed if case.get(name) in (None, "", [])]


def prepare(letter: str, case: dict[str, Any]) -> Prepared:
    if not case.get("gemeente"):
        raise MissingFields(letter, ["gemeente"])
    needs = requirements(letter, case["gemeente"])
    case = {name: plain_text(value) for name, value in case.items()}
    code = needs.code
    if code is not None:
        case.setdefault("gedragscode_titel", None)
        case["gedragscode_titel"] = (
            case["gedragscode_titel"] or code.metadata.citeertitel or code.metadata.title
        )
        case["protocol_titel"] = case.get("protocol_titel") or _protocol_title(code)
    missing = [name for name in needs.fields if case.get(name) in (None, "", [])]
    for element in needs.elements:
        if element.enclosure:
            variable = element.enclosure.strip("{} ")
            if not case.get(variable) and variable not in missing:
                missing.append(variable)
    if (
        letter == "uitnodiging"
        and case.get("gesprek.gespreksvoerders")
        and len(case["gesprek.gespreksvoerders"]) < 2
    ):
        raise InputError(
            "field 'gesprek.gespreksvoerders' must name at least two people: the protocol requires "
            "that hearings are held by at least two persons; no file was written"
        )
    if letter == "onderzoeksopdracht" and code is not None and not case.get("onderwerpen"):
        from compare.topics import classifier

        if not classifier().score(case.get("gedraging") or "", ""):
            missing.append(
                "onderwerpen"
            )  # the normative framework quotes the provisions on these topics
    if missing:
        raise MissingFields(needs.letter, missing)
    framework = normative_framework(needs, case) if letter == "onderzoeksopdracht" else ([], [])
    return Prepared(letter, needs, _context(letter, needs, case, framework), case, framework)


def _context(
    letter: str,
    needs: Requirements,
    case: dict[str, Any],
    framework: tuple[list[dict], list[dict]],
    escape: Callable[[Any], Any] = plain_text,
) -> dict[str, Any]:
    """What the templates see, with every value from the case or a code passed through `escape`.

    Passages are rendered from the escaped values, so a value can never become markup
    of the output format, while the passages' own words stay as written.
    """
    spec = letters()[letter]
    environment = _environment()
    code = needs.code
    values = nest({k: escape(v) for k, v in case.items() if v not in (None, "", [])})
    values.setdefault("ontbrekend", None)
    values.setdefault("afbakening", None)
    values.setdefault("betrokkene", values.get("betrokkene", {}))
    values["bron"] = escape(needs.bron)
    gemeente_naam = escape(code.metadata.organisation if code is not None else case["gemeente"])
    values["gemeente"] = gemeente_naam

    def render(template: str) -> str:
        return environment.from_string(template).render(**values)

    recipient = values.get(spec["recipient"], {})
    quoted, norms = framework
    return {
        **values,
        "titel": spec["title"],
        "onderwerp": spec["onderwerp"],
        "gemeente_naam": f"Gemeente {gemeente_naam}",
        "datum_tekst": datum(case["datum"]),
        "kenmerk": values.get("kenmerk"),
        "ontvanger": recipient,
        "ontvanger_adresregels": [
            r.strip() for r in (recipient.get("adres") or "").split(",") if r.strip()
        ],
        "aanhef": f"Geachte {recipient.get('naam', '')}".strip(),
        "intro": render(spec["intro"]),
        "passages": [render(e.passage) for e in needs.elements if e.passage],
        "closing": render(spec["closing"]),
        "bijlagen": [render(e.enclosure) for e in needs.elements if e.enclosure],
        "vereisten": [
            {"onderdeel": e.name, "bron": e.source, "quote": e.quote} for e in needs.elements
        ],
        # Node ids and links come from our own parser and registry, not from a user.
        "normatief_kader": [
            {**item, "label": escape(item["label"]), "text": escape(item["text"])}
            for item in quoted
        ],
        "wettelijke_normen": [{**norm, "label": escape(norm["label"])} for norm in norms],
    }


def prepare_interactively(letter: str, case: dict[str, Any], ask=None) -> Prepared:
    """`prepare`, asking `ask(name, description)` for each missing field until the case is complete.

    Without `ask` (scripts, --no-input) a missing field is a `MissingFields` error.
    """
    from .cases import _typed, fields

    case = dict(case)
    while True:
        try:
            return prepare(letter, case)
        except MissingFields as missing:
            if ask is None:
                raise
            for name in missing.missing:
                spec = fields()[name]
                case[name] = _typed(name, ask(name, spec["description"]), spec["type"], "answer")


def _protocol_title(code) -> str:
    from codes import model as m

    for node in code.nodes():
        if (
            node.kind in (m.HOOFDSTUK, m.BIJLAGE)
            and node.title
            and "protocol" in node.title.lower()
        ):
            title = node.title.split(":", 1)[-1].strip()
            return title[:1].upper() + title[1:]
    return f"het integriteitsprotocol van de gemeente {code.metadata.organisation}"


def normative_framework(needs: Requirements, case: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """The gemeente's own provisions on the alleged conduct (by topic) and the statutory norms."""
    from codes.model import Reference, Span
    from compare.provisions import provisions
    from compare.topics import classifier

    code = needs.code
    topics = list(case.get("onderwerpen") or [])
    if not topics:
        topics = [s.topic for s in classifier().score(case.get("gedraging") or "", "")[:2]]
    unknown = [t for t in topics if t not in classifier().by_id]
    if unknown:
        raise InputError(
            f"field 'onderwerpen': unknown topic '{unknown[0]}'; choose from "
            f"{', '.join(classifier().by_id)}"
        )
    quoted, norms = [], []
    if code is not None:
        for item in provisions(code):
            item_topics = {s.topic for s in classifier().score(item.text, item.label)}
            if item_topics & set(topics):
                quoted.append({"label": item.label, "id": item.node, "text": item.text})
                for ref in code.references:
                    if (
                        ref.kind == "law"
                        and ref.url
                        and (ref.node == item.node or ref.node.startswith(item.node + "__"))
                    ):
                        norms.append(ref)
    for law, bwb, article, lid in STATUTORY_BASIS:
        norms.append(
            Reference(
                "law",
                f"artikel {article} lid {lid} {law}",
                Span(0, 0),
                "",
                law=law,
                bwb=bwb,
                article=article,
                lid=lid,
            )
        )
    seen, unique = set(), []
    for ref in norms:
        key = (ref.law, ref.article, ref.lid)
        if key not in seen:
            seen.add(key)
            label = " ".join(
                p
                for p in (
                    f"artikel {ref.article}" if ref.article else "",
                    f"lid {ref.lid}" if ref.lid else "",
                    ref.law,
                )
                if p
            )
            unique.append({"label": label, "url": ref.url})
    return quoted, unique


def render_docx(prepared: Prepared) -> bytes:
    from docxtpl import DocxTemplate

    template = template_path(f"letters/{prepared.letter}.docx")
    if not template.exists():
        template = template_path("letters/brief.docx")
    document = DocxTemplate(str(template))
    document.render(prepared.context, autoescape=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_markdown(prepared: Prepared) -> str:
    from jinja2 import Environment, FileSystemLoader

    environment = Environment(
        loader=FileSystemLoader(str(template_path("letters"))),
        autoescape=False,
        keep_trailing_newline=True,
    )
    context = _context(
        prepared.letter, prepared.requirements, prepared.case, prepared.framework, markdown_text
    )
    return environment.get_template("brief.md.j2").render(**context)


def to_pdf(docx: bytes) -> bytes:
    """The Word file as PDF, converted by LibreOffice when it is installed.

    LibreOffice works in a private temporary folder; the caller writes the result like
    every other file (codes.files), so the PDF gets the same protection as the letter.
    """
    import shutil
    import subprocess
    import tempfile

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise InputError(
            "PDF needs LibreOffice, which is not installed (apt-get install libreoffice-writer)"
        )
    with tempfile.TemporaryDirectory() as folder:  # created owner-only
        source = Path(folder) / "brief.docx"
        source.write_bytes(docx)
        try:
            subprocess.run(
                [office, "--headless", "--convert-to", "pdf", "--outdir", folder, str(source)],
                check=True,
                capture_output=True,
                timeout=180,
            )
            return source.with_suffix(".pdf").read_bytes()
        except (subprocess.SubprocessError, FileNotFoundError) as error:
            raise InputError(f"LibreOffice could not convert the letter to PDF ({error})") from None
