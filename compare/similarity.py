"""How alike two provisions are: words (TF-IDF cosine) and topics (cosine of topic scores).

All provisions of all codes go into two sparse matrices once; similarities are
then matrix products, computed a block of rows at a time, so comparing one code
with 400 or all 400 with each other stays a matter of seconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from scipy import sparse

from .provisions import Provision
from .topics import classifier

TEXT_WEIGHT = 0.65
TOPIC_WEIGHT = 0.35
_WORD = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*")
_STOP = frozenset(
    "de het een en van in op te is dat die voor met aan of als zijn door bij tot niet om uit dan ook "
    "over wordt worden er zich hij zij hun haar deze dit wat kan naar na ter".split()
)


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


class SimilarityIndex:
    """Text and topic vectors of a list of provisions, and block-wise similarity."""

    def __init__(self, items: list[Provision]):
        self.items = items
        vocabulary: dict[str, int] = {}
        rows, cols, values = [], [], []
        documents = []
        for i, item in enumerate(items):
            counts = Counter(words(f"{item.label} {item.text}"))
            documents.append(counts)
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
        self.topic_scores = [classifier().score(item.text, item.label) for item in items]
        dense = np.zeros((len(items), len(topics)), dtype=np.float32)
        for i, scores in enumerate(self.topic_scores):
            for score in scores:
                dense[i, topic_index[score.topic]] = score.score
        self.topic = _normalize(sparse.csr_matrix(dense))

    def block(
        self, rows: np.ndarray | slice, columns: np.ndarray | slice | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Text and topic similarity of provisions `rows` against `columns` (dense arrays)."""
        text_rows, topic_rows = self.text[rows], self.topic[rows]
        text_cols = self.text if columns is None else self.text[columns]
        topic_cols = self.topic if columns is None else self.topic[columns]
        text = (text_rows @ text_cols.T).toarray()
        topic = (topic_rows @ topic_cols.T).toarray()
        return text, topic

    @staticmethod
    def combine(text: np.ndarray, topic: np.ndarray) -> np.ndarray:
        return TEXT_WEIGHT * text + TOPIC_WEIGHT * topic


def _normalize(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
