"""Word-level differences between two provisions, with diff-match-patch.

Words (and the spaces between them) are mapped to single characters, diffed,
cleaned up semantically, and mapped back: the same trick diff-match-patch uses
for lines, applied to words, so a change shows as whole words. A `WordDiffer`
keeps one table of words for many diffs, so each text is split and encoded once.
"""

from __future__ import annotations

import html
import re

_TOKEN = re.compile(r"\s+|[^\s]+")

EQUAL, INSERT, DELETE = 0, 1, -1
#: Private-use characters the words are mapped to (none is a letter, digit or space,
#: so diff-match-patch's semantic clean-up treats them all alike).
_PLANES = ((0xE000, 6400), (0xF0000, 65534), (0x100000, 65534))


def _char(number: int) -> str | None:
    for start, size in _PLANES:
        if number < size:
            return chr(start + number)
        number -= size
    return None


class WordDiffer:
    """Word diffs of many texts, with one table of words for all of them."""

    def __init__(self) -> None:
        self._chars: dict[str, str] = {}
        self._words: dict[str, str] = {}
        self._encoded: dict[str, str] = {}
        self._engine = _engine()

    def encode(self, text: str) -> str | None:
        """The text as one character per word or run of spaces (None: too many words)."""
        encoded = self._encoded.get(text)
        if encoded is not None:
            return encoded
        out = []
        for token in _TOKEN.findall(text):
            char = self._chars.get(token)
            if char is None:
                char = _char(len(self._chars))
                if char is None:
                    return None
                self._chars[token] = char
                self._words[char] = token
            out.append(char)
        encoded = self._encoded[text] = "".join(out)
        return encoded

    def diff(self, old: str, new: str) -> list[tuple[int, str]]:
        """(operation, text) pieces that turn `old` into `new`: 0 equal, 1 inserted, -1 deleted."""
        first, second = self.encode(old), self.encode(new)
        if first is None or second is None:
            return WordDiffer().diff(old, new)  # a fresh table for this pair alone
        diffs = self._engine.diff_main(first, second, False)
        self._engine.diff_cleanupSemantic(diffs)
        words = self._words
        return [(op, "".join([words[c] for c in text])) for op, text in diffs]


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """(operation, text) pieces that turn `old` into `new`: 0 equal, 1 inserted, -1 deleted."""
    return WordDiffer().diff(old, new)


def _engine():
    from diff_match_patch import diff_match_patch

    engine = diff_match_patch()
    # A limit no diff reaches: with the old 1 s, a diff that ran past it on a busy machine
    # (or in a worker sharing a core) came out coarser, so the same input gave another
    # output. Not 0 (no limit): that also turns off the half-match speed-up, which gives
    # other (equally valid) diffs. On words the slowest pair of the corpus takes 0.4 s.
    engine.Diff_Timeout = 3600.0
    return engine


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


def compact_html(pieces: list[tuple[int, str]], context: int = 8) -> str:
    """Like `diff_html`, but long unchanged stretches keep only `context` words on each
    side of a change: what a reader of many variants of one text needs to see."""
    out = []
    last = len(pieces) - 1
    for position, (op, text) in enumerate(pieces):
        if op != EQUAL:
            out.append(diff_html([(op, text)]))
            continue
        tokens = _TOKEN.findall(text)
        keep_head = 0 if position == 0 else context * 2  # a word and a space per word
        keep_tail = 0 if position == last else context * 2
        if len(tokens) > keep_head + keep_tail + 4:
            head = "".join(tokens[:keep_head])
            tail = "".join(tokens[len(tokens) - keep_tail :]) if keep_tail else ""
            out.append(f'{html.escape(head)}<span class="gap"> … </span>{html.escape(tail)}')
        else:
            out.append(html.escape(text))
    return "".join(out)
