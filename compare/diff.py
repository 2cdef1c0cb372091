"""Word-level differences between two provisions, with diff-match-patch.

Words (and the spaces between them) are mapped to single characters, diffed,
cleaned up semantically, and mapped back: the same trick diff-match-patch uses
for lines, applied to words, so a change shows as whole words.
"""

from __future__ import annotations

import html
import re

_TOKEN = re.compile(r"\s+|[^\s]+")

EQUAL, INSERT, DELETE = 0, 1, -1


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """(operation, text) pieces that turn `old` into `new`: 0 equal, 1 inserted, -1 deleted."""
    from diff_match_patch import diff_match_patch

    tokens: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            if token not in tokens:
                tokens[token] = (
                    chr(0xE000 + len(words)) if len(words) < 6400 else chr(0xF0000 + len(words))
                )
                words.append(token)
            out.append(tokens[token])
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = 1.0
    diffs = engine.diff_main(encode(old), encode(new), False)
    engine.diff_cleanupSemantic(diffs)
    decode = {v: k for k, v in tokens.items()}
    return [(op, "".join(decode[c] for c in text)) for op, text in diffs]


def diff_html(pieces: list[tuple[int, str]]) -> str:
    out = []
    for op, text in pieces:
        escaped = html.escape(text)
        if op == INSERT:
            out.append(f"<ins>{escaped}</ins>")
        elif op == DELETE:
            out.append(f"<del>{escaped}</del>")
        else:
            out.append(escaped)
    return "".join(out)


def diff_json(pieces: list[tuple[int, str]]) -> list[dict[str, str]]:
    names = {EQUAL: "equal", INSERT: "insert", DELETE: "delete"}
    return [{"op": names[op], "text": text} for op, text in pieces]
