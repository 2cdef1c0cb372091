"""Accuracy on the development set: references and metadata against hand-typed truth.

    python -m benchmarks.bench_accuracy [--json] [--details] [--only REGEX]

The development set (`benchmarks/devset/`, see its README) holds real regulations
that nobody on the team wrote, each with truth typed by hand. For references,
every citation of national law is a (law, article, lid, onderdeel) tuple; a
predicted reference is right when its law (BWB id, or name where no id is known),
article and lid equal one of the truth's, each truth tuple counting once. Kinds:

- direct: article citations whose law is named or abbreviated;
- de wet: article citations through the code's own definition or an earlier mention;
- law named: a law named without an article;
- onderdeel: of the article citations matched on law, article and lid, the share
  whose onderdeel is right too;
- foreign laws: national-law references to a law the text does not name at all.

Metadata: per field, the share of texts that state it where our value is right.
Structure: article headings (number) found, against those typed by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from benchmarks import devset_bench
from benchmarks.devset_bench import f1

METADATA_FIELDS = (
    "organisation",
    "organisation_type",
    "title",
    "citeertitel",
    "adopted_on",
    "adopted_by",
    "in_force_from",
)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass
class Scores:
    kinds: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    onderdeel_right: int = 0
    onderdeel_total: int = 0
    foreign: int = 0
    metadata: dict[str, list[int]] = field(
        default_factory=lambda: {f: [0, 0] for f in METADATA_FIELDS}
    )
    headings: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)


KINDS = ("direct", "de wet", "all articles", "law named")


def _norm(value: object) -> str:
    text = " ".join(str(value or "").split()).casefold()
    return text.strip(" .;:,'\"‘’“”")


def _law_key(bwb: str | None, name: str | None) -> str:
    from codes.citations.names import registry

    if bwb:
        return bwb
    law = registry().resolve(name or "") if name else None
    return (law.bwb or _norm(law.name)) if law else _norm(name)


def _truth_refs(truth: dict) -> list[dict]:
    refs = []
    for ref in truth.get("ref", []):
        refs.append(
            {
                "law": _law_key(ref.get("bwb"), ref.get("law")),
                "article": _norm(ref.get("article")).replace(" ", ""),
                "lid": _norm(ref.get("lid")),
                "onderdeel": _norm(ref.get("onderdeel")).rstrip("°"),
                "kind": "de wet" if ref.get("via") in ("definition", "earlier") else "direct",
                "text": ref.get("text", ""),
            }
        )
    return refs


def _predicted_refs(code) -> list[dict]:
    refs = []
    for ref in code.references:
        if ref.kind != "law":
            continue
        refs.append(
            {
                "law": _law_key(ref.bwb, ref.law),
                "article": _norm(ref.article).replace(" ", ""),
                "lid": _norm(ref.lid),
                "onderdeel": _norm(ref.onderdeel),
                "kind": "de wet" if ref.resolved_via in ("definition", "earlier") else "direct",
                "text": ref.text,
                "resolved": ref.resolved,
            }
        )
    return refs


def _match(truth: list[dict], predicted: list[dict], key) -> tuple[list, list, list]:
    """Pairs of equal keys (each truth once), unmatched truth, unmatched predictions."""
    pool: dict[tuple, list[dict]] = {}
    for ref in truth:
        pool.setdefault(key(ref), []).append(ref)
    pairs, extra = [], []
    for ref in predicted:
        bucket = pool.get(key(ref))
        if bucket:
            pairs.append((bucket.pop(0), ref))
        else:
            extra.append(ref)
    missed = [ref for bucket in pool.values() for ref in bucket]
    return pairs, missed, extra


def score_document(
    doc_id: str,
    text_path: Path,
    truth: dict,
    scores: Scores,
    details: bool,
    variant: Callable[[str], str | bytes] | None = None,
):
    """`variant`: the text as another copy would give it (`bench_variants`); None: as saved.
    A variant that gives bytes gives a Word .docx file."""
    from codes import parse_bytes, parse_file, parse_text

    if variant is None:
        code = parse_file(text_path)
    else:
        copy = variant(text_path.read_text(encoding="utf-8"))
        if isinstance(copy, bytes):
            code = parse_bytes(copy, text_path.with_suffix(".docx").name)
        else:
            code = parse_text(copy, str(text_path))
    truth_refs, predicted = _truth_refs(truth), _predicted_refs(code)

    def article_key(r):
        return (r["law"], r["article"], r["lid"])

    with_article = [r for r in truth_refs if r["article"]]
    predicted_articles = [r for r in predicted if r["article"]]
    pairs, missed, extra = _match(with_article, predicted_articles, article_key)
    for kind in ("direct", "de wet"):
        tally = Tally(
            tp=sum(1 for t, _ in pairs if t["kind"] == kind),
            fp=sum(1 for p in extra if p["kind"] == kind),
            fn=sum(1 for t in missed if t["kind"] == kind),
        )
        scores.kinds[kind].add(tally)
    scores.kinds["all articles"].add(Tally(len(pairs), len(extra), len(missed)))
    for t, p in pairs:
        if t["onderdeel"] or p["onderdeel"]:
            scores.onderdeel_total += 1
            scores.onderdeel_right += t["onderdeel"] == p["onderdeel"]
    # A truth tuple whose onderdeel differs still matched above; count the onderdelen
    # again as a multiset so that "onder a en b" against "onder a" shows.
    named_pairs, named_missed, named_extra = _match(
        [r for r in truth_refs if not r["article"]],
        [r for r in predicted if not r["article"]],
        lambda r: r["law"],
    )
    scores.kinds["law named"].add(Tally(len(named_pairs), len(named_extra), len(named_missed)))
    named_laws = {r["law"] for r in truth_refs}
    # An unresolved reference ("de wet" the text does not define) names no law.
    foreign = [p for p in predicted if p["law"] not in named_laws and p["resolved"]]
    scores.foreign += len(foreign)
    if details:
        for ref in missed:
            scores.errors.append(f"{doc_id}: missed {_show(ref)}  «{ref['text']}»")
        for ref in extra:
            scores.errors.append(f"{doc_id}: extra  {_show(ref)}  «{ref['text']}»")
        for ref in named_missed:
            scores.errors.append(f"{doc_id}: missed law {ref['law']}  «{ref['text']}»")
        for ref in named_extra:
            scores.errors.append(f"{doc_id}: extra law {ref['law']}  «{ref['text']}»")
        for t, p in pairs:
            if (t["onderdeel"] or p["onderdeel"]) and t["onderdeel"] != p["onderdeel"]:
                scores.errors.append(
                    f"{doc_id}: onderdeel {p['onderdeel']!r}, truth {t['onderdeel']!r} «{t['text']}»"
                )

    stated = truth.get("metadata", {})
    meta = code.metadata
    for name in METADATA_FIELDS:
        if name not in stated or stated[name] in ("", None):
            continue
        expected, found = _norm(stated[name]), _norm(getattr(meta, name))
        scores.metadata[name][1] += 1
        if expected == found:
            scores.metadata[name][0] += 1
        elif details:
            scores.errors.append(f"{doc_id}: {name} {found!r}, truth {expected!r}")

    if "articles" in truth:
        expected = Counter(_norm(a) for a in truth["articles"])
        found = Counter(_norm(a.number) for a, _ in code.articles())
        tp = sum((expected & found).values())
        scores.headings.add(Tally(tp, sum(found.values()) - tp, sum(expected.values()) - tp))
        if details and expected != found:
            scores.errors.append(
                f"{doc_id}: articles missed {sorted((expected - found).elements())}, "
                f"extra {sorted((found - expected).elements())}"
            )


def _show(ref: dict) -> str:
    parts = [ref["law"], f"art. {ref['article']}"]
    if ref["lid"]:
        parts.append(f"lid {ref['lid']}")
    if ref["onderdeel"]:
        parts.append(f"onder {ref['onderdeel']}")
    return " ".join(parts)


def evaluate(
    only: str | None = None,
    details: bool = False,
    variant: Callable[[str], str | bytes] | None = None,
) -> tuple[Scores, int]:
    score = partial(score_document, variant=variant)
    return devset_bench.evaluate("truth", Scores(), score, only, details)


def summary(scores: Scores, count: int) -> dict[str, object]:
    result: dict[str, object] = {"documents": count}
    for kind, tally in scores.kinds.items():
        result[kind] = {
            "precision": round(tally.precision, 3),
            "recall": round(tally.recall, 3),
            "f1": round(tally.f1, 3),
            "truth": tally.tp + tally.fn,
        }
    result["onderdeel"] = (
        round(scores.onderdeel_right / scores.onderdeel_total, 3) if scores.onderdeel_total else 1.0
    )
    result["foreign laws"] = scores.foreign
    result["metadata"] = {
        name: {
            "right": right,
            "stated": stated,
            "share": round(right / stated, 3) if stated else None,
        }
        for name, (right, stated) in scores.metadata.items()
    }
    result["article headings"] = {
        "precision": round(scores.headings.precision, 3),
        "recall": round(scores.headings.recall, 3),
        "f1": round(scores.headings.f1, 3),
    }
    return result


def render(result: dict[str, object]) -> str:
    lines = [f"development set: {result['documents']} documents", ""]
    lines.append(f"{'references':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'truth':>7}")
    for kind in KINDS:
        row = result[kind]
        lines.append(
            f"{kind:<22}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['f1']:>7.3f}{row['truth']:>7}"
        )
    lines.append(f"{'onderdeel right':<22}{result['onderdeel']:>10.3f}")
    lines.append(f"{'foreign laws':<22}{result['foreign laws']:>10}")
    lines += ["", f"{'metadata':<22}{'right':>10}{'stated':>8}{'share':>7}"]
    for name, row in result["metadata"].items():
        share = f"{row['share']:.3f}" if row["share"] is not None else "-"
        lines.append(f"{name:<22}{row['right']:>10}{row['stated']:>8}{share:>7}")
    headings = result["article headings"]
    lines += [
        "",
        f"{'article headings':<22}{headings['precision']:>10.3f}{headings['recall']:>8.3f}{headings['f1']:>7.3f}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return devset_bench.main(
        __doc__.splitlines()[0],
        evaluate,
        summary,
        render,
        argv,
        "only the documents whose id matches this regular expression ('^e': the held-out set)",
    )


if __name__ == "__main__":
    raise SystemExit(main())
