"""Accuracy of the norms (`gedragscode norms`) on the development set, against hand-typed truth.

    python -m benchmarks.bench_norms [--json] [--details] [--only REGEX]

`benchmarks/devset/norms/<id>.toml` holds, for every integrity code and protocol of
the development set, the value of each of the ten variables as a careful reader
finds it in the text, or "not regulated" (see the devset README, "Norm truth").
Per variable, a text is one of:

- right: a value found and equal to the truth (a number equal; words equal after
  case and spaces; several values joined by "; " equal as a set);
- wrong: a value found (or "unclear") where the truth holds another value;
- missed: "not regulated" where the truth holds a value;
- spurious: a value found (or "unclear") where the text regulates nothing;
- both not regulated: right, but outside precision and recall.

Precision = right / (right + wrong + spurious); recall = right / (right + wrong +
missed). `--details` lists every error with the quote it was read from and the truth's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import devset_bench
from benchmarks.devset_bench import f1

NOT_REGULATED = "not regulated"


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0
    negatives: int = 0  # both "not regulated"

    def add(self, other: Tally) -> None:
        for name in ("right", "wrong", "missed", "spurious", "negatives"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        found = self.right + self.wrong + self.spurious
        return self.right / found if found else 1.0

    @property
    def recall(self) -> float:
        stated = self.right + self.wrong + self.missed
        return self.right / stated if stated else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass
class Scores:
    variables: dict[str, Tally] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.variables.values():
            total.add(tally)
        return total


def _words(value: object) -> frozenset[str]:
    """A value as the set of its normalized parts ("griffier; gemeentesecretaris")."""
    text = " ".join(str(value).split()).casefold()
    return frozenset(part.strip(" .") for part in text.split(";") if part.strip(" ."))


def same(truth: object, found: str) -> bool:
    if isinstance(truth, (int, float)):
        try:
            return float(found) == float(truth)
        except ValueError:
            return False
    return _words(truth) == _words(found)


def score_document(doc_id: str, text_path: Path, truth: dict, scores: Scores, details: bool):
    from codes import parse_file
    from compare.norms import FOUND, extract

    for value in extract(parse_file(text_path)):
        stated = truth.get(value.variable, {})
        expected = stated.get("value", NOT_REGULATED)
        tally = scores.variables.setdefault(value.variable, Tally())
        found = value.status != NOT_REGULATED
        quote = value.evidence[0].quote if value.evidence else ""
        if expected == NOT_REGULATED:
            if found:
                tally.spurious += 1
                outcome = "spurious"
            else:
                tally.negatives += 1
                continue
        elif not found:
            tally.missed += 1
            outcome = "missed"
        elif value.status == FOUND and same(expected, value.value or ""):
            tally.right += 1
            continue
        else:
            tally.wrong += 1
            outcome = "wrong"
        if details:
            shown = f"{value.value!r} ({value.status})" if found else "not regulated"
            line = f"{doc_id}: {value.variable} {outcome}: {shown}, truth {expected!r}"
            if quote:
                line += f"  «{quote}»"
            if stated.get("quote"):
                line += f"  truth «{stated['quote']}»"
            scores.errors.append(line)


def evaluate(only: str | None = None, details: bool = False) -> tuple[Scores, int]:
    return devset_bench.evaluate("norms", Scores(), score_document, only, details)


def _row(tally: Tally) -> dict[str, object]:
    return {
        "precision": round(tally.precision, 3),
        "recall": round(tally.recall, 3),
        "f1": round(tally.f1, 3),
        "right": tally.right,
        "wrong": tally.wrong,
        "missed": tally.missed,
        "spurious": tally.spurious,
        "not regulated": tally.negatives,
    }


def summary(scores: Scores, count: int) -> dict[str, object]:
    result: dict[str, object] = {"documents": count}
    result["variables"] = {name: _row(tally) for name, tally in scores.variables.items()}
    result["overall"] = _row(scores.overall)
    return result


def render(result: dict[str, object]) -> str:
    head = f"{'variable':<28}{'P':>7}{'R':>7}{'F1':>7}{'right':>7}{'wrong':>7}{'missed':>7}{'spur.':>7}{'n.r.':>6}"
    lines = [f"norms on the development set: {result['documents']} documents", "", head]
    rows = list(result["variables"].items()) + [("overall", result["overall"])]
    for name, row in rows:
        if name == "overall":
            lines.append("")
        lines.append(
            f"{name:<28}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}"
            f"{row['right']:>7}{row['wrong']:>7}{row['missed']:>7}{row['spurious']:>7}"
            f"{row['not regulated']:>6}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return devset_bench.main(
        __doc__.splitlines()[0],
        evaluate,
        summary,
        render,
        argv,
        "only the documents whose id matches this regular expression ('^[fg]': held out)",
    )


if __name__ == "__main__":
    raise SystemExit(main())
