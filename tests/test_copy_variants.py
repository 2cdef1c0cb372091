"""The same regulation copied another way gives the same article graph facts: Windows
line ends, the no-break spaces a browser copies from a web page ("8&nbsp;juni",
"artikel&nbsp;15"), and the ligatures of text copied from a PDF ("ﬁnanciële"). Checked on every fifth text of the development set (real pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.bench_variants import hard_wrapped, left_margin, ligatures
from codes import parse_text

TEXTS = sorted((Path(__file__).parent.parent / "benchmarks" / "devset" / "texts").glob("*.txt"))[
    ::5
]
_BETWEEN_WORDS = re.compile(r"(?<=\w) (?=\w)")


def _facts(text: str):
    code = parse_text(text)
    md = code.metadata
    references = sorted(
        {(r.bwb, r.article, r.lid, r.onderdeel) for r in code.references if r.bwb}, key=str
    )
    articles = [n.number for n in code.root.walk() if n.kind == "artikel"]
    return references, articles, (md.title, md.organisation, md.organisation_type, md.adopted_on)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name[:3])
def test_line_ends_and_no_break_spaces_change_nothing(path):
    text = path.read_text(encoding="utf-8")
    plain = _facts(text)
    assert _facts(text.replace("\n", "\r\n")) == plain
    # every third space between two words a no-break space, as a web page has them
    spaced = iter(range(10**7))
    nbsp = _BETWEEN_WORDS.sub(lambda m: "\u00a0" if next(spaced) % 3 == 0 else " ", text)
    assert _facts(nbsp) == plain


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name[:3])
def test_pdf_ligatures_change_nothing(path):
    text = path.read_text(encoding="utf-8")
    assert _facts(ligatures(text)) == _facts(text)


def test_ligatures_are_read_as_letters_in_the_text_and_in_word(tmp_path):
    from docx import Document

    sentence = "gelet op artikel 3 van de Wet ﬁnanciering decentrale overheden (Wet ﬁdo);"
    code = parse_text(sentence)
    assert "Wet financiering decentrale overheden" in code.source
    assert [(r.bwb, r.article) for r in code.references] == [("BWBR0011987", "3")]
    document = Document()
    document.add_paragraph(sentence)
    document.save(tmp_path / "fido.docx")
    from codes import parse_file

    assert "Wet financiering" in parse_file(tmp_path / "fido.docx").source


def test_the_sample_is_real():
    assert len(TEXTS) >= 50


# Real texts whose title, citeertitel and adoption date run over several lines when the
# text is hard-wrapped (as a PDF or a mail wraps it), broken after "regels", "mandaat,",
# "nr. 81A43807 tot", after the elided "heffings-" and before "Zeeland 2023".
WRAPPED = ["b14", "c08", "c10", "e11", "i02", "j02"]


@pytest.mark.parametrize("prefix", WRAPPED)
def test_metadata_of_a_hard_wrapped_text_is_that_of_the_text(prefix):
    (path,) = (Path(__file__).parent.parent / "benchmarks" / "devset" / "texts").glob(f"{prefix}-*")
    text = path.read_text(encoding="utf-8")
    plain = parse_text(text).metadata
    for width in (78, 60):
        wrapped = hard_wrapped(text, width)
        found = parse_text(wrapped).metadata
        assert (found.title, found.citeertitel, found.adopted_on) == (
            plain.title,
            plain.citeertitel,
            plain.adopted_on,
        )
        # The span is the wrapped file's: its words are the title's.
        span = found.source_spans["title"]
        assert " ".join(wrapped[span.start : span.end].split()) == " ".join(found.title.split())


def test_a_title_line_over_the_preamble_stays_a_line_in_a_wrapped_text():
    from codes.metadata.view import metadata_text
    from codes.normalize import normalize
    from codes.spaces import as_plain_spaces

    # h03 (Gemeenteblad Kaag en Braassem 2018): normalization reads its long lines as
    # wrapped, but does not join the title to the preamble's body ("De raad ...") that
    # opens the next line (`unwrap._title_above_preamble`), and neither does the metadata.
    (path,) = (Path(__file__).parent.parent / "benchmarks" / "devset" / "texts").glob("h03-*")
    text = path.read_text(encoding="utf-8")
    norm = normalize(text)
    assert not any(
        r.kind == "unwrap" and "Braassem\nDe raad" in text[r.span.start - 8 : r.span.end + 7]
        for r in norm.repairs
    )
    seen = metadata_text(as_plain_spaces(text), norm.repairs, markdown=False)
    assert len(seen) == len(text)
    assert "Kaag en Braassem\nDe raad van de gemeente" in seen
    assert "april 2015; gelet op de artikelen" in seen  # the sentence that goes on is joined
    assert (
        parse_text(text).metadata.title
        == "Gedragscode integriteit bestuurders in de gemeente Kaag en Braassem"
    )


# Real texts whose decision title ("Besluit van Gedeputeerde Staten van Zeelandvan 24
# september 2019", "Regeling van de Staatssecretaris van Volksgezondheid, ...") gives the
# date or the body: read the same with a left margin, as `pdftotext -layout` writes one.
MARGIN = ["b14", "d14", "w07"]


@pytest.mark.parametrize("prefix", MARGIN)
def test_a_left_margin_changes_nothing(prefix):
    (path,) = (Path(__file__).parent.parent / "benchmarks" / "devset" / "texts").glob(f"{prefix}-*")
    text = path.read_text(encoding="utf-8")
    assert _facts(left_margin(text)) == _facts(text)


# Real texts whose article headings stand between wrapped paragraphs: a heading's line is
# not joined to the body after it, and a heading whose title wraps keeps the whole title
# (m07: "Artikel 4. Geschenken, ..., evenementen en" / "buitenlandse reizen op ...").
HEADINGS_WRAPPED = ["m07", "t09", "v10", "w04"]


@pytest.mark.parametrize("prefix", HEADINGS_WRAPPED)
def test_article_headings_of_a_hard_wrapped_text_are_those_of_the_text(prefix):
    (path,) = (Path(__file__).parent.parent / "benchmarks" / "devset" / "texts").glob(f"{prefix}-*")
    text = path.read_text(encoding="utf-8")

    def headings(code):
        return [(n.number, n.title) for n in code.root.walk() if n.kind == "artikel"]

    assert headings(parse_text(hard_wrapped(text, 78))) == headings(parse_text(text))
