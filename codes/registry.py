"""The law registry: names, abbreviations, BWB ids and successors of cited laws.

The data lives in `data/laws.toml`, where a domain expert can correct it
without reading Python. `LawRegistry.match_at` finds the longest law name that
starts at a position of a text; `find_all` lists every mention.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "laws.toml"


@dataclass(frozen=True)
class Law:
    name: str
    bwb: str | None
    kind: str = "wet"
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    repealed_on: str | None = None
    successor: str | None = None
    in_force_from: str | None = None
    article_map: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    note: str | None = None


class LawRegistry:
    def __init__(self, laws: list[Law]):
        self.laws = laws
        self.by_name = {law.name: law for law in laws}
        spellings: list[tuple[str, Law, bool]] = []
        for law in laws:
            spellings.append((law.name, law, False))
            spellings.extend((alias, law, False) for alias in law.aliases)
            spellings.extend((abbr, law, True) for abbr in law.abbreviations)
        # Longest first, so "Wet open overheid" wins over a shorter name inside it.
        spellings.sort(key=lambda s: -len(s[0]))
        self._lookup: dict[str, Law] = {}
        parts = []
        for spelling, law, is_abbreviation in spellings:
            key = spelling.lower() if is_abbreviation else spelling
            self._lookup[key] = law
            escaped = re.escape(spelling)
            parts.append(f"(?i:{escaped})" if is_abbreviation else escaped)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")

    def resolve(self, spelling: str) -> Law | None:
        return self._lookup.get(spelling) or self._lookup.get(spelling.lower())

    def match_at(self, text: str, position: int) -> re.Match[str] | None:
        return self.pattern.match(text, position)

    def find_all(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text))


@cache
def registry() -> LawRegistry:
    with DATA.open("rb") as handle:
        data = tomllib.load(handle)
    laws = [
        Law(
            name=entry["name"],
            bwb=entry.get("bwb") or None,
            kind=entry.get("kind", "wet"),
            aliases=tuple(entry.get("aliases", ())),
            abbreviations=tuple(entry.get("abbreviations", ())),
            repealed_on=entry.get("repealed_on"),
            successor=entry.get("successor"),
            in_force_from=entry.get("in_force_from"),
            article_map=dict(entry.get("article_map", {})),
            note=entry.get("note"),
        )
        for entry in data["law"]
    ]
    return LawRegistry(laws)
