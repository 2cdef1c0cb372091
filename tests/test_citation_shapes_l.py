"""Citation shapes of the l round of the development set (register pages, Gemeenteblad,
older CVDR pages of gemeenten A-L): each from its real sentence, with the references it
must give. Hand-checked."""

from __future__ import annotations

from codes import parse_text

from .test_citation_grammar import _refs


def test_a_full_stop_after_the_lid_ends_the_sentence():
    # Diemen 2009 (l12), the register's grondslag row: "lid 3." keeps its lid; the full
    # stop ends the line, it does not start a number such as "lid 3.1".
    code = parse_text(
        "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\n"
        "Gemeentewet, artikel 33 lid 3.\n\nRegelgeving die op deze regeling is gebaseerd\n"
    )
    found = [(r.law, r.article, r.lid) for r in code.references if r.kind == "law"]
    assert found == [("Gemeentewet", "33", 3)]
    _, found = _refs("de Provinciewet, artikel 143a lid 2. Zie ook het reglement")
    assert found == [("Provinciewet", "143a", 2, None)]
    # a decimal after "lid" is still no lid number
    _, found = _refs("artikel 4 lid 3.1 van de Gemeentewet")
    assert ("Gemeentewet", "4", 3, None) not in found


def test_a_spaced_ter_before_a_noun_is_the_preposition():
    # Leiderdorp 2015 (l10): "de artikel 82 ter voorbereiding van de raadsvergadering" cites
    # article 82 (of the Gemeentewet just named in the same article), not an article "82ter".
    code = parse_text(
        "Artikel 1 Algemene bepalingen\n\nIn deze verordening wordt verstaan onder:\n\n"
        "c. Commissie: commissie ingesteld door de raad op grond van de artikelen 82, 83 of 84 "
        "van de Gemeentewet;\n\nd. Politiek Forum: commissie ingesteld door de raad op grond "
        "van de artikel 82 ter voorbereiding van de raadsvergadering;\n"
    )
    found = [(r.law, r.article, r.resolved_via) for r in code.references if r.kind == "law"]
    assert found[-1] == ("Gemeentewet", "82", "earlier")
    assert not any(r.article == "82ter" for r in code.references)
    # the suffix still holds where the citation goes on
    for written in (
        "artikel 125 ter, eerste lid, van de Ambtenarenwet",
        "artikel 125 ter van de Ambtenarenwet",
        "artikel 125 ter Ambtenarenwet",
    ):
        _, found = _refs(written)
        assert [article for _, article, _, _ in found] == ["125ter"], written


def test_a_name_with_its_words_in_quotes_after_the_head_word():
    # Diemen 2009 (l12): 'de wet “dualisering gemeentebestuur”' names the Wet dualisering
    # gemeentebestuur; the quotes make it a name although "wet" is lowercase.
    code = parse_text(
        "De raad der gemeente Diemen;\n\ngelet op artikel 33, derde lid van de gemeentewet zoals "
        "deze luidt na vaststelling van de wet “dualisering gemeentebestuur”;\n"
    )
    named = [r.law for r in code.references if r.kind == "law" and not r.article]
    assert named == ["Wet dualisering gemeentebestuur"]
    code = parse_text(
        "Artikel 1\n\nDe melder is beschermd door de Wet 'Huis voor klokkenluiders'.\n"
    )
    assert [r.bwb for r in code.references if r.kind == "law"] == ["BWBR0037852"]
    # quoted words that are no law's name stay running text
    code = parse_text("Artikel 1\n\nDe wet “van de remmende voorsprong” geldt hier niet.\n")
    assert [r for r in code.references if r.kind == "law"] == []


def test_the_wet_op_de_huurtoeslag_is_known_with_its_abbreviation():
    # Raalte (d08): the 2015 BWB list holds only the act's amending laws, so its name was
    # unknown; the gloss "(Wht)" names it once more, not a second time.
    code = parse_text(
        "Artikel 1\n\nwoonkosten: kosten verbonden aan een (eigen) woning die meer bedragen dan "
        "de geldende basishuur als bedoeld in de Wet op de huurtoeslag (Wht);\n"
    )
    assert [(r.law, r.bwb) for r in code.references if r.kind == "law"] == [
        ("Wet op de huurtoeslag", "BWBR0008659")
    ]
    _, found = _refs("artikel 17 Wht")
    assert found == [("Wet op de huurtoeslag", "17", None, None)]
