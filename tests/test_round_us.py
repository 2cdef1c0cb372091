"""Round us (benchmarks/devset/README.md): the fixes from the real sentences of the council's and
staten's own rules (vertrouwenscommissies, fractieondersteuning, rekenkamercommissies,
werkgeverscommissies), each test quoting its text."""

import textwrap

from codes import parse_text
from codes.metadata.table import ROW_OPENING

# us08 (Hoogheemraadschap van Schieland en de Krimpenerwaard, Verordening op de
# rekenkamercommissie, 2015): the head of the register's page, as saved.
_SCHIELAND = (
    "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\n"
    "Hoogheemraadschap van Schieland en de Krimpenerwaard\n\n"
    "Verordening op de rekenkamercommissie Hoogheemraadschap van Schieland en de Krimpenerwaard\n\n"
    "Wetstechnische informatie\n\nGegevens van de regeling\n"
    "OrganisatieHoogheemraadschap van Schieland en de Krimpenerwaard\n"
    "OrganisatietypeWaterschap\n"
    "Officiële naam regelingVerordening op de rekenkamercommissie Hoogheemraadschap van "
    "Schieland en de Krimpenerwaard\n"
    "CiteertitelVerordening op de rekenkamercommissie\n"
    "Vastgesteld dooralgemeen bestuur\nOnderwerpbestuur en recht\nEigen onderwerp\n\n"
    "Opmerkingen met betrekking tot de regeling\n\n"
    "Deze regeling vervangt de Verordening rekeningcommissie hoogheemraadschap van Schieland "
    "en de Krimpenerwaard.\n\n"
    "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\nWaterschapswet\n"
)


def _wrapped(text: str, width: int) -> str:
    """Every line wrapped at `width` columns, as a PDF's text or a mail has it."""
    return "\n".join(
        part for line in text.split("\n") for part in (textwrap.wrap(line, width) or [""])
    )


def _names(text: str) -> tuple[str | None, str | None]:
    metadata = parse_text(text, "t.txt").metadata
    return metadata.title, metadata.citeertitel


def test_a_register_row_opens_anew_after_a_wrapped_cell():
    """us08 wrapped at 60 columns: the title's cell ends "... Hoogheemraadschap van" /
    "Schieland en de Krimpenerwaard" above "CiteertitelVerordening op de
    rekenkamercommissie". The citeertitel's first word would not have fitted on the line,
    so the metadata took the break for a wrap and ran the rows together; the title was cut
    to its first line. A row of the register's table opens with its label at a line's start."""
    assert _names(_wrapped(_SCHIELAND, 60)) == (
        "Verordening op de rekenkamercommissie Hoogheemraadschap van Schieland en de "
        "Krimpenerwaard",
        "Verordening op de rekenkamercommissie",
    )


def test_the_saved_page_and_prose_that_opens_with_a_label_word_read_as_before():
    assert _names(_SCHIELAND) == _names(_wrapped(_SCHIELAND, 60))
    # Only a label glued to its value (in capitals or figures) or set off by its separator
    # opens a row; a sentence that starts with the label's words goes on as before.
    assert ROW_OPENING.match("CiteertitelVerordening op de rekenkamercommissie")
    assert ROW_OPENING.match("Datum ondertekening17-12-2019")
    assert ROW_OPENING.match("Citeertitel: Verordening op de rekenkamercommissie")
    assert not ROW_OPENING.match("Vastgesteld door de raad op 1 juli 2015.")
    assert not ROW_OPENING.match("Onderwerpen die de commissie onderzoekt")
