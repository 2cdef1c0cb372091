"""The alignment as JSON, written while it is computed (`compare --format json`).

The document is one JSON object (shape in the README): `codes`, `provisions`, then
`matches`, then `one_to_many`, `only_in` and `code_similarity`. Everything but the
matches is known once the alignment is done and is small; the matches are many
(5.8 million for 400 codes) and each may carry a word diff, the slow part (about
15 ms a pair). So the matches are cut into runs of consecutive matches, each run is
turned into its JSON text in a worker (word diffs included), and the runs are
written in order as they come back: memory stays flat and the first bytes come at
once. The text is the same, byte for byte, as `json.dumps(..., ensure_ascii=False,
indent=2)` of the whole object, with one process or many.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from codes.export import json_bytes
from codes.pool import map_ordered

from .align import Comparison
from .diff import WordDiffer, diff_json

#: Matches per run handed to a worker: large enough that handing it over is lost in
#: its work (a diff takes about 15 ms, up to 0.4 s; an entry without one 3 µs), small
#: enough to keep every process busy to the end.
RUN, RUN_WITHOUT_DIFFS = 16, 4096
_HOLE = "\x00matches\x00"  # where the matches go in the rest of the document
_state: dict[str, object] = {}


def alignment_chunks(
    comparison: Comparison, with_diffs: bool = True, jobs: int = 1
) -> Iterator[bytes]:
    """The alignment JSON, as UTF-8 pieces to write one after the other."""
    head, tail = _frame(comparison)
    yield head
    runs = list(_runs(comparison, RUN if with_diffs else RUN_WITHOUT_DIFFS))
    if not runs:
        yield b"[]"
    else:
        yield b"[\n    "
        try:
            texts = map_ordered(
                _run, runs, jobs, initializer=_start, initargs=(comparison, with_diffs)
            )
            for number, text in enumerate(texts):
                yield text if number == 0 else b",\n    " + text
        finally:
            _state.clear()  # set in this process when there was no pool
        yield b"\n  ]"
    yield tail


def _runs(comparison: Comparison, length: int) -> Iterator[list[tuple[int, int, int]]]:
    """Consecutive matches, `length` at a time, as (other code, first, end) segments."""
    run: list[tuple[int, int, int]] = []
    size = 0
    for b, start, end in comparison._blocks():
        while start < end:
            stop = min(end, start + length - size)
            run.append((b, start, stop))
            size += stop - start
            start = stop
            if size == length:
                yield run
                run, size = [], 0
    if run:
        yield run


def _frame(comparison: Comparison) -> tuple[bytes, bytes]:
    """The document before and after the list of matches."""
    data = {
        "codes": comparison.codes,
        "provisions": [
            {
                "key": p.key,
                "code": p.code,
                "node": p.node,
                "label": p.label,
                "scope": p.scope,
                "span": p.span.as_list(),
                "topics": [
                    {"topic": s.topic, "score": s.score, "terms": [t for t, _ in s.matches]}
                    for s in comparison.topics.get(p.key, [])
                ],
            }
            for p in comparison.provisions
        ],
        "matches": _HOLE,
        "one_to_many": comparison.one_to_many(),
        "only_in": comparison.only_in(),
        "code_similarity": [
            [round(float(v), 4) for v in row] for row in comparison.code_similarity
        ],
    }
    # A JSON string holds no raw line break, so this is the top-level key, found once.
    head, tail = json_bytes(data).decode("utf-8").split('\n  "matches": ' + json.dumps(_HOLE), 1)
    return (head + '\n  "matches": ').encode("utf-8"), (tail + "\n").encode("utf-8")


def _start(comparison: Comparison, with_diffs: bool) -> None:
    _state["comparison"], _state["with_diffs"] = comparison, with_diffs


def _run(run: list[tuple[int, int, int]]) -> bytes:
    """The JSON of the matches of provisions `start`..`end` against code `b`, for each
    segment, as listed in the document (indented for their place, joined by commas)."""
    comparison: Comparison = _state["comparison"]  # type: ignore[assignment]
    differ = WordDiffer() if _state["with_diffs"] else None
    keys = _state.get("keys")
    if keys is None:
        keys = _state["keys"] = [p.key for p in comparison.provisions]
    matches = comparison.matches
    entries = []
    for match in (m for b, start, end in run for m in matches.segment(b, start, end, keys)):
        entry: dict[str, object] = {
            "source": match.source,
            "code": match.code,
            "target": match.target,
            "score": match.score,
            "text_score": match.text_score,
            "topic_score": match.topic_score,
        }
        if differ is not None and match.target:
            old = comparison.provision(match.source).text
            entry["diff"] = diff_json(differ.diff(old, comparison.provision(match.target).text))
        entries.append(entry)
    # The run as a list, one level in: "[\n  {...},\n  {...}\n]" without its brackets,
    # indented by two more spaces (one encoder call per run, not per match).
    return json_bytes(entries)[4:-2].replace(b"\n", b"\n  ")
