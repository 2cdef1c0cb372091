"""Rules from round xj (the first new regulations that broad queries return: any body, any
subject, any year); each test built from the real text."""

from codes import parse_text

# xj10, provincie Utrecht: the register page of the Verordening bescherming natuur en landschap
# 1996, as a PDF copy wraps it: the remark that the table of changes is incomplete breaks
# before its last word, and the table's only rows amend "art. 1a" in 2006.
_UTRECHT_VNL = """Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!
Provincie Utrecht

Besluit van 20 maart 1996, houdende aanpassing van de Verordening bescherming natuur en landschap provincie Utrecht 1982 aan de Algemene wet bestuursrecht en andere wetten (Verordening bescherming natuur en landschap provincie Utrecht 1996 (VNL) (VNL)

Wetstechnische informatie

Gegevens van de regeling
OverheidsorganisatieProvincie Utrecht
CiteertitelVerordening bescherming natuur en landschap provincie Utrecht 1996
Vastgesteld doorprovinciale staten

Opmerkingen met betrekking tot de regeling

      De historie bij het Overzicht van in de tekst verwerkte wijzigingen is niet
      compleet. De wijziging inzake wateren van 7 oktober 2002 ontbreekt.

Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd

  1. Provinciewet, art. 145

Overzicht van in de tekst verwerkte wijzigingen

Datum inwerkingtreding

Terugwerkende kracht tot en met

Datum uitwerkingtreding

Betreft

Datum ondertekening

Bron bekendmaking

Kenmerk voorstel

07-07-200618-02-2011art. 1a

03-07-2006

Provinciaal blad, 2006, 19

PS2006BEM17

Tekst van de regeling

Besluit van 20 maart 1996, Provinciaal blad nr. 40 van 1996, houdende aanpassing van de Verordening
"""


def test_the_remark_that_the_table_is_incomplete_holds_where_a_copy_wrapped_it():
    # The table's first row dates a later version (a signature of 2006): the decision's own
    # date, 20 maart 1996, is the adoption, also where the remark runs over two lines.
    assert parse_text(_UTRECHT_VNL).metadata.adopted_on == "1996-03-20"
    unwrapped = _UTRECHT_VNL.replace("is niet\n      compleet", "is niet compleet")
    assert parse_text(unwrapped).metadata.adopted_on == "1996-03-20"
