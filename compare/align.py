"""Alignment: which provisions of different codes regulate the same thing.

For every provision and every other code, the best match there by combined
text and topic similarity, with its score; below `THRESHOLD` the provision is
"only in" its own code. Several provisions of one code that find the same
provision in another form a one-to-many group (one code splits what the other
says in one article). `rows` arranges the provisions of one topic across codes
so that each provision appears exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from codes import model as m

from .provisions import Provision, code_key, provisions
from .similarity import SimilarityIndex
from .topics import TopicScore

THRESHOLD = 0.30
OTHER = "overig"


@dataclass(frozen=True, slots=True)
class Match:
    source: str  # provision key
    code: str  # the other code
    target: str | None  # provision key there, None when nothing reaches THRESHOLD
    score: float
    text_score: float
    topic_score: float


@dataclass
class Comparison:
    codes: list[str]
    provisions: list[Provision]
    topics: dict[str, list[TopicScore]]
    matches: list[Match]
    code_similarity: np.ndarray  # codes × codes, mean best-match score
    scores: np.ndarray | None = None  # provisions × provisions, when small enough to keep
    index: dict[str, int] = field(default_factory=dict)

    def provision(self, key: str) -> Provision:
        return self.provisions[self.index[key]]

    def primary_topic(self, key: str) -> str:
        scores = self.topics.get(key) or []
        return scores[0].topic if scores else OTHER

    def pair_score(self, a: str, b: str) -> float:
        if self.scores is None:
            return 0.0
        return float(self.scores[self.index[a], self.index[b]])

    def one_to_many(self) -> list[dict[str, object]]:
        groups: dict[tuple[str, str], list[Match]] = {}
        for match in self.matches:
            if match.target:
                groups.setdefault((match.code, match.target), []).append(match)
        return [
            {"target": target, "sources": [g.source for g in group], "code": code}
            for (code, target), group in groups.items()
            if len({g.source.split(":")[0] for g in group}) == 1 and len(group) > 1
        ]


def compare(codes: list[m.Code], base: m.Code | None = None, keep_scores: int = 4000) -> Comparison:
    """Align every code with every other (or, with `base`, only `base` with each of `codes`)."""
    all_codes = ([base] if base is not None else []) + [c for c in codes if c is not base]
    keys = [code_key(c) for c in all_codes]
    if len(set(keys)) != len(keys):
        keys = [f"{k}-{i}" for i, k in enumerate(keys)]
    items: list[Provision] = []
    bounds: list[tuple[int, int]] = []
    for key, code in zip(keys, all_codes, strict=True):
        start = len(items)
        items.extend(
            Provision(key, p.node, p.label, p.text, p.span, p.scope) for p in provisions(code)
        )
        bounds.append((start, len(items)))
    index = SimilarityIndex(items)
    topics = {item.key: scores for item, scores in zip(items, index.topic_scores, strict=True)}
    n_codes = len(all_codes)
    code_similarity = np.zeros((n_codes, n_codes), dtype=np.float32)
    np.fill_diagonal(code_similarity, 1.0)
    keep = len(items) <= keep_scores
    scores = np.zeros((len(items), len(items)), dtype=np.float32) if keep else None
    matches: list[Match] = []
    sources = [0] if base is not None else range(n_codes)
    for a in sources:
        start, end = bounds[a]
        if start == end:
            continue
        text, topic = index.block(slice(start, end))
        combined = SimilarityIndex.combine(text, topic)
        if scores is not None:
            scores[start:end] = combined
        for b in range(n_codes):
            b_start, b_end = bounds[b]
            if b == a or b_start == b_end:
                continue
            block = combined[:, b_start:b_end]
            best = block.argmax(axis=1)
            best_scores = block[np.arange(end - start), best]
            code_similarity[a, b] = float(best_scores.mean())
            for row, (column, value) in enumerate(zip(best, best_scores, strict=True)):
                target = items[b_start + column].key if value >= THRESHOLD else None
                matches.append(
                    Match(
                        items[start + row].key,
                        keys[b],
                        target,
                        round(float(value), 4),
                        round(float(text[row, b_start + column]), 4),
                        round(float(topic[row, b_start + column]), 4),
                    )
                )
    if base is None:
        code_similarity = (code_similarity + code_similarity.T) / 2
    return Comparison(
        keys,
        items,
        topics,
        matches,
        code_similarity,
        scores,
        {item.key: i for i, item in enumerate(items)},
    )


def rows(comparison: Comparison, topic: str, base: str) -> list[dict[str, str]]:
    """Provisions of `topic` arranged in rows across codes (code -> provision key), each once."""
    members: dict[str, list[str]] = {code: [] for code in comparison.codes}
    for item in comparison.provisions:
        if comparison.primary_topic(item.key) == topic:
            members[item.code].append(item.key)
    placed: set[str] = set()
    result: list[dict[str, str]] = []
    order = [base] + [c for c in comparison.codes if c != base]
    for anchor_code in order:
        for anchor in members[anchor_code]:
            if anchor in placed:
                continue
            row = {anchor_code: anchor}
            placed.add(anchor)
            for other in order:
                if other in row:
                    continue
                candidates = [k for k in members[other] if k not in placed]
                if not candidates:
                    continue
                best = max(candidates, key=lambda k: comparison.pair_score(anchor, k))
                if comparison.pair_score(anchor, best) >= THRESHOLD:
                    row[other] = best
                    placed.add(best)
            result.append(row)
    return result
