"""Metadata of the development set's texts as a PDF's text gives them: lines wrapped at the
page's width, short lines centred (`benchmarks.bench_variants`). Each test is a real
devset sentence in its wrapped form; the value must be the one the saved text gives."""

from codes import parse_text


def _metadata(text: str):
    return parse_text(text, "x.txt").metadata


def test_a_centred_preamble_body_opens_its_clause():
    # e06 as `pdftotext -layout` centres its short line (and 44 other texts of the devset)
    text = (
        "      Gedragscode voor politieke ambtsdragers van Laarbeek\n"
        "                            De raad van de gemeente Laarbeek;\n"
        "      gelezen het voorstel van de griffier d.d. 28 november 2023, over het vaststellen van\n"
        "      een gedragscode en protocol voor politieke ambtsdragers van de gemeente Laarbeek\n"
    )
    assert _metadata(text).adopted_by == "gemeenteraad"
    # the body ending a clause stays no opening, centred or not
    assert _metadata(text.replace("De raad", "het voorstel van de raad")).adopted_by is None


def test_a_web_address_line_does_not_run_into_the_page_heading():
    # zh10 wrapped at 60 columns: the permanent link's line is no sentence the heading goes on
    text = (
        "Permanente link\n"
        "Naar de actuele versie van de regeling\n"
        "http://lokaleregelgeving.overheid.nl/CVDR735419\n"
        "Naar de door u bekeken versie\n"
        "http://lokaleregelgeving.overheid.nl/CVDR735419/1\n"
        "Verordening jeugdhulp Hof van Twente 2025\n"
        "Geldend van 01-01-2025 t/m heden met terugwerkende kracht\n"
        "vanaf 01-01-2025\n"
        "Intitulé\n"
        "Verordening jeugdhulp Hof van Twente 2025Onderwerp\n"
        "Verordening Jeugdhulp 2025\n"
        "Zaaknummer 803787\n"
        "Vergadering 21 januari 2025\n"
        "De raad van de gemeente Hof van Twente;\n"
        "gelezen het voorstel van burgemeester en wethouders;\n"
        "gelet op de artikelen 2.9, 2.10, 2.12 en 8.1.1, derde lid,\n"
        "van de Jeugdwet;\n"
        "overwegende dat:\n"
        "- de Jeugdwet de verantwoordelijkheid voor het organiseren\n"
        "van goede en toegankelijke jeugdhulp bij de gemeente legt;\n"
    )
    assert _metadata(text).title == "Verordening jeugdhulp Hof van Twente 2025"


def test_a_web_page_with_many_short_lines_is_read_as_wrapped():
    # o11 wrapped at 78 columns, whole: 10 of its 52 lines run on, among many short ones
    # (list markers, "Oude tekst"); the title's five lines are one name
    text = (
        "Beleidsregel van het college van burgemeester en wethouders van de gemeente\n"
        "Zutphen houdende bepalingen over de wijziging van de Beleidsregel\n"
        "maatschappelijke ondersteuning gemeente Zutphen 2018 (Beleidsregel tot\n"
        "wijziging van de Beleidsregel maatschappelijke ondersteuning gemeente Zutphen\n"
        "2018 (1e wijziging))\n"
        "\n"
        "Ons kenmerk: 179326\n"
        "\n"
        "Het college van burgemeester en wethouders van de gemeente Zutphen,\n"
        "\n"
        "gelezen het advies van [Brede Adviesraad Sociaal Domein van 4 maart 2021;\n"
        "\n"
        "gelet op artikel 4.1, vierde lid van de Verordening maatschappelijke\n"
        "ondersteuning gemeente Zutphen 2020;\n"
        "\n"
        "gelet op artikel 4:81 e.v. van de Algemene wet bestuursrecht;\n"
        "\n"
        "b e s l u i t :\n"
        "\n"
        "vast te stellen de\n"
        "\n"
        "Beleidsregel van het college van burgemeester en wethouders van de gemeente\n"
        "Zutphen houdende bepalingen over de wijziging van de Beleidsregel\n"
        "maatschappelijke ondersteuning gemeente Zutphen 2018 (Beleidsregel tot\n"
        "wijziging van de Beleidsregel maatschappelijke ondersteuning gemeente Zutphen\n"
        "2018 (1e wijziging))\n"
        "\n"
        "Artikel I Wijziging beleidsregel\n"
        "\n"
        "De Beleidsregel maatschappelijke ondersteuning gemeente Zutphen 2018 wordt als\n"
        "volgt gewijzigd:\n"
        "\n"
        "A. Artikel 1 wordt gewijzigd als volgt:\n"
        "\n"
        "Oude tekst\n"
        "\n"
        "Nieuwe tekst\n"
        "\n"
        "Artikel 1 Begripsomschrijvingen\n"
        "\n"
        "Deze regeling verstaat onder:\n"
        "\n"
        "  • a.\n"
        "\n"
        "    Bor: het Besluit omgevingsrecht;\n"
        "\n"
        "  • b.\n"
        "\n"
        "    CIZ: het Centrum Indicatiestelling Zorg;\n"
        "\n"
        "  • c.\n"
        "\n"
        "    college: het college van burgemeester en wethouders;\n"
        "\n"
        "  • d.\n"
        "\n"
        "    CRvB: de Centrale Raad van Beroep;\n"
        "\n"
        "  • e.\n"
        "\n"
        "    SVB: de Sociale verzekeringsbank;\n"
        "\n"
        "  • f.\n"
        "\n"
        "    Wlz: de Wet langdurige zorg;\n"
        "\n"
        "  • g.\n"
        "\n"
        "    Wmo: Wet maatschappelijke ondersteuning 2015;\n"
        "\n"
        "  • h.\n"
        "\n"
        "    Zvw: de Ziektekostenverzekeringswet.\n"
        "\n"
        "Artikel 1 Begripsomschrijvingen\n"
        "\n"
        "Deze regeling verstaat onder:\n"
        "\n"
        "  • a.\n"
        "\n"
        "    Bor: het Besluit omgevingsrecht;\n"
        "\n"
        "  • b.\n"
        "\n"
        "    CIZ: het Centrum Indicatiestelling Zorg;\n"
        "\n"
        "  • c.\n"
        "\n"
        "    college: het college van burgemeester en wethouders;\n"
        "\n"
        "  • d.\n"
        "\n"
        "    CRvB: de Centrale\n"
    )
    assert _metadata(text).title == (
        "Beleidsregel van het college van burgemeester en wethouders van de gemeente Zutphen "
        "houdende bepalingen over de wijziging van de Beleidsregel maatschappelijke "
        "ondersteuning gemeente Zutphen 2018 (Beleidsregel tot wijziging van de Beleidsregel "
        "maatschappelijke ondersteuning gemeente Zutphen 2018 (1e wijziging))"
    )


def test_a_title_wrapped_after_a_spaced_dash_goes_on_with_its_space():
    # zf14 wrapped at 60 columns: the dash joins the name's two parts, its space kept
    text = (
        "Algemeen mandaatbesluit omgevingsdienst regio Nijmegen -\n"
        "gemeente Wijchen 2019\n"
        "\n"
        "Geldend van 01-01-2024 t/m heden\n"
        "\n"
        "Intitulé\n"
        "\n"
        "Algemeen mandaatbesluit omgevingsdienst regio Nijmegen -\n"
        "gemeente Wijchen 2019\n"
        "\n"
        "Het college van burgemeester en wethouders van de gemeente\n"
        "Wijchen,\n"
    )
    expected = "Algemeen mandaatbesluit omgevingsdienst regio Nijmegen - gemeente Wijchen 2019"
    assert _metadata(text).title == expected


def test_a_title_wrapped_inside_its_quotation_goes_on():
    # zm10 wrapped at 60 columns: the quotation the first line opens closes on the second
    text = (
        "BELEIDSREGEL ‘WIJZIGING BESTEMMING / GEBRUIKSFUNCTIE NAAR\n"
        "WONEN’ GEMEENTE KERKRADE’\n"
        "\n"
        "De gemeenteraad van de gemeente Kerkrade,\n"
        "\n"
        "Gelet op:\n"
        "\n"
        "- de bevolkingsdaling en huishoudensdaling waardoor er\n"
        "minder woningen in Kerkrade nodig zijn;\n"
    )
    assert _metadata(text).title == (
        "BELEIDSREGEL ‘WIJZIGING BESTEMMING / GEBRUIKSFUNCTIE NAAR WONEN’ GEMEENTE KERKRADE’"
    )


def test_a_bare_decision_word_behind_a_margin_heads_its_body():
    # zw06 as a PDF's text with a left margin
    text = (
        "    Vaststelling en aanpassing subsidieplafonds en begrotingssubsidies najaarsnota 2019\n"
        "\n"
        "    Besluit Provinciale Staten van Zuid-Holland,\n"
        "\n"
        "    Gelezen het voorstel van Gedeputeerde Staten van 1 oktober 2019, met het\n"
        "    besluitnummer PZH-2019-707519702;\n"
    )
    assert _metadata(text).adopted_by == "provinciale staten"
    assert _metadata(text.replace("    ", "")).adopted_by == "provinciale staten"
