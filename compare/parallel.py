"""The similarity blocks of a comparison over a pool of processes.

Topic scoring and the blocks of rows are independent: a first pool scores the
topics of the provisions in slices; a second gets the vectors once (at start-up)
and returns, per block of rows, the arrays of `similarity.best_per_code`. The
parent puts them together in order, so the result is the same as with one process.
"""

from __future__ import annotations

import numpy as np

from codes.pool import map_ordered

from .provisions import Provision
from .similarity import Best, SimilarityIndex, best_per_code, topic_scores

_state: dict[str, SimilarityIndex] = {}


def _start(vectors: SimilarityIndex) -> None:
    _state["index"] = vectors


def _block(task: tuple[int, int, list[tuple[int, int]], float]) -> Best:
    start, end, bounds, threshold = task
    return best_per_code(_state["index"], start, end, bounds, threshold)


def _spans(total: int, parts: int) -> list[tuple[int, int]]:
    step = max(1, -(-total // parts))
    return [(lo, min(total, lo + step)) for lo in range(0, total, step)]


def _vectors_only(index: SimilarityIndex) -> SimilarityIndex:
    """The index without its provisions and topic scores: what a worker needs."""
    vectors = object.__new__(SimilarityIndex)
    vectors.items, vectors.topic_scores = [], []
    for name in ("text", "topic", "text_t", "topic_t"):
        setattr(vectors, name, getattr(index, name))
    return vectors


def parallel_best(
    items: list[Provision],
    end: int,
    bounds: list[tuple[int, int]],
    threshold: float,
    jobs: int,
) -> tuple[SimilarityIndex, Best]:
    slices = [items[lo:hi] for lo, hi in _spans(len(items), jobs * 4)]
    scores = [s for part in map_ordered(topic_scores, slices, jobs) for s in part]
    index = SimilarityIndex(items, scores)
    tasks = [(lo, hi, bounds, threshold) for lo, hi in _spans(end, jobs * 4)]
    try:
        parts = list(
            map_ordered(_block, tasks, jobs, initializer=_start, initargs=(_vectors_only(index),))
        )
    finally:
        _state.clear()  # set here too when there was a single block (no pool)
    if not parts:
        return index, best_per_code(index, 0, 0, bounds, threshold)
    arrays = [np.concatenate([getattr(p, n) for p in parts], axis=1) for n in Best.ARRAYS]
    pairs = tuple(np.concatenate([p.pairs[k] for p in parts]) for k in range(3))
    return index, Best(*arrays, pairs)
