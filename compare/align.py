"""Alignment: which provisions of different codes regulate the same thing.

For every provision and every other code, the best match there by combined
text and topic similarity, with its score; below `THRESHOLD` the provision is
"only in" its own code. Several provisions of one code that find the same
provision in another form a one-to-many group (one code splits what the other
says in one article). `rows` arranges the provisions of one topic across codes
so that each provision appears exactly once.

The best matches are kept in numpy arrays (provisions x codes) and the scores of
pairs in a sparse matrix holding only the pairs that reach `THRESHOLD`; a `Match`
is made when it is asked for, so 400 codes (13 million matches) fit in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from codes import model as m

from .provisions import Provision, code_key, provisions
from .similarity import Best, SimilarityIndex, best_per_code, topic_scores
from .topics import TopicScore

THRESHOLD = 0.30
OTHER = "overig"
#: Source provisions from which `jobs` > 1 starts a pool (about 200 codes): below it,
#: starting the workers and sending the arrays back costs more than the pool saves.
PARALLEL_FROM = 8000


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
    best: Best  # per other code and source provision: the best provision there, its scores
    code_similarity: np.ndarray  # codes × codes, mean best-match score
    scores: sparse.csr_matrix  # provisions × provisions, the pairs of two codes >= THRESHOLD
    bounds: list[tuple[int, int]]  # each code's provisions: a range of `provisions`
    sources: list[int]  # the codes whose provisions were matched (all, or the base)
    index: dict[str, int] = field(default_factory=dict)
    _primary: list[str] | None = field(default=None, repr=False)
    _code_of_cache: np.ndarray | None = field(default=None, repr=False)
    _positions: dict[str, int] | None = field(default=None, repr=False)

    def provision(self, key: str) -> Provision:
        return self.provisions[self.index[key]]

    def primary_topic(self, key: str) -> str:
        scores = self.topics.get(key) or []
        return scores[0].topic if scores else OTHER

    def primary_topics(self) -> list[str]:
        """The primary topic of every provision, in order."""
        if self._primary is None:
            self._primary = [self.primary_topic(p.key) for p in self.provisions]
        return self._primary

    def pair_score(self, a: str, b: str) -> float:
        """The score of two provisions of different codes; 0.0 below THRESHOLD (not kept)."""
        return self._score(self.index[a], self.index[b])

    def _score(self, i: int, j: int) -> float:
        if i >= self.scores.shape[0]:
            return 0.0
        lo, hi = self.scores.indptr[i], self.scores.indptr[i + 1]
        at = lo + int(np.searchsorted(self.scores.indices[lo:hi], j))
        if at < hi and self.scores.indices[at] == j:
            return float(self.scores.data[at])
        return 0.0

    @property
    def matches(self) -> Matches:
        return Matches(self)

    def match(self, source: str, code: str) -> Match | None:
        """The best match of provision `source` in `code` (None for its own code)."""
        i, b = self.index[source], self.position(code)
        a = int(self._code_array()[i])
        if a not in self.sources or a == b or self.bounds[b][0] == self.bounds[b][1]:
            return None
        return self._match(i, b)

    def _match(self, i: int, b: int) -> Match:
        best = self.best
        value = best.score[b, i]
        target = self.provisions[best.target[b, i]].key if value >= THRESHOLD else None
        return Match(
            self.provisions[i].key,
            self.codes[b],
            target,
            round(float(value), 4),
            round(float(best.text[b, i]), 4),
            round(float(best.topic[b, i]), 4),
        )

    def _blocks(self) -> Iterator[tuple[int, int, int]]:
        """(code, start, end): the order of `matches`, per source code and other code."""
        for a in self.sources:
            start, end = self.bounds[a]
            if start == end:
                continue
            for b, (b_start, b_end) in enumerate(self.bounds):
                if b != a and b_start != b_end:
                    yield b, start, end

    def only_in(self) -> list[str]:
        """Provisions (once per other code) that reach THRESHOLD nowhere there, in match order."""
        found: list[str] = []
        for b, start, end in self._blocks():
            below = np.flatnonzero(~(self.best.score[b, start:end] >= THRESHOLD)) + start
            found.extend(self.provisions[i].key for i in below.tolist())
        return found

    def one_to_many(self) -> list[dict[str, object]]:
        """Provisions of another code that several provisions of one code all match best."""
        sources, targets = [], []
        for b, start, end in self._blocks():
            hit = np.flatnonzero(self.best.score[b, start:end] >= THRESHOLD) + start
            sources.append(hit)
            targets.append(self.best.target[b, hit])
        source = np.concatenate(sources) if sources else np.empty(0, np.intp)
        if not source.size:
            return []
        target = np.concatenate(targets)
        code_of = self._code_array()
        order = np.lexsort((source, target))
        source, target = source[order], target[order]
        cuts = np.flatnonzero(np.diff(target)) + 1
        groups = [
            (int(t), members)
            for members, t in zip(np.split(source, cuts), target[np.r_[0, cuts]], strict=True)
            if len(members) > 1 and code_of[members].min() == code_of[members].max()
        ]
        # In the order of the matches: source code, other code, first source provision.
        groups.sort(key=lambda g: (code_of[g[1][0]], code_of[g[0]], int(g[1][0])))
        return [
            {
                "target": self.provisions[t].key,
                "sources": [self.provisions[i].key for i in members.tolist()],
                "code": self.codes[code_of[t]],
            }
            for t, members in groups
        ]

    def position(self, code: str) -> int:
        """The index of `code` in `codes` (and in `bounds`)."""
        if self._positions is None:
            self._positions = {c: k for k, c in enumerate(self.codes)}
        return self._positions[code]

    def _code_array(self) -> np.ndarray:
        """The code of every provision, by index."""
        if self._code_of_cache is None:
            lengths = [e - s for s, e in self.bounds]
            self._code_of_cache = np.repeat(np.arange(len(self.bounds), dtype=np.int32), lengths)
        return self._code_of_cache


class Matches(Sequence[Match]):
    """Every match of a comparison, in the order: source code, other code, provision."""

    def __init__(self, comparison: Comparison):
        self._comparison = comparison

    def __len__(self) -> int:
        return sum(end - start for _, start, end in self._comparison._blocks())

    def __iter__(self) -> Iterator[Match]:
        c = self._comparison
        keys = [p.key for p in c.provisions]
        for b, start, end in c._blocks():
            yield from self.segment(b, start, end, keys)

    def segment(self, b: int, start: int, end: int, keys: list[str]) -> Iterator[Match]:
        """The matches of provisions `start`..`end` in code `b` (`keys`: every provision's key)."""
        c = self._comparison
        best = c.best
        scores = best.score[b, start:end]
        reach = (scores >= THRESHOLD).tolist()
        for i, value, text, topic, target, ok in zip(
            range(start, end),
            scores.tolist(),
            best.text[b, start:end].tolist(),
            best.topic[b, start:end].tolist(),
            best.target[b, start:end].tolist(),
            reach,
            strict=True,
        ):
            yield Match(
                keys[i],
                c.codes[b],
                keys[target] if ok else None,
                round(value, 4),
                round(text, 4),
                round(topic, 4),
            )

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return list(self)[position]
        if position < 0:
            position += len(self)
        for b, start, end in self._comparison._blocks():
            if position < end - start:
                return self._comparison._match(start + position, b)
            position -= end - start
        raise IndexError("match index out of range")


def compare(codes: list[m.Code], base: m.Code | None = None, jobs: int = 1) -> Comparison:
    """Align every code with every other (or, with `base`, only `base` with each of `codes`).

    `jobs` > 1 spreads topic scoring and the similarity blocks over that many processes
    (from PARALLEL_FROM source provisions on); the result is the same.
    """
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
    n_codes = len(all_codes)
    sources = [0] if base is not None else list(range(n_codes))
    end = bounds[sources[-1]][1] if sources else 0  # the source provisions: items[:end]
    if jobs > 1 and end >= PARALLEL_FROM:
        from .parallel import parallel_best

        index, best = parallel_best(items, end, bounds, THRESHOLD, jobs)
    else:
        index = SimilarityIndex(items, topic_scores(items))
        best = best_per_code(index, 0, end, bounds, THRESHOLD)
    topics = {item.key: scores for item, scores in zip(items, index.topic_scores, strict=True)}
    code_similarity = np.zeros((n_codes, n_codes), dtype=np.float32)
    np.fill_diagonal(code_similarity, 1.0)
    for a in sources:
        start, stop = bounds[a]
        if start == stop:
            continue
        # Each row reduced along its contiguous axis: the same pairwise float32 sums as
        # the mean of each (code, code) block on its own.
        means = best.score[:, start:stop].mean(axis=1)
        for b, (b_start, b_end) in enumerate(bounds):
            if b != a and b_start != b_end:
                code_similarity[a, b] = means[b]
    if base is None:
        code_similarity = (code_similarity + code_similarity.T) / 2
    rows_, cols, values = best.pairs
    scores = sparse.csr_matrix((values, (rows_, cols)), shape=(len(items), len(items)))
    scores.sort_indices()
    best.pairs = (np.empty(0, np.int32),) * 2 + (np.empty(0, np.float32),)
    return Comparison(
        keys,
        items,
        topics,
        best,
        code_similarity,
        scores,
        bounds,
        sources,
        {item.key: i for i, item in enumerate(items)},
    )


def rows(comparison: Comparison, topic: str, base: str) -> list[dict[str, str]]:
    """Provisions of `topic` arranged in rows across codes (code -> provision key), each once.

    Each provision not yet placed anchors a row (the base code's first); every other
    code adds its best provision of the topic not yet placed, when that reaches
    THRESHOLD (ties: the code's first).
    """
    primary = comparison.primary_topics()
    in_topic = np.array([t == topic for t in primary], dtype=bool)
    code_of = comparison._code_array()
    members: dict[str, list[int]] = {code: [] for code in comparison.codes}
    for i in np.flatnonzero(in_topic).tolist():
        members[comparison.provisions[i].code].append(i)
    order = [base] + [c for c in comparison.codes if c != base]
    code_index = {code: k for k, code in enumerate(comparison.codes)}
    rank = np.empty(len(comparison.codes), dtype=np.int32)
    for position, code in enumerate(order):
        rank[code_index[code]] = position
    scores = comparison.scores
    placed = np.zeros(len(comparison.provisions), dtype=bool)
    keys = [p.key for p in comparison.provisions]
    result: list[dict[str, str]] = []
    for anchor_code in order:
        for anchor in members[anchor_code]:
            if placed[anchor]:
                continue
            placed[anchor] = True
            row = {anchor_code: keys[anchor]}
            if anchor < scores.shape[0]:
                lo, hi = scores.indptr[anchor], scores.indptr[anchor + 1]
                cols, values = scores.indices[lo:hi], scores.data[lo:hi]
                keep = in_topic[cols] & ~placed[cols]
                cols, values = cols[keep], values[keep]
                if cols.size:
                    codes = code_of[cols]
                    best_first = np.lexsort((cols, -values, codes))
                    codes, cols = codes[best_first], cols[best_first]
                    first = np.r_[True, codes[1:] != codes[:-1]]
                    chosen = cols[first][np.argsort(rank[codes[first]], kind="stable")]
                    placed[chosen] = True
                    for i in chosen.tolist():
                        row[comparison.provisions[i].code] = keys[i]
            result.append(row)
    return result
