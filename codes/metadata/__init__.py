"""Stage 4, metadata: organisation, title, citeertitel, dates, who adopted the code.

Each rule reads candidates from the source text: the file format's own metadata, the
regelingenbank's labelled table, the regulation's heading, the sentences of its
preamble and signature, its first line, and guesses from the running text. Per field
the most trusted candidate wins (`candidates.choose`); where the labelled table and
another strong source disagree, the table wins and a warning says so. A value the
text does not state stays None; each value keeps the source span it was read from.
"""

from __future__ import annotations

from .. import model as m
from ..dates import parse_date
from ..normalize import Normalized
from ..read import Source
from . import (
    adopter,
    adoption,
    body_line,
    consents,
    dictum,
    dictum_label,
    in_force,
    joint_parties,
    mandated,
    mentioned,
    opening_bodies,
    organisation,
    staatscourant,
    stated_name,
    table,
    title,
    transcript,
)
from .candidates import FIELDS, FORMAT, SENTENCE, Candidate, choose
from .short_title import short_title
from .wrapped_names import one_line


def extract_metadata(
    source: Source, norm: Normalized, root: m.Node
) -> tuple[m.Metadata, list[str]]:
    """The metadata of a parsed code, and warnings where its sources disagree."""
    text = transcript.without_similar(source.text)
    candidates = [
        Candidate(key, value, 0, 0, "file format", FORMAT)
        for key, value in source.metadata.items()
        if key in FIELDS and value
    ]
    labelled = list(table.labelled(text))
    kind = next((c for c in labelled if c.field == "organisation_type"), None)
    for candidate in labelled:
        if candidate.field == "organisation":
            candidates += organisation.from_label(candidate, kind)
        elif candidate.field != "organisation_type":
            candidates.append(candidate)  # the type goes with the organisation (from_label)
        if candidate.field == "title" and (dated := title.dated_name(candidate)) is not None:
            candidates.append(dated)
    if kind is not None and not any(c.field == "organisation" for c in labelled):
        candidates.append(organisation.type_from_label(kind))
    candidates += table.signed_row(text)
    candidates += title.title_lines(text)
    candidates += staatscourant.heading(text)
    candidates += transcript.transcript_title(text)
    candidates += title.decision_title(text)
    candidates += transcript.transcript_decision(text)
    candidates += stated_name.cited_as(text)
    candidates += stated_name.enacted(text)
    candidates += stated_name.stop_dictum(text)
    candidates += stated_name.quoted_adopted(text)
    candidates += stated_name.announced(text)
    candidates += adoption.adoption(text)
    candidates += adoption.signature(text, root)
    candidates += adoption.dateline(text)
    candidates += adoption.dateline_above_preamble(text)
    candidates += adoption.proposal_and_force(text)
    candidates += adopter.adopted_by(text)
    candidates += body_line.adopted_by(text, candidates)
    candidates += mandated.adopted_by(text)
    candidates += dictum_label.adopted_by(text)
    candidates += dictum.in_force_from(text)
    candidates += in_force.in_force_from(text)
    candidates += table.in_force_row(text)
    candidates += organisation.published_by(text)
    candidates += organisation.named(text, candidates)
    chosen, warnings = choose([c for c in candidates if c.value])
    if "title" in chosen and adoption.joint_decision(chosen["title"].value):
        # Several bodies, each on its date: neither one body nor one date is the whole
        # decision's; they are all of one type.
        chosen.pop("adopted_on", None)
        chosen.pop("organisation", None)
    listed = consents.listed(text)
    for field in ("organisation", "organisation_type", "adopted_on"):
        if field in chosen and consents.within(listed, chosen[field].start):
            chosen.pop(field)  # one party's consent, of several: not the regulation's
    body = chosen.get("organisation")
    if body is not None and (kinds := mentioned.only_mentioned(text, body, root)) is not None:
        # A page about several bodies (a news item) is none of theirs; of their type only
        # where they are all of one kind.
        chosen.pop("organisation")
        kind = chosen.get("organisation_type")
        same_place = kind is not None and (kind.start, kind.rule) == (body.start, body.rule)
        if same_place and len(kinds) != 1:
            chosen.pop("organisation_type")
    if (kind := organisation.paired_type(chosen, candidates)) is not None:
        chosen["organisation_type"] = kind
    parties = joint_parties.parties(text)
    if parties is not None and not opening_bodies.opens_before(chosen, parties[1], candidates):
        # Several bodies enter the regulation together (a gemeenschappelijke regeling): it is
        # none of theirs, the one that publishes it included; its type is theirs if they are
        # all of one kind.
        kinds, start, end = parties
        chosen.pop("organisation", None)
        if len(kinds) == 1:
            kind = next(iter(kinds))
            chosen["organisation_type"] = Candidate(
                "organisation_type", kind, start, end, "parties", SENTENCE
            )
        else:
            chosen.pop("organisation_type", None)
    if "citeertitel" not in chosen and "title" in chosen:
        short = short_title(chosen["title"])
        if short is not None:
            chosen["citeertitel"] = short
    # One space between words (none where a compound name broke at its hyphen): a web page writes "8&nbsp;juni", a PDF breaks a title's line.
    values = {field: one_line(chosen[field].value) for field in FIELDS if field in chosen}
    for field in ("adopted_on", "in_force_from", "proposal_date"):
        if field in values:
            values[field] = parse_date(values[field]) or values[field]
    if values.get("organisation_type"):
        values["organisation_type"] = values["organisation_type"].lower()
    if "adopted_by" in values:
        # One term of the vocabulary; "het college" needs the organisation's type to tell.
        body = adopter.term(values["adopted_by"], values.get("organisation_type"))
        if body is None:
            del values["adopted_by"], chosen["adopted_by"]
        else:
            values["adopted_by"] = body
    spans = {
        field: m.Span(candidate.start, candidate.end)
        for field, candidate in chosen.items()
        if candidate.end > candidate.start
    }
    return m.Metadata(**values, source_spans=spans), [
        f"{source.path}: metadata {warning}" for warning in warnings
    ]
