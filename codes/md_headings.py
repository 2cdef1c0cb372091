"""Which lines of a Markdown code are headings, and of what level.

markdown-it-py's block parser answers this exactly, but runs every block rule on every
line: in a code exported as Markdown it was a fifth of the whole parse. Most codes use
only ATX headings ("## Artikel 1") at the left margin, besides paragraphs and lists;
for those, the heading lines are what one pattern finds. A document with anything that
could change that answer (a fence, an HTML block, a setext underline, a link reference
definition, a heading that is indented or sits in a list item or block quote) goes to
markdown-it as before. `tests/test_md_headings.py` checks the two agree.
"""

from __future__ import annotations

import re

# The patterns read `"\n" + text`, so that each starts with a literal "\n" (found fast)
# instead of "^", which `re` tries at every position.
# Up to three spaces, then 1-6 '#' and a space, a tab or the line's end: CommonMark's ATX heading.
_ATX = re.compile(r"(?m)\n {0,3}(#{1,6})(?:[ \t]|$)")
# Whatever may stand before a block on its line: indentation, block quote and list markers.
_PREFIX = r"(?m)\n[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t>]+|$))*"
_ANY_ATX = re.compile(_PREFIX + r"#{1,6}(?:[ \t]|$)")
_UNSURE = re.compile(_PREFIX + r"(?:<|(?:=+|-+)[ \t]*$)")


def heading_levels(text: str) -> dict[int, int]:
    """{0-based line number: heading level} as CommonMark reads `text` (lines split on "\\n")."""
    levels = _plain_headings(text)
    if levels is not None:
        return levels
    from markdown_it import MarkdownIt

    # Only the block level says which lines are headings; inline parsing was a third of the time.
    return {
        token.map[0]: int(token.tag[1])
        for token in MarkdownIt("commonmark").disable("inline").parse(text)
        if token.type == "heading_open" and token.map
    }


def _plain_headings(text: str) -> dict[int, int] | None:
    """The headings where every one stands at the margin and nothing else can interfere; else None."""
    if "```" in text or "~~~" in text or "]:" in text:
        return None  # a fence, or a link reference definition
    lined = "\n" + text
    if _UNSURE.search(lined):
        return None
    levels: dict[int, int] = {}
    line, position = -1, 0
    headings = _ATX.finditer(lined)
    for candidate in _ANY_ATX.finditer(lined):
        heading = next(headings, None)
        if heading is None or heading.start() != candidate.start():
            return None  # a heading indented, or in a list item or block quote
        line += lined.count("\n", position, heading.start() + 1)
        position = heading.start() + 1
        levels[line] = len(heading.group(1))
    return levels
