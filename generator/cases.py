"""Case files: what a griffier knows about one case, validated before any letter is written.

A case is TOML, YAML or JSON (or one row of a CSV for batch generation). Fields are
described in `data/case_fields.toml`; nested tables ("betrokkene": {"naam": ...})
become dotted names ("betrokkene.naam"). An unknown field, a wrong type or a date
in the wrong form is an `InputError` naming the field.
"""

from __future__ import annotations

import csv
import json
import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from codes.errors import InputError
from codes.files import read_input

DATA = Path(__file__).parent / "data" / "case_fields.toml"


@cache
def fields() -> dict[str, dict[str, Any]]:
    with DATA.open("rb") as handle:
        return tomllib.load(handle)


def load_case(path: str | Path) -> dict[str, Any]:
    """Read and validate a case file; returns flat dotted names -> typed values."""
    source = Path(path)
    raw = read_input(
        source, "case file", "write one with 'gedragscode generate KIND --example > case.toml'"
    )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not UTF-8 text (byte {error.start}); save the case file as UTF-8"
        ) from None
    suffix = source.suffix.lower()
    try:
        if suffix == ".toml":
            data = tomllib.loads(text)
        elif suffix in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text)
        elif suffix == ".json":
            data = json.loads(text)
        else:
            raise InputError(
                f"{source}: unknown case file type '{suffix}'; use .toml, .yaml or .json"
            )
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{source}: not valid {suffix[1:].upper()}: {error}") from None
    except Exception as error:  # yaml.YAMLError and friends
        if type(error).__module__.startswith("yaml"):
            raise InputError(f"{source}: not valid YAML: {str(error).splitlines()[0]}") from None
        raise
    if not isinstance(data, dict):
        raise InputError(
            f"{source}: a case file holds named fields (a table), not a {type(data).__name__}"
        )
    return validate(flatten(data), str(source))


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def validate(case: dict[str, Any], where: str = "case") -> dict[str, Any]:
    known = fields()
    checked: dict[str, Any] = {}
    for name, value in case.items():
        if name not in known:
            close = [k for k in known if k.split(".")[-1] == name.split(".")[-1]]
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise InputError(
                f"{where}: unknown field '{name}'{hint}; see 'gedragscode generate KIND --example'"
            )
        checked[name] = _typed(name, value, known[name]["type"], where)
    return checked


def _typed(name: str, value: Any, kind: str, where: str) -> Any:
    if value is None or value == "":
        return None
    if kind == "date":
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise InputError(
                f"{where}: field '{name}' must be a date as YYYY-MM-DD, not '{value}'"
            ) from None
    if kind == "list":
        if isinstance(value, str):
            return [item.strip() for item in value.split(";") if item.strip()]
        if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
            return [str(item) for item in value]
        raise InputError(f"{where}: field '{name}' must be a list of texts")
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise InputError(f"{where}: field '{name}' must be true or false")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    raise InputError(f"{where}: field '{name}' must be text, not {type(value).__name__}")


def load_batch(path: str | Path) -> list[dict[str, Any]]:
    """One validated case per row of a CSV with dotted column names."""
    source = Path(path)
    if not source.exists():
        raise InputError(f"{source}: no such CSV file")
    try:
        text = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source}: not UTF-8 text; save the CSV as UTF-8") from None
    rows = list(csv.DictReader(text.splitlines()))
    if not rows:
        raise InputError(
            f"{source}: no rows; the first line names the fields, one case per following line"
        )
    return [
        validate({k: v for k, v in row.items() if k}, f"{source} row {i + 2}")
        for i, row in enumerate(rows)
    ]


def nest(case: dict[str, Any]) -> dict[str, Any]:
    """Dotted names back to nested dictionaries, for templates ({{ betrokkene.naam }})."""
    nested: dict[str, Any] = {}
    for name, value in case.items():
        target = nested
        *parents, leaf = name.split(".")
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    return nested


def example_toml(required: list[str]) -> str:
    """A complete example case file: the fields a letter needs, with example values."""
    known = fields()
    top, tables = [], {}
    for name in required:
        spec = known[name]
        value = _toml_value(spec["example"])
        line = f"{name.split('.')[-1]} = {value}  # {spec['description']}"
        if "." in name:
            tables.setdefault(name.split(".")[0], []).append(line)
        else:
            top.append(line)
    parts = [
        "# Case file: fill in the values, then run 'gedragscode generate KIND case.toml'.",
        *top,
    ]
    for table, lines in tables.items():
        parts += ["", f"[{table}]", *lines]
    return "\n".join(parts) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        return text  # a TOML date
    return json.dumps(text, ensure_ascii=False)
