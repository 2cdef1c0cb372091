"""The library's error messages, told in Dutch.

The library raises one `InputError` with a one-line English message (the command
line's language). The web app's users read Dutch, so the messages they can meet
in a form are matched here and retold; any other message keeps its words after a
Dutch opening, so that nothing the library says is lost.
"""

from __future__ import annotations

import re

from werkzeug.exceptions import BadRequest


class UserError(BadRequest):
    """A request the app cannot serve, with the Dutch message the error page shows."""

    def __init__(self, dutch: str):
        super().__init__()
        self.dutch = dutch


#: (pattern on the library's message, Dutch message); the first match wins.
_UPLOAD = (
    (
        r"the file is empty",
        "Het bestand is leeg. Kies een bestand met de tekst van een gedragscode.",
    ),
    (
        r"a PDF file",
        "Dit is een PDF-bestand. Sla de tekst op als Word (.docx) of als tekstbestand (.txt) "
        "en upload dat.",
    ),
    (
        r"old Word \.doc file",
        "Dit is een oud Word-bestand (.doc). Sla het in Word of LibreOffice op als .docx "
        "en probeer het opnieuw.",
    ),
    (r"an RTF file", "Dit is een RTF-bestand. Sla het op als .docx of als tekstbestand."),
    (
        r"zip archive that is not a Word|not a readable Word \.docx",
        "Dit Word-bestand kan niet worden gelezen. Open het in Word en sla het opnieuw op als .docx.",
    ),
    (
        r"a binary file, not text",
        "Dit is geen tekstbestand. Kies een .docx-, .txt-, .md- of CVDR-.xml-bestand.",
    ),
    (
        r"XML or HTML that is not CVDR",
        "Dit is XML of HTML, maar geen CVDR. Download de regeling als CVDR-XML of sla haar op als tekst.",
    ),
    (
        r"not well-formed XML|CVDR XML without a <body>",
        "Dit CVDR-bestand is onvolledig of beschadigd. Download het opnieuw van "
        "lokaleregelgeving.overheid.nl.",
    ),
    (
        r"neither UTF-8 nor Windows-1252|broken UTF-16",
        "De tekens in dit bestand zijn niet te lezen. Sla het bestand op als UTF-8-tekst.",
    ),
)

_FIELD = (
    (r"must be a date", "Vul een geldige datum in, bijvoorbeeld 24-11-2026 (dag-maand-jaar)."),
    (r"must be a list of texts", "Vul één waarde per regel in."),
    (r"must be text", "Vul hier tekst in."),
    (
        r"at least two people",
        "Noem ten minste twee gespreksvoerders, één per regel: het protocol schrijft voor dat "
        "gesprekken door ten minste twee personen worden gevoerd.",
    ),
    (r"unknown topic", "Kies een of meer onderwerpen uit de lijst."),
    (
        r"is an ambtenaar, not a political office holder",
        "Dit is de functie van een ambtenaar, niet van een politiek ambtsdrager: het protocol en "
        "de gedragscode voor ambtsdragers gelden niet. De gedragscode voor ambtenaren berust op "
        "artikel 4 van de Ambtenarenwet 2017 en kent een eigen procedure.",
    ),
)

_MODEL = (
    (r"must be a whole number", "Vul een heel getal in (0 of meer)."),
    (r"must be a date", "Vul een geldige datum in, bijvoorbeeld 2026-11-24 (jaar-maand-dag)."),
    (r"--gemeente is empty", "Vul de naam van de gemeente in."),
)

_FIELD_NAME = re.compile(r"(?:field|option) '([\w.]+)'")


def upload_error(message: str) -> str:
    return _first(_UPLOAD, message) or f"Dit bestand kan niet worden gelezen ({_detail(message)})."


def field_error(message: str) -> tuple[str | None, str]:
    """The field a library message is about (or None) and the Dutch message for it."""
    match = _FIELD_NAME.search(message)
    dutch = _first(_FIELD, message) or f"Deze waarde kan niet worden gebruikt ({message})."
    return (match.group(1) if match else None), dutch


def model_error(message: str) -> tuple[str | None, str]:
    match = _FIELD_NAME.search(message)
    field = match.group(1) if match else ("gemeente" if "--gemeente" in message else None)
    dutch = _first(_MODEL, message) or f"Deze keuze kan niet worden gebruikt ({message})."
    return field, dutch


def general_error(message: str) -> str:
    return f"Dat lukte niet: {message}."


def _first(table, message: str) -> str | None:
    return next((dutch for pattern, dutch in table if re.search(pattern, message)), None)


def _detail(message: str) -> str:
    """The message without the file name it starts with (the user just chose that file)."""
    return message.split(": ", 1)[-1]
