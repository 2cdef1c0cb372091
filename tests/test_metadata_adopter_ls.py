"""Who adopted a regulation and from when it applies, in the shapes the held-out rounds
l-s showed (`codes/metadata/adopter.py`); each case a sentence from a real text of the devset."""

from __future__ import annotations

import pytest

from codes.metadata import adopter, in_force

_COLLEGE = "college van burgemeester en wethouders"


def _bodies(text: str, organisation_type: str | None = "gemeente") -> list[str | None]:
    """The vocabulary terms of the candidates the rules give, in their order."""
    return [adopter.term(found.value, organisation_type) for found in adopter.adopted_by(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A gemeenschappelijke regeling's parties in the plural, their gemeenten listed (q13).
        (
            "De colleges van burgemeester en wethouders van de gemeenten Delft, Den Haag, "
            "Leidschendam-Voorburg, Midden-Delfland, Pijnacker-Nootdorp, Rijswijk, Wassenaar, "
            "Westland en Zoetermeer;\ngelet op de Wet gemeenschappelijke regelingen, de Wet "
            "publieke gezondheid;\n",
            _COLLEGE,
        ),
        # The raden with the colleges, each for its own powers: the college, as the register
        # records r08's raad, college and burgemeester (q14, 29 gemeenten before "ieder").
        (
            "GGD Hart voor Brabant\nDe raden en de colleges van burgemeester en wethouders van de "
            "gemeenten Bernheze, Boekel, Boxmeer, Boxtel, Cuijk, Dongen, Gilze en Rijen, Goirle, "
            "Grave, Haaren, 's-Hertogenbosch, Heusden, Hilvarenbeek, Landerd, Lith, Loon op Zand, "
            "Maasdonk, Mill en Sint Hubert, Oisterwijk, Oss, Schijndel, Sint Anthonis, "
            "SintMichielsgestel, Sint-Oedenrode, Tilburg, Uden, Veghel, Vught en Waalwijk, ieder "
            "voor zover het zijn verantwoordelijkheden en bevoegdheden aangaat,\noverwegende dat:",
            _COLLEGE,
        ),
        # The same three bodies of one gemeente (w04).
        (
            "Verordening voor de behandeling van bezwaarschriften gemeente Dongen\nDe raad, het "
            "college en de burgemeester van de gemeente Dongen;\nieder voor zover het hun "
            "bevoegdheden betreft;\ngezien het voorstel van het college",
            _COLLEGE,
        ),
        # A transcript's one line: the heading runs into the parties (r14) ...
        (
            "1 GEMEENSCHAPPELIJKE REGELING VEILIGHEIDSREGIO TWENTE E08d De colleges van "
            "burgemeester en wethouders van de gemeenten Almelo, Borne, Dinkelland, Enschede, "
            "Haaksbergen, Hellendoorn, Hengelo (O), Hof van Twente, Losser. Oldenzaal, Rijssen- "
            "Holten, Tubbergen, Twenterand en Wierden OVERWEGENDE dat op 1 oktober 2010 de Wet "
            "veiligheidsregio s in werking is getreden;",
            _COLLEGE,
        ),
        # ... waterschappen's dagelijkse besturen and colleges van dijkgraaf en heemraden (n13).
        (
            "1 Gemeenschappelijke regeling Aqualysis De dagelijkse besturen van het Waterschap "
            "Groot Salland, het Waterschap Reest en Wieden en het Waterschap Vechtstromen en de "
            "colleges van dijkgraaf en heemraden van het Waterschap Rijn en IJssel, het Waterschap "
            "Vallei en Veluwe en het Waterschap Zuiderzeeland, ieder voor zover voor het eigen "
            "waterschap bevoegd, Gelet op hoofdstuk III van de Wet gemeenschappelijke regelingen",
            "dagelijks bestuur",
        ),
        # "elk voor zover" as "ieder voor zover" (o13).
        (
            "2019 De colleges van Burgemeester en Wethouders van de gemeenten - Gorinchem - "
            "Molenwaard (vanaf 1 januari 2019 deel uitmakend van de fusiegemeente Molenlanden) - "
            "Vianen elk voor zover het zijn bevoegdheden betreft, overwegende:",
            _COLLEGE,
        ),
        # Glued to the intitulé's closing bracket, with or without a space (q09, n14).
        (
            "Privacyreglement e-mail en internetgebruik gemeente Haaren (N.B.)Het College van "
            "burgemeester en wethouders van de gemeente Haaren (N.B.)Gelet op:- het feit dat",
            _COLLEGE,
        ),
        (
            "1 Verordening van 4 oktober 2006, houdende nieuwe bepalingen met betrekking tot het "
            "verstrekken van subsidie (Algemene subsidieverordening provincie Fryslân 2006) "
            "Provinciale Staten van Fryslân, gelet op artikel 145 van de Provinciewet",
            "provinciale staten",
        ),
        # The heading names each body that decides (s07) ...
        (
            "Besluit van het algemeen bestuur, dagelijks bestuur en de voorzitter van "
            "Veiligheidsregio IJsselland houdende regels omtrent delegatie en mandaat\n",
            "dagelijks bestuur",
        ),
        # ... also after the publication's name a PDF's first line keeps (s03).
        (
            "provinciaal blad Besluit van Gedeputeerde Staten der provincie Groningen van 28 "
            "januari 2003, nr. 2003-00326, P&O, tot bekendmaking\n",
            "gedeputeerde staten",
        ),
        # The passive with the body before the participle (m10).
        (
            "De 'Gedragscode voor politiek ambtsdragers van de gemeente Winterswijk' is door de "
            "gemeenteraad vastgesteld op 26 januari 2012.",
            "gemeenteraad",
        ),
    ],
)
def test_adopting_body(text, body):
    assert _bodies(text)[:1] == [body]


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause names another regulation's adopter.
        "overeenkomstig de Archiefverordening, die is door de raad vastgesteld op 1 mei 2010.",
        # A proposal's author after a bracket in running text is no opening (lowercase body).
        "gelezen het voorstel (nr. 12) van burgemeester en wethouders; besluit:",
    ],
)
def test_no_adopting_body(text):
    assert _bodies(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # The date before "in werking" (o15).
        ("De gemeenschappelijke regeling is per 1 juli 2004 in werking getreden.", "2004-07-01"),
        # Another act's date, its name between the date and the verb (r14).
        (
            "OVERWEGENDE dat op 1 oktober 2010 de Wet veiligheidsregio s in werking is getreden;",
            None,
        ),
    ],
)
def test_in_force_date_first(text, date):
    found = list(in_force.in_force_from(text))
    assert (found[0].value if found else None) == date
