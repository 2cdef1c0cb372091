"""Citation misses of the za round of the development set (PDF transcripts): each from its
real sentence, with the references it must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

WGHOR = "Wet geneeskundige hulpverlening bij ongevallen en rampen"


def _refs(code) -> list[tuple[str, str | None, int | None, str | None]]:
    return [(r.law, r.article, r.lid, r.onderdeel) for r in code.references if r.kind == "law"]


def test_the_repealed_acts_of_the_veiligheidsregio_are_laws_of_their_own():
    # Gemeenschappelijke regeling Veiligheidsregio Amsterdam-Amstelland 2008 (za07, docplayer):
    # the WGHOR was unknown, so its "artikel 3" went to the Brandweerwet 1985 named before it.
    code = parse_text(
        "b. Op grond van de Brandweerwet 1985, artikel 3 lid 1, treffen de colleges van "
        "burgemeester en wethouders van een veiligheidsregio een gemeenschappelijke regeling op "
        "het gebied van Brandweerzorg; c. Op grond van de Wet geneeskundige hulpverlening bij "
        "ongevallen en rampen, artikel 3, treffen de colleges van burgemeester en wethouders van "
        "een veiligheidsregio een gemeenschappelijke regeling inzake Geneeskundige hulpverlening"
    )
    assert _refs(code) == [("Brandweerwet 1985", "3", 1, None), (WGHOR, "3", None, None)]
    # named without an article, beside the Wet ambulancevervoer (za08); no id is confirmed
    code = parse_text(
        "dat de bestaande gemeenschappelijke regeling dateert uit 2006 en gegrond is op de "
        "Brandweerwet 1985, de Wet ambulancevervoer, de Wet geneeskundige hulpverlening bij "
        "ongevallen en rampen, de Politiewet 1993 en de Gemeentewet;"
    )
    named = [(r.law, r.bwb) for r in code.references if r.kind == "law"]
    assert named == [
        ("Brandweerwet 1985", "BWBR0003764"),
        ("Wet ambulancevervoer", None),
        (WGHOR, None),
        ("Politiewet 1993", "BWBR0006299"),
        ("Gemeentewet", "BWBR0005416"),
    ]
