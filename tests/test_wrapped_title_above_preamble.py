"""A title line followed by the preamble's body, in a copy wrapped at a page's width: the
body opens a sentence, so the title ends at its line (d02, Wijchen, wrapped at 78 columns)."""

import textwrap

from codes import parse_text
from codes.unwrap import unwrap_edits

# d02's first lines after its header table (benchmarks/devset/texts/d02-wijchen-wmo-jeugdhulp.txt).
_D02 = (
    "Verordening maatschappelijke ondersteuning en jeugdhulp gemeente Wijchen 2026\n"
    "De raad van de gemeente Wijchen\n"
    "gelezen het voorstel van het college van burgemeester en wethouders van 4 november 2025;\n"
    "Gelet op de artikelen 2.1.3, 2.1.4, 2.1.4a, 2.1.4b, tweede lid, 2.1.5, eerste lid, 2.1.6, "
    "2.3.6, vierde lid, en 2.6.6, eerste lid van de Wet maatschappelijke ondersteuning 2015;\n"
    "Artikelen 2.9, 2.10, 2.11 en 8.1.1 van de Jeugdwet;\n"
    "Gezien het advies van het Adviesorgaan Sociaal domein Wijchen;\n"
    "besluit vast te stellen de Verordening maatschappelijke ondersteuning en jeugdhulp gemeente "
    "Wijchen 2026.\n"
)


def _wrapped(text: str, width: int = 78) -> str:
    return "\n".join(
        part for line in text.split("\n") for part in textwrap.wrap(line, width) or [""]
    )


def test_the_title_does_not_run_on_into_the_preamble_body():
    """Before, the wrapped copy's title ran on: "... gemeente Wijchen 2026 De raad van de
    gemeente Wijchen"."""
    title = parse_text(_wrapped(_D02), "d02.txt").metadata.title
    assert title == "Verordening maatschappelijke ondersteuning en jeugdhulp gemeente Wijchen 2026"


def _joined(raws: list[str]) -> set[tuple[int, int]]:
    lines, start = [], 0
    for raw in raws:
        lines.append((start, start + len(raw)))
        start += len(raw) + 1
    return set(unwrap_edits(lines, raws).runs)


def test_a_body_after_a_word_a_name_goes_on_after_still_joins():
    """ "... bij besluit van" / "Gedeputeerde Staten van Utrecht ..." is one sentence, and so
    is a body after a line that ends without a stop in running text."""
    raws = [
        "Deze regeling is vastgesteld bij het besluit van de vergadering van",
        "Gedeputeerde Staten van Utrecht van 12 maart 2019 en treedt in werking op",
        "de eerste dag na de dag waarop zij is bekendgemaakt in het Provinciaal blad",
    ]
    assert _joined(raws) == {(0, 1), (1, 2)}
    raws[0] = "Verordening maatschappelijke ondersteuning en jeugdhulp gemeente Wijchen 2026"
    raws[1] = "De raad van de gemeente Wijchen gelezen het voorstel van het college van"
    assert _joined(raws) == {(1, 2)}
