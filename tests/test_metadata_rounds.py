"""Metadata misses the held-out rounds left, fixed after them by general rules; each test is
built from the real header or sentence of the devset text named."""

from codes import parse_text
from codes.metadata import name_edges


def _metadata(text: str):
    return parse_text(text, "rounds.txt").metadata


def _docplayer(heading: str, page: str) -> str:
    """A docplayer page: the site's heading, its download button and the transcript's page 1."""
    return (
        f"{heading}\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nMaat: px\n"
        f'Weergave met pagina beginnen:\n\nDownload "{heading}"\n\nTranscriptie\n\n1 {page}\n'
    )


_HELLENDOORN = _docplayer(
    "Nijverdal, 12 december gezien het voorstel van het college van burgemeester en wethouders "
    "van 6 november 2017;",
    "Besluit Nijverdal, 12 december 2017 Nr. 17INT02673 De raad van de gemeente Hellendoorn; "
    "gezien het voorstel van het college van burgemeester en wethouders van 6 november 2017; "
    "gelet op artikel 227 van de Gemeentewet; b e s l u i t vast te stellen: de Verordening op "
    "de heffing en invordering van reclamebelasting 2018 Artikel 1 Begripsomschrijvingen Deze "
    "verordening verstaat onder: a. reclameobject: een openbare aankondiging.",
)


def test_a_decision_forms_dateline_is_no_title_and_dates_the_decision_before_its_body():
    # xb13: the dateline and number run into the preamble's body on the transcript's page
    metadata = _metadata(_HELLENDOORN)
    assert metadata.title == "Verordening op de heffing en invordering van reclamebelasting 2018"
    assert metadata.adopted_on == "2017-12-12"


_NIEUW_LEKKERLAND = _docplayer(
    "gelezen het initiatiefvoorstel van de fracties van CDA, SGP en ChristenUnie d.d. 14 juni "
    "2012;",
    "Raadsbesluit Bleskensgraaf, 23 augustus 2012 Raadsbesluit Programmanaam Bestuurlijk "
    "woordvoerder Vergaderkenmerk gezamenlijke vergadering A3-raden Datum vergadering dinsdag 25 "
    "september 2012 Agendapunt 13 Kenmerk NLL /VB36381 Onderwerp Verordening Initiatiefvoorstel "
    "herinvoering starterslening De raad van de gemeente Nieuw-Lekkerland; gelezen het "
    "initiatiefvoorstel van de fracties van CDA, SGP en ChristenUnie d.d. 14 juni 2012; gelet op "
    "de artikelen 147 en 149 van de Gemeentewet; Besluit: b e s l u i t : vast te stellen de: "
    "VERORDENING STARTERSLENING GEMEENTEN GRAAFSTROOM, LIESVELD EN NIEUW-LEKKERLAND 2012 "
    "Hoofdstuk 1 Begripsbepalingen Artikel 1 In deze verordening wordt verstaan onder: 1. SVn: "
    "stichting Stimuleringsfonds Volkshuisvesting Nederlandse gemeenten.",
)


def test_a_raadsbesluit_forms_dateline_before_its_labels_dates_nothing():
    # xb11: the form's labels follow its dateline, and the meeting was another day; the name
    # the decision adopts, in capitals, is the title
    metadata = _metadata(_NIEUW_LEKKERLAND)
    assert metadata.title == (
        "VERORDENING STARTERSLENING GEMEENTEN GRAAFSTROOM, LIESVELD EN NIEUW-LEKKERLAND 2012"
    )
    assert metadata.adopted_on is None


_RHENEN_HEADING = (
    "Wim Schellingerhout Onderwerp: Verordening op de heffing en de invordering van leges 2015 "
    "Intern doorkiesnummer: 1753"
)
_RHENEN = _docplayer(
    _RHENEN_HEADING,
    "Raadsvergadering 16 december 2014 Agendapunt: Besluit Document / Decos Nummer: N bis 14/5 "
    f"1 /542 Ambtenaar {_RHENEN_HEADING} De raad van de gemeente Rhenen, gelezen het voorstel "
    "van het college van burgemeester en wethouders van 18 november 2014; gelet op de artikelen "
    "156 en 229 van de Gemeentewet; besluit: vast te stellen de: Verordening op de heffing en de "
    "invordering van leges 2015 Artikel 1 Begripsomschrijvingen Deze verordening verstaat onder:",
)


def test_a_headers_subject_field_names_the_regulation_and_its_meeting_dates_it():
    # zz01: the memo header's fields run into the site's heading; the page opens with the meeting
    metadata = _metadata(_RHENEN)
    assert metadata.title == "Verordening op de heffing en de invordering van leges 2015"
    assert metadata.adopted_on == "2014-12-16"


def test_a_proposals_meeting_dates_no_adoption():
    # za11: a raadsvoorstel's page opens with its own name before the meeting's label
    text = _docplayer(
        "Onderwerp Verordening Cliëntenparticipatie Participatiewet Gemeente Tytsjerksteradiel 2015",
        "Raadsvoorstel Vergadering : 18 december 2014 Agendapunt : 9 Status : Besluitvormend",
    )
    assert _metadata(text).adopted_on is None


def test_the_subject_field_ends_at_the_next_label():
    # zz06 and p11 have the same header fields; a subject with no field after it is left to
    # the proposal's subject line (f08, za11)
    cases = {
        "Aan de gemeenteraad, Onderwerp: Re-integratieverordening Winsum Voorgestelde besluit: "
        "De “Re-integratieverordening Winsum” vast te stellen.": "Re-integratieverordening Winsum",
        "Bijlage(n) : Onderwerp : Verordening Jeugdhulp Goeree-Overflakkee 2015 Datum : 08 "
        "oktober 2014 Geachte raad,": "Verordening Jeugdhulp Goeree-Overflakkee 2015",
    }
    for line, name in cases.items():
        start, end = name_edges.subject_field(line)
        assert line[start:end] == name
    assert name_edges.subject_field("Onderwerp: Erfgoedverordening") is None
    assert name_edges.subject_field("Onderwerp: Wijzigingen in de rechtspositie van ...") is None


def test_a_page_that_says_de_gemeente_of_itself_is_a_gemeentes():
    # u13, Someren's Woo page (u14, Waterland's, the same): no name, "de gemeente" tells the kind
    text = (
        "Verzoek om informatie\n\nIn de Wet open overheid (Woo) staat dat iedereen "
        "overheidsinformatie kan vragen over (de voorbereiding en uitvoering van) beleid van de "
        "gemeente.\n\nAfhandeltermijn\n\nDe gemeente neemt binnen vier weken een besluit. Deze "
        "termijn kan nog met twee weken verlengd worden.\n"
    )
    metadata = _metadata(text)
    assert (metadata.organisation, metadata.organisation_type) == (None, "gemeente")


def test_gemeenteraden_tell_a_gemeente():
    # v05, the toelichting on the Gemeenschappelijke regeling Peel 6.1 of six gemeenten
    text = (
        "Toelichting Gemeenschappelijke regeling Peel 6.1\n\nAlgemene toelichting\n\n"
        "Bij het vormgeven van deze gemeenschappelijke regeling is rekening gehouden met nieuwe "
        "collegebesluiten en besluiten van gemeenteraden waarbij taken worden overgedragen.\n"
    )
    assert _metadata(text).organisation_type == "gemeente"
    provincie = "Reglement\n\nDe provincie stelt vast dat de gemeente de taken uitvoert.\n"
    assert _metadata(provincie).organisation_type == "provincie"  # the earliest word decides


def test_the_body_alone_under_the_title_opens_a_preamble_that_lost_its_words():
    # zz11, Twenterand's Gemeenteblad page without its labels ("Gelet op", "Besluiten")
    text = (
        "| Twenterand | Gemeenteblad 2026, 17438 | beleidsregel |\n"
        "Beleidsregels toezicht en handhaving kinderopvang Twenterand 2026\n"
        "Burgemeester en wethouders van Twenterand;\n"
        "Bepalingen van de Wet kinderopvang (artikelen 1.46 lid 5, 1.61 lid 1), de Gemeentewet "
        "(artikel 125) en de Algemene wet bestuursrecht (titel 4.3. en artikel 5:32).\n"
        "Vast te stellen de Beleidsregels toezicht en handhaving kinderopvang Twenterand 2026.\n"
    )
    assert _metadata(text).adopted_by == "college van burgemeester en wethouders"


def test_the_parties_alone_under_the_title_open_a_gemeenschappelijke_regeling():
    # r15 (Zaffier) and zr12 (GGD Brabant-Zuidoost, closed by a full stop)
    for bodies in (
        "De colleges van Burgemeester en Wethouders van de gemeenten Alkmaar, Bergen, Castricum, "
        "Heiloo, Dijk en Waard en Uitgeest,",
        "De colleges van burgemeester en wethouders van de gemeenten Asten, Bergeijk, Son en "
        "Breugel, Valkenswaard, Veldhoven en Waalre.",
    ):
        text = (
            f"Gemeenschappelijke regeling Zaffier\n{bodies}\n"
            "Genoemde gemeenten de mogelijkheden willen optimaliseren om mensen naar vermogen "
            "deel te laten nemen in de samenleving\n"
        )
        assert _metadata(text).adopted_by == "college van burgemeester en wethouders"


def test_a_body_under_no_title_or_in_a_sentence_opens_nothing():
    # d15's definition value; a sentence under a title
    definition = (
        "Artikel 1\nIn deze regeling wordt verstaan onder:\na. minister:\n\n"
        "Minister van Sociale Zaken en Werkgelegenheid;\n"
    )
    assert _metadata(definition).adopted_by is None
    sentence = (
        "Gemeenschappelijke regeling Zaffier\n"
        "De colleges van burgemeester en wethouders van de gemeenten stemmen in met de regeling.\n"
    )
    assert _metadata(sentence).adopted_by is None
