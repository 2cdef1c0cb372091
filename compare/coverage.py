"""Coverage: which code regulates which topic, and in how many provisions.

The grid a policy advisor scans first: a row per topic of the taxonomy, a column per
code, the number of provisions whose main topic it is (0: the code does not regulate
it). It counts the same main topic the side-by-side report arranges its rows by.
"""

from __future__ import annotations

from dataclasses import dataclass

from .align import OTHER, Comparison
from .topics import classifier


@dataclass(frozen=True, slots=True)
class TopicCoverage:
    topic: str  # topic id of data/topics.toml, or "overig"
    name: str
    counts: tuple[int, ...]  # per code, in the order of `Comparison.codes`


def coverage(comparison: Comparison) -> list[TopicCoverage]:
    """One row per topic that any code regulates, in the taxonomy's order; "overig" last."""
    column = {code: i for i, code in enumerate(comparison.codes)}
    counts: dict[str, list[int]] = {}
    for item in comparison.provisions:
        topic = comparison.primary_topic(item.key)
        counts.setdefault(topic, [0] * len(comparison.codes))[column[item.code]] += 1
    named = [(t.id, t.name) for t in classifier().topics] + [(OTHER, "Overige bepalingen")]
    return [TopicCoverage(tid, name, tuple(counts[tid])) for tid, name in named if tid in counts]
