"""What a letter must contain, read from the protocol of the chosen gemeente.

`data/protocols.toml` says where in a bundled code's protocol a letter is prescribed
(best.txt Hoofdstuk 3 artikel 6; rheden.txt Bijlage 2 artikel 5; nijmegen.txt Fase 4).
The elements of `data/letters.toml` whose wording occurs in that passage are the
letter's required elements; a gemeente without a protocol in the corpus gets the
model protocol: every element. The result names the fields the case must provide.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from codes import model as m
from codes.corpus import catalog
from codes.errors import InputError

DATA = Path(__file__).parent / "data"
MODEL = "het modelprotocol integriteit van de gedragscode-toolkit"


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    name: str
    passage: str | None
    enclosure: str | None
    fields: tuple[str, ...]
    source: str  # "protocol" when the gemeente's protocol requires it, "model" otherwise
    quote: str | None  # the protocol's words that require it
    heading: str | None = None  # the heading of its part of the letter, if the letter has parts
    items: str | None = None  # a list field shown as a numbered list under the passage


@dataclass(frozen=True, slots=True)
class Requirements:
    letter: str
    gemeente: str  # corpus name, or the name given
    bron: str  # how the letter cites the provision that prescribes it
    elements: tuple[Element, ...]
    fields: tuple[str, ...]
    code: m.Code | None  # the gemeente's code, when it is in the corpus


@cache
def letters() -> dict[str, dict]:
    with (DATA / "letters.toml").open("rb") as handle:
        return tomllib.load(handle)["letter"]


@cache
def protocols() -> dict[str, dict]:
    with (DATA / "protocols.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def corpus_code(name: str) -> m.Code | None:
    from codes import parse_file

    key = name.lower().replace(" ", "-")
    for entry in catalog():
        if key in (entry.name, entry.organisation.lower().replace(" ", "-")):
            return parse_file(entry.path)
    return None


#: Fields every letter can use although no protocol requires them: the kenmerk, the
#: retouradres in the envelope window and the contact person of the reference block.
OPTIONAL = (
    "kenmerk",
    "afzender.retouradres",
    "contactpersoon.naam",
    "contactpersoon.telefoon",
    "contactpersoon.email",
)
#: The people a letter can name or be sent to (the tables of a case file).
PEOPLE = ("betrokkene", "melder", "onderzoeker")


def optional_fields(needs: Requirements) -> tuple[str, ...]:
    """What the letter of `needs` can use beyond its required fields, in the order a case
    file or a form lists them: `OPTIONAL`; how to address each person the letter names
    (aanhef, achternaam); the recipient's address; the kind of body; the letter's own (letters.toml
    `optional`: the afbakening of an onderzoeksopdracht, what a melding lacks).

    The example case file (`generate KIND --example`) and the web form both ask these."""
    spec = letters()[needs.letter]
    names = ["bestuur", *OPTIONAL]  # the body: else from the name (letters.letter_body)
    for person in PEOPLE:
        if f"{person}.naam" in needs.fields:
            names += [f"{person}.aanhef", f"{person}.achternaam"]
        if spec["recipient"] == person:
            names.append(f"{person}.adres")
    names += spec.get("optional", [])
    return tuple(name for name in dict.fromkeys(names) if name not in needs.fields)


def requirements(letter: str, gemeente: str) -> Requirements:
    if letter not in letters():
        raise InputError(f"unknown letter '{letter}'; choose one of {', '.join(letters())}")
    spec = letters()[letter]
    code = corpus_code(gemeente)
    key = next(
        (e.name for e in catalog() if code is not None and Path(code.file) == e.path), gemeente
    )
    located = protocols().get(key, {}).get(letter)
    passage = _passage(code, located) if code is not None and located else None
    elements = []
    for element in spec["element"]:
        quote = None
        if passage is not None and element.get("detect"):
            match = re.search(element["detect"], passage)
            quote = _sentence(passage, match) if match else None
        if passage is None or quote or element.get("always"):
            elements.append(
                Element(
                    element["id"],
                    element["name"],
                    element.get("passage"),
                    element.get("enclosure"),
                    tuple(element.get("fields", ())),
                    "protocol" if quote else "model",
                    quote,
                    element.get("heading"),
                    element.get("items"),
                )
            )
    bron = (
        f"{located['cite']} van de gemeente {code.metadata.organisation}"
        if passage is not None
        else MODEL
    )
    needed = list(spec["fields"])
    for element in elements:
        needed += [f for f in element.fields if f not in needed]
        if element.enclosure and code is None:
            # Without the gemeente's code in the corpus the enclosure's title must come from the case.
            needed.append(element.enclosure.strip("{} "))
    return Requirements(letter, key, bron, tuple(elements), tuple(needed), code)


def _passage(code: m.Code, located: dict) -> str:
    texts = []
    for target in located["locate"]:
        if target.startswith("title:"):
            node = next((n for n in code.nodes() if n.title == target[6:]), None)
        else:
            node = code.node(target)
        if node is None:
            raise InputError(
                f"the protocol of {code.metadata.organisation} has no '{target}'; "
                "correct generator/data/protocols.toml"
            )
        texts.append(" ".join(node.full_text().split()))
    passage = " ".join(texts)
    if located.get("excerpt"):
        match = re.search(located["excerpt"], passage, re.S)
        if not match:
            raise InputError(
                f"the protocol of {code.metadata.organisation} no longer says "
                f"'{located['excerpt']}'; correct generator/data/protocols.toml"
            )
        passage = match.group()
    return passage


def _sentence(text: str, match: re.Match[str]) -> str:
    start = max(
        text.rfind(";", 0, match.start()),
        text.rfind(".", 0, match.start()),
        text.rfind(":", 0, match.start()),
    )
    ends = [i for i in (text.find(";", match.end()), text.find(".", match.end())) if i >= 0]
    return text[start + 1 : min(ends) + 1 if ends else len(text)].strip()
