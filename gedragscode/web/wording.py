"""Dutch words for the library's ids (`data/labels.toml`), as Jinja filters and lookups."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "labels.toml"


@cache
def labels() -> dict:
    from compare.labels import dutch_words

    with DATA.open("rb") as handle:
        return {**dutch_words(), **tomllib.load(handle)}


def word(table: str, key: str | None) -> str:
    if key is None:
        return ""
    return labels().get(table, {}).get(key, key)


def install(app) -> None:
    for table in ("norms", "units", "status", "severity"):
        app.jinja_env.filters[f"nl_{table}"] = lambda key, table=table: word(table, key)
