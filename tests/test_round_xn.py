"""Rules from round xn (the first new regulations that broad queries return: any body, any
subject, any year); each test built from the real text."""

from codes import parse_text

# xn10, provincie Noord-Holland: a Provinciaal blad page of an amending decision, as
# officielebekendmakingen shows it with its changes marked: the notice about the marking
# stands between the publication's table and the decision's heading.
_NOORD_HOLLAND = """Provinciaal blad van Noord-Holland
| Datum publicatie | Organisatie | Jaargang en nummer | Rubriek | Datum ondertekening |
|---|---|---|---|---|
| Noord-Holland | Provinciaal blad 2025, 21384 | ruimtelijk plan of omgevingsdocument |
Zoals vergunningen, bouwplannen en lokale regelgeving.
Adressen en contactpersonen van overheidsorganisaties.
U bent hier:
Deze publicatie bevat verschilmarkering t.o.v. eerdere regelingtekst. Tekst en afbeeldingen die worden toegevoegd zijn onderstreept en groen gemarkeerd, of van een groen kader voorzien. Tekst en afbeeldingen die worden verwijderd zijn doorgestreept en rood gemarkeerd, of van een rood kader voorzien.
De publicatie wordt standaard getoond met verschilmarkering. Door te kiezen voor ‘Was’ of ‘Wordt’ kunt u de voormalige of vernieuwde tekst op zichzelf bekijken.
Toon versie van document
Dit document bevat verschilmarkering t.o.v. eerdere regelingtekst.
Tekst en afbeeldingen die worden toegevoegd zijn onderstreept en groen gemarkeerd, of van een groen kader voorzien. Tekst en afbeeldingen die worden verwijderd zijn doorgestreept en rood gemarkeerd, of van een rood kader voorzien.
Besluit van Gedeputeerde Staten van Noord-Holland van 14 oktober 2025, nr. 2400698/2439105, tot wijziging bijlagen van de Omgevingsverordening NH2022 (vierde herziening)
Gedeputeerde Staten van Noord-Holland;
Gelet op:
Artikelen 6.13, 6.58 en 13.4 van de Omgevingsverordening Noord-Holland 2022;
Besluiten:
De Omgevingsverordening Noord-Holland 2022 komt te luiden
zoals is aangegeven in Bijlage A.
Haarlem, 14 oktober 2025
"""


def test_the_notice_on_marked_changes_is_no_preamble_before_the_decision_heading():
    metadata = parse_text(_NOORD_HOLLAND).metadata
    assert metadata.title.startswith("Besluit van Gedeputeerde Staten van Noord-Holland van 14")
    assert metadata.title.endswith("Omgevingsverordening NH2022 (vierde herziening)")
    assert metadata.adopted_on == "2025-10-14"


def test_a_bracket_that_numbers_the_version_is_no_short_title():
    # "(vierde herziening)" ends the title as "(tweede wijziging)" ends c03's: it says which
    # version, not by which name the regulation is cited.
    assert parse_text(_NOORD_HOLLAND).metadata.citeertitel is None
    named = _NOORD_HOLLAND.replace("(vierde herziening)", "(Omgevingsverordening NH2022)")
    assert parse_text(named).metadata.citeertitel == "Omgevingsverordening NH2022"


# xn02, provincie Overijssel: no title line; the decision names what it adopts, and says
# that it adopts it amended.
_OVERIJSSEL = """Provinciale Staten van Overijssel,
Gezien de voorstellen van Gedeputeerde Staten van Overijssel van 11 maart 2025 met kenmerk 2025-005823, besluiten:
de Actualisatie 2025 Omgevingsverordening Overijssel gewijzigd vast te stellen in de vorm van de volgende digitale documenten met kenmerk /AKN/nl/pv23/2023/omgevingsververordening,
zoals is aangegeven in Bijlage A.
de Actualisatie 2025 Omgevingsverordening Overijssel in werking te laten treden met ingang van 1 mei 2025.
Zwolle, 16 april 2025
Provinciale Staten voornoemd,
"""


def test_gewijzigd_before_vast_te_stellen_goes_with_the_verb_not_the_name():
    metadata = parse_text(_OVERIJSSEL).metadata
    assert metadata.title == "Actualisatie 2025 Omgevingsverordening Overijssel"
    assert metadata.in_force_from == "2025-05-01"
    unchanged = _OVERIJSSEL.replace(" gewijzigd vast", " vast")
    assert parse_text(unchanged).metadata.title == metadata.title


# xn05, Laarbeek: the first page of a nota as docplayer gives it, its colophon run into one line.
_LAARBEEK = """Integrale Handhavingsnota

Transcriptie

1 Zaaknummer: Z Documentnummer: INT Integrale Handhavingsnota en Uitvoeringsprogramma 2016 Colofon Opdrachtgever: Gemeente Laarbeek, Anita Swinkels Opdrachtnemer: Hennie van der Wal Uitvoering: september december 2015 Vastgesteld: 1 januari 2015

2 Samenvatting In deze nota stelt het gemeentebestuur van Laarbeek zijn handhavingsbeleid vast voor de periode
"""


def test_a_colophon_label_vastgesteld_dates_the_adoption():
    assert parse_text(_LAARBEEK).metadata.adopted_on == "2015-01-01"
    # Without the label the colophon dates nothing.
    unlabelled = _LAARBEEK.replace(" Vastgesteld: 1 januari 2015", "")
    assert parse_text(unlabelled).metadata.adopted_on is None


# xn09: the table of contents of a legesverordening's tarieventabel names laws in its
# chapters' names, one of them misspelt with a linking s.
_TARIEVENTABEL = """Tarieventabel Leges behorende bij de verordening op de heffing en invordering van leges 2015

Hoofdstuk 12 Gemeentearchief Hoofdstuk 13 Standplaatsen Hoofdstuk 14 Winkeltijdenwet Hoofdstuk 17 Leegstandswet Dienstverlening vallend onder fysieke leefomgeving
"""


def test_leegstandswet_names_the_leegstandwet():
    laws = {(r.law, r.bwb) for r in parse_text(_TARIEVENTABEL).references}
    assert ("Leegstandwet", "BWBR0003403") in laws
    assert ("Winkeltijdenwet", "BWBR0007952") in laws
