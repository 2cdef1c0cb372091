"""Python's cycle collector, paused while a large tree of objects is built.

A parse (and the dicts of its JSON) allocates a great many objects, none in a garbage
cycle; the collector would walk the growing heap again and again (a seventh of the
time of a 10 MB code, more with many parsed codes alive). Usable as a `with` block
or a decorator; a collector that was already off stays off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
