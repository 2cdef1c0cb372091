"""Fixtures from the real corpus, parsed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from codes import parse_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "codes" / "corpus"
FIXTURES = Path(__file__).parent / "fixtures"
NAMES = ("assen", "best", "de-bilt", "nijmegen", "rheden")

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
