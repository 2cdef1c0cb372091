"""Norms: the variables researchers compare, read from the text with provenance.

Each value is either read from a provision (with its node id, the quoted words
and their span in the source), or explicitly "not regulated" (no provision
says it) or "unclear" (provisions say different things). Never a guess. The
variables and their patterns are in `data/norms.toml`; `codebook()` describes them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from codes import model as m

from .provisions import code_key, provisions
from .topics import classifier

DATA = Path(__file__).parent / "data" / "norms.toml"
FOUND, NOT_REGULATED, UNCLEAR = "found", "not regulated", "unclear"
# Numbers as codes write them in words: periods ("twee jaar", "veertien dagen") and amounts
# ("ten hoogste vijftig euro").
_NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "twaalf": 12, "veertien": 14, "twintig": 20,
    "vijfentwintig": 25, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "vijfenzeventig": 75, "honderd": 100, "honderdvijftig": 150, "tweehonderd": 200,
    "tweehonderdvijftig": 250,
}  # fmt: skip
_KEEPERS = {"secretaris": "gemeentesecretaris"}
# Where a pattern of norms.toml takes any group's words (`applies_to`), or a number.
_GROUPS_TOKEN, _NUMBER_TOKEN = "<groups>", "<number>"
_ANY_NUMBER = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"|\d+)\b"
# What a title is named after starts at its last kind word: "Besluit van Provinciale Staten
# ... houdende Gedragscode integriteit commissaris van de Koning en gedeputeerden" is a code
# for the commissaris and the gedeputeerden, not for Provinciale Staten who adopt it.
_TITLE_KIND = re.compile(r"gedragscode|protocol|regeling|integriteitsbeleid", re.I)


@dataclass(frozen=True, slots=True)
class NormDefinition:
    id: str
    name: str
    description: str
    unit: str
    kind: str
    multiple: str
    topics: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    values: dict[str, str]
    groups: dict[str, re.Pattern[str]]  # kind "groups": group -> the words that name it
    from_title: bool  # where no provision says it, the code's title may


@dataclass(frozen=True, slots=True)
class Evidence:
    node: str
    quote: str
    span: m.Span
    value: str


@dataclass(frozen=True, slots=True)
class NormValue:
    code: str
    variable: str
    status: str  # found, not regulated, unclear
    value: str | None
    unit: str
    evidence: tuple[Evidence, ...]


@cache
def definitions() -> tuple[NormDefinition, ...]:
    with DATA.open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(_definition(n) for n in data["norm"])


def _definition(n: dict) -> NormDefinition:
    groups = dict(n.get("groups", {}))
    any_group = "(?:" + "|".join(groups.values()) + ")"
    return NormDefinition(
        n["id"],
        n["name"],
        n["description"],
        n.get("unit", ""),
        n["kind"],
        n.get("multiple", "unclear"),
        tuple(n["topics"]),
        tuple(
            re.compile(
                p.replace(_GROUPS_TOKEN, any_group).replace(_NUMBER_TOKEN, _ANY_NUMBER), re.I
            )
            for p in n["patterns"]
        ),
        dict(n.get("values", {})),
        {group: re.compile(words, re.I) for group, words in groups.items()},
        n.get("from_title", False),
    )


def codebook() -> list[dict[str, str]]:
    """Per variable what a researcher needs to read its column, in Dutch; the keys, the
    variable ids, the units and the statuses are the machine-stable ones of the tables."""
    return [
        {
            "variable": d.id,
            "name": d.name,
            "description": d.description,
            "unit": d.unit,
            "column": "value_number" if d.kind == "number" else "value_text",
            "values": _value_description(d),
            "searched_in": ", ".join(d.topics),
            "statuses": f"{FOUND} (waarde uit de tekst gelezen, met node en citaat); "
            f"{NOT_REGULATED} (geen bepaling zegt het); {UNCLEAR} (bepalingen geven "
            "verschillende waarden, alle geciteerd)",
        }
        for d in definitions()
    ]


def _value_description(d: NormDefinition) -> str:
    from .labels import word

    return {
        "number": f"een getal ({word('units', d.unit)})",
        "words": "de woorden van de code, genormaliseerd: "
        + ", ".join(sorted(set(d.values.values())))
        if d.values
        else "de woorden van de code",
        "keeper": "griffier, gemeentesecretaris, burgemeester (meer dan één gescheiden door '; ')",
        "groups": ", ".join(d.groups) + " (meer dan één gescheiden door '; ')",
    }[d.kind]


def _normalize(definition: NormDefinition, raw: str) -> str:
    raw = " ".join(raw.split())
    if definition.kind == "number":
        return str(_NUMBER_WORDS.get(raw.lower(), raw))
    if definition.kind == "keeper":
        names = re.split(
            r",\s*|\s+en/of\s+|\s+of\s+|\s+en\s+|\s+respectievelijk\s+",
            re.sub(r"\([^)]*\)", "", raw.lower()),
        )
        return "; ".join(
            _KEEPERS.get(n.replace("de ", "").strip(), n.replace("de ", "").strip()) for n in names
        )
    if definition.kind == "groups":
        return "; ".join(g for g, pattern in definition.groups.items() if pattern.search(raw))
    return definition.values.get(raw.lower(), raw.lower())


def extract(code: m.Code) -> list[NormValue]:
    key = code_key(code)
    items = provisions(code)
    scored = [(p, {s.topic for s in classifier().score(p.text, p.label)}) for p in items]
    nodes = {n.id: n for n in code.nodes()}
    results = []
    for definition in definitions():
        if "*" in definition.topics:
            haystack = [(n.id, n.text, n.span) for n in code.nodes() if n.text and not n.quoted]
        else:
            haystack = [
                (p.node, p.text, p.span) for p, topics in scored if topics & set(definition.topics)
            ]
        evidence: list[Evidence] = []
        for node_id, text, _ in haystack:
            for pattern in definition.patterns:
                # The same words twice in one provision (lid 3 and lid 4 both say "meer
                # dan € 50") are two passages: the n-th match is the n-th in the source.
                seen: dict[str, int] = {}
                for match in pattern.finditer(text):
                    value = _normalize(definition, match.group("value"))
                    if value:
                        quote = " ".join(match.group().split())
                        nth = seen[quote] = seen.get(quote, -1) + 1
                        evidence.append(
                            Evidence(
                                node_id,
                                quote,
                                _source_span(code, nodes.get(node_id), match.group(), nth),
                                value,
                            )
                        )
        if not evidence and definition.from_title:
            evidence = _title_evidence(code, definition)
        results.append(_decide(key, definition, evidence))
    return results


def _title_evidence(code: m.Code, definition: NormDefinition) -> list[Evidence]:
    """The value the code's name gives ("Gedragscode integriteit raadsleden gemeente
    Oost Gelre": raad), its citeertitel first; read from the root, the whole code."""
    for name in (code.metadata.citeertitel, code.metadata.title):
        kinds = list(_TITLE_KIND.finditer(name or ""))
        if not kinds:
            continue
        quote = " ".join(name[kinds[-1].start() :].split())
        value = _normalize(definition, quote)
        if value:
            return [Evidence(code.root.id, quote, _source_span(code, code.root, quote), value)]
    return []


def _source_span(code: m.Code, node: m.Node | None, quote: str, nth: int = 0) -> m.Span:
    """The span of the `nth` occurrence of `quote` in the source, searched within the
    node's span (whitespace may differ); the last one found when there are fewer."""
    if node is None:
        return m.Span(0, 0)
    words = quote.split()
    pattern = r"\s+".join(re.escape(w) for w in words[:12])
    found = None
    for index, match in enumerate(
        re.compile(pattern, re.I).finditer(code.source, node.span.start, node.span.end + 200)
    ):
        found = match
        if index == nth:
            break
    return m.Span(found.start(), found.end()) if found else node.span


def _decide(key: str, definition: NormDefinition, evidence: list[Evidence]) -> NormValue:
    if not evidence:
        return NormValue(key, definition.id, NOT_REGULATED, None, definition.unit, ())
    distinct: list[str] = []
    for item in evidence:
        for part in item.value.split("; "):
            if part not in distinct:
                distinct.append(part)
    if len(distinct) == 1:
        return NormValue(key, definition.id, FOUND, distinct[0], definition.unit, tuple(evidence))
    if definition.multiple == "join":
        return NormValue(
            key, definition.id, FOUND, "; ".join(distinct), definition.unit, tuple(evidence)
        )
    return NormValue(
        key, definition.id, UNCLEAR, " | ".join(distinct), definition.unit, tuple(evidence)
    )
