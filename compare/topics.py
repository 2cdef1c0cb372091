"""Topics: what a provision regulates, scored from the Dutch words that signal it.

Transparent by design: a `TopicScore` lists the terms it counted, so a user can
see why a provision got a topic. The taxonomy is `data/topics.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "topics.toml"
#: A provision has a topic when its score reaches this; one strong term in the title does.
THRESHOLD = 3.0
_MAX_COUNT = 3  # a term repeated more often adds nothing more


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    description: str
    terms: dict[str, float]


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: str
    score: float
    matches: tuple[tuple[str, int], ...]  # (term, times found)

    def explain(self) -> str:
        return ", ".join(
            f"'{term}'×{count}" if count > 1 else f"'{term}'" for term, count in self.matches
        )


class Classifier:
    def __init__(self, topics: list[Topic]):
        self.topics = topics
        self.by_id = {t.id: t for t in topics}
        self._weights: dict[str, list[tuple[str, float]]] = {}
        terms = set()
        for topic in topics:
            for term, weight in topic.terms.items():
                self._weights.setdefault(term.lower(), []).append((topic.id, float(weight)))
                terms.add(term.lower())
        # Longest first (ties alphabetical, never set order); grouped by first character,
        # so that at a word start only the terms that begin with its character are tried
        # (the same matches, four times faster).
        ordered = sorted(terms, key=lambda t: (-len(t), t))
        groups: dict[str, list[str]] = {}
        for term in ordered:
            groups.setdefault(term[:1], []).append(re.escape(term[1:]))
        alternatives = "|".join(
            f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()
        )
        if len({first.casefold() for first in groups}) < len(groups):  # 's' and 'ſ': ungrouped
            alternatives = "|".join(re.escape(t) for t in ordered)
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})", re.I)

    def score(self, text: str, title: str = "") -> list[TopicScore]:
        """Topics of a text, best first; only those that reach THRESHOLD."""
        counts: dict[str, int] = {}
        for match in self.pattern.finditer(text):
            counts[match.group().lower()] = counts.get(match.group().lower(), 0) + 1
        title_terms = {m.group().lower() for m in self.pattern.finditer(title)}
        scores: dict[str, float] = {}
        matched: dict[str, list[tuple[str, int]]] = {}
        # Sorted, never set order: the sums and the order of ties must not depend on PYTHONHASHSEED.
        for term in sorted(set(counts) | title_terms):
            count = min(counts.get(term, 0), _MAX_COUNT) + (2 if term in title_terms else 0)
            for topic, weight in self._weights[term]:
                scores[topic] = scores.get(topic, 0.0) + weight * count
                matched.setdefault(topic, []).append(
                    (term, counts.get(term, 0) + (1 if term in title_terms else 0))
                )
        return sorted(
            (
                TopicScore(t, s, tuple(sorted(matched[t], key=lambda x: (-x[1], x[0]))))
                for t, s in scores.items()
                if s >= THRESHOLD
            ),
            key=lambda ts: (-ts.score, ts.topic),
        )


@cache
def classifier() -> Classifier:
    with DATA.open("rb") as handle:
        data = tomllib.load(handle)
    return Classifier(
        [Topic(t["id"], t["name"], t["description"], dict(t["terms"])) for t in data["topic"]]
    )


def node_topics(code) -> dict[str, list[TopicScore]]:
    """Topics of every article, lid and headed section of a code (not only of its provisions)."""
    from codes import model as m

    found = {}
    for node in code.nodes():
        if node.kind in (m.ARTIKEL, m.LID, m.SECTION) and not node.quoted:
            scores = classifier().score(node.full_text(), node.title or "")
            if scores:
                found[node.id] = scores
    return found
