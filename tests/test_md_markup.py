"""Markdown's inline markup is taken out before the grammar and the metadata read the
words, and every span still points into the file as written."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from codes import parse_text
from codes.md_markup import blanked, markup_edits
from codes.normalize import normalize

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "texts"
_LABEL_CELL = re.compile(
    r"^(Organisatietype|Organisatie|Officiële naam regeling|Citeertitel|Vastgesteld door)(\S.*)$",
    re.M,
)


def _as_markdown_table(text: str) -> str:
    """The register's metadata table as a browser extension copies it to Markdown."""
    table = _LABEL_CELL.sub(r"| \1 | \2 |", text)
    return table.replace("| Organisatie |", "| | |\n|---|---|\n| Organisatie |", 1)


def test_a_lid_in_bold_is_still_cited():
    text = "# Gedragscode\n\n## Artikel 2\n\nZie artikel 15, **eerste lid**, van de Gemeentewet.\n"
    code = parse_text(text, "code.md")
    (ref,) = [r for r in code.references if r.article]
    assert (ref.law, ref.article, ref.lid) == ("Gemeentewet", "15", 1)
    assert text[ref.span.start : ref.span.end].startswith("artikel 15, **eerste lid**")


def test_the_registers_table_copied_as_markdown_gives_the_metadata():
    # a01: lokaleregelgeving.overheid.nl, Alphen aan den Rijn (see the devset truth).
    plain = (DEVSET / "a01-alphen-aan-den-rijn-gedragscode-ambtenaren.txt").read_text("utf-8")
    text = _as_markdown_table(plain)
    assert "| Citeertitel | Gedragscode voor ambtenaren Alphen aan den Rijn |" in text
    meta = parse_text(text, "a01.md").metadata
    assert meta.organisation == "Alphen aan den Rijn"
    assert meta.organisation_type == "gemeente"
    assert meta.citeertitel == "Gedragscode voor ambtenaren Alphen aan den Rijn"
    start, end = meta.source_spans["citeertitel"].as_list()
    assert text[start:end].strip(" |\t") == meta.citeertitel


def test_escapes_links_and_images_leave_their_words():
    text = "1\\. Zie [artikel 4:8 Awb](https://wetten.overheid.nl/BWBR0005537) ![logo](x.png)."
    norm = normalize(text, markdown=True)
    assert norm.text == "1. Zie artikel 4:8 Awb ."


def test_plain_text_keeps_its_asterisks_and_snake_case_stays():
    assert normalize("een *ster* hier").text == "een *ster* hier"
    assert normalize("zie bestand_naam_1 en *nadruk*", markdown=True).text == (
        "zie bestand_naam_1 en nadruk"
    )


def test_a_bullet_and_a_rule_are_no_emphasis():
    text = "* eerste punt\n* tweede punt\n\n***\n"
    assert not markup_edits(text)


_PIECES = ["**", "*", "_", "|", " | ", "\\.", "[a](b)", "woord", " ", "\n", "---", "lid 2", "é"]


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_markup_is_only_ever_removed_and_offsets_hold(text):
    norm = normalize(text, markdown=True)
    for repair in norm.repairs:
        if repair.kind == "markup":
            assert text[repair.span.start : repair.span.end] == repair.original
            assert set(repair.original) <= set("*_|\\[]()-:ab \t!")
    assert len(blanked(text, norm.repairs)) == len(text)


def _plain_scan_edits(text: str) -> list[tuple[int, int]]:
    """The emphasis the patterns find with a plain `finditer` over the whole text."""
    from codes.md_markup import _EMPHASIS, _STRONG

    found, taken = [], set()
    for pattern in (_STRONG, _EMPHASIS):
        for match in pattern.finditer(text):
            opener, closer, width = match.start(1), match.end(2), len(match.group(1))
            if opener in taken or closer in taken:
                continue
            found += [(opener, opener + width), (closer, closer + width)]
            taken.update([*range(opener, opener + width), *range(closer, closer + width)])
    return found


_EMPHASIS_PIECES = ["**", "*", "_", "__", "a", "lid", " ", "\n", "\\", "***", "é", "1"]


@given(st.lists(st.sampled_from(_EMPHASIS_PIECES), max_size=24).map("".join))
def test_emphasis_found_from_its_delimiters_is_what_a_plain_scan_finds(text):
    from codes.md_markup import _emphasis_edits

    assert [(s, e) for s, e, _, _ in _emphasis_edits(text)] == _plain_scan_edits(text)
