"""Node ids in the Akoma Ntoso / STOP eId style, computed once, here.

An id is the path of components from the root, joined by "__": a prefix for the
kind and the number as written (`chp_3__art_6__para_2__item_a`). Where a node
has no number, or its number repeats among its siblings, its position among
siblings of the same kind is used instead, so every id is unique and stable
for the same text.
"""

from __future__ import annotations

import re

PREFIX = {
    "hoofdstuk": "chp",
    "paragraaf": "sec",
    "artikel": "art",
    "lid": "para",
    "onderdeel": "item",
    "bijlage": "cmp",
    "section": "div",
    "block": "expl",
    "preamble": "preamble",
    "signature": "signature",
    "text": "p",
}
_UNSAFE = re.compile(r"[^A-Za-z0-9.\-]")


def assign_ids(root) -> dict[int, str]:
    """Map `id(draft)` to its eId for every draft below `root` (root itself is "code")."""
    ids = {id(root): "code"}
    # A stack, not a nested function that calls itself (a garbage cycle: `tree.freeze`).
    todo = [(root, "code")]
    while todo:
        parent, parent_id = todo.pop()
        children = parent.children
        for child, child_id in zip(children, child_ids(children, parent_id), strict=True):
            ids[id(child)] = child_id
            if child.children:  # most nodes are leaves: nothing to push for them
                todo.append((child, child_id))
    return ids


def child_ids(children, parent_id: str) -> list[str]:
    """The eIds of `children`, the children of the node whose eId is `parent_id`, in order
    (for a walk that makes the nodes and their ids at once, `tree.freeze`)."""
    counts: dict[str, int] = {}
    seen: set[str] = set()
    found = []
    for child in children:
        prefix = PREFIX.get(child.kind, child.kind)
        counts[prefix] = counts.get(prefix, 0) + 1
        number = child.number.strip(".") if child.number else ""
        if number and not (number.isascii() and number.isalnum()):  # "1", "4a": as is
            number = _UNSAFE.sub("-", number)
        if number:
            component = f"{prefix}_{number}"
        elif prefix in ("preamble", "signature") and counts[prefix] == 1:
            component = prefix
        else:
            component = f"{prefix}_{counts[prefix]}"
        if component in seen:  # a number repeated among siblings: fall back to position
            component = f"{prefix}_o{counts[prefix]}"
        seen.add(component)
        found.append(component if parent_id == "code" else f"{parent_id}__{component}")
    return found
