"""A page about bodies, not of one: a news item or an article names the bodies it reports
on ("bij waterschap Rivierenland", "voor de provincie Gelderland"), and the register reads
each "<kind> <name>" as a place of its organisation wherever it stands. A body's own text
names itself in a preamble, a label or a heading (trusted above such a place), or has
articles; where neither holds and the body the register chose is named at no more than half
of the register's places in the head, the page speaks of several bodies and is none of
theirs (xl04, xl09, xm01, xm10: news pages; also the regelingen of several gemeenten
without articles, o13, q14, xj06, zb06, zm14, zu04, whose truth states no organisation).
Every stated organisation of the devset chosen so is its text's only or main body (x08's
Drenthe 2 of 3 places, zr13's Alphen-Chaam 2 of 3); with articles, e22's Flevoland (2 of 5,
beside the waterschap it supervises) and zf13's Utrechtse Heuvelrug (2 of 8, beside the
provincie Utrecht) are their texts' own bodies, so articles keep the choice. The
page's type is its bodies', where they are all of one kind (v06, za07, zh14: gemeenten)."""

from __future__ import annotations

from .. import model as m
from ..organisations import register
from .candidates import LINE, Candidate
from .organisation import HEAD


def only_mentioned(text: str, body: Candidate, root: m.Node) -> tuple[str, ...] | None:
    """Where the organisation `body` is a body the text only mentions among others: the
    types of the bodies it names (one type where they are all of one kind, as the parties of a
    regeling of several gemeenten); None where `body` stands for the text."""
    if body.rule != "register" or body.trust > LINE:
        return None
    if any(node.kind == m.ARTIKEL for node in root.walk()):
        return None
    head = text[:HEAD]  # where `organisation` read the register's places
    counts = register().named_counts(head)
    named = register().lookup(head[body.start : body.end])
    if named is None or counts.get(named, 0) * 2 > sum(counts.values()):
        return None
    return tuple(sorted({organisation.type for organisation in counts}))
