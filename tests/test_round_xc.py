"""Registry entries and citation rules from round xc (social domain and local taxes: the
WIJ, the Wvg, the AWBZ, the Wsw, toeslagen, terugvordering, forensen- and baatbelasting);
each test built from the real sentence."""

from .conftest import law_refs_in

_WIJ = "Wet investeren in jongeren"
_AWBZ = "Algemene Wet Bijzondere Ziektekosten"


def test_the_wet_investeren_in_jongeren_is_known_and_its_own_bracket_coins_wij():
    # xc06, Dongeradeel: Maatregelenverordening WIJ 2009, a definition and then a citation
    # by the letters the definition coined
    found = law_refs_in(
        "1. In deze verordening wordt verstaan onder:\n\na.\n\nwet: de Wet investeren in "
        "jongeren (WIJ);\n\nc.\n\nmaatregel: de verlaging van de inkomensvoorziening op grond "
        "van artikel 41, eerste lid WIJ;\n"
    )
    assert (_WIJ, None, "41", 1) in found
    assert (_WIJ, None, None, None) in found  # the definition names the act


def test_a_royal_wij_in_capitals_cites_no_wet_investeren_in_jongeren():
    # zc13: an all-caps Staatsblad's "WIJ WILLEM-ALEXANDER": WIJ is no registry abbreviation
    found = law_refs_in(
        "Besluit van 8 juni 2018\n\n     WIJ WILLEM-ALEXANDER, bij de gratie Gods, Koning der "
        "Nederlanden;\n\nGelet op artikel 147 van de Gemeentewet;\n"
    )
    assert all(law != _WIJ for law, *_ in found)


def test_the_wet_investeren_in_jongeren_is_repealed_with_the_wwb_as_successor():
    from codes.citations.names import registry

    law = registry().resolve(_WIJ)
    assert (law.repealed_on, law.successor) == ("2012-01-01", "Participatiewet")


def test_the_awbz_is_known_by_its_abbreviation():
    # xc12, Veldhoven: Verordening individuele voorzieningen Wmo 2011, a definition list
    found = law_refs_in(
        "  • d.\n\n   Awb: Algemene wet bestuursrecht;\n\n  • e.\n\n   AWBZ: Algemene Wet "
        "Bijzondere Ziektekosten;\n"
    )
    assert (_AWBZ, None, None, None) in found
    assert found.count((_AWBZ, None, None, None)) == 1  # "AWBZ: ..." names it once


def test_the_next_law_of_a_regulation_s_name_is_no_citation():
    # zv10, Geertruidenberg: the intitulé's longer name lists four laws without a year; the
    # law after "en de" stays a naming (an article makes it a citation)
    text = (
        "Afstemmingsverordening Wet werk en bijstand en Wet Investeren in jongeren 2010, "
        "gemeente Geertruidenberg\n\n"
        "Afstemmingsverordening Wet werk en bijstand,wet Investeren in Jongeren, Wet "
        "Inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werknemers De raad van "
        "de gemeente Geertruidenberg; gelet op de Participatiewet;\n"
    )
    found = [law for law, *_ in law_refs_in(text)]
    assert found == ["Participatiewet"]


def test_a_law_after_en_de_is_still_named():
    # the article "de" gives the next law a phrase of its own: cited, not part of the name
    text = "de Verordening Wet werk en bijstand en de Wet investeren in jongeren;\n"
    assert [law for law, *_ in law_refs_in(text)] == [_WIJ]


def test_the_older_register_layout_s_organisation_with_its_type_in_lower_case():
    # xc05, Mook en Middelaar: a docplayer transcript of the register's older layout
    from codes import parse_text

    text = (
        "Verordening tegenprestatie gemeente Mook en Middelaar 2016\n\nSave this PDF as:\n WORD  "
        'PNG  TXT  JPG\n\nMaat: px\nWeergave met pagina beginnen:\n\nDownload "Verordening '
        'tegenprestatie gemeente Mook en Middelaar 2016"\n\nTranscriptie\n\n'
        "1 Verordening tegenprestatie gemeente Mook en Middelaar 2016 Wetstechnische informatie "
        "Gegevens van de regeling Overheidsorganisatie gemeente Mook en Middelaar Officiële "
        "naam regeling Verordening tegenprestatie Gemeente Mook en Middelaar 2016 Citeertitel "
        "Verordening tegenprestatie Gemeente Mook en Middelaar 2016 Besloten door Gemeenteraad\n"
    )
    metadata = parse_text(text).metadata
    assert (metadata.organisation, metadata.organisation_type) == ("Mook en Middelaar", "gemeente")
