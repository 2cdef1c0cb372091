"""Where a code is published: a link a reader of the report can follow to the official text.

The corpus catalog knows it for some bundled codes; otherwise the text itself often
names it, as a copy from the regelingenbank does (its link
"lokaleregelgeving.overheid.nl/CVDR648757/3") or a Gemeenteblad
page does ("Gemeenteblad 2025 nr. 251099", "gmb-2024-64531"). Nothing is guessed: a
code that names neither gets no link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from codes import model as m

# The regelingenbank's own links ("Naar de actuele versie van de regeling"); a CVDR id
# elsewhere in a text can be another regulation (a legal basis, a withdrawn code).
_CVDR = re.compile(r"lokaleregelgeving\.overheid\.nl/CVDR(\d{3,7})(?:/(\d+))?")
_BLAD = re.compile(
    r"\b(?:(gmb|prb|wsb)-(\d{4})-(\d+)|(Gemeenteblad|Provinciaal blad|Waterschapsblad)"
    r"\s+(?:van\s+\w+\s+)?(\d{4}),?\s+(?:nr\.?|nummer)\s*(\d+))",
    re.I,
)
_BLAD_PREFIX = {"gemeenteblad": "gmb", "provinciaal blad": "prb", "waterschapsblad": "wsb"}
_BLAD_NAME = {"gmb": "Gemeenteblad", "prb": "Provinciaal blad", "wsb": "Waterschapsblad"}


@dataclass(frozen=True, slots=True)
class PublishedSource:
    url: str
    label: str  # what the link is: "CVDR622562", "Gemeenteblad 2025 nr. 251099"


def published_source(code: m.Code) -> PublishedSource | None:
    from codes.corpus import catalog

    try:
        path = Path(code.file).resolve()
    except OSError:
        path = None
    for entry in catalog():
        if entry.source_url and path == entry.path.resolve():
            return PublishedSource(entry.source_url, "officiële bekendmaking")
    found = _CVDR.search(code.source)
    if found:
        number, version = found.groups()
        url = f"https://lokaleregelgeving.overheid.nl/CVDR{number}/{version or ''}"
        return PublishedSource(url.rstrip("/"), f"CVDR{number}")
    found = _BLAD.search(code.source)
    if found:
        prefix, year, number, name, name_year, name_number = found.groups()
        prefix = (prefix or _BLAD_PREFIX[name.lower()]).lower()
        year, number = year or name_year, number or name_number
        return PublishedSource(
            f"https://zoek.officielebekendmakingen.nl/{prefix}-{year}-{number}.html",
            f"{_BLAD_NAME[prefix]} {year} nr. {number}",
        )
    return None
