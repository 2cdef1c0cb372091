"""Case files: what a griffier knows about one case, validated before any letter is written.

A case is TOML, YAML or JSON (or one row of a CSV for batch generation). Fields are
described in `data/case_fields.toml`; nested tables ("betrokkene": {"naam": ...})
become dotted names ("betrokkene.naam"). An unknown field, a wrong type or a date
in the wrong form is an `InputError` naming the field.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from codes.dates import looks_like_date, typed_date
from codes.errors import InputError
from codes.files import read_input

from .text import plain_text

DATA = Path(__file__).parent / "data" / "case_fields.toml"


@cache
def fields() -> dict[str, dict[str, Any]]:
    with DATA.open("rb") as handle:
        return tomllib.load(handle)


#: How deep the fields of a case may be nested ("betrokkene.naam" is 2); deeper is not a case.
MAX_DEPTH = 20
_FORMATS = {".toml": "TOML", ".yaml": "YAML", ".yml": "YAML", ".json": "JSON"}


def load_case(path: str | Path) -> dict[str, Any]:
    """Read and validate a case file; returns flat dotted names -> typed values."""
    source = Path(path)
    data = read_table(
        source, "case file", "write one with 'gedragscode generate KIND --example > case.toml'"
    )
    return validate(flatten(data, where=str(source)), str(source))


def read_table(
    path: str | Path, what: str, hint: str = "check the path", kind: str | None = None
) -> dict[str, Any]:
    """A TOML, YAML or JSON file (by its suffix, or `kind`) that holds named fields.

    Accepts the byte order mark Notepad writes before UTF-8. Anything else that is not
    a table of fields, including nesting deep enough to exhaust the parsers' recursion,
    is an `InputError` naming the file.
    """
    source = Path(path)
    raw = read_input(source, what, hint)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not UTF-8 text (byte {error.start}); save the {what} as UTF-8"
        ) from None
    kind = kind or _FORMATS.get(source.suffix.lower())
    if kind is None:
        raise InputError(
            f"{source}: unknown {what} type '{source.suffix}'; use .toml, .yaml or .json"
        )
    try:
        data = _parse(kind, text)
    except RecursionError:
        raise _too_deep(source, what) from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{source}: not valid {kind}: {error}") from None
    except Exception as error:  # yaml.YAMLError and friends
        if type(error).__module__.startswith("yaml"):
            raise InputError(f"{source}: not valid YAML: {str(error).splitlines()[0]}") from None
        raise
    if not isinstance(data, dict):
        raise InputError(
            f"{source}: a {what} holds named fields (a table), not a {type(data).__name__}"
        )
    return data


def _parse(kind: str, text: str) -> Any:
    if kind == "TOML":
        return tomllib.loads(text)
    if kind == "JSON":
        return json.loads(text)
    import yaml

    return yaml.safe_load(text)


def _too_deep(source: object, what: str) -> InputError:
    return InputError(
        f"{source}: nested too deeply to be a {what}; it holds fields such as "
        "'gemeente' and tables such as [betrokkene] (see 'gedragscode generate KIND --example')"
    )


def flatten(data: dict[str, Any], prefix: str = "", where: str = "case") -> dict[str, Any]:
    """Nested tables as dotted names; without recursion, so no depth can crash it."""
    flat: dict[str, Any] = {}
    stack = [(prefix, data, 0)]
    while stack:
        name_prefix, table, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(where, "case file")
        for key, value in table.items():
            name = f"{name_prefix}{key}"
            if isinstance(value, dict):
                stack.append((name + ".", value, depth + 1))
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
        day = typed_date(str(value))
        if day is None:
            raise InputError(
                f"{where}: field '{name}' must be a date as dd-mm-jjjj (24-11-2026) "
                f"or jjjj-mm-dd, not '{value}'"
            )
        return day
    if kind == "list":
        if isinstance(value, str):
            return [item.strip() for item in plain_text(value).split(";") if item.strip()]
        if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
            return [plain_text(str(item)) for item in value]
        raise InputError(f"{where}: field '{name}' must be a list of texts")
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise InputError(f"{where}: field '{name}' must be true or false")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return _checked(name, plain_text(str(value)).strip(), where)
    raise InputError(f"{where}: field '{name}' must be text, not {type(value).__name__}")


class FieldError(InputError):
    """A text field whose value is not of its form (`check` in case_fields.toml); `dutch`
    says so to a person at a form or a prompt."""

    def __init__(self, message: str, field: str, dutch: str):
        super().__init__(message)
        self.field = field
        self.dutch = dutch


def _checked(name: str, text: str, where: str) -> str | None:
    """`text` as the letter shows it, after the field's check (data/case_fields.toml)."""
    from .field_checks import CHECKS

    check = CHECKS.get(fields()[name].get("check", ""))
    if check is None or not text:
        return text or None
    clean = check.clean(text)
    if clean is None:
        raise FieldError(
            f"{where}: field '{name}' must be {check.english}, not '{text}'", name, check.dutch
        )
    return clean


def question(name: str) -> str:
    """The Dutch question for a missing field: its label, and the form a date or list takes."""
    spec = fields()[name]
    hint = {"date": " (dd-mm-jjjj)", "list": " (gescheiden door ;)", "bool": " (ja/nee)"}
    return spec.get("label", name) + hint.get(spec["type"], "")


def answer(name: str, text: str) -> Any:
    """The typed value of what a person typed for field `name`; an `InputError` with the
    reason in Dutch (for asking again) when it cannot be that field's value."""
    kind = fields()[name]["type"]
    text = text.strip()
    if not text:
        raise InputError("Vul een waarde in.")
    if kind == "date":
        day = typed_date(text)
        if day is not None:
            return day
        if looks_like_date(text):
            raise InputError(f"'{text}' bestaat niet in de kalender; kijk dag en maand na.")
        raise InputError(f"'{text}' is geen datum; typ dag-maand-jaar, bijvoorbeeld 24-11-2026.")
    if kind == "bool":
        choice = {"ja": True, "j": True, "nee": False, "n": False}.get(text.lower())
        if choice is None:
            raise InputError("Typ ja of nee.")
        return choice
    if kind == "list":
        items = [item.strip() for item in plain_text(text).split(";") if item.strip()]
        if not items:
            raise InputError("Typ een of meer waarden, gescheiden door ;.")
        return items
    try:
        return _checked(name, plain_text(text).strip(), "answer")
    except FieldError as error:
        raise InputError(error.dutch) from None


def load_batch(path: str | Path) -> list[dict[str, Any]]:
    """One validated case per row of a CSV with dotted column names.

    Read with the csv module on the whole text, so that a line break inside a quoted
    cell stays in the cell and nothing but a real line end (\n, \r) ends a row. The
    separator (comma, semicolon as Dutch Excel writes, or tab) is detected, and text
    that is not UTF-8 is read as Windows-1252, Excel's other way of saving a CSV.
    """
    source = Path(path)
    raw = read_input(source, "CSV file", empty_hint="the first line names the fields")
    text = _decode_csv(raw, source)
    # "sep=;" on a line of its own: Excel's way of naming the separator, written by exports
    # made to be opened in Excel; it is not the header.
    declared = _DECLARED_SEPARATOR.match(text)
    if declared:
        text = text[declared.end() :]
    delimiter = declared.group(1) if declared else _delimiter(text)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as error:  # a NUL byte, a cell beyond the csv module's size limit
        raise InputError(
            f"{source}: not a readable CSV (line {reader.line_num}: {error}); "
            "save it from a spreadsheet as CSV"
        ) from None
    if not rows:
        raise InputError(
            f"{source}: no rows; the first line names the fields, one case per following line"
        )
    return [
        validate({k: v for k, v in row.items() if k}, f"{source} row {i + 2 + bool(declared)}")
        for i, row in enumerate(rows)
    ]


_UTF8_LETTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf](?![\x80-\xbf])|[\xe0-\xef][\x80-\xbf]{2}(?![\x80-\xbf])"
    rb"|[\xf0-\xf4][\x80-\xbf]{3}(?![\x80-\xbf])"
)


_DECLARED_SEPARATOR = re.compile(r"(?i)sep=([,;\t|])[ \t]*\r?\n")


def _decode_csv(raw: bytes, source: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # Whole UTF-8 letters next to a bad byte: a damaged UTF-8 file, not a Windows-1252
        # one. Only complete sequences count: "Zoë’s" in Windows-1252 is \xeb\x92s, the
        # start of a three-byte letter that never ends.
        if _UTF8_LETTER.search(raw):
            raise InputError(
                f"{source}: not valid UTF-8 (byte {error.start}); save the CSV as UTF-8"
            ) from None
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            f"{source}: neither UTF-8 nor Windows-1252 text; save the CSV as UTF-8"
        ) from None


def _delimiter(text: str) -> str:
    """The separator of the cells: the sniffer's choice, if the header line has it."""
    header = text.split("\n", 1)[0]
    sample = text[:65536].rpartition("\n")[0] or text[:65536]  # whole lines only
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        sniffed = None
    if sniffed is not None and sniffed in header:
        return sniffed
    # The field names hold no separators, so the header line alone decides.
    return max(",;\t", key=header.count)


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
