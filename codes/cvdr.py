"""CVDR XML (lokaleregelgeving.overheid.nl) -> the plain-text shape of a code.

The XML already marks hoofdstuk, paragraaf, artikel, lid and lijst; we write
them out as the headings and numbered lines the structure rules read, so one
rule chain serves every format. `extref` elements carry an official
Juriconnect id; their spans in the written text become references.
XML is parsed without network access and without entity expansion.
"""

from __future__ import annotations

import re

from .errors import InputError
from .safety import xml_parser

_LEADING_NUMBER = re.compile(r"^\s*([0-9]+[a-z]?|[A-Z]|[IVXLC]+)[.)]?\s*(.*)$", re.S)


_CVDR_ID = re.compile(r"^(?:CVDR)?(\d+)_(\d+)$")
# The permanent link that a copied regelingenbank page carries ("Permanente link").
_CVDR_ADDRESS = "://lokaleregelgeving.overheid.nl/CVDR"
_CVDR_LINK = re.compile(r"https?" + re.escape(_CVDR_ADDRESS) + r"(\d+)(?:/(\d+))?")


def published_url(identifier: str | None, text: str) -> str | None:
    """The regulation's address on lokaleregelgeving.overheid.nl: from the CVDR file's
    identifier (CVDR100394_2), or from the links in a copied page when they all name one
    regulation; None when neither says it (never a guess)."""
    match = _CVDR_ID.match(identifier or "")
    if match:
        return f"https://lokaleregelgeving.overheid.nl/CVDR{match[1]}/{match[2]}"
    # Every link holds the address; `str.find` rules out a text without one faster than
    # `re` looks for "http" (its "h" stands at every few words of Dutch).
    links = _CVDR_LINK.findall(text) if _CVDR_ADDRESS in text else []
    if not links or len({number for number, _ in links}) > 1:
        return None  # none, or the text cites other regulations too
    number = links[0][0]
    version = next((v for _, v in links if v), None)
    base = f"https://lokaleregelgeving.overheid.nl/CVDR{number}"
    return f"{base}/{version}" if version else base


def _squeeze(text: str) -> str:
    """Fold runs of white space to one space, keeping a space at either end if there was one."""
    return re.sub(r"\s+", " ", text)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.extrefs: list[tuple[int, int, str]] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def line(self, text: str = "") -> None:
        self.write(text + "\n\n" if text else "\n")

    def inline(self, element) -> None:
        """Write the text of `element` and its inline children, noting extref spans."""
        if element.text:
            self.write(_squeeze(element.text))
        for child in element:
            name = _local(child.tag)
            if name == "extref":
                start = self.length
                self.write(" ".join("".join(child.itertext()).split()))
                doc = child.get("doc") or ""
                if "jci" in doc or "BWB" in doc:
                    self.extrefs.append((start, self.length, doc))
            elif name in ("al", "lijst", "li", "table"):
                continue
            else:
                self.inline(child)
            if child.tail:
                self.write(_squeeze(child.tail))


def _kop(element) -> tuple[str, str]:
    kop = next((c for c in element if _local(c.tag) == "kop"), None)
    if kop is None:
        return "", ""
    fields = {
        _local(c.tag): " ".join("".join(c.itertext()).split())
        for c in kop
        if isinstance(c.tag, str)
    }
    number, title = fields.get("nr", "").rstrip("."), fields.get("titel", "")
    label = fields.get("label", "")
    if not number and label:
        match = _LEADING_NUMBER.match(
            re.sub(r"^(Hoofdstuk|Paragraaf|Artikel)\s*", "", label, flags=re.I)
        )
        if match:
            number, title = match.group(1), title or match.group(2)
    return number, title


def _block(element, writer: _Writer, bullet: str = "") -> None:
    if not isinstance(element.tag, str):
        return
    name = _local(element.tag)
    if name == "al":
        start = writer.length
        writer.write(bullet)
        writer.inline(element)
        if writer.length == start + len(bullet) and not bullet:
            return
        writer.write("\n\n")
    elif name == "lijst":
        for item in element:
            if _local(item.tag) == "li":
                marker = (item.get("nr") or "-").strip()
                marker = "-" if marker in ("•", "▪", "-", "–", "o") else marker
                if marker != "-" and not marker.endswith((".", ")", "°")):
                    marker += "."
                first = True
                for child in item:
                    _block(child, writer, bullet=f" {marker} " if first else "")
                    first = False
    elif name == "lid":
        number = ""
        for child in element:
            if _local(child.tag) == "lidnr":
                number = "".join(child.itertext()).strip().rstrip(".")
        first = True
        for child in element:
            if _local(child.tag) != "lidnr":
                _block(child, writer, bullet=f"{number}. " if first and number else "")
                first = False
    elif name in ("hoofdstuk", "paragraaf", "afdeling", "artikel", "bijlage", "titeldeel"):
        number, title = _kop(element)
        heading = {
            "hoofdstuk": "Hoofdstuk",
            "paragraaf": "Paragraaf",
            "afdeling": "Paragraaf",
            "titeldeel": "Hoofdstuk",
            "artikel": "Artikel",
            "bijlage": "Bijlage",
        }[name]
        if number or title:
            writer.line(" ".join(p for p in (heading, number, title) if p))
        for child in element:
            if _local(child.tag) != "kop":
                _block(child, writer)
    elif name in ("table", "tgroup", "tbody", "thead"):
        for child in element:
            _block(child, writer)
    elif name == "row":
        cells = [" ".join("".join(e.itertext()).split()) for e in element]
        writer.line("\t".join(cells))
    elif name in ("ondertekening", "slotformulering"):
        lines = [" ".join("".join(c.itertext()).split()) for c in element]
        lines = [line for line in lines if line]
        if lines:
            writer.line("Ondertekening" if name == "ondertekening" else "")
            for line in lines:
                writer.write(line + "\n")
            writer.write("\n")
    else:
        for child in element:
            _block(child, writer)


def cvdr_to_text(data: bytes, name: str) -> tuple[str, list[tuple[int, int, str]], dict[str, str]]:
    from lxml import etree

    parser = xml_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(
            f"{name}: not well-formed XML ({error}); download the CVDR file again"
        ) from None
    metadata: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tag = _local(element.tag)
        value = " ".join("".join(element.itertext()).split())
        if not value:
            continue
        if tag == "title" and "title" not in metadata:
            metadata["title"] = value
        elif tag == "alternative":
            metadata["citeertitel"] = value
        elif tag == "creator":
            metadata["organisation"] = value
            scheme = (element.get("scheme") or "").split(":")[-1].lower()
            if scheme in ("gemeente", "provincie", "waterschap"):
                metadata["organisation_type"] = scheme
        elif tag == "issued":
            metadata["adopted_on"] = value
        elif tag == "isRatifiedBy":
            metadata["adopted_by"] = value
        elif tag == "inwerkingtredingDatum":
            metadata["in_force_from"] = value
        elif tag == "identifier" and "identifier" not in metadata:
            metadata["identifier"] = value
    writer = _Writer()
    body = next((e for e in root.iter() if _local(e.tag) == "body"), None)
    if body is None:
        raise InputError(
            f"{name}: CVDR XML without a <body>; download the full regulation from lokaleregelgeving.overheid.nl"
        )
    for element in body:
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag == "intitule":
            writer.line(" ".join("".join(element.itertext()).split()))
        else:
            _block(element, writer)
    return "".join(writer.parts), writer.extrefs, metadata
