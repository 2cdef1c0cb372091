"""Stage 4, metadata: organisation, title, citeertitel, dates, who adopted the code.

Read, in this order of trust, from what the format states (CVDR metadata, the
"Gegevens van de regeling" table that lokaleregelgeving.overheid.nl prints),
the signature, the preamble, the final article ("aangehaald als ..."), and the
running text. A value the text does not state stays None; each value found
keeps the span it was read from.
"""

from __future__ import annotations

import re
from collections import Counter

from . import model as m
from .dates import DATE, parse_date
from .normalize import Normalized
from .organisations import register
from .read import Source

_KEY_VALUE = re.compile(
    r"(?m)^[ \t]*([A-ZÀ-Ýa-zà-ÿ ]{3,40}?)[ \t]*(?:\t|:[ \t])[ \t]*(\S[^\t\n]*?)[ \t*]*$"
)
_KEYS = {
    "organisatie": "organisation",
    "organisatietype": "organisation_type",
    "officiële naam regeling": "title",
    "citeertitel": "citeertitel",
    "vastgesteld door": "adopted_by",
    "vastgesteld op": "adopted_on",
    "inwerkingtreding": "in_force_from",
    "datum inwerkingtreding": "in_force_from",
}
# The regelingenbank's "Gegevens van de regeling" as users copy it: "Citeertitel\tX",
# "Citeertitel: X", "CiteertitelX" (cells glued), or the value on the next line.
_LABELS = sorted(
    [
        "Organisatie",
        "Organisatietype",
        "Officiële naam regeling",
        "Citeertitel",
        "Vastgesteld door",
        "Vastgesteld op",
        "Datum ondertekening",
    ],
    key=len,
    reverse=True,
)
_LABELLED = re.compile(
    r"(?m)^[ \t]*(?P<label>"
    + "|".join(_LABELS)
    + r")(?:[ \t]*[:\t][ \t]*|[ \t]*\n[ \t]*(?:\n[ \t]*)?|)"
    r"(?P<value>[^\n\t]+)$"
)
_LABEL_ONLY = re.compile("|".join(_LABELS) + r"|Onderwerp|Eigen onderwerp|Opmerkingen.*")
# "Overzicht van in de tekst verwerkte wijzigingen": the row of the new regulation,
# "12-05-2022Nieuwe regeling\n\n21-04-2022\n\ngmb-...": its second date is the signature.
_SIGNED_ROW = re.compile(r"(?i)nieuwe regeling\s*(\d{2}-\d{2}-\d{4})")
# Lines of the sites around a published text, never a title.
_FURNITURE = re.compile(
    r"(?i)(?:ziet u een fout|regeling vervallen|geldend van|permanente link|wetstechnische informatie|"
    r"gegevens van de regeling|toon relaties|vergelijk|printen|downloaden|officiële uitgave|"
    r"(?:gemeenteblad|provinciaal blad|waterschapsblad|staatscourant)(?:\s+van\b|\s*$)|nr\.\s*\d|"
    r"datum van uitgave|\d{1,2}\s+\w+\s+\d{4}$|\d{2}-\d{2}-\d{4}$|bron bekendmaking|tekst van de regeling)"
)
_DECISION_DATE = re.compile(
    rf"(?i)(?:vastgesteld|besloten|aldus besloten)\s+(?:in\s+de\s+(?:openbare\s+)?(?:raads)?vergadering\s+)?"
    rf"(?:van|op|d\.d\.)\s+(?:\w+\s+)?({DATE})"
)
_TITLE_DATE = re.compile(rf"^Besluit van [^\n]{{0,160}}? van ({DATE})")
_SHORT_TITLE = re.compile(r"\(([^()]{8,160})\)\s*$")
_CITED_AS = re.compile(
    r"(?:aangehaald|geciteerd) als:?\s*[\"“']?(.+?)[\"”']?(?:\.\s*$|\.\s+[A-Z]|$)", re.M
)
_ADOPTED = re.compile(rf"(?i)vastgesteld[^.\n]{{0,80}}?(?:van|op|d\.d\.)\s+({DATE})")
_PROPOSAL = re.compile(rf"(?i)voorstel[^.;\n]{{0,120}}?(?:d\.d\.|van|datum)\s+({DATE})")
_IN_FORCE = re.compile(
    rf"(?i)(?:treedt in werking op|in werking (?:op|met ingang van)|Geldend van)\s+({DATE})"
)
_ORGANISATION = re.compile(
    r"\b(gemeente|provincie|waterschap|Gemeente|Provincie|Waterschap)[ \t]+"
    r"((?:De |Den |Het |'s-)?[A-Z][a-zà-ÿ]+(?:[- ](?:aan |op |en )?[A-Z][a-zà-ÿ]+)*)"
)
# Who adopts the code, named in the preamble: the strongest sign of the organisation.
_BODY_OF = re.compile(
    r"(?P<body>De raad van de gemeente|De gemeenteraad van|Provinciale Staten van|Gedeputeerde Staten van|"
    r"(?:Het )?algemeen bestuur van (?:het )?waterschap|Burgemeester en wethouders van)\s+"
    r"(?P<name>(?:De |Den |Het |'s-)?[A-Z][\w'-]+(?:[- ](?:aan |op |en )?[A-Z][\w'-]+)*)"
)
_BODY_TYPE = {
    "de": "gemeente",
    "provinciale": "provincie",
    "gedeputeerde": "provincie",
    "het": "waterschap",
    "algemeen": "waterschap",
    "burgemeester": "gemeente",
}
_CAPS_ORGANISATION = re.compile(
    r"\b(GEMEENTE|PROVINCIE|WATERSCHAP)\s+([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*)"
)
_ADOPTERS = (
    ("provinciale staten", re.compile(r"Provinciale Staten")),
    ("algemeen bestuur", re.compile(r"(?i)algemeen bestuur")),
    ("gemeenteraad", re.compile(r"(?i)\braad\b|raadsvergadering|raadsbesluit|gemeenteraad")),
)
_NOT_A_NAME = {"Gemeentewet", "Nederland", "Nederlandse", "Europese", "De", "Het"}


def extract_metadata(source: Source, norm: Normalized, root: m.Node) -> m.Metadata:
    text = norm.text
    values: dict[str, str] = {}
    spans: dict[str, m.Span] = {}

    def found(key: str, value: str | None, start: int, end: int) -> None:
        if value and key not in values:
            values[key] = value.strip()
            spans[key] = norm.span(start, end)

    for key, value in source.metadata.items():
        if key in (
            "title",
            "citeertitel",
            "organisation",
            "organisation_type",
            "adopted_on",
            "adopted_by",
            "in_force_from",
        ):
            values[key] = value

    def labelled(label: str, value: str, start: int) -> None:
        key = _KEYS.get(label.strip().lower())
        value = value.strip()
        if key and value and not _LABEL_ONLY.fullmatch(value):
            end = start + len(value)
            if key in ("adopted_on", "in_force_from"):
                value = parse_date(value) or ""
            found(key, value, start, end)

    for match in _LABELLED.finditer(text[:20000]):
        labelled(match.group("label"), match.group("value"), match.start("value"))
    for match in _KEY_VALUE.finditer(text[:20000]):
        labelled(match.group(1), match.group(2), match.start(2))
    signed = _SIGNED_ROW.search(text[:20000])
    if signed:
        found("adopted_on", parse_date(signed.group(1)), signed.start(1), signed.end(1))
    signatures = [n for n in root.walk() if n.kind == m.SIGNATURE]
    for node in signatures:
        match = _ADOPTED.search(node.text)
        if match:
            start = text.find(match.group(1), _norm_start(norm, node))
            found("adopted_on", parse_date(match.group(1)), start, start + len(match.group(1)))
        if "adopted_by" not in values:
            adopter = next((name for name, pattern in _ADOPTERS if pattern.search(node.text)), None)
            if adopter:
                values["adopted_by"] = adopter
    for key, pattern in (("proposal_date", _PROPOSAL), ("in_force_from", _IN_FORCE)):
        match = pattern.search(text)
        if match:
            found(key, parse_date(match.group(1)), match.start(1), match.end(1))
    if "adopted_on" not in values:
        match = re.search(rf"(?i)aldus vastgesteld[^.\n]{{0,80}}?({DATE})", text)
        if match:
            found("adopted_on", parse_date(match.group(1)), match.start(1), match.end(1))
    match = _CITED_AS.search(text)
    if match:
        found("citeertitel", match.group(1).strip(" :"), match.start(1), match.end(1))
    found_title = _first_line(text)
    if found_title:
        found("title", found_title[0], found_title[1], found_title[2])
    if "organisation" in values:
        known = register().lookup(
            values["organisation"], values.get("organisation_type", "").lower() or None
        )
        if known is not None:
            values["organisation"] = known.name
            values.setdefault("organisation_type", known.type)
    else:
        named = register().find(text[:20000])
        if named is not None:
            found("organisation", named.organisation.name, named.start, named.end)
            values.setdefault("organisation_type", named.organisation.type)
    if "organisation" not in values:
        match = _BODY_OF.search(text[:20000])
        if match:
            found("organisation", match.group("name"), match.start("name"), match.end("name"))
            values.setdefault(
                "organisation_type", _BODY_TYPE[match.group("body").split()[0].lower()]
            )
    if "organisation" not in values:
        names = Counter()
        kinds: dict[str, str] = {}
        first_at: dict[str, tuple[int, int]] = {}
        for match in _ORGANISATION.finditer(text):
            name = match.group(2).split(" en ")[0]
            if name.split()[0] in _NOT_A_NAME and len(name.split()) == 1:
                continue
            names[name] += 1
            kinds.setdefault(name, match.group(1).lower())
            first_at.setdefault(name, (match.start(2), match.end(2)))
        if names:
            name = names.most_common(1)[0][0]
            found("organisation", name, *first_at[name])
            values.setdefault("organisation_type", kinds[name])
    if "organisation" not in values and values.get("title"):
        match = _CAPS_ORGANISATION.search(values["title"])
        if match:
            values["organisation"] = match.group(2).title()
            values.setdefault("organisation_type", match.group(1).lower())
    if values.get("organisation_type"):
        values["organisation_type"] = values["organisation_type"].lower()
    if "adopted_on" not in values:
        for match in (_DECISION_DATE.search(text), _TITLE_DATE.search(values.get("title", ""))):
            date = parse_date(match.group(1)) if match else None
            if date:
                values["adopted_on"] = date
                break
    if "citeertitel" not in values and values.get("title"):
        short = _SHORT_TITLE.search(values["title"])
        if short and not short.group(1).lower().startswith(("hierna", "zie ")):
            values["citeertitel"] = short.group(1).strip()
    if "title" not in values and values.get("citeertitel"):
        values["title"] = values["citeertitel"]
    return m.Metadata(
        organisation=values.get("organisation"),
        organisation_type=values.get("organisation_type"),
        title=values.get("title"),
        citeertitel=values.get("citeertitel"),
        adopted_on=values.get("adopted_on"),
        adopted_by=values.get("adopted_by"),
        in_force_from=values.get("in_force_from"),
        proposal_date=values.get("proposal_date"),
        source_spans=spans,
    )


def _norm_start(norm: Normalized, node: m.Node) -> int:
    # Nodes keep source spans; find the first normalized position at or after it.
    low, high = 0, len(norm.text)
    while low < high:
        middle = (low + high) // 2
        if norm.to_source(middle) < node.span.start:
            low = middle + 1
        else:
            high = middle
    return low


def _first_line(text: str) -> tuple[str, int, int] | None:
    for match in re.finditer(r"(?m)^[ \t#*]*(\S.*?)[ \t*]*$", text[:5000]):
        line = match.group(1)
        if re.match(r"(?i)(?:intitulé|inhoud)", line) or len(line) < 8:
            continue
        if _FURNITURE.match(line) or register().lookup(line) is not None:
            continue
        if re.match(r"(?i)(?:artikel|hoofdstuk|paragraaf|bijlage)\s", line):
            return None  # the text starts with its first article: no title is stated
        if len(line) > 150 or line.endswith((".", ",", ";")):
            return None  # the text opens with running text: no title is stated
        return line, match.start(1), match.end(1)
    return None
