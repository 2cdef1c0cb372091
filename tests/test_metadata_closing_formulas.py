"""The adopting body where a statement names it by a compound or after a closing "Aldus":
"Vastgesteld : raadsvergadering van ...", "Vastgesteld bij raadsbesluit van ...", "Aldus
vastgesteld in de openbare vergadering van de raad ...". The body is read from the statement's
own words (`adopter._STATED`), as for "Vastgesteld door de raad op ..."."""

import pytest

from codes import parse_text
from codes.metadata.adopter import adopted_by

# ud07 (docplayer transcript of a Verordening rechtspositie wethouders en raadsleden 2010): its
# label block, run into one line.
_UD07 = (
    "VERORDENING RECHTSPOSITIE WETHOUDERS, RAADSLEDEN 2010 Kenmerk : V /AW Versie : 15 december "
    "2010 bij besluit RV Auteur/Afdeling : AWi/Staf Vastgesteld : raadsvergadering van 27 januari "
    "2011 bij besluit RB Inwerkingtreding : 1 januari 2011"
)
_CODE = "Verordening rechtspositie wethouders 2010\n\nArtikel 1 Begrippen\nDe wet: de Gemeentewet.\n\n{}\n"


def _adopted_by(text: str) -> str | None:
    return parse_text(text, "test.txt").metadata.adopted_by


def test_a_label_block_names_the_raad_by_its_meeting():
    """Before, no body was read from "Vastgesteld : raadsvergadering van 27 januari 2011"."""
    assert _adopted_by(_UD07) == "gemeenteraad"


@pytest.mark.parametrize(
    ("statement", "body"),
    [
        ("Vastgesteld bij raadsbesluit van 27 januari 2011.", "gemeenteraad"),
        (
            "Vastgesteld bij collegebesluit van 27 januari 2011.",
            "college van burgemeester en wethouders",
        ),
        (
            "Aldus vastgesteld in de openbare vergadering van de raad van 27 januari 2011.",
            "gemeenteraad",
        ),
        (
            "Aldus besloten door burgemeester en wethouders van Ede in hun vergadering van 27 "
            "januari 2011.",
            "college van burgemeester en wethouders",
        ),
        (
            "Aldus vastgesteld door burgemeester en wethouders op 27 januari 2011.",
            "college van burgemeester en wethouders",
        ),
    ],
)
def test_the_statement_names_its_body(statement, body):
    assert _adopted_by(_CODE.format(statement)) == body


@pytest.mark.parametrize(
    "statement",
    [
        "Vastgesteld: 27 januari 2011.",  # a date, no body
        "De verordening, aldus vastgesteld door de raad, geldt voor allen.",  # mid-sentence
        "Vastgesteld bij raadsbesluitvorming.",  # no compound of a body's meeting or decision
        "Het college heeft besloten door de raad te laten vaststellen.",  # not its clause's opening
    ],
)
def test_no_body_where_the_statement_names_none(statement):
    # (the adopter's own candidates: a verordening's title lets the metadata guess the raad)
    assert list(adopted_by(_CODE.format(statement))) == []
