"""Write the Word letter templates in templates/letters/ (run once; then restyle them in Word).

    python -m tools.make_letter_templates [--force]

Each Jinja tag is written in a run of its own, so docxtpl reads it; after editing the
templates in Word, 'gedragscode templates check' finds tags that Word split across runs.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
from docx.shared import Pt

from codes.files import write_new

HERE = Path(__file__).resolve().parents[1] / "templates" / "letters"


def _base(document: docx.Document) -> None:
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)


def letter_head(document) -> None:
    document.add_paragraph("{{ gemeente_naam }}", style="Title")
    document.add_paragraph("{{ afzender.functie }}")
    document.add_paragraph("")
    document.add_paragraph("{{ ontvanger.naam }}")
    document.add_paragraph("{%p for regel in ontvanger_adresregels %}")
    document.add_paragraph("{{ regel }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("")
    document.add_paragraph("Datum: {{ datum_tekst }}")
    document.add_paragraph("{%p if kenmerk %}")
    document.add_paragraph("Kenmerk: {{ kenmerk }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("Onderwerp: {{ onderwerp }}")
    document.add_paragraph("")


def letter_body(document) -> None:
    document.add_paragraph("{{ aanhef }},")
    document.add_paragraph("{{ intro }}")
    document.add_paragraph("{%p for passage in passages %}")
    document.add_paragraph("{{ passage }}")
    document.add_paragraph("{%p endfor %}")


def letter_end(document) -> None:
    document.add_paragraph("{{ closing }}")
    document.add_paragraph("Met vriendelijke groet,")
    document.add_paragraph("")
    document.add_paragraph("{{ afzender.naam }}")
    document.add_paragraph("{{ afzender.functie }}")
    document.add_paragraph("{%p if bijlagen %}")
    document.add_paragraph("Bijlagen:")
    document.add_paragraph("{%p for bijlage in bijlagen %}")
    document.add_paragraph("{{ bijlage }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endif %}")


def brief() -> docx.Document:
    document = docx.Document()
    _base(document)
    letter_head(document)
    letter_body(document)
    letter_end(document)
    return document


def onderzoeksopdracht() -> docx.Document:
    document = docx.Document()
    _base(document)
    letter_head(document)
    letter_body(document)
    document.add_heading("Bepalingen van de gedragscode die het onderzoek betreft", level=2)
    document.add_paragraph("{%p for bepaling in normatief_kader %}")
    document.add_paragraph("{{ bepaling.label }} ({{ bepaling.id }})", style="Heading 3")
    document.add_paragraph("{{ bepaling.text }}")
    document.add_paragraph("{%p endfor %}")
    document.add_heading("Wettelijke integriteitsnormen", level=2)
    document.add_paragraph("{%p for norm in wettelijke_normen %}")
    document.add_paragraph("{{ norm.label }}: {{ norm.url }}", style="List Bullet")
    document.add_paragraph("{%p endfor %}")
    letter_end(document)
    document.add_paragraph("")
    document.add_paragraph("Voor akkoord, de onderzoeker:")
    document.add_paragraph("{{ onderzoeker.naam }}, {{ onderzoeker.organisatie }}")
    document.add_paragraph("Datum en handtekening: ____________________")
    return document


def main() -> None:
    force = "--force" in sys.argv
    HERE.mkdir(parents=True, exist_ok=True)
    for name, build in (("brief.docx", brief), ("onderzoeksopdracht.docx", onderzoeksopdracht)):
        target = HERE / name
        if target.exists() and not force:
            print(f"{target} exists; add --force to replace it (a restyled template would be lost)")
            continue
        buffer = io.BytesIO()
        build().save(buffer)
        write_new(target, buffer.getvalue(), force=force)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
