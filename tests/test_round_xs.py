"""Rules from round xs (explanatory texts: VNG answers, blogs, memories van toelichting);
each test built from the real text."""

import pytest

from codes import parse_text

_WGR = (
    "Wijziging van de Wet gemeenschappelijke regelingen in verband met aanpassing en "
    "uitbreiding van de bepalingen inzake verplichte samenwerking"
)
_HUIS = (
    "Wijziging van de Wet Huis voor klokkenluiders en enige andere wetten ter implementatie van "
    "Richtlijn (EU) 2019/1937 van het Europees Parlement en de Raad van 23 oktober 2019 (PbEU "
    "2019, L 305) en enige andere wijzigingen"
)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # xs10 (and xg04) on parlementairemonitor.nl: the paper's kind and a dash before the bill
        (f"Memorie van toelichting - {_WGR}", _WGR),
        # xs09, a Kamerstuk: the dossier's number before the bill's title of 214 characters
        (f"35 851 {_HUIS}", _HUIS),
    ],
)
def test_a_parliamentary_paper_is_named_by_its_bills_title(heading, title):
    text = f"{heading}\n\nNr. 3 MEMORIE VAN TOELICHTING\n\nAlgemeen deel\n\n1. Inleiding\n"
    meta = parse_text(text).metadata
    assert meta.title == title
    # the acts the bill amends are part of its name, not laws the paper names
    assert not parse_text(text).references


def test_a_long_line_that_opens_as_a_bill_but_runs_into_a_sentence_is_no_name():
    line = f"{_WGR}. Dit wetsvoorstel regelt de verplichte samenwerking tussen gemeenten nader."
    assert parse_text(f"{line}\n\nArtikel 1\nTekst.\n").metadata.title != _WGR
