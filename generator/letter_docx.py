"""The Word letter: the letter's template (on the house style) rendered by docxtpl.

After rendering, the document's own properties say what the letter is and who sent
it (author: the afzender, language nl-NL, title: the letter), not "python-docx";
citations of the law are hyperlinks behind their words.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from codes.errors import InputError
from codes.resources import template_path

from .house_style import LANGUAGE

if TYPE_CHECKING:
    from .letters import Prepared


def template_for(letter: str) -> Path:
    """The letter's own template (templates/letters/<letter>.docx), else the general one."""
    own = template_path(f"letters/{letter}.docx")
    return own if own.exists() else template_path("letters/brief.docx")


def render_docx(prepared: Prepared) -> bytes:
    from docxtpl import DocxTemplate, RichText

    document = DocxTemplate(str(template_for(prepared.letter)))
    context = dict(prepared.context)

    def linked(text: str, url: str | None) -> RichText:
        # RichText escapes the text itself; the URL comes from the law registry.
        if url:
            return RichText(text, url_id=document.build_url_id(url), style="Hyperlink")
        return RichText(text)

    context["wettelijke_normen"] = [
        {**norm, "link": linked(norm["label"], norm["url"])}
        for norm in context["wettelijke_normen"]
    ]
    context["normatief_kader"] = [
        {**item, "kop": linked(item["kop"], None)} for item in context["normatief_kader"]
    ]
    document.render(context, autoescape=True)
    _properties(document, prepared)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _properties(document, prepared: Prepared) -> None:
    case = prepared.case
    properties = document.core_properties
    sender = case.get("afzender.naam") or ""
    properties.author = sender
    properties.last_modified_by = sender
    properties.title = prepared.context["titel"]
    properties.subject = prepared.context["onderwerp"]
    properties.language = LANGUAGE
    properties.keywords = ""
    properties.comments = ""
    properties.category = ""
    properties.revision = 1
    # The letter's date, not the moment it was generated: the same case gives the same letter.
    day = case.get("datum")
    if day is not None:
        properties.created = properties.modified = datetime(day.year, day.month, day.day)


def to_pdf(docx: bytes) -> bytes:
    """The Word file as PDF, converted by LibreOffice when it is installed.

    LibreOffice works in a private temporary folder; the caller writes the result like
    every other file (codes.files), so the PDF gets the same protection as the letter.
    """
    import shutil
    import subprocess
    import tempfile

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise InputError(
            "PDF needs LibreOffice, which is not installed (apt-get install libreoffice-writer)"
        )
    with tempfile.TemporaryDirectory() as folder:  # created owner-only
        source = Path(folder) / "brief.docx"
        source.write_bytes(docx)
        try:
            subprocess.run(
                [office, "--headless", "--convert-to", "pdf", "--outdir", folder, str(source)],
                check=True,
                capture_output=True,
                timeout=180,
            )
            return source.with_suffix(".pdf").read_bytes()
        except (subprocess.SubprocessError, FileNotFoundError) as error:
            raise InputError(f"LibreOffice could not convert the letter to PDF ({error})") from None
