"""The structure engine's shortcuts for speed (issue 11) give what the plain ways gave:
lines without words make no `Line`, ids are made in the walk that makes the nodes, a
node is made through its slots' setters, and `Node.walk` goes by a stack."""

from __future__ import annotations

import pytest

from codes import model as m
from codes.corpus import catalog
from codes.ids import assign_ids
from codes.normalize import normalize
from codes.parse import parse_file
from codes.structure import Builder, split_lines
from codes.tree import _walk, classify_annexes, freeze


def test_split_lines_leaves_out_lines_without_words_and_keeps_their_place():
    text = "Artikel 1 Begrippen\n\n   \n1. In deze code wordt verstaan onder:\n\n  a. ambtenaar;\n"
    norm = normalize(text)
    assert norm.text == text  # nothing to repair: the offsets below are the text's
    lines = split_lines(norm, {}, text)
    assert [(line.index, line.body) for line in lines] == [
        (0, "Artikel 1 Begrippen"),
        (3, "1. In deze code wordt verstaan onder:"),
        (5, "a. ambtenaar;"),
    ]
    assert text[lines[2].start : lines[2].start + len(lines[2].raw)] == "  a. ambtenaar;"
    assert (lines[2].indent, lines[2].body_offset) == (2, 2)


def test_a_blank_line_still_parts_a_heading_from_the_text_before_it():
    """`previous_blank` is read from the gap in the indexes, now that no blank `Line` is made."""
    text = (
        "Artikel 1 Begrippen\nIn deze code wordt verstaan onder ambtenaar: de ambtenaar.\n\n"
        "INTEGRITEIT\n\nArtikel 2 Melden\nEen ambtenaar meldt een vermoeden.\n"
    )
    lines = split_lines(normalize(text), {}, text)
    assert [line.index for line in lines] == [0, 1, 3, 5, 6]
    root = Builder(lines).build()
    assert [(d.kind, d.number) for d in root.children] == [("artikel", "1"), ("artikel", "2")]


@pytest.mark.parametrize("entry", catalog(), ids=lambda e: e.path.name)
def test_ids_made_in_the_walk_are_those_of_assign_ids(entry):
    source_text = entry.path.read_text(encoding="utf-8", errors="replace")
    if entry.path.suffix not in (".txt", ".md"):
        pytest.skip("a plain text is enough to compare the two walks")
    norm = normalize(source_text, markdown=entry.path.suffix == ".md")
    draft = Builder(split_lines(norm, {}, source_text)).build()
    classify_annexes(draft)
    ids = assign_ids(draft)
    root = freeze(draft, norm)
    drafts, nodes = list(_walk(draft)), list(root.walk())
    assert len(drafts) == len(nodes) > 40
    assert [ids[id(d)] for d in drafts] == [n.id for n in nodes]


def test_walk_by_a_stack_is_the_document_order():
    code = parse_file(next(e.path for e in catalog() if e.path.name == "best.txt"))

    def recursive(node: m.Node):
        yield node
        for child in node.children:
            yield from recursive(child)

    walked = [n.id for n in code.root.walk()]
    assert walked == [n.id for n in recursive(code.root)]
    assert walked[0] == "code" and len(walked) == len(set(walked)) > 150
