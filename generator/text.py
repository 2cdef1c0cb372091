"""A value from a case or an option is text: it can never change the layout it is put in.

`plain_text` is for every output: a value keeps its line breaks, and every other
control character becomes a space (docxtpl turns a form feed into a page break and
a bell into a new paragraph; most other control characters are not even valid in
Word's XML). `markdown_text` also escapes what Markdown would read as markup, so
that `# ...`, `<script>` and `[...](url)` in a value stay literal text.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates (from JSON's "\ud800") and the two non-characters cannot be encoded in
# a document at all.
_UNENCODABLE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
# Markdown anywhere in a line: backslash, code, emphasis, links and images, raw HTML and
# autolinks, headings (and their closing #s), tables, strikethrough, and an entity
# reference (&amp;). An underscore between two letters or digits is not emphasis, so
# "chp_1" and "j_jansen" stay as written.
_INLINE = re.compile(r"[\\`*\[\]<>#|~]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_])")
# Markdown at the start of a line: list items ("- ", "+ ", "1. ", "1) ") and setext underlines.
_BULLET = re.compile(r"^[+=-]")
_NUMBERED = re.compile(r"^(\d+)([.)])")


def plain_text(value: Any) -> Any:
    """`value` with its line breaks as "\\n" and no other control characters; lists item by item."""
    if isinstance(value, list):
        return [plain_text(item) for item in value]
    if not isinstance(value, str):
        return value
    # splitlines knows every line break: \r\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029.
    text = "\n".join(value.splitlines())
    return _UNENCODABLE.sub("\ufffd", _CONTROL.sub(" ", text.replace("\t", " ")))


def markdown_text(value: Any) -> Any:
    """`plain_text(value)` as literal Markdown text: markup escaped, a line break a hard break."""
    value = plain_text(value)
    if isinstance(value, list):
        return [markdown_text(item) for item in value]
    if not isinstance(value, str):
        return value
    lines = (line.strip() for line in value.split("\n"))
    # Leading spaces would make an indented code block, an empty line a new paragraph.
    escaped = (_INLINE.sub(r"\\\g<0>", line) for line in lines if line)
    return "  \n".join(_NUMBERED.sub(r"\1\\\2", _BULLET.sub(r"\\\g<0>", line)) for line in escaped)
