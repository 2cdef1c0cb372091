"""Job 4, write a letter: choose the gemeente and the letter; a form with the fields its
protocol requires (`generator.requirements.requirements`) and those it can use besides
(`optional_fields`: how to address each person, the recipient's address, kenmerk,
retouradres and contact person), typed and checked by the case-field definitions
(`generator.cases.fields`, `validate`), the required elements ticked off; the Word
letter from `generator.letters.prepare` and `render_docx`, as on the command line.

Nothing is written while a field is missing: `prepare` raises `MissingFields` first,
and the file goes only into the app's private folder.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, redirect, render_template, request, url_for

from codes.errors import InputError

from . import messages, sources

blueprint = Blueprint("letter", __name__, url_prefix="/brief")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REQUIRED = "Vul dit veld in: de brief kan niet zonder."
#: Text fields whose example is longer than this get a text area.
_LONG = 60


#: The optional fields shown together under their own heading: the sender's details.
SENDER = "afzender"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    kind: str  # text, date, list, bool (generator/data/case_fields.toml)
    long: bool
    example: str
    # Fixed values: check boxes for a list field (onderwerpen), radio buttons for text (aanhef).
    choices: tuple[tuple[str, str], ...] = ()
    optional: bool = False  # the letter leaves out what it would show; no error when empty
    group: str = ""  # SENDER: under the heading for kenmerk, retouradres and contact person


@dataclass(frozen=True, slots=True)
class ElementRow:
    name: str
    source: str  # "protocol" or "model"
    quote: str | None
    fields: tuple[str, ...]  # the form fields it needs; ticked when all are filled in
    done: bool


def _letters() -> dict[str, str]:
    from generator.requirements import letters

    return {kind: spec["title"] for kind, spec in letters().items()}


def _gemeenten() -> list[tuple[str, str]]:
    from codes.corpus import catalog

    return [(e.name, e.organisation) for e in catalog()]


@blueprint.get("/")
def choose():
    gemeente = (request.args.get("andere") or request.args.get("gemeente") or "").strip()
    kind = request.args.get("brief", "")
    errors = {}
    if request.args:
        if not gemeente:
            errors["gemeente"] = "Kies een gemeente of vul de naam van een andere gemeente in."
        if kind not in _letters():
            errors["brief"] = "Kies een brief."
        if not errors:
            return redirect(url_for("letter.form", kind=kind, gemeente=gemeente))
    page = render_template(
        "letter_choose.html", gemeenten=_gemeenten(), letters=_letters(), errors=errors
    )
    return page, 400 if errors else 200


@blueprint.get("/<kind>")
def form(kind: str):
    needs, gemeente = _needs(kind)
    fields = _fields(needs, ())
    return _page(kind, gemeente, needs, fields, {}, {}, {}, 200)


@blueprint.post("/<kind>")
def write(kind: str):
    from generator.letters import MissingFields, file_name, missing_fields, prepare, render_docx

    needs, gemeente = _needs(kind)
    extra = tuple(request.form.getlist("extra"))
    fields = _fields(needs, extra)
    case, errors, raw = _read(fields, gemeente)
    for name in missing_fields(kind, case):
        errors.setdefault(name, REQUIRED)
    general = None
    prepared = None
    if not errors:
        try:
            prepared = prepare(kind, case)
        except MissingFields as missing:
            # Fields the case turned out to need (an onderwerp when the description names
            # none): ask for them in the same form.
            fields = _fields(needs, extra + tuple(missing.missing))
            errors.update((name, REQUIRED) for name in missing.missing)
        except InputError as error:
            field, dutch = messages.field_error(str(error))
            if field in {f.name for f in fields}:
                errors[field] = dutch
            else:
                general = dutch
    if prepared is None:
        return _page(kind, gemeente, needs, fields, raw, case, errors, 400, general)
    contents = tuple((e["onderdeel"], e["bron"], e["quote"]) for e in prepared.context["vereisten"])
    stored = sources.workspace().add_file(
        file_name(kind, case, ".docx"), render_docx(prepared), DOCX, contents
    )
    return redirect(url_for("files.ready", file_id=stored.id, soort="brief"), 303)


def _needs(kind: str):
    from generator.requirements import requirements

    if kind not in _letters():
        raise messages.UserError("Deze brief bestaat niet. Kies een brief uit de lijst.")
    gemeente = (request.values.get("gemeente") or "").strip()
    if not gemeente:
        raise messages.UserError("Kies eerst een gemeente.")
    return requirements(kind, gemeente), gemeente


def _fields(needs, extra: tuple[str, ...]) -> list[Field]:
    from generator.cases import fields as definitions
    from generator.requirements import OPTIONAL, optional_fields

    known = definitions()
    # The topics are asked when the description names none (MissingFields, `extra`).
    optional = [n for n in optional_fields(needs) if n != "onderwerpen"]
    names = _ordered([n for n in needs.fields if n != "gemeente"], optional, OPTIONAL)
    names += [n for n in dict.fromkeys(extra) if n in known and n not in names]
    result = []
    for name in names:
        spec = known[name]
        example = spec.get("example", "")
        example = "; ".join(example) if isinstance(example, list) else str(example)
        if name == "onderwerpen":
            choices = _topics()
        else:
            choices = tuple((choice, choice) for choice in spec.get("choices", ()))
        result.append(
            Field(
                name,
                spec.get("label", spec["description"]),
                spec["type"],
                spec["type"] == "list" or len(example) > _LONG,
                example,
                choices,
                name in optional,
                SENDER if name in OPTIONAL else "",
            )
        )
    return result


def _ordered(required: list[str], optional: list[str], sender: tuple[str, ...]) -> list[str]:
    """The form's order: a person's own optional fields (aanhef, achternaam, adres) right
    after that person's last required field, the letter's own optional fields after the
    required ones, the sender's details (`sender`) last."""
    names = list(required)
    for name in optional:
        if name in sender:
            continue
        person = name.split(".")[0] + "."
        same = [i for i, n in enumerate(names) if "." in name and n.startswith(person)]
        names.insert(same[-1] + 1 if same else len(names), name)
    return names + [n for n in optional if n in sender]


def _topics() -> tuple[tuple[str, str], ...]:
    from compare.topics import classifier

    return tuple((t.id, t.name) for t in classifier().topics)


def _read(fields: list[Field], gemeente: str):
    """The form's values, typed by the case-field definitions; a Dutch error per bad field."""
    from generator.cases import validate

    case: dict[str, object] = {"gemeente": gemeente}
    errors: dict[str, str] = {}
    raw: dict[str, object] = {}
    for field in fields:
        if field.choices and field.kind == "list":
            value: object = request.form.getlist(field.name)
        elif field.kind == "list":
            text = request.form.get(field.name, "")
            value = [line.strip() for line in text.splitlines() if line.strip()]
        else:
            value = request.form.get(field.name, "").strip()
        raw[field.name] = value
        try:
            typed = validate({field.name: value}, "formulier")[field.name]
        except InputError as error:
            # A value of the wrong form (an e-mail address, an aanhef) says so in Dutch itself.
            errors[field.name] = (
                getattr(error, "dutch", None) or messages.field_error(str(error))[1]
            )
            continue
        if typed not in (None, "", []):
            case[field.name] = typed
    return case, errors, raw


def _elements(needs, fields: list[Field], case: dict) -> list[ElementRow]:
    shown = {f.name for f in fields}
    rows = []
    for element in needs.elements:
        needed = [f for f in element.fields if f in shown]
        if element.enclosure and element.enclosure.strip("{} ") in shown:
            needed.append(element.enclosure.strip("{} "))
        done = all(case.get(f) not in (None, "", []) for f in needed)
        rows.append(ElementRow(element.name, element.source, element.quote, tuple(needed), done))
    return rows


def _page(kind, gemeente, needs, fields, raw, case, errors, status, general=None):
    from generator.requirements import MODEL

    code = needs.code
    page = render_template(
        "letter_form.html",
        kind=kind,
        title=_letters()[kind],
        gemeente=gemeente,
        gemeente_naam=code.metadata.organisation if code is not None else gemeente,
        bron=needs.bron,
        modelprotocol=needs.bron == MODEL,
        fields=fields,
        extra=[f.name for f in fields if f.name not in needs.fields and not f.optional],
        elements=_elements(needs, fields, case),
        values=raw,
        errors=errors,
        general=general,
    )
    return page, status
