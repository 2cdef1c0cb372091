"""The raadsbesluit that adopts a model code: aanhef, "gelezen", "gelet op", besluit, ondertekening.

The raad adopts both codes: the one for its own members (Gemeentewet art. 15, third
lid) and the one for the burgemeester and the wethouders (art. 41c, second lid, and
69, second lid); Assen's code for the college says "Vastgesteld door Gemeenteraad".
What differs is who proposes it: for the raad's own code a council body (the
presidium by default), for the college's code burgemeester en wethouders. A provincie's
codes are adopted by Provinciale Staten, a waterschap's by the algemeen bestuur, under
their own law: the words and the competence come from `besturen.py`.

"Gelet op" names the competence and the legal basis of every clause chosen, read with
the parser's own citation grammar, merged per law and article, and written the way
Dutch regulations cite: "de artikelen 12, 14, 15, eerste en derde lid, en 28 van de
Gemeentewet, artikel 2:4, tweede lid, van de Algemene wet bestuursrecht".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from codes.dates import dutch_date
from codes.lidwoord import with_article

from .besturen import Bestuur

BLANK = "......................"  # a date for the griffier to fill in, visibly


@dataclass(frozen=True, slots=True)
class Besluit:
    aanhef: str  # "De raad van de gemeente X;", "Provinciale Staten van Utrecht;"
    gelezen: str  # "gelezen het voorstel van ... van <datum>;"
    gelet_op: str  # "gelet op ...;"
    besluit: str  # "besluit:"
    vaststelling: str  # "vast te stellen de volgende regeling: <citeertitel>."
    vastgesteld: str  # "Aldus vastgesteld in de openbare vergadering van ..."
    ondertekening: tuple[str, ...]  # who signs: ("De griffier,", "De voorzitter,")


def besluit(
    naam: str,
    body: Bestuur,
    voor: str,
    citeertitel: str,
    bases: list[str],
    proposer: str,
    proposed_on: date | None,
    adopted_on: date | None,
) -> Besluit:
    """The besluit of `body`'s assembly for the code of `voor` (raad or college), named
    `naam`: the competence (always in "gelet op") and the clauses' `bases`."""
    proposed = dutch_date(proposed_on) if proposed_on else BLANK
    adopted = dutch_date(adopted_on) if adopted_on else BLANK
    competence = list(body.organen[voor].competence)
    # "besluit:" for one assembly, "besluiten:" for Provinciale Staten (they decide).
    verb = "besluiten:" if body.sentences["vaststeller_meervoud"] else "besluit:"
    return Besluit(
        body.text("aanhef", naam),
        f"gelezen het voorstel van {proposer} van {proposed};",
        f"gelet op {cite(competence + bases)};",
        verb,
        f"vast te stellen de volgende regeling: {citeertitel}.",
        f"Aldus vastgesteld in de openbare vergadering van {body.text('vergadering', naam)} "
        f"van {adopted}.",
        tuple(body.sentences["ondertekening"]),
    )


def cite(bases: list[str]) -> str:
    """Citations merged and ordered: laws in order of first mention, articles by number.

    An article cited whole and by lid is cited whole; leden are named in order.
    """
    from codes.citations.grammar import find_citations
    from codes.citations.names import registry

    laws: dict[str, dict[str, set[int] | None]] = {}  # law -> article -> leden (None: whole)
    for text in bases:
        for citation in find_citations(text, registry().find_all(text)):
            if citation.law is None or citation.law.mention is None:
                raise ValueError(f"legal basis without a known law: {text!r}")
            articles = laws.setdefault(citation.law.mention.law.name, {})
            for item in citation.items:
                if not item.lids or articles.get(item.article, set()) is None:
                    articles[item.article] = None
                else:
                    articles.setdefault(item.article, set()).update(item.lids)
    return _join([_law(name, articles) for name, articles in laws.items()])


def _law(name: str, articles: dict[str, set[int] | None]) -> str:
    ordered = sorted(articles, key=_natural)
    parts = [(number, _leden(articles[number])) for number in ordered]
    text = ""
    for index, (number, leden) in enumerate(parts):
        if index:
            previous_has_lid = bool(parts[index - 1][1])
            last = index == len(parts) - 1
            text += (", en " if previous_has_lid else " en ") if last else ", "
        text += number + (f", {leden}" if leden else "")
    if parts[-1][1]:
        text += ","  # "69, tweede lid, van de Gemeentewet"
    noun = "de artikelen" if len(parts) > 1 else "artikel"
    return f"{noun} {text} van {with_article(name)}"


def _leden(leden: set[int] | None) -> str:
    from codes.citations.items import ORDINALS

    if not leden:
        return ""
    words = {number: word for word, number in reversed(ORDINALS.items())}
    named = [words.get(n, f"{n}e") for n in sorted(leden)]
    return (" en ".join([", ".join(named[:-1]), named[-1]]) if len(named) > 1 else named[0]) + (
        " lid"
    )


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " en " + parts[-1]


def _natural(number: str) -> tuple:
    """'2:4' < '12' < '15' < '41a' < '41c' < '170': numbers by value, letters after."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|\D+", number)
    )
