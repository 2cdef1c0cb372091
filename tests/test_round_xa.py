"""Citation rules and a registry entry from round xa (regulation kinds no round had used:
ontgrondingen, havens, woonschepen, erfgoed, parkeerbelastingen, kwijtschelding, klachten,
bomen); each test built from the real sentence."""

from .conftest import bwb_refs, law_refs_in

_GEMEENTEWET = "BWBR0005416"


def test_a_model_s_open_plural_artikel_en_opens_a_chain():
    # xa04, Meppel (CVDR): the VNG model's "artikel(en)" left in the gelet op
    from codes import parse_text

    text = (
        "gelet op de artikel(en) 216, 219 en 229, eerste lid, aanhef en onder a en b van de "
        "Gemeentewet;\n"
    )
    found = [(r.bwb, r.article, r.lid, r.onderdeel) for r in parse_text(text).references]
    assert found == [
        (_GEMEENTEWET, "216", None, None),
        (_GEMEENTEWET, "219", None, None),
        (_GEMEENTEWET, "229", 1, "a"),
        (_GEMEENTEWET, "229", 1, "b"),
    ]


def test_a_singular_artikel_en_with_one_number_is_that_article():
    assert bwb_refs("gelet op artikel(en) 147 van de Gemeentewet;\n") == [(_GEMEENTEWET, "147", "")]


def test_a_bare_number_right_after_gelet_op_is_the_article_of_the_basis():
    # xa05, Medemblik (Gemeenteblad 2014, 30474): the word "artikel" lost
    text = (
        "De raad van de gemeente Medemblik;\n\ngelezen het voorstel van het college van "
        "burgemeester en wethouders van 11 maart 2014, nr. IV-14-03790;\n\n"
        "gelet op 149 van de Gemeentewet;\n\nbesluit vast te stellen de Havenbeheersverordening "
        "Medemblik 2014:\n"
    )
    assert bwb_refs(text) == [(_GEMEENTEWET, "149", "")]


def test_a_number_joined_by_van_de_elsewhere_stays_a_count():
    # not after "gelet op": "3 van de leden" counts members, no law is cited with an article
    found = bwb_refs("Het besluit wordt genomen door 3 van de Gemeentewet genoemde organen.\n")
    assert all(article is None for _, article, _ in found)


def test_the_regeling_kwijtschelding_belastingen_medeoverheden_is_in_the_registry():
    # xa11, Staphorst: a ministerial regulation of 2022 (Stcrt. 2022, 23803), no BWB id confirmed
    found = law_refs_in(
        "gelet op:\n\n  • -\n\n    artikel 255 van de Gemeentewet,\n\n  • -\n\n    de "
        "Uitvoeringsregeling Invorderingswet 1990 en de\n\n  • -\n\n    Regeling kwijtschelding "
        "belastingen medeoverheden;\n"
    )
    laws = [law for law, _, _, _ in found]
    assert "Regeling kwijtschelding belastingen medeoverheden" in laws
    assert ("Gemeentewet", _GEMEENTEWET, "255", None) in found
