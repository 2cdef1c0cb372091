"""Metadata of round q of the development set: a joint body's register page whose table
of changes names gemeenten, a Blad gemeenschappelijke regeling that dates its decision
before "tot het vaststellen van de navolgende", a Staatscourant notice that names the
regulation after "luidt zij als volgt:", and a GGD named "Hart voor Brabant". Each
sentence is copied from the development set (q02, q04, q13, q14; f03)."""

from __future__ import annotations

from .conftest import metadata_of

HAAGLANDEN_PAGE = (
    "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\n"
    "Stadsgewest Haaglanden\n\n"
    "Ambtsjubilea en bijzondere gebeurtenissen (recepte/kado)\n\n"
    "Wetstechnische informatie\n\nGegevens van de regeling\n"
    "OverheidsorganisatieStadsgewest Haaglanden\n"
    "Officiële naam regelingAmbtsjubilea en bijzondere gebeurtenissen (recepte/kado)\n"
    "CiteertitelRegeling ambtsjubilea en bijzondere gebeurtenissen\n"
    "Vastgesteld doordagelijks bestuur\n\n"
    "Overzicht van in de tekst verwerkte wijzigingen\n\n"
    "Betreft\n\nDatum ondertekening\n\nBron bekendmaking\n\n"
    "01-01-2015art. 1, 6\n\n26-11-2014\n\n"
    "Elektronisch Gemeenteblad, Delft, Den Haag, Leidschendam-Voorburg, Midden-Delfland, "
    "Pijnacker-Nootdorp, Rijswijk, Wassenaar, Westland en Zoetermeer, 04-12-2014\n\n"
    "Tekst van de regeling\n\nAmbtsjubilea en bijzondere gebeurtenissen (recepte/kado)\n"
)

KENNEMERLAND = (
    "Gedragscode Veiligheidsregio Kennemerland\n\n"
    "Het Dagelijks Bestuur van de Veiligheidsregio Kennemerland (VRK)\n\n \n\n"
    "Gelet op het gestelde in artikel 125 van de Ambtenarenwet;\n\n"
    "besluit:\n\n \n\n"
    "d.d. 15 juni 2020, tot het vaststellen van de navolgende Gedragscode VRK en deze op te "
    "nemen in de Arbeidsvoorwaardenregeling VRK, hierna genoemd AR-VRK:\n"
)

GGD_HAAGLANDEN = (
    "Staatscourant van het Koninkrijk der Nederlanden\n"
    "Datum publicatie | Organisatie | Jaargang en nummer | Rubriek |\n---|---|---|---|\n"
    "'s-Gravenhage | Staatscourant 2017, 75595 | Instelling gemeenschappelijke regelingen |\n"
    "Op grond van artikel 26 lid 2 van de wet gemeenschappelijke regelingen maakt het college "
    "van B&W van de gemeente Den Haag bekend dat ... Met ingang van 1 januari 2018 draagt de "
    "gemeenschappelijke regeling de naam: Gemeenschappelijke regeling Gemeentelijke "
    "Gezondheidsdienst Haaglanden en Veilig Thuis en luidt zij als volgt:\n"
    "Gemeenschappelijke Regeling GGD-VT Haaglanden\n"
    "De colleges van burgemeester en wethouders van de gemeenten Delft, Den Haag, "
    "Leidschendam-Voorburg, Midden-Delfland, Pijnacker-Nootdorp, Rijswijk, Wassenaar, Westland "
    "en Zoetermeer;\n"
)

HART_VOOR_BRABANT = (
    "Gemeenschappelijke regeling voor de Gemeenschappelijk Gezondheidsdienst Hart voor Brabant\n"
    "Geldend van 01-07-2005 t/m 31-12-2014\n"
    "De raden en de colleges van burgemeester en wethouders van de gemeenten Bernheze, Boekel, "
    "Boxmeer, Boxtel, Cuijk, Dongen, ieder voor zover het zijn verantwoordelijkheden en "
    "bevoegdheden aangaat,\n"
)


def meta(text: str):
    return metadata_of(text, "regeling")


def test_the_labelled_joint_body_keeps_its_type_against_a_gemeente_in_the_table():
    found = meta(HAAGLANDEN_PAGE)
    assert (found.organisation, found.organisation_type) == ("Stadsgewest Haaglanden", "other")


def test_a_decision_dated_before_it_adopts_the_navolgende_text_dates_the_adoption():
    assert str(meta(KENNEMERLAND).adopted_on) == "2020-06-15"


def test_a_decision_that_adopts_another_regulation_does_not_date_this_one():
    text = "gelet op het besluit van 3 mei 2010 tot vaststelling van de Verordening X;\n"
    assert meta("Gedragscode medewerkers\n\n" + text).adopted_on is None


def test_the_name_after_luidt_zij_als_volgt_is_the_title():
    assert meta(GGD_HAAGLANDEN).title == "Gemeenschappelijke Regeling GGD-VT Haaglanden"


def test_an_amendment_that_announces_a_provision_gives_no_title():
    text = "Artikel 2.3 komt als volgt te luiden:\nArtikel 2.3 Regeling van de subsidie\n"
    assert meta("\n" + text).title != "Artikel 2.3 Regeling van de subsidie"


def test_a_region_inside_a_body_name_is_not_the_provincie():
    found = meta(HART_VOOR_BRABANT)
    assert found.organisation_type == "gemeente"
    assert found.organisation != "Noord-Brabant"
