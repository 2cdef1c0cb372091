"""Rules from round xd (regulation kinds of public order, space and governance no round had
used: cameratoezicht, nadeelcompensatie, planschade, handhaving, standplaatsen,
verontreinigings- and grondwaterheffing, brandbeveiliging); each test built from the real
sentence."""

from codes import parse_text

# xd09, Waterschap Groot Salland: Verordening verontreinigingsheffing 2006, the register's
# older layout. Its remark dates the decision that set the date in force, two years after
# the 'nieuwe regeling' row that the algemeen bestuur signed.
_GROOT_SALLAND = (
    "Gegevens van de regeling\n"
    "OverheidsorganisatieWaterschap Groot Salland\n"
    "Officiële naam regelingVerordening verontreinigingsheffing Waterschap Groot Salland 2006\n"
    "Vastgesteld dooralgemeen bestuur\n\n"
    "Opmerkingen met betrekking tot de regeling\n\n"
    "Datum ondertekening inwerkingtredingsbesluit: 20-12-2007\n\n"
    "Bron bekendmaking inwerkingtredingsbesluit: De Stentor 21-12-2007\n\n"
    "Overzicht van in de tekst verwerkte wijzigingen\n\n"
    "Datum inwerking-\n\ntreding\n\nTerugwerkende\n\nkracht tot en met\n\nDatum uitwerking-\n\n"
    "treding\n\nBetreft\n\nDatum ondertekening\n\nBron bekendmaking\n\nKenmerk voorstel\n\n"
    "22-12-200731-12-2008art. 18\n\n20-12-2007\n\nDe Stentor 21-12-2007\n\n"
    "Nr. SBJ\\2007-6321.MRO\n"
    "24-12-200521-12-2006nieuwe regeling\n\n22-12-2005\n\nDe Stentor, 23-12-2005\n\n"
    "Nr. SBJ\\A6876\n\n"
    "Tekst van de regeling\n\n"
)


def test_a_label_that_a_lowercase_word_and_a_colon_go_on_is_another_label():
    # "Datum ondertekening inwerkingtredingsbesluit:" is not the table's "Datum ondertekening"
    metadata = parse_text(_GROOT_SALLAND).metadata
    assert metadata.adopted_on == "2005-12-22"
    assert metadata.in_force_from == "2005-12-24"


def test_the_table_s_own_label_with_its_value_still_dates_the_adoption():
    # the same layout without the remark: "Datum ondertekening" glued to its cell still counts
    text = (
        "Gegevens van de regeling\nOverheidsorganisatieWaterschap Groot Salland\n"
        "Vastgesteld dooralgemeen bestuur\nDatum ondertekening: 22-12-2005\n"
    )
    assert parse_text(text).metadata.adopted_on == "2005-12-22"


def test_the_register_s_older_label_names_a_gemeente_in_lower_case():
    # xd12, Lelystad: Brandbeveiligingsverordening 2010, a docplayer transcript of the
    # register's older layout, its cells run together on one line
    text = (
        "1 BRANDBEVEILIGINGSVERORDENING 2010 Wetstechnische informatie Gegevens van de regeling "
        "Overheidsorganisatie gemeente Lelystad Officiële naam regeling "
        "BRANDBEVEILIGINGSVERORDENING 2010 Citeertitel Brandbeveiligingsverordening 2010 "
        "Besloten door gemeenteraad\n"
    )
    metadata = parse_text(text).metadata
    assert (metadata.organisation, metadata.organisation_type) == ("Lelystad", "gemeente")
