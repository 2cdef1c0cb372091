"""Fixtures from the real corpus, parsed once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from codes import parse_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "codes" / "corpus"
FIXTURES = Path(__file__).parent / "fixtures"
NAMES = ("assen", "best", "de-bilt", "nijmegen", "rheden")

#: A complete kennisgeving case for the letter tests (values as a case file gives them).
LETTER_CASE = {
    "gemeente": "best",
    "datum": date(2026, 11, 24),
    "afzender.naam": "J. de Vries",
    "afzender.functie": "burgemeester",
    "betrokkene.naam": "mevrouw A. Jansen",
    "betrokkene.functie": "wethouder",
    "gedraging": "Het aannemen van een geschenk van een aannemer zonder dit te melden.",
}

_cache: dict[str, object] = {}


def corpus_code(name: str):
    if name not in _cache:
        _cache[name] = parse_file(CORPUS / f"{name}.txt")
    return _cache[name]


@pytest.fixture(scope="session")
def corpus():
    return {name: corpus_code(name) for name in NAMES}


@pytest.fixture(scope="session")
def best():
    return corpus_code("best")


@pytest.fixture(scope="session")
def debilt():
    return corpus_code("de-bilt")


@pytest.fixture(scope="session")
def nijmegen():
    return corpus_code("nijmegen")


@pytest.fixture(scope="session")
def rheden():
    return corpus_code("rheden")


@pytest.fixture(scope="session")
def assen():
    return corpus_code("assen")


# Hypothesis: a few hundred examples in every run; `--hypothesis-profile=long` for the
# 20,000-example fuzz run before a release (tests without their own max_examples use it).
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def pytest_configure(config):
    if not config.getoption("hypothesis_profile", None):
        settings.load_profile("ci")


@pytest.fixture
def workspace():
    """The web app's private folder, removed after the test."""
    from gedragscode.web.workspace import Workspace

    space = Workspace()
    yield space
    space.cleanup()


@pytest.fixture
def client(workspace):
    """Flask's test client of a web app on `workspace`."""
    from gedragscode.web import create_app

    return create_app(workspace=workspace).test_client()


# The first article after a page's header, so that the metadata rules see a whole code.
METADATA_BODY = "\n\nArtikel 1 Begrippen\nIn deze code wordt verstaan onder college: het college.\n"


def metadata_of(text: str, word: str = "code"):
    """The metadata the parser reads from a page's header followed by a first article
    (whose definitions say "In deze <word>")."""
    from codes import parse_text

    return parse_text(text + METADATA_BODY.replace("deze code", f"deze {word}")).metadata


def docplayer_page(heading: str, page: str) -> str:
    """A docplayer page as users copy it: the heading, the site's lines, and the
    transcript of the PDF's first page on one line."""
    return (
        f"{heading}\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        f'Download "{heading}"\n\nTranscriptie\n\n1 {page}\n'
    )


def law_refs(
    code, kinds: tuple[str, ...] = ("law",)
) -> list[tuple[str, str | None, int | None, str | None]]:
    """(law, article, lid, onderdeel) of every reference of `code` to a law (`kinds`: with
    "unresolved", also those whose words point at a law the code does not say)."""
    return [(r.law, r.article, r.lid, r.onderdeel) for r in code.references if r.kind in kinds]


def law_refs_in(text: str, kinds: tuple[str, ...] = ("law",)) -> list[tuple]:
    """(law, bwb, article, lid) of every reference to a law in `text`, parsed (`kinds`: as
    `law_refs`)."""
    from codes import parse_text

    return [
        (r.law, r.bwb, r.article, r.lid) for r in parse_text(text).references if r.kind in kinds
    ]


def metadata_as_given(text: str):
    """The metadata read in `text` alone (`metadata_of` adds a first article)."""
    from codes import parse_text

    return parse_text(text, "test.txt").metadata


def title_of(text: str) -> str | None:
    return metadata_as_given(text).title


def adopted_on_of(text: str) -> str | None:
    return metadata_as_given(text).adopted_on


def dates_of(text: str) -> tuple[str, str]:
    """(adopted_on, in_force_from) read in `text` alone, each as text ("None" where none)."""
    metadata = metadata_as_given(text)
    return str(metadata.adopted_on), str(metadata.in_force_from)


def law_fields(text: str, fields: tuple[str, ...]) -> list[tuple]:
    """The `fields` of every reference to a law in `text`, parsed as a file "test.txt"."""
    from codes import parse_text

    code = parse_text(text, "test.txt")
    return [
        tuple(getattr(r, field) for field in fields) for r in code.references if r.kind == "law"
    ]


def bwb_refs(text: str) -> list[tuple[str | None, str, str]]:
    """(bwb, article, lid as text) of every reference to a law in `text`, parsed."""
    from codes import parse_text

    return [
        (r.bwb, r.article, str(r.lid or "")) for r in parse_text(text).references if r.kind == "law"
    ]


def article_headings(text: str, name: str = "t.txt") -> list[tuple[str | None, str | None]]:
    """(number, title) of every article the parser finds in `text`."""
    from codes import parse_text

    return [(article.number, article.title) for article, _ in parse_text(text, name).articles()]
