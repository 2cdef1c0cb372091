"""Job 3, draft a model code: the options of `gedragscode generate model` as a form, each
with the values the corpus gemeenten chose (read by `compare.norms.extract`); the Word
file from `generator.model_code.build_all`, `add_equivalents` and `model_writer.to_docx`.
"alle" gives two codes (raad, college), offered together as one zip file. The kind of body
(gemeente, provincie, waterschap) is chosen or, left open, derived from the name by
`build_all` itself, as `generate model` does without --bestuur.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from flask import Blueprint, redirect, render_template, request, url_for

from codes.errors import InputError

from . import messages, sources, wording

blueprint = Blueprint("model", __name__, url_prefix="/modelcode")

VOOR = (
    (
        "raad",
        "de raad (raadsleden; bij een provincie de statenleden, bij een waterschap de leden "
        "van het algemeen bestuur)",
    ),
    (
        "college",
        "het college (burgemeester en wethouders; bij een provincie de commissaris van de "
        "Koning en de gedeputeerden, bij een waterschap de voorzitter en het dagelijks bestuur)",
    ),
    ("alle", "beide: een code voor de raad en een voor het college (zip-bestand)"),
)
#: The kinds of body; "" leaves it to the name (the register of organisations), as the CLI.
BESTUUR = (
    (
        "",
        "volgt uit de naam (Gelderland is een provincie, Aa en Maas een waterschap; "
        "anders een gemeente)",
    ),
    ("gemeente", "gemeente (Gemeentewet)"),
    ("provincie", "provincie (Provinciewet)"),
    ("waterschap", "waterschap (Waterschapswet)"),
)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ZIP = "application/zip"


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    label: str
    kind: str  # number, text, date, bool
    default: object
    chosen_elsewhere: tuple[tuple[str, str], ...]  # (gemeente, value) in the corpus
    # (provincie, value), (waterschap, value): where that body's default differs
    other_defaults: tuple[tuple[str, str], ...] = ()


@cache
def _corpus_norms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per norm variable, the value each bundled code states (not the 'not regulated' ones)."""
    from codes.corpus import catalog
    from compare.norms import FOUND, extract

    found: dict[str, list[tuple[str, str]]] = {}
    for entry in catalog():
        code = sources.bundled_code(entry.name)
        for value in extract(code):
            if value.status == FOUND and value.value:
                found.setdefault(value.variable, []).append((entry.organisation, value.value))
    return {variable: tuple(pairs) for variable, pairs in found.items()}


def options() -> list[Option]:
    from generator.besturen import besturen
    from generator.model_code import DEFAULTS

    elsewhere = _corpus_norms()
    return [
        Option(
            spec["name"],
            spec["label"],
            spec["kind"],
            DEFAULTS.get(spec["name"]),
            elsewhere.get(spec.get("norm", ""), ()),
            tuple(
                (kind, body.defaults[spec["name"]])
                for kind, body in besturen().items()
                if body.defaults.get(spec["name"], DEFAULTS.get(spec["name"]))
                != DEFAULTS.get(spec["name"])
            ),
        )
        for spec in wording.labels()["model"]
        if spec["name"] in DEFAULTS  # an option the generator no longer has is not offered
    ]


@blueprint.get("/")
def form():
    return _page({}, {}, 200)


def _page(values, errors: dict[str, str], status: int):
    page = render_template(
        "model.html", options=options(), voor=VOOR, bestuur=BESTUUR, values=values, errors=errors
    )
    return page, status


@blueprint.post("/")
def generate():
    from generator.model_code import add_equivalents, build_all
    from generator.model_writer import file_name, to_docx

    values = request.form
    errors: dict[str, str] = {}
    gemeente = values.get("gemeente", "").strip()
    voor = values.get("voor", "")
    bestuur = values.get("bestuur", "")
    if not gemeente:
        errors["gemeente"] = "Vul de naam van de gemeente in."
    if voor not in dict(VOOR):
        errors["voor"] = "Kies voor wie de code geldt."
    if bestuur not in dict(BESTUUR):
        errors["bestuur"] = "Kies gemeente, provincie of waterschap, of laat het aan de naam over."
    chosen = _read_options(values, errors)
    codes = []
    if not errors:
        try:
            codes = build_all(gemeente, voor, chosen, bestuur or None)
        except InputError as error:
            field, dutch = messages.model_error(str(error))
            errors[field or "algemeen"] = dutch
    if not codes:
        return _page(values, errors, 400)
    files = []
    for code in codes:
        if values.get("equivalents"):
            add_equivalents(code)
        files.append((file_name(code), to_docx(code)))
    if len(files) == 1:
        stored = sources.workspace().add_file(*files[0], DOCX)
    else:
        slug = re.sub(r"[^a-z0-9]+", "-", gemeente.lower()).strip("-") or codes[0].bestuur
        stored = sources.workspace().add_file(f"gedragscodes-{slug}.zip", _zipped(files), ZIP)
    return redirect(url_for("files.ready", file_id=stored.id, soort="modelcode"), 303)


def _zipped(files: list[tuple[str, bytes]]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


def _read_options(values, errors: dict[str, str]) -> dict[str, object]:
    """Form text to the types `build` takes; an empty field keeps the generator's default."""
    chosen: dict[str, object] = {}
    for option in options():
        raw = values.get(option.name, "").strip()
        if option.kind == "bool":
            chosen[option.name] = bool(values.get(option.name))
        elif not raw:
            continue
        elif option.kind == "number":
            if not raw.isdigit():
                errors[option.name] = "Vul een heel getal in (0 of meer)."
            else:
                chosen[option.name] = int(raw)
        else:
            chosen[option.name] = raw  # `build` checks a date itself
    return chosen
