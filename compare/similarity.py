"""How alike two provisions are: words (TF-IDF cosine) and topics (cosine of topic scores).

All provisions of all codes go into two sparse matrices once; similarities are
then matrix products, computed a block of rows at a time, so comparing one code
with 400 or all 400 with each other stays a matter of seconds. `best_per_code`
reduces a block to what an alignment keeps: per provision and per code, the best
provision there, its scores, and the pairs that reach the alignment threshold.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .provisions import Provision
from .topics import TopicScore, classifier

TEXT_WEIGHT = 0.65
TOPIC_WEIGHT = 0.35
_WORD = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*")
_STOP = frozenset(
    "de het een en van in op te is dat die voor met aan of als zijn door bij tot niet om uit dan ook "
    "over wordt worden er zich hij zij hun haar deze dit wat kan naar na ter".split()
)


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def topic_scores(items: list[Provision]) -> list[list[TopicScore]]:
    score = classifier().score
    return [score(item.text, item.label) for item in items]


class SimilarityIndex:
    """Text and topic vectors of a list of provisions, and block-wise similarity."""

    def __init__(self, items: list[Provision], scores: list[list[TopicScore]] | None = None):
        self.items = items
        vocabulary: dict[str, int] = {}
        rows, cols, values = [], [], []
        for i, item in enumerate(items):
            counts = Counter(words(f"{item.label} {item.text}"))
            for word, count in counts.items():
                j = vocabulary.setdefault(word, len(vocabulary))
                rows.append(i)
                cols.append(j)
                values.append(1.0 + math.log(count))
        n = max(len(items), 1)
        matrix = sparse.csr_matrix(
            (values, (rows, cols)), shape=(len(items), max(len(vocabulary), 1)), dtype=np.float32
        )
        document_frequency = np.bincount(cols, minlength=matrix.shape[1]) if cols else np.zeros(1)
        idf = np.log((1 + n) / (1 + document_frequency)).astype(np.float32) + 1.0
        self.text = _normalize(matrix @ sparse.diags(idf))
        topics = classifier().topics
        topic_index = {t.id: k for k, t in enumerate(topics)}
        self.topic_scores = scores if scores is not None else topic_scores(items)
        # One more column than there are topics: "no topic term". Without it a provision
        # without topic terms had a zero topic vector, so it scored at most TEXT_WEIGHT
        # against its own copy, and a code compared with itself less than 1 (de-bilt: 0.89).
        dense = np.zeros((len(items), len(topics) + 1), dtype=np.float32)
        for i, item_scores in enumerate(self.topic_scores):
            for score in item_scores:
                dense[i, topic_index[score.topic]] = score.score
            if not item_scores:
                dense[i, len(topics)] = 1.0
        self.topic = _normalize(sparse.csr_matrix(dense))
        # The transposes every block multiplies with, made once (what `.T` gives, as CSR).
        self.text_t = self.text.T.tocsr()
        self.topic_t = self.topic.T.tocsr()

    def block(
        self, rows: np.ndarray | slice, columns: np.ndarray | slice | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Text and topic similarity of provisions `rows` against `columns` (dense arrays)."""
        text_rows, topic_rows = self.text[rows], self.topic[rows]
        text_cols = self.text_t if columns is None else self.text[columns].T
        topic_cols = self.topic_t if columns is None else self.topic[columns].T
        text = (text_rows @ text_cols).toarray()
        topic = (topic_rows @ topic_cols).toarray()
        return text, topic

    @staticmethod
    def combine(text: np.ndarray, topic: np.ndarray) -> np.ndarray:
        return TEXT_WEIGHT * text + TOPIC_WEIGHT * topic


@dataclass
class Best:
    """Per provision (column) and per code (row): the best provision there and its scores."""

    target: np.ndarray  # int32 index of the provision, -1 where the code has none
    score: np.ndarray  # float32 combined score
    text: np.ndarray  # float32 text part
    topic: np.ndarray  # float32 topic part
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, columns, scores >= threshold

    ARRAYS = ("target", "score", "text", "topic")


def best_per_code(
    index: SimilarityIndex,
    start: int,
    end: int,
    bounds: list[tuple[int, int]],
    threshold: float,
    budget: int = 2_000_000,
) -> Best:
    """The best match of provisions `start:end` in every code, `budget` scores at a time.

    Ties go to the first provision of a code (as `argmax`). Only the pairs of
    different codes that reach `threshold` are kept of the scores themselves: no
    provisions x provisions matrix is ever held.
    """
    n_codes, total = len(bounds), index.text.shape[0]
    filled = [k for k, (s, e) in enumerate(bounds) if e > s]
    starts = np.array([bounds[k][0] for k in filled], dtype=np.intp)
    lengths = np.array([bounds[k][1] - bounds[k][0] for k in filled], dtype=np.intp)
    code_of = np.repeat(np.array(filled, dtype=np.int32), lengths)
    columns = np.arange(total, dtype=np.int32)
    size = end - start
    result = Best(
        np.full((n_codes, size), -1, dtype=np.int32),
        np.zeros((n_codes, size), dtype=np.float32),
        np.zeros((n_codes, size), dtype=np.float32),
        np.zeros((n_codes, size), dtype=np.float32),
        (np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0, np.float32)),
    )
    pairs: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    step = max(1, budget // max(total, 1))
    for lo in range(start, end, step):
        hi = min(end, lo + step)
        text, topic = index.block(slice(lo, hi))
        combined = SimilarityIndex.combine(text, topic)
        best_scores = np.maximum.reduceat(combined, starts, axis=1)
        first = np.where(
            combined == np.repeat(best_scores, lengths, axis=1), columns, np.int32(total)
        )
        best = np.minimum.reduceat(first, starts, axis=1)
        del first
        where = slice(lo - start, hi - start)
        result.target[filled, where] = best.T
        result.score[filled, where] = best_scores.T
        result.text[filled, where] = np.take_along_axis(text, best, axis=1).T
        result.topic[filled, where] = np.take_along_axis(topic, best, axis=1).T
        rows, cols = np.nonzero(combined >= np.float64(threshold))
        rows = rows.astype(np.int32) + lo
        cols = cols.astype(np.int32)
        other = code_of[cols] != code_of[rows]
        pairs.append((rows[other], cols[other], combined[rows[other] - lo, cols[other]]))
    if pairs:
        result.pairs = tuple(np.concatenate(part) for part in zip(*pairs, strict=True))
    return result


def _normalize(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
