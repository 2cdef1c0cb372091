"""Every stage is linear in its input (issue #10, item 10): the shapes that were quadratic.

Budgets are generous (10x or more what the linear code needs on a slow machine);
the quadratic code took minutes on the same inputs. The full curve up to 100 MB
is `python -m benchmarks.bench_scaling`.
"""

from __future__ import annotations

import time

from codes import parse_text
from codes.akn import to_akn
from codes.normalize import normalize


def _seconds(function, *arguments):
    start = time.perf_counter()
    result = function(*arguments)
    return time.perf_counter() - start, result


def test_a_long_word_without_a_space_is_linear():
    seconds, norm = _seconds(normalize, "a" * 50_000)  # was 14 s: each letter rescanned the run
    assert seconds < 1.0 and norm.text == "a" * 50_000


def test_many_hyphenated_line_breaks_are_linear():
    text = "Een woord-\nstuk en een ander-\nstuk.\n" * 15_000
    seconds, norm = _seconds(normalize, text)  # was 12 s: the whole text searched per hyphen
    assert seconds < 3.0
    assert norm.text.startswith("Een woordstuk en een anderstuk.")


def test_a_hyphen_kept_where_the_text_writes_it_so():
    norm = normalize("De zorg-\naanbieder en nog eens de zorg-aanbieder.\n")
    assert norm.text.startswith("De zorg-aanbieder en")
    assert normalize("De zorg-\naanbieder, de zorgaanbieder.\n").text.startswith(
        "De zorgaanbieder,"
    )


def test_akn_links_thousands_of_references_in_one_lid_in_linear_time():
    citations = "".join(f"artikel {i} van de Gemeentewet en " for i in range(1, 6000))
    code = parse_text(f"Artikel 1 Test\n\n1. Een lid.\n\n2. {citations}\n", "many.txt")
    assert len(code.references) > 5000
    seconds, xml = _seconds(to_akn, code)  # was 2 s and growing with the square
    assert seconds < 1.0
    assert xml.count("<ref ") == len(code.references)
