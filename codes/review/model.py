"""The data objects of a review: a `Rule` a user can look up, a `Finding`, and the
`Wording` of its message and suggestion.

A finding holds facts, not sentences: the rule id, where, and the named values its
message needs (a law, a date, an article number). The sentences for each language live
in one data file, `codes/data/review_wording.toml`, so the Dutch report, the Dutch
command line and an English one say the same thing from the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Span

SEVERITIES = ("error", "warning", "info")
LANGUAGES = ("nl", "en")
#: Our users are Dutch griffiers and policy advisors.
DEFAULT_LANGUAGE = "nl"


@dataclass(frozen=True, slots=True)
class Wording:
    """A sentence in no language yet: a key of the wording file and its facts.

    A fact is words as they are (a law's name), a number, a date (written in the
    reader's language) or a wording of its own ("het geciteerde artikel 6.2").
    """

    key: str
    facts: tuple[tuple[str, str | int | date | Wording], ...] = ()

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        from .wording import render

        return render(self, language)


def say(key: str, **facts: str | int | date | Wording) -> Wording:
    """`say("law-repealed.fix", successor="Wet open overheid")`."""
    return Wording(key, tuple(facts.items()))


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule a user can look up (`review --rules`); its words are in the wording file."""

    id: str
    severity: str

    def title(self, language: str = DEFAULT_LANGUAGE) -> str:
        return say(f"{self.id}.title").text(language)

    def explanation(self, language: str = DEFAULT_LANGUAGE) -> str:
        return say(f"{self.id}.explanation").text(language)


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect: which rule, where (node id and source span), the quoted words, what is
    wrong (`problem`) and how to fix it (`fix`), each as facts with a wording key."""

    rule: str
    severity: str
    problem: Wording
    fix: Wording
    node: str
    span: Span
    quote: str
    file: str = ""

    @property
    def message(self) -> str:
        """What is wrong, in Dutch; `problem.text("en")` for English."""
        return self.problem.text()

    @property
    def suggestion(self) -> str:
        """How to fix it, in Dutch; `fix.text("en")` for English."""
        return self.fix.text()

    def facts(self) -> dict[str, str | int | date | Wording]:
        """The named values of the message and the suggestion together."""
        return dict(self.problem.facts) | dict(self.fix.facts)
