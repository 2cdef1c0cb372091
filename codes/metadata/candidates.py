"""A metadata value as one rule read it, and the choice between rules that disagree."""

from __future__ import annotations

from dataclasses import dataclass

# How far a rule is trusted, highest first: what the file format states, the
# regelingenbank's labelled table, the regulation's own heading (intitulé, decision
# title, publication header), a sentence that says it (preamble, signature, "wordt
# aangehaald als"), the first title-like line, and a guess from the running text.
FORMAT, LABEL, HEADING, SENTENCE, LINE, GUESS = 6, 5, 4, 3, 2, 1

#: The fields of `Metadata` that rules fill.
FIELDS = (
    "organisation",
    "organisation_type",
    "title",
    "citeertitel",
    "adopted_on",
    "adopted_by",
    "in_force_from",
    "proposal_date",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value for one metadata field, read by `rule` from [start, end) of the source."""

    field: str
    value: str
    start: int
    end: int
    rule: str
    trust: int


def choose(candidates: list[Candidate]) -> tuple[dict[str, Candidate], list[str]]:
    """The most trusted candidate of each field (the first one on a tie), and a warning
    wherever the labelled table and another strong source disagree."""
    best: dict[str, Candidate] = {}
    for candidate in candidates:
        current = best.get(candidate.field)
        if current is None or (candidate.trust, -candidate.start) > (
            current.trust,
            -current.start,
        ):
            best[candidate.field] = candidate
    warnings = []
    for field, winner in best.items():
        if winner.trust < LABEL:
            continue
        rival = next(
            (
                c
                for c in candidates
                if c.field == field
                and c.trust >= SENTENCE
                and c.trust < winner.trust
                and _same(c.value) != _same(winner.value)
            ),
            None,
        )
        if rival is not None:
            warnings.append(
                f"{field}: the {winner.rule} says {winner.value!r} but the {rival.rule} at "
                f"character {rival.start} says {rival.value!r}; the {winner.rule} is kept"
            )
    return best, warnings


def _same(value: str) -> str:
    return " ".join(value.casefold().split()).strip(" .;:")
