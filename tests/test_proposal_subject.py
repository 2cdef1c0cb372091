"""A proposal's subject field is its title (`codes.metadata.title._proposal_subject`): the
raadsvoorstellen of the development set, as their document sites copy them."""

from pathlib import Path

import pytest

from tests.conftest import title_of

TEXTS = Path(__file__).parent.parent / "benchmarks" / "devset" / "texts"


def _text(prefix: str) -> str:
    return next(TEXTS.glob(f"{prefix}-*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        # "ONDERWERP" over its value, which wraps, under the site's "Raadsvoorstel - Gemeente Weert"
        (
            "ux03",
            "Aanpassen Reglement van Orde raad ten behoeve van het invoeren van een "
            "integriteitstoets voor kandidaat-wethouders",
        ),
        # "Onderwerp: ..." under "overheveling begeleiding van AWBZ naar Wmo - raadbergen"
        ("vb09", "Vaststelling WMO-verordening"),
        # a subject that adopts a regulation names the regulation (as before)
        ("ur02", "verordening Straatnamen en huisnummering"),
    ],
)
def test_the_subject_of_a_proposal_is_its_title(prefix, title):
    assert title_of(_text(prefix)) == title


def test_a_subject_field_outside_a_proposal_is_no_title():
    # a register's row names the subject area, and no "voorstel" stands above it
    text = (
        "Regeling melding nevenwerkzaamheden gemeente Voorbeeld\n\n"
        "Onderwerp\nbestuur en recht\n\nArtikel 1\nDeze regeling geldt voor ambtenaren.\n"
    )
    assert title_of(text) == "Regeling melding nevenwerkzaamheden gemeente Voorbeeld"


def test_a_proposal_subject_cut_at_the_next_field_of_its_line():
    text = (
        "Raadsvoorstel\n\nOnderwerp: Verordening jeugdhulp Voorbeeld 2025 Datum: 3 maart 2025\n"
        "Aan de raad,\n"
    )
    assert title_of(text) == "Verordening jeugdhulp Voorbeeld 2025"
