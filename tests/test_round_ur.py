"""Round ur (benchmarks/devset/README.md): the fixes from the real sentences of its texts,
regulations on subjects the devset held few of."""

from tests.conftest import dates_of, law_fields, title_of

# ur02, adoc.pub's transcript of Achtkarspelen's raadsvoorstel of 2008: the form's labels stand
# on their own lines, each value under its label after a colon.
_PROPOSAL = (
    "Aan de Gemeenteraad\nRaad\n: 21 augustus 2008\nStatus\n: Besluitvormend\nPunt no.\n: 6\n"
    "Onderwerp : Vaststelling verordening Straatnamen en huisnummering\n"
    "Korte toelichting In de Basisregistratie Adressen en Gebouwen (BAG), dienen alle "
    "woonplaats-, straatnamen en huisnummers te worden opgenomen en te zijn voorzien van "
    "originele brondocumenten waarbij die namen en nummers zijn toegekend.\n"
)


def test_a_proposals_addressee_labels_and_values_are_no_title():
    """ur02: "Aan de Gemeenteraad" had been read as the title; past it, ": Besluitvormend" (a
    value) and "Punt no." (a label, its full stop read as running text) stood in the way."""
    assert title_of(_PROPOSAL) == "verordening Straatnamen en huisnummering"


def test_the_subject_names_what_the_proposal_adopts_after_the_act_of_adopting():
    """ "Onderwerp : Vaststelling verordening X": the colon set apart and the act of adopting
    before the name, which is X."""
    text = "Onderwerp : Vaststelling verordening Straatnamen en huisnummering\nKorte toelichting.\n"
    assert title_of(text) == "verordening Straatnamen en huisnummering"


def test_a_subject_without_the_act_is_read_as_before():
    """za11's shape: "Onderwerp Verordening ..." names the regulation itself."""
    text = "Onderwerp Verordening Cliëntenparticipatie Participatiewet Gemeente Tytsjerksteradiel 2015\n"
    assert title_of(text) == (
        "Verordening Cliëntenparticipatie Participatiewet Gemeente Tytsjerksteradiel 2015"
    )


def test_a_title_that_opens_with_aan_is_still_a_title():
    """Only the addressee alone on its line is furniture: a name that happens to start with
    "Aan" ("Aanwijzingsbesluit ...") and a line that goes on after the addressee's body stay."""
    assert title_of("Aanwijzingsbesluit toezichthouders Wet kinderopvang 2019\n\nArtikel 1\n") == (
        "Aanwijzingsbesluit toezichthouders Wet kinderopvang 2019"
    )


def test_an_addressee_with_the_subject_on_its_line_still_gives_the_subject():
    """zz06's raadsvoorstel runs its addressee and subject into one line: the subject names
    the regulation, as before."""
    text = (
        "Aan de gemeenteraad, Onderwerp: Re-integratieverordening Winsum Voorgestelde besluit: "
        "De “Re-integratieverordening Winsum” vast te stellen. Inhoud: a. Aanleiding: Met de "
        "invoering van de WWB in 2004 dient de raad een re-integratie verordening vast te stellen.\n"
    )
    assert title_of(text) == "Re-integratieverordening Winsum"


def _laws(text: str) -> list[tuple]:
    return law_fields(text, ("law", "bwb", "article"))


# ur09, Fryslân's Verordening Wet natuurbescherming 2017 (its gelet op, shortened to its end).
_GELET_OP = (
    "Gelet op Artikelen 6.1 en 9.9, van de Wet natuurbescherming, in samenhang met het Besluit "
    "natuurbescherming, de Regeling natuurbescherming en de Artikelen 118, 143, 145 en 152 van de "
    "Provinciewet;"
)


def test_the_besluit_and_the_regeling_of_the_wet_natuurbescherming_are_named():
    """The registry knows the act's Besluit (2016, no confirmed id) and Regeling (BWBR0038668);
    before, both namings were missed (ur09)."""
    named = [(law, bwb) for law, bwb, article in _laws(_GELET_OP) if not article]
    assert named == [
        ("Besluit natuurbescherming", None),
        ("Regeling natuurbescherming", "BWBR0038668"),
    ]


def test_the_articles_of_the_act_itself_are_read_as_before():
    refs = [(bwb, article) for _, bwb, article in _laws(_GELET_OP) if article]
    assert refs[:2] == [("BWBR0037552", "6.1"), ("BWBR0037552", "9.9")]
    assert [a for _, a in refs[2:]] == ["118", "143", "145", "152"]


def test_the_landinrichtingswet_is_named_and_its_successor_read_as_before():
    """ur08: the register's grondslag cell of Gelderland's Subsidieregeling natuurbeheer 2008
    names the Landinrichtingswet (1985-2006); the Wet inrichting landelijk gebied that replaced
    it keeps its own id."""
    text = (
        "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\n"
        "Landinrichtingswet\n\nRegelgeving die op deze regeling is gebaseerd (gedelegeerde "
        "regelgeving)\n\nGeen\n\nGelet op artikel 11, derde lid, van de Wet inrichting landelijk "
        "gebied;\n"
    )
    assert _laws(text) == [
        ("Landinrichtingswet", "BWBR0003793", None),
        ("Wet inrichting landelijk gebied", "BWBR0020748", "11"),
    ]


def _table(betreft: str) -> str:
    """ur11's register table of changes, with its one row's Betreft cell as given."""
    return (
        "Provinciale omgevingsverordening Drenthe\n\nOverzicht van in de tekst verwerkte "
        "wijzigingen\n\nDatum inwerking-\n\ntreding\n\nTerugwerkende\n\nkracht tot en met\n\n"
        "Datum uitwerking-\n\ntreding\n\nBetreft\n\nDatum ondertekening\n\nBron bekendmaking\n\n"
        f"Kenmerk voorstel\n\n01-04-200722-12-2009{betreft}\n\n \n\nProvinciaal blad, 2006, "
        "76\n\n44/5.6/2006012562\n\nTekst van de regeling\n"
    )


def test_the_registers_abbreviated_amendment_row_dates_no_regulation():
    """ur11: "wijz. art. 1.1, 11.1, ..." is an amendment's row, as "wijziging" is; its date
    in force (2007-04-01) had been read as the regulation's."""
    betreft = (
        "wijz. art. 1.1, 11.1, 11.2, 11.4, 11.6, 11.7, 11.8, 11.9, 12.11, vervanging Hoofdstuk "
        "6, aanpassing kaarten"
    )
    assert dates_of(_table(betreft)) == ("None", "None")


def test_a_new_regulations_row_still_dates_it():
    assert dates_of(_table("nieuwe regeling"))[1] == "2007-04-01"
