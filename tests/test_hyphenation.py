"""Words broken at a line end: the hyphen-first scan finds what the plain patterns find."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from codes.normalize import _hyphenation, normalize

# The rule written the obvious way (slow: each pattern tries every position of the text).
_BREAK = re.compile(
    r"(?<![A-Za-zÀ-ÿ])([A-Za-zÀ-ÿ]{2,})-[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*([a-zà-ÿ]{2,})"
)
_HYPHENATED = re.compile(r"(?<![A-Za-zÀ-ÿ])([A-Za-zÀ-ÿ]+)-(?=([A-Za-zÀ-ÿ]+))")


def oracle(text):
    breaks = [m for m in _BREAK.finditer(text) if m.group(2) not in ("en", "of", "tot", "dan")]
    hyphenated = {(m.group(1), m.group(2)) for m in _HYPHENATED.finditer(text)}
    words = set(re.findall(r"[A-Za-zÀ-ÿ]+", text))
    return [
        (
            m.end(1),
            m.start(2),
            "-"
            if (m.group(1), m.group(2)) in hyphenated and m.group(1) + m.group(2) not in words
            else "",
            "hyphenation",
        )
        for m in breaks
    ]


PIECES = [
    "ver",
    "antwoord",
    "é",
    "Anti",
    "en",
    "of",
    "-",
    "-",
    "\n",
    "\n",
    " ",
    "\t",
    ".",
    "x",
    "2",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_hyphenation_agrees_with_the_plain_patterns(pieces):
    text = "".join(pieces)
    assert _hyphenation(text) == oracle(text)


def test_broken_word_joined_and_written_hyphen_kept():
    text = "de integriteits-\nbeleid en de anti-\ncorruptie, zoals anti-corruptie."
    assert (
        normalize(text).text == "de integriteitsbeleid en de anti-corruptie, zoals anti-corruptie."
    )


def test_many_hyphenated_words_collected_once():
    pairs = [(f"woord{chr(97 + i)}", f"deel{chr(97 + i)}") for i in range(20)]
    text = " ".join(f"{a}-{b} {a}-\n{b}" for a, b in pairs) + " woorda" + "deela."
    assert _hyphenation(text) == oracle(text)
    assert sum(edit[2] == "-" for edit in _hyphenation(text)) == 19
