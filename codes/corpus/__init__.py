"""The bundled corpus of real gedragscodes and its catalog."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Entry:
    name: str
    path: Path
    organisation: str
    organisation_type: str
    title: str
    year: int
    applies_to: str
    shape: str
    source_url: str | None = None  # the published text, where it is known for certain


@cache
def catalog() -> tuple[Entry, ...]:
    with (HERE / "catalog.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        Entry(
            e["name"],
            HERE / e["file"],
            e["organisation"],
            e["organisation_type"],
            e["title"],
            e["year"],
            e["applies_to"],
            e["shape"],
            e.get("source_url"),
        )
        for e in data["code"]
    )


def resolve(name_or_path: str) -> Path:
    """A path as given, or the file of a bundled code named like 'best' or 'De Bilt'."""
    path = Path(name_or_path)
    if path.exists():
        return path
    key = name_or_path.lower().replace(" ", "-")
    for entry in catalog():
        if key in (entry.name, entry.organisation.lower().replace(" ", "-")):
            return entry.path
    return path
