"""Metadata misses the rounds x and y left: docplayer transcripts of a Provinciaal blad,
decision headings a transcript runs into one line, a signature's dateline."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "x.txt").metadata


def _docplayer(heading: str, page: str) -> str:
    return (
        f"{heading}\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        f'Download "{heading}"\n\nTranscriptie\n\n1 {page}\n'
    )


def test_the_publication_name_before_a_full_stop_is_no_part_of_the_title():
    # y12, y13, y15 (and p05's "GEMEENTEBLAD. Nr Verordening ..."): the site joins the PDF's
    # first lines with ". "
    for heading, title in (
        (
            "PROVINCIAAL BLAD. Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland",
            "Subsidieregeling stageplaatsen MBO en HBO Zuid-Holland",
        ),
        (
            "PROVINCIAAL BLAD. 22e wijziging van de regels Ruimte voor Gelderland 2016",
            "22e wijziging van de regels Ruimte voor Gelderland 2016",
        ),
    ):
        text = _docplayer(heading, "PROVINCIAAL BLAD Officiële uitgave van de provincie")
        assert _metadata(text).title == title
