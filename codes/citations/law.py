"""The data objects of the law registry: a `Law` and a `Mention` of one in a text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Law:
    """A national regulation (BWB), or EU law when `scope` is "eu"."""

    name: str
    bwb: str | None
    kind: str = "wet"
    scope: str = "national"
    names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    repealed_on: str | None = None
    successor: str | None = None
    in_force_from: str | None = None
    article_map: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    book_title: str | None = None  # "Burgerlijk Wetboek Boek {}": the book follows the article
    note: str | None = None
    celex: str | None = None  # EU law: its CELEX number, for the EUR-Lex link (it has no BWB id)

    @property
    def national(self) -> bool:
        return self.scope == "national"

    @property
    def reference_kind(self) -> str:
        """The `kind` of a reference to it: "law" for national law, else its scope."""
        return "law" if self.national else self.scope


@dataclass(frozen=True, slots=True)
class Mention:
    """A law named in a text: `text[start:end]` is the name as written."""

    start: int
    end: int
    law: Law
    via: str  # "name" or "abbreviation"
