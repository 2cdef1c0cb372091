"""Independent work over a pool of processes, results in input order.

Documents are independent of each other, and so are the blocks of a comparison and
the word diffs of its pairs: each is the same function over many items. `map_ordered`
runs it in this process (one job, or fewer than two items: no pool to start, so one
file is as fast as ever) or over a process pool, and yields the results in the order
of the items either way, so the output of `--jobs 1` and `--jobs N` is the same.

Only a bounded number of items is in flight at a time: a long run (every match of
400 codes) neither queues all its arguments nor holds all its results at once.
Past one machine the same function can be handed to an existing engine (Dask's
`client.map`, Ray's `remote`); this module is not a scheduler.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, TypeVar

from .errors import InputError

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on macOS or Windows
        return max(1, os.cpu_count() or 1)


def map_ordered(
    function: Callable[[T], R],
    items: Iterable[T],
    jobs: int = 1,
    *,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    ahead: int = 4,
) -> Iterator[R]:
    """`function` over `items`, in input order; `jobs` > 1 and two items or more: in a pool.

    `function` (and `initializer`) must be importable module-level functions, because a
    worker process gets them by name. An exception raised for one item (an `InputError`
    for a bad file) stops the run and is raised here when that item's turn comes, after
    the results before it: the same as one process going through the items in order.
    `ahead` items per process are queued at most.
    """
    items = iter(items)
    first = list(islice(items, 2))
    if jobs <= 1 or len(first) < 2:
        if initializer is not None:
            initializer(*initargs)
        yield from map(function, chain(first, items))
        return
    yield from _pooled(function, chain(first, items), jobs, initializer, initargs, ahead)


def _pooled(function, items, jobs, initializer, initargs, ahead) -> Iterator:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(jobs, initializer=initializer, initargs=initargs)
    pending: deque = deque()
    try:
        for item in items:
            pending.append(pool.submit(function, item))
            while len(pending) >= jobs * ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as error:
        raise InputError(
            "a worker process ended unexpectedly (out of memory?); try fewer jobs (--jobs 1)"
        ) from error
    finally:
        # On an error (or a reader that stops early) the queued items are dropped, not run.
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# -- many documents ------------------------------------------------------------------
#: A document to parse: a file, or (name, bytes) read elsewhere (standard input).
Source = str | os.PathLike | tuple[str, bytes]


@dataclass(frozen=True, slots=True)
class Parsed:
    """What the work on one document gave, with the warnings a reader must see."""

    file: str
    warnings: tuple[str, ...]  # the parse's warnings about the file as a whole
    value: Any  # the `Code`, or what the work function made of it


def parse_many(
    sources: Iterable[Source],
    jobs: int = 1,
    work: Callable[[Any], Any] | None = None,
    input_format: str | None = None,
    max_size: int | None = None,
) -> Iterator[Parsed]:
    """Parse every source and apply `work` to its `Code` (None: keep the code), in order.

    With a pool, `work` runs in the worker that parsed the document, so only its result
    (a rendered text, the findings) travels back, not the whole graph.
    """
    sources = list(sources)
    if jobs > 1 and len(sources) > 1:
        _warm_up()
    tasks = ((source, work, input_format, max_size) for source in sources)
    return map_ordered(_parse_one, tasks, jobs)


def _warm_up() -> None:
    """Load the parser's modules, the law registry and the patterns here, once, before the
    pool starts: forked workers inherit them (and share their memory) instead of each
    loading them again. Workers that start afresh (spawn) load them themselves."""
    import multiprocessing

    if multiprocessing.get_start_method() == "fork":
        from .parse import parse_text

        parse_text("Artikel 1\nDe Gemeentewet, artikel 15, lid 3, is van toepassing.\n")


def _parse_one(task: tuple[Source, Callable | None, str | None, int | None]) -> Parsed:
    from .collector import paused
    from .parse import parse_bytes, parse_file

    source, work, input_format, max_size = task
    # The cycle collector stays paused until `work` is done and the graph is gone again
    # (refcounting frees it; none of it is in a cycle): resumed with the graph alive, as
    # at the end of a parse, the collector would walk all of it once, a pass for nothing.
    with paused():
        if isinstance(source, tuple):
            code = parse_bytes(source[1], source[0], input_format, max_size)
        else:
            code = parse_file(source, input_format, max_size)
        # Warnings about one node stay in the output; those about the file start with its name.
        warnings = tuple(w for w in code.warnings if w.startswith(f"{code.file}: "))
        parsed = Parsed(code.file, warnings, code if work is None else work(code))
        del code
    return parsed
