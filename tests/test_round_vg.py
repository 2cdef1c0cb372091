"""Round vg (benchmarks/devset/README.md): the fixes from the real pages of provincies and
waterschappen on their own councils and committees: vg02 (a Provinciaal Blad in the older
officielebekendmakingen layout), vg04 (the provincie Utrecht's own regelgeving page), vg06
(the provincie Zuid-Holland's page of a GS decision) and vg07 (Fryslân's register page)."""

from tests.conftest import adopted_on_of, law_fields, metadata_as_given, title_of

_REGELING_DPA = "BWBR0041573"


# vg07, the register's Wettelijke grondslag list.
def test_the_rechtspositieregeling_is_the_regeling_rechtspositie():
    """vg07 (and zt04's definition): "Rechtspositieregeling decentrale politieke ambtsdragers",
    the besluit's pattern, is the Regeling rechtspositie decentrale politieke ambtsdragers;
    before, the two articles were lost."""
    text = (
        "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\n"
        " 6. artikel 2.1, vijfde lid, van de Rechtspositieregeling decentrale politieke "
        "ambtsdragers\n 7. artikel 2.6, vijfde lid, van de Rechtspositieregeling decentrale "
        "politieke ambtsdragers\n"
    )
    refs = law_fields(text, ("bwb", "article", "lid"))
    assert refs == [(_REGELING_DPA, "2.1", 5), (_REGELING_DPA, "2.6", 5)]


def test_the_rechtspositiebesluit_is_still_the_besluit():
    """The near miss: the Rechtspositiebesluit of the same list is not the Regeling."""
    text = (
        "artikel 2.3.3, tweede lid, van het Rechtspositiebesluit decentrale politieke "
        "ambtsdragers\n"
    )
    refs = law_fields(text, ("law", "bwb", "article"))
    assert len(refs) == 1 and refs[0][1] != _REGELING_DPA and refs[0][2] == "2.3.3"


# vg02, the older officielebekendmakingen page's publication stamp.
_PRB = (
    "Start van deze pagina\nSkip navigatie, ga direct naar de Inhoud\n\nTekstgrootte\n+\n\n\n"
    "Jaargang 2015\nNr. 839\n\nGepubliceerd op 16 februari 2015 09:00Verordening op de "
    "Controlecommissie provincie Limburg 2015\n \nHoofdstuk 1 Algemene bepalingen\nArtikel 1 "
    "Begripsbepalingen\nIn deze verordening wordt verstaan onder:\n"
)


def test_a_name_glued_to_the_publication_stamp_is_the_title():
    """vg02: the copy lost the break after the stamp's time; the name after it is the title.
    Before, the whole line was furniture and no title was read."""
    assert title_of(_PRB) == "Verordening op de Controlecommissie provincie Limburg 2015"


def test_the_publication_stamp_alone_is_still_furniture():
    text = _PRB.replace("09:00Verordening op de Controlecommissie", "09:00\nVerordening op de X")
    assert title_of(text) == "Verordening op de X provincie Limburg 2015"
    text = "Gepubliceerd op 16 februari 2015 09:00\n\nHoofdstuk 1 Algemene bepalingen\n"
    assert title_of(text) != "Gepubliceerd op 16 februari 2015 09:00"


# vg04, the provinces' older regelgeving page: the version shown is an amendment.
_UTRECHT = (
    "Gegevens van de Regeling\n\nType overheidsorganisatieprovincie\nNaam overheidsorganisatie "
    "(creator):Utrecht\nCiteertitel van de regelingSubsidieverordening statenfracties provincie "
    "Utrecht 2002\nOfficiële naam regelingBesluit van Provinciale Staten van Utrecht van 20 maart "
    "2003 tot subsidiëring van statenfracties, gewijzigd bij besluiten van 7 november 2005, prov. "
    "blad 43\nVastgesteld doorprovinciale staten\nBron\n\nProvinciewet, art. 145\n\n"
    "Datum van inwerkingtreding van deze versie15 maart 2007\n"
    "Betreft (aard van de regeling/wijziging)art. 4, 6\n"
    "Datum ondertekening regeling17 december 2007\nDatum bekendmaking21 januari 2008\n"
    "Datum ondertekening inwerkingtredingbesluit17 december 2007\n"
)


def test_an_amended_versions_signature_is_not_the_adoption():
    """vg04: "Betreft (aard van de regeling/wijziging)art. 4, 6" shows an amendment, so its
    "Datum ondertekening regeling" dates the amendment; the official name's decision date is
    the adoption. Before, 17 December 2007 was read."""
    assert adopted_on_of(_UTRECHT) == "2003-03-20"


def test_a_new_versions_signature_still_dates_the_adoption():
    """The near miss: where the version shown is the regulation itself, its signature dates
    the adoption as the register's 'Datum ondertekening' does."""
    text = _UTRECHT.replace(
        "Betreft (aard van de regeling/wijziging)art. 4, 6",
        "Betreft (aard van de regeling/wijziging)nieuwe regeling",
    ).replace(
        "Officiële naam regelingBesluit van Provinciale Staten van Utrecht van 20 maart 2003 tot",
        "Officiële naam regelingBesluit tot",
    )
    assert adopted_on_of(text) == "2007-12-17"


# vg06, the provincie Zuid-Holland's page of a GS decision.
_GS_PAGE = (
    "Opheffen Auditcommissie\n\nDatum besluit: 07 maart 2017\n\n\nOp grond van de Provinciewet "
    "verrichten Gedeputeerde Staten periodiek onderzoek naar de doelmatigheid.\n\n"
    "GS-brief over Opheffen Auditcommissie\n\nBesluittype: GS Besluit"
)


def test_the_besluittype_label_names_the_body():
    """vg06: "Besluittype: GS Besluit" is the site's "Type besluit: GS-vergadering" (zm08) in
    other words; before, no body was read."""
    metadata = metadata_as_given(_GS_PAGE)
    assert (metadata.adopted_on, metadata.adopted_by) == ("2017-03-07", "gedeputeerde staten")


def test_a_besluittype_of_no_body_names_none():
    text = _GS_PAGE.replace("Besluittype: GS Besluit", "Besluittype: Overig")
    assert metadata_as_given(text).adopted_by != "gedeputeerde staten"
