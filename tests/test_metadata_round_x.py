"""Round x: the metadata of pages as users copy them (share buttons, the older
officielebekendmakingen layout, a publication row glued to the heading, a register
whose table of changes does not go back to the regulation's adoption)."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "x.txt").metadata


def test_a_share_button_is_no_title():
    # x03: a raadsvoorstel on raad.zutphen.nl
    text = (
        "Pagina delen\n\n"
        "Financiële verordening gemeente Zutphen 2019, Nota financieel beleid 2019 en "
        "Treasurystatuut gemeente Zutphen 2019\n\n"
        "Het college van burgemeester & wethouders stelt voor :\n\n"
        " 1. De Financiële verordening gemeente Zutphen 2019 vast te stellen.\n"
    )
    assert _metadata(text).title == (
        "Financiële verordening gemeente Zutphen 2019, Nota financieel beleid 2019 en "
        "Treasurystatuut gemeente Zutphen 2019"
    )


def test_the_older_officielebekendmakingen_furniture_is_no_title():
    # x07: Provinciaal blad van Limburg 2016, 1635, as the site showed it until about 2017
    text = (
        "Start van deze pagina\n"
        "Skip navigatie, ga direct naar de Inhoud\n\n"
        "Overheid.nl - de wegwijzer naar informatie en diensten van alle overheden.\n\n"
        "De wegwijzer naar informatie en diensten van alle overheden\n\n"
        "Tekstgrootte\n+\n\n\n"
        "Jaargang 2016\nNr. 1635\n\n"
        "Gepubliceerd op 21 maart 2016 09:29\n\n"
        "Gewijzigde Beleidsregel topbeloningen Provincie Limburg 2013\n\n \n\n"
        "Gedeputeerde Staten van Limburg,\n\n"
        "maken ter voldoening aan het bepaalde in de Algemene wet bestuursrecht en de "
        "Provinciewet bekend dat zij in hun vergadering van 1 maart 2016 hebben ingestemd met "
        "een wijziging van de Beleidsregel topbeloningen Provincie Limburg 2013 .\n"
    )
    assert _metadata(text).title == "Gewijzigde Beleidsregel topbeloningen Provincie Limburg 2013"


def test_the_heading_glued_to_the_publication_row_is_the_title():
    # x05 (and r07): the publication's table copied without its cells
    text = (
        "Provinciaal blad van Overijssel\n\n"
        "Datum publicatieOrganisatieJaargang en nummerRubriek\n"
        "OverijsselProvinciaal blad 2018, 8581Overige besluiten van algemene strekking"
        "Regeling melding en openbaarmaking nevenwerkzaamheden provincie Overijssel 2018\n\n"
        "naar artikel 2.5.4, vierde lid van de Collectieve Arbeidsvoorwaardenregeling "
        "Provincies 2018 (hierna: CAP 2018).\n\n"
        "Artikel 1 Algemene bepalingen en definities\n\n"
        "In deze regeling wordt verstaan onder:\n"
    )
    metadata = _metadata(text)
    assert metadata.title == (
        "Regeling melding en openbaarmaking nevenwerkzaamheden provincie Overijssel 2018"
    )
    assert metadata.organisation == "Overijssel"


def test_a_glued_notice_of_adoption_is_no_better_than_the_name_it_announces():
    # f03: "...Waterschapsblad 2017, 6790BeleidsregelsBekendmaking vaststelling gedragscode
    # integriteit" announces the code; the name on the line after "luidt als volgt:" wins
    text = (
        "Waterschapsblad van Hoogheemraadschap van Rijnland\n\n"
        "Datum publicatieOrganisatieJaargang en nummerRubriek\n"
        "Hoogheemraadschap van RijnlandWaterschapsblad 2017, 6790Beleidsregels"
        "Bekendmaking vaststelling gedragscode integriteit\n\n"
        "De verenigde vergadering van het hoogheemraadschap van Rijnland heeft op 21 juni 2017 "
        "besloten de nieuwe gedragscode vast te stellen. De nieuwe gedragscode luidt als volgt:\n\n"
        "Gedragscode integriteit voor het bestuur van het hoogheemraadschap van Rijnland 2017\n\n"
        "Integriteit van het bestuur is een onderwerp dat ruime belangstelling geniet.\n"
    )
    assert _metadata(text).title == (
        "Gedragscode integriteit voor het bestuur van het hoogheemraadschap van Rijnland 2017"
    )


_GRONINGEN_TABLE = (
    "Gegevens van de regeling\n"
    "OrganisatieGroningen\n"
    "OrganisatietypeProvincie\n"
    "Officiële naam regelingBesluit nevenwerkzaamheden\n"
    "CiteertitelBesluit nevenwerkzaamheden\n"
    "Vastgesteld doorgedeputeerde staten\n\n"
    "Opmerkingen met betrekking tot de regeling\n\n"
    "{remark}\n\n"
    "Overzicht van in de tekst verwerkte wijzigingen\n\n"
    "Datum inwerkingtreding\n\nTerugwerkende kracht tot en met\n\nDatum uitwerkingtreding\n\n"
    "Betreft\n\nDatum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n"
    "24-02-201801-01-2018nieuwe regeling\n\n13-02-2018\n\nprb-2018-1497\n\nK300\n\n"
    "Tekst van de regeling\n\nIntitulé\n\nBesluit nevenwerkzaamheden\n\n"
    "Dit besluit is door Gedeputeerde Staten vastgesteld op 5 november 2002 "
    "(nr. 2002-13.727/2)\n\n"
    "Artikel 1\n\nIn dit besluit wordt verstaan onder:\n"
)


def test_the_text_dates_itself_where_the_register_says_its_history_is_incomplete():
    # x06: the register's only row signs a version of 2018
    text = _GRONINGEN_TABLE.format(
        remark="Het historisch overzicht van de regeling is niet compleet."
    )
    assert _metadata(text).adopted_on == "2002-11-05"


def test_the_table_of_changes_still_wins_where_the_register_does_not_say_so():
    text = _GRONINGEN_TABLE.format(remark="Geen")
    assert _metadata(text).adopted_on == "2018-02-13"


def test_a_regulation_adopted_by_another_is_not_dated_by_the_own_adoption_rule():
    # "die is vastgesteld op" in a relative clause dates another regulation; only "dit" or
    # "deze" with the regulation's noun is the text speaking of itself
    text = (
        "Regeling X\n\nDe raad van de gemeente Oirschot;\n\n"
        "gelet op de verordening die is vastgesteld op 3 maart 2001;\n\nbesluit:\n"
    )
    assert _metadata(text).adopted_on != "2001-03-03"
