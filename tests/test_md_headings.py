"""The fast path for Markdown headings agrees with markdown-it-py, or steps aside."""

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from codes.corpus import catalog
from codes.md_headings import _plain_headings, heading_levels

LINES = [
    "# Hoofdstuk 1",
    "## Artikel 2 Begrippen",
    "   ### Artikel 3",
    "    # ingesprongen",
    "\t# tab",
    "#",
    "#5 geen kop",
    "####### zeven",
    "  ## Artikel 4 ##",
    "#\tArtikel 5",
    "- # kop in lijst",
    "1. # kop in lijst",
    "> # citaat",
    "De raad van de gemeente Best;",
    "1. Een lid meldt zijn nevenfuncties.",
    "   vervolg van het lid",
    "- onderdeel",
    "a. onderdeel",
    "",
    "---",
    "===",
    "* * *",
    "```",
    "~~~",
    "<div>",
    "[noot]:",
    "    code",
]


def commonmark(text: str) -> dict[int, int]:
    return {
        t.map[0]: int(t.tag[1])
        for t in MarkdownIt("commonmark").disable("inline").parse(text)
        if t.type == "heading_open"
    }


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14))
def test_fast_path_agrees_with_commonmark_or_steps_aside(lines):
    text = "\n".join(lines)
    fast = _plain_headings(text)
    if fast is not None:
        assert fast == commonmark(text)
    assert heading_levels(text) == commonmark(text)


def test_fast_path_takes_a_code_with_headings_at_the_margin():
    best = next(e.path for e in catalog() if e.path.name == "best.txt").read_text("utf-8")
    text = "\n".join(
        "## " + line if line.startswith("Artikel ") else line for line in best.split("\n")
    )
    fast = _plain_headings(text)
    assert fast is not None and len(fast) >= 44
    assert fast == commonmark(text)


def test_indented_heading_goes_to_markdown_it():
    text = "1. Eerste lid\n\n    # Artikel 2\n"
    assert _plain_headings(text) is None
    assert heading_levels(text) == commonmark(text) == {2: 1}
