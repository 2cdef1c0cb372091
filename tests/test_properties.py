"""Invariants that must hold for any input: werkdagen arithmetic and the source map of normalization."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.normalize import normalize
from generator.werkdagen import add_werkdagen, is_werkdag


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)), st.integers(1, 30))
def test_add_werkdagen_counts_exactly_n_werkdagen(start, count):
    end = add_werkdagen(start, count)
    assert end > start and is_werkdag(end)
    days = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(is_werkdag(d) for d in days) == count
    assert end.weekday() < 5


LINES = st.lists(
    st.sampled_from(
        [
            "Artikel 1 Begrippen",
            "1. Een raadslid meldt zijn nevenfuncties aan de griffier en ge-",
            "meentesecretaris zo spoedig mogelijk.",
            "",
            "Gemeenteblad 2025 nr. 251099 11 juni 2025",
            "RS",
            "ARTIKEL 1.3 AFSPRAKEN BlJ VERBODEN HANDELINGEN",
            " Artikel 41¢c Gemeentewet",
            "a. de omschrijving;",
            "en voor het overige de regels die gelden",
            "IArtikel 41b en 67 Gemeentewet (nevenfuncties)",
        ]
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(LINES)
def test_normalization_maps_back_into_the_source(lines):
    source = "\n".join(lines)
    norm = normalize(source)
    positions = [norm.to_source(i) for i in range(len(norm.text))]
    assert positions == sorted(positions)  # the map never goes backwards
    assert all(0 <= p <= len(source) for p in positions)
    for repair in norm.repairs:
        assert source[repair.span.start : repair.span.end] == repair.original
    # every character the normalizer kept is the character at its mapped position
    kept = {r.span.start for r in norm.repairs}
    for i, p in enumerate(positions):
        if p not in kept and p < len(source) and norm.text[i] not in " \n":
            assert source[p] == norm.text[i]
