"""How the codes spell a law's name beside its title: without the year of the title
("Leerplichtwet" for the Leerplichtwet 1969), with the plural's apostrophe written
otherwise ("veiligheidsregio’s", "veiligheidsregios"), and with a compound broken where a
PDF's line ended ("Jeugd wet", "Gemeente-wet"). `names.LawRegistry` adds these spellings
to the names it matches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .law import Law

YEAR_TITLE = re.compile(r"(.+?)\s+(?:19|20)\d\d")


def base_title(name: str) -> str:
    """A title without its year: "Politiewet 2012" -> "Politiewet"."""
    title = YEAR_TITLE.fullmatch(name)
    return title.group(1) if title else name


def bare_titles(laws: list[Law], taken: dict[str, Law]) -> dict[str, Law]:
    """ "Leerplichtwet" for the Leerplichtwet 1969: codes cite a law without the year of
    its title. The bare title names the one national law that bears it, or where a law
    and its successor bear it (Politiewet 1993, Politiewet 2012) the first, which
    `LawRegistry.as_of` moves on by the code's date. A bare title that is itself a
    title or a name ("Wet inburgering" beside the "Wet inburgering 2021") is taken."""
    groups: dict[str, list[Law]] = {}
    for law in laws:
        bare = base_title(law.name)
        if bare != law.name and law.national and law.kind in ("wet", "AMvB", "rijkswet"):
            groups.setdefault(bare.lower(), []).append(law)
    found = {}
    for bare, group in groups.items():
        if bare in taken:
            continue
        group.sort(key=lambda law: law.name)
        if all(a.successor == b.name for a, b in zip(group, group[1:], strict=False)):
            found[bare] = group[0]
    return found


# "Gemeentewet (1851)": the registry's name for an act that a new act of the very same
# name replaced; the year in brackets is ours, to tell the two apart.
_PREDECESSOR = re.compile(r"(?P<name>.+?)\s+\((?:1[6-9]|20)\d\d\)")


def predecessors(laws: list[Law]) -> dict[str, Law]:
    """The acts that a new act of the same name replaced, by the new act's name:
    "Gemeentewet" -> the Gemeentewet (1851). The bare name is the new act's own title, so
    it resolves to the new act; `LawRegistry.as_of` gives it back to the predecessor in a
    code dated before the predecessor's repeal."""
    return {
        law.successor: law
        for law in laws
        if law.repealed_on
        and (title := _PREDECESSOR.fullmatch(law.name))
        and title.group("name") == law.successor
    }


APOSTROPHE_S = re.compile(r"(?<=[a-zà-ÿ])['’]s\b")


def apostrophes(name: str) -> tuple[str, ...]:
    """A name and its spellings with the plural's apostrophe written otherwise:
    "wet veiligheidsregio's" as "veiligheidsregio’s", "veiligheidsregios", and
    "veiligheidsregio s" where a PDF's text lost the apostrophe (r14)."""
    if not APOSTROPHE_S.search(name):
        return (name,)
    return tuple(dict.fromkeys(APOSTROPHE_S.sub(mark + "s", name) for mark in ("'", "’", "", " ")))


# A code of books named by one book: "Boek 1 van het Burgerlijk Wetboek".
_BOOK_OF = re.compile(r"(boek \d{1,2}) (?=van het )", re.I)


def book_set_off(name: str) -> tuple[str, ...]:
    """ "Boek 1, van het Burgerlijk Wetboek" for "Boek 1 van het Burgerlijk Wetboek": the
    book set off by a comma, as Dutch sets off an apposition ("artikel 64, Boek 1, van het
    Burgerlijk Wetboek", a tariff table of leges, ud05). It names the same book."""
    book = _BOOK_OF.match(name)
    return (f"{book.group(1)}, {name[book.end() :]}",) if book else ()


# A book of a code of books in the name: "boek 1 van het burgerlijk wetboek", "burgerlijk
# wetboek boek 1".
_BOOK_NUMBER = re.compile(r"(?<![\w-])(boek )(\d{1,2})(?![\w-])", re.I)
_ROMAN = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def roman_books(name: str) -> tuple[str, ...]:
    """ "Boek I van het Burgerlijk Wetboek" for "Boek 1 van het Burgerlijk Wetboek": the
    book's number in Roman figures, as older texts and many reglementen of the burgerlijke
    stand write it ("artikel 16, lid 2 en 3 van Boek I Burgerlijk wetboek", up03). It names
    the same book."""
    book = _BOOK_NUMBER.search(name)
    if book is None or not 1 <= int(book.group(2)) < len(_ROMAN):
        return ()
    return (name[: book.start(2)] + _ROMAN[int(book.group(2))] + name[book.end(2) :],)


# The last part of a compound that names a kind of regulation: "Jeugd|wet", "Uitvoerings|besluit".
_KIND_PARTS = ("wet", "besluit", "regeling", "verordening")
_STEM = 4  # a first part shorter than this is too short a word to split off


def broken_compounds(name: str) -> tuple[str, ...]:
    """`name` with one compound broken before its last part, by a blank or a hyphen, as a
    PDF's text keeps a word hyphenated at a line end: "Jeugd wet" (v05), "Gemeente-wet"
    (a11), "Uitvoerings besluit Wmo 2015" (q13). The registry matches these only as
    written here, the last part in lowercase, so "Gemeente Wet open overheid" stays two
    words."""
    words = name.split(" ")
    variants = []
    for index, word in enumerate(words):
        for part in _KIND_PARTS:
            stem = word[: -len(part)]
            if word.endswith(part) and len(stem) >= _STEM and stem[-1].isalpha():
                for joint in (" ", "-"):
                    variants.append(
                        " ".join([*words[:index], stem + joint + part, *words[index + 1 :]])
                    )
    return tuple(variants)
