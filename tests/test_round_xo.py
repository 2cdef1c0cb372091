"""Rules from round xo (OCR texts of scanned minutes and old documents); each test built
from the real text."""

from codes import parse_text
from codes.organisations import register

# xo01, the West-Brabants Archief's OCR of the Halsteren raad's minutes of 26 September 1996:
# the list of members runs into one line, and one member is called Roosendaal.
_HALSTEREN = (
    "motttt ,bw VAN DE OPENRARE VERGADERING VAN DE RAAD DER GEMEENTE HALSTEREN OP DONDERDAG? "
    "26 SEPTEMBER 1996 OM 20.00 UUR IN HET GE MEENTEHUIS AANWEZIG: voorzitter: wethouders "
    "secretaris leden P.J.W. van veggel A.P.P. Roosenboom F.A.C. Mouws J.J.M. Somers G. Kooiman "
    "J.A. Adriaansen M.C. van Akkeren- Brand M.J.P. van Eekelen F.N. Hagenaars D.A. van den "
    "Kieboom j.G.M. de Koning-v.d. Casteel ChrFMeerman J.J.M. Roks P.M.M. Roosendaal M.A. "
    "Verhoog C.W.M. van der Weegen AFWEZIG: W.P. Huijgens AGENDA 1. OPENING De voorzitter "
    "opent de vergadering met het gebruikelijke gebed."
)


def test_a_name_after_a_persons_initials_is_a_surname_not_a_body():
    assert register().find(_HALSTEREN) is None
    metadata = parse_text(_HALSTEREN).metadata
    assert metadata.organisation != "Roosendaal"


def test_initials_with_a_tussenvoegsel_still_mark_a_surname():
    # "J. van Zwolle" is a person; the rule reads the tussenvoegsels between initials and name.
    assert register().find("Aanwezig: J. van Zwolle en C.W.M. van der Weert.") is None


def test_the_body_after_its_kind_word_is_still_found():
    # Only a bare name after initials is skipped: "de gemeente Roosendaal" names the body.
    found = register().find("Brief van de gemeente Roosendaal aan P.M.M. Roosendaal.")
    assert found is not None
    assert found.organisation.name == "Roosendaal"
    assert found.strength == 2
