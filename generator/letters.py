"""Letters and documents a protocol prescribes, as Word (docxtpl) or Markdown.

`prepare` checks a case against the letter's requirements and builds the context:
one passage per required element, the enclosures, the computed deadlines, and for
an onderzoeksopdracht the normative framework (the gemeente's own provisions on
the alleged conduct, chosen by topic, and the statutory norms with links). No file
is written while a field is missing: `MissingFields` names every one of them.
Values are inserted as text (generator/text.py): control characters cannot change
the layout, docxtpl escapes values for Word XML, Markdown gets them escaped as
literal text, and a value is never evaluated as a template. The Word letter is
written by `letter_docx` on the house style; the recipient's address lines and
salutation come from `salutation`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from codes.dates import dutch_date
from codes.errors import InputError
from codes.resources import template_path

from .besturen import BESTUREN, Bestuur, bestuur, derive, refuse_ambtenaar
from .cases import nest
from .framework import Norm, Provision, code_title, normative_framework
from .letter_docx import render_docx, to_pdf
from .requirements import Requirements, letters, requirements
from .salutation import Addressee, address_lines, addressee, normal_aanhef
from .text import markdown_text, plain_text
from .werkdagen import add_werkdagen

__all__ = ["MissingFields", "Prepared", "prepare", "render_docx", "render_markdown", "to_pdf"]
#: The people of a case who can receive a letter or be named in one.
PEOPLE = ("betrokkene", "melder", "onderzoeker")


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
    framework: tuple[list[Provision], list[Norm]]  # normative_framework, computed once


def datum(value: date | None) -> str:
    if value is None:
        raise InputError("a date the letter needs is missing")
    return dutch_date(value)


def werkdagen(value: date, count: int) -> date:
    return add_werkdagen(value, count)


def opsomming(items: list[str]) -> str:
    """'a, b en c': a list as Dutch running text."""
    items = [str(item) for item in items]
    return " en ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def zonder_punt(text: str) -> str:
    """A value that ends a sentence of the letter's own: its final full stop dropped."""
    return str(text).rstrip().rstrip(".")


def _environment():
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    environment.filters["datum"] = datum
    environment.filters["werkdagen"] = werkdagen
    environment.filters["opsomming"] = opsomming
    environment.filters["zonder_punt"] = zonder_punt
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
        case["gedragscode_titel"] = case["gedragscode_titel"] or code_title(code)
        case["protocol_titel"] = case.get("protocol_titel") or _protocol_title(code)
    for role in PEOPLE:  # a wrong aanhef is named before anything else is checked
        normal_aanhef(case.get(f"{role}.aanhef"), f"{role}.aanhef")
    refuse_ambtenaar(case.get("betrokkene.functie"))
    body = letter_body(case, code)
    case["bestuur"] = body.kind
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
    framework = (
        normative_framework(code, case, body.basis(case.get("betrokkene.functie")))
        if letter == "onderzoeksopdracht"
        else ([], [])
    )
    return Prepared(letter, needs, _context(letter, needs, case, framework), case, framework)


def letter_body(case: dict[str, Any], code) -> Bestuur:
    """The kind of body whose protocol and code the letter follows: the case field `bestuur`;
    else the bundled code's organisation type; else what the register of organisations knows
    the name as (`besturen.derive`, as `generate model` does: 'Gelderland' is a provincie,
    'Aa en Maas' a waterschap, 'Utrecht' a gemeente unless the case says bestuur = provincie)."""
    kind = case.get("bestuur")
    if not kind and code is not None and code.metadata.organisation_type in BESTUREN:
        kind = code.metadata.organisation_type
    if not kind:
        kind = derive(str(case["gemeente"]))
    try:
        return bestuur(str(kind).lower())
    except InputError:
        raise InputError(
            f"field 'bestuur' must be one of {', '.join(BESTUREN)}, not '{kind}'"
        ) from None


def _context(
    letter: str,
    needs: Requirements,
    case: dict[str, Any],
    framework: tuple[list[Provision], list[Norm]],
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
    values.setdefault("betrokkene", {})
    values.setdefault("contactpersoon", {})
    people: dict[str, Addressee] = {}
    for role in PEOPLE:
        if isinstance(values.get(role), dict) and values[role].get("naam"):
            people[role] = addressee(values[role], role)
            values[role]["aanduiding"] = people[role].in_text  # "mevrouw A. Jansen"
    values["bron"] = escape(needs.bron)
    naam = code.metadata.organisation if code is not None else case["gemeente"]
    body = bestuur(case["bestuur"])
    gemeente_naam = escape(naam)
    values["gemeente"] = gemeente_naam
    values["organisatie"] = escape(body.organisatie(naam))  # "de provincie Gelderland"

    def render(template: str) -> str:
        return environment.from_string(template).render(**values)

    recipient = values.get(spec["recipient"], {})
    to = people.get(spec["recipient"], Addressee("", None, None))
    sections = [
        {
            "kop": e.heading,
            "tekst": render(e.passage),
            "punten": list(values.get(e.items) or []) if e.items else [],
        }
        for e in needs.elements
        if e.passage
    ]
    quoted, norms = framework
    return {
        **values,
        "titel": spec["title"],
        "onderwerp": spec["onderwerp"],
        "gemeente_naam": escape(body.author(naam)),  # "Gemeente Best", "Provincie Gelderland"
        "datum_tekst": datum(case["datum"]),
        "kenmerk": values.get("kenmerk"),
        "vertrouwelijk": spec.get("vertrouwelijk"),
        # In small type above the address in the window; None leaves the line out.
        "retouradres": values.get("afzender", {}).get("retouradres"),
        "ontvanger": recipient,
        "ontvanger_naamregel": to.name_line,
        "ontvanger_adresregels": address_lines(recipient),
        "aanhef": to.salutation,
        "intro": render(spec["intro"]),
        "secties": sections,
        "passages": [section["tekst"] for section in sections],
        "closing": render(spec["closing"]),
        "bijlagen": [render(e.enclosure) for e in needs.elements if e.enclosure],
        "vereisten": [
            {"onderdeel": e.name, "bron": e.source, "quote": e.quote} for e in needs.elements
        ],
        # Links come from our own law registry, never from a user.
        "normatief_kader": [
            {
                "kop": escape(item.heading),
                "citaat": escape(item.citation),
                "tekst": escape(item.text),
            }
            for item in quoted
        ],
        "wettelijke_normen": [{"label": escape(norm.label), "url": norm.url} for norm in norms],
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


def file_name(letter: str, case: dict[str, Any], suffix: str, row: int | None = None) -> str:
    """'kennisgeving-2026-042-2026-11-24.docx': the letter, its kenmerk and its date.

    Never a person's name: a folder listing or an e-mail attachment must not tell who
    an integrity case is about. `row` (a batch's CSV row) keeps names apart.
    """
    kenmerk = re.sub(r"[^a-z0-9]+", "-", str(case.get("kenmerk") or "").lower()).strip("-")[:40]
    day = case["datum"].isoformat() if case.get("datum") else "zonder-datum"
    parts = [letter, kenmerk, day, f"rij-{row}" if row is not None else ""]
    return "-".join(p for p in parts if p) + suffix


def batch_file_names(letter: str, cases: list[dict[str, Any]], suffix: str) -> list[str]:
    """One name per case; the CSV row number (2 for the first case) is added to names that
    would otherwise be the same (no kenmerk, or the same kenmerk and date twice)."""
    plain = [file_name(letter, case, suffix) for case in cases]
    count = Counter(plain)
    return [
        name if count[name] == 1 else file_name(letter, case, suffix, row=number)
        for number, (name, case) in enumerate(zip(plain, cases, strict=True), start=2)
    ]
