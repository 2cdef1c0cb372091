"""A body's name in a PDF copy, broken over lines: after its hyphen ("Arnhem-" / "Nijmegen") or
between its words, the next line behind the page's margin (`codes/metadata/view.py`,
`codes/metadata/wrapped_names.py`). Each case is a real devset text broken as `pdftotext
-layout` breaks it; the expectations are the truth typed for the text."""

from __future__ import annotations

from codes import parse_text
from codes.metadata.wrapped_names import one_line

# r02 (Schieland en de Krimpenerwaard): the board's name wraps between its words, and the next
# line's margin stays as spaces where the metadata reads it.
_SCHIELAND = """\
      Verordening van het algemeen bestuur van het Hoogheemraadschap van Schieland en de
      Krimpenerwaard houdende regels omtrent wegenheffing (Verordening wegenheffing
      Hoogheemraadschap van Schieland en de Krimpenerwaard 2020)

      De verenigde vergadering van Schieland en de Krimpenerwaard;

      op voordracht van dijkgraaf en hoogheemraden van Schieland en de Krimpenerwaard van
                                     8 oktober 2019;

      Gelet op de artikelen 110, 113, 122a en 122b van de Waterschapswet;

                                     B E S L U I T :
"""

# x02 (Groene Metropoolregio Arnhem-Nijmegen): the name breaks after its hyphen.
_ARNHEM_NIJMEGEN = """\
                    Informatieprotocol Groene Metropoolregio Arnhem-Nijmegen

      Het algemeen bestuur van de Groene Metropoolregio Arnhem-
      Nijmegen;

      Gehoord hebbende de college’s en gemeenteraden van de deelnemende gemeenten;

                                         Besluit

      vast te stellen het volgende Informatieprotocol Groene Metropoolregio Arnhem-
                                        Nijmegen:
"""


def test_a_name_wrapped_between_its_words_reads_on_behind_the_margin():
    metadata = parse_text(_SCHIELAND).metadata
    assert metadata.organisation == "Hoogheemraadschap van Schieland en de Krimpenerwaard"
    assert metadata.organisation_type == "waterschap"


def test_a_name_broken_after_its_hyphen_closes_up():
    metadata = parse_text(_ARNHEM_NIJMEGEN).metadata
    assert metadata.organisation == "Groene Metropoolregio Arnhem-Nijmegen"
    assert metadata.organisation_type == "other"


def test_the_same_name_on_one_line_is_read_alike():
    one = _ARNHEM_NIJMEGEN.replace("Arnhem-\n      Nijmegen;", "Arnhem-Nijmegen;")
    assert parse_text(one).metadata.organisation == "Groene Metropoolregio Arnhem-Nijmegen"


def test_a_hyphen_that_elides_a_word_or_a_space_the_text_writes_stays():
    # "Midden- en West-Brabant" (the truth of two devset bodies); "Brabant- Zuidoost" as zj01
    # writes it, on one line
    assert one_line("Veiligheidsregio Midden-  en West-Brabant") == (
        "Veiligheidsregio Midden- en West-Brabant"
    )
    assert one_line("Veiligheidsregio Brabant- Zuidoost") == "Veiligheidsregio Brabant- Zuidoost"
    assert one_line("Groene Metropoolregio Arnhem-\u2009      Nijmegen") == (
        "Groene Metropoolregio Arnhem-Nijmegen"
    )


# za07 (a docplayer transcript) wrapped at 60 columns: the heading breaks after the hyphen and
# its last line ends with the heading's full stop.
_AMSTERDAM_AMSTELLAND = """\
GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO AMSTERDAM-
AMSTELLAND 2008.

Save this PDF as:
 WORD  PNG  TXT  JPG
"""


def test_a_title_broken_after_a_hyphen_ends_without_its_full_stop():
    title = parse_text(_AMSTERDAM_AMSTELLAND).metadata.title
    assert title == "GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO AMSTERDAM-AMSTELLAND 2008"
