"""Round zb: the metadata of joint bodies' regulations as users copy them (the parties of a
gemeenschappelijke regeling, a Gemeenteblad's publisher line in a transcript's title, a
document site's heading without the year the document's own line gives)."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "zb.txt").metadata


def test_colleges_of_several_gemeenten_are_no_one_organisation():
    # zb12 (and u02): lokaleregelgeving with the intitulé glued to the parties; the name of the
    # gemeenschappelijke regeling it amends is no body, and no one gemeente of the twelve adopts it
    text = (
        "Gemeenschappelijke regeling tot wijziging van de gemeenschappelijke regeling Publieke "
        "Gezondheid & Zorg Groningen (PG&Z)\n"
        "Geldend van 01-10-2019 t/m 05-11-2020\n"
        "Intitulé\n"
        "Gemeenschappelijke regeling tot wijziging van de gemeenschappelijke regeling Publieke "
        "Gezondheid & Zorg Groningen (PG&Z)De colleges van burgemeester en wethouders van de "
        "gemeenten Appingedam, Delfzijl, Groningen, Het Hogeland, Loppersum, Midden-Groningen, "
        "Oldambt, Pekela, Stadskanaal, Veendam, Westerkwartier en Westerwolde\n"
        "Overwegen het volgende:\n"
        "- 1.\n"
        "Gemeenten dragen op grond van art. 14 Wpg via het treffen van een gemeenschappelijke "
        "regeling zorg voor de instelling en instandhouding van een regionale gezondheidsdienst.\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation is None
    assert metadata.organisation_type == "gemeente"


def test_gemeenten_and_a_waterschap_together_have_no_one_type():
    # zb14: a docplayer transcript, the parties after the name's year on the page's one line
    text = (
        "Gemeenschappelijke regeling Gemeenschappelijk belastingkantoor Lococensus Tricijn 2016\n\n"
        'Download "Gemeenschappelijke regeling Gemeenschappelijk belastingkantoor Lococensus '
        'Tricijn 2016"\n\n'
        "Transcriptie\n\n"
        "1 Gemeenschappelijke regeling Gemeenschappelijk belastingkantoor Lococensus Tricijn 2016 "
        "De dagelijkse besturen van de waterschappen Groot Salland, Reest en Wieden, Rijn en "
        "IJssel, Vechtstromen, Vallei en Veluwe en Zuiderzeeland, elk voor zover voor het eigen "
        "waterschap bevoegd, en de colleges van burgemeester en wethouders van de gemeenten "
        "Nijkerk, Dronten, Leusden, Zwolle, Dalfsen en Bunschoten, elk voor zover voor de eigen "
        "gemeente bevoegd, Overwegende dat de deelnemers overtuigd zijn van de meerwaarde van "
        "samenwerking\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation is None
    assert metadata.organisation_type is None


def test_one_college_that_announces_a_joint_decision_is_the_organisation():
    # zb09: the intitulé names 28 gemeenten, but one college announces the decision
    text = (
        "Instellingsbesluit van de gemeenteraden en de colleges van de gemeenten Beek, Beekdaelen, "
        "Beesel, Venlo, Voerendaal, Weert en het algemeen bestuur Waterschap Limburg "
        "(Belastingsamenwerking Gemeenten en Waterschappen)\n\n"
        "Geldend van 23-12-2020 t/m heden\n\n"
        "Het college van burgemeester en wethouders van de gemeente Roermond,\n\n"
        "Gelet op\n\n"
        "Artikel 62a, vierde lid, in samenhang met artikel 62a, tweede lid, van de Wet "
        "gemeenschappelijke regelingen\n\n"
        "Maakt bekend dat:\n"
    )
    metadata = _metadata(text)
    assert metadata.organisation == "Roermond"
    assert metadata.organisation_type == "gemeente"


def test_the_gemeenteblad_publisher_line_is_no_part_of_the_title():
    # zb07: docplayer heads the page with the PDF's first lines joined by ". "
    name = "Gemeenschappelijke regeling Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht 2015"
    heading = f"GEMEENTEBLAD. Officiële publicatie van Gemeente Houten. {name}"
    text = (
        f"{heading}\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        f'Download "{heading}"\n\nTranscriptie\n\n'
        f"1 {name} De colleges van burgemeester en wethouders van de gemeenten Bunnik, De Bilt, "
        "Houten, Lopik, Nieuwegein, Utrecht en Zeist en het college van dijkgraaf en hoogheemraden "
        "van het waterschap Hoogheemraadschap De Stichtse Rijnlanden Overwegende dat\n"
    )
    metadata = _metadata(text)
    assert metadata.title == name
    assert metadata.organisation is None  # seven gemeenten and a waterschap, Houten only publishes


def test_the_documents_own_line_gives_the_year_a_sites_heading_left_out():
    # zb11: 5dok's heading and the document's first line
    name = "Regeling op de vergaderingen en organisatie van de werkzaamheden van de gemeenteraad Voorst"
    text = (
        "• No results found\n\n"
        f"{name}\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n"
        f'Share "{name}"\n\nCopied!\n21\n0\n0\n\n'
        "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
        f"{name} 2020 vastgesteld d.d. 15 juni 2020 (2020-15122)\n\n"
        "De raad van de gemeente Voorst,\n\n"
        "gelet op artikel 16 van de Gemeentewet;\n"
    )
    metadata = _metadata(text)
    assert metadata.title == f"{name} 2020"
    assert metadata.adopted_on == "2020-06-15"


def test_a_later_line_that_names_another_year_in_running_text_does_not_extend_the_title():
    # the year must end the repeated name: "... Voorst 2020 vastgesteld", not "... Voorst 2020
    # heeft de raad ..." (a sentence that starts with the name)
    name = "Regeling op de vergaderingen van de gemeenteraad Voorst"
    text = (
        f"{name}\n\nDe raad van de gemeente Voorst,\n\ngelet op artikel 16 van de Gemeentewet;\n\n"
        f"{name} 2020 heeft de raad willen vervangen.\n"
    )
    assert _metadata(text).title == name
