"""Review rules: the hand-checked findings on the corpus, and crafted texts that must
(and must not) trigger each rule."""

from __future__ import annotations

import json

from click.testing import CliRunner

from codes import parse_text
from codes.review import RULES, review
from gedragscode.cli import main

from .conftest import NAMES, corpus_code


def rules_hit(code, rule_id):
    return [f for f in review(code) if f.rule == rule_id]


# -- hand-checked facts -----------------------------------------------------------
def test_assen_wob_article_10_reported_with_woo_successor():
    findings = rules_hit(corpus_code("assen"), "law-repealed")
    article_10 = [f for f in findings if "artikel 10" in f.quote]
    assert len(article_10) == 1
    assert "Wet open overheid" in article_10[0].message
    assert "artikel 5.1 van de Wet open overheid" in article_10[0].suggestion
    assert "artikel 5.1 of the Wet open overheid" in article_10[0].fix.text("en")
    assert article_10[0].quote == "artikel 10 van de Wet openbaarheid van bestuur"


def test_debilt_wob_rechtspositiebesluit_and_dates_reported():
    findings = review(corpus_code("de-bilt"))
    repealed = [f for f in findings if f.rule == "law-repealed"]
    assert any("Wet openbaarheid van bestuur" in f.message for f in repealed)
    assert any("Rechtspositiebesluit wethouders" in f.message for f in repealed)
    dates = [f for f in findings if f.rule == "date-adopted-before-proposal"]
    assert len(dates) == 1 and dates[0].severity == "error"
    assert "25 januari 2017" in dates[0].message and "14 november 2017" in dates[0].message
    english = dates[0].problem.text("en")
    assert "25 January 2017" in english and "14 November 2017" in english


def test_nijmegen_cites_woo_and_gets_no_outdated_law_finding():
    assert rules_hit(corpus_code("nijmegen"), "law-repealed") == []


def test_no_false_alarms_on_numbering_and_internal_references_in_the_corpus():
    """The five codes are correctly numbered and their internal references all resolve.

    Real defects the rules find in the corpus: the Wob (all but nijmegen), the
    Rechtspositiebesluit wethouders/burgemeesters (de-bilt), the adoption date of
    de-bilt (before its proposal; title year 2018), best states no adoption date.
    """
    quiet = {
        "structure-duplicate-article",
        "structure-article-gap",
        "structure-lid-gap",
        "structure-empty-article",
        "structure-list-without-aanhef",
        "ref-internal-missing",
        "ref-explained-lid-missing",
    }
    for name in NAMES:
        loud = [f for f in review(corpus_code(name)) if f.rule in quiet]
        assert loud == [], (name, loud)


def test_every_finding_has_rule_span_node_and_quote():
    for name in NAMES:
        for finding in review(corpus_code(name)):
            assert finding.rule in RULES
            assert finding.severity in ("error", "warning", "info")
            assert finding.node
            assert finding.span.start <= finding.span.end


# -- crafted texts -------------------------------------------------------------------
GOOD = """Gedragscode integriteit Voorbeeldstad 2021

Artikel 1 Begrippen

1. In deze code wordt verstaan onder:
   a. raadslid: lid van de raad;
   b. griffier: de griffier van de raad.
2. Het eerste lid geldt ook voor commissieleden.

Artikel 2 Geschenken

1. Geschenken met een waarde van meer dan 50 euro worden gemeld, zoals bedoeld in artikel 1.
2. Zie artikel 5.1 van de Wet open overheid.

Aldus vastgesteld in de openbare vergadering van 4 maart 2021,
"""


def test_a_clean_code_gives_no_warning_or_error():
    findings = review(parse_text(GOOD))
    assert [f for f in findings if f.severity != "info"] == []


def test_broken_internal_reference_is_an_error():
    code = parse_text(GOOD.replace("zoals bedoeld in artikel 1.", "zoals bedoeld in artikel 7."))
    findings = rules_hit(code, "ref-internal-missing")
    assert len(findings) == 1 and "artikel 7" in findings[0].message
    assert findings[0].severity == "error"


def test_duplicate_gap_and_lid_gap():
    text = GOOD.replace("Artikel 2 Geschenken", "Artikel 1 Geschenken").replace(
        "2. Het eerste lid", "3. Het eerste lid"
    )
    code = parse_text(text)
    assert rules_hit(code, "structure-duplicate-article")
    gap = parse_text(GOOD.replace("Artikel 2 Geschenken", "Artikel 3 Geschenken"))
    assert [f.message for f in rules_hit(gap, "structure-article-gap")] == [
        "artikel 2 ontbreekt in de nummering"
    ]


def test_onderdelen_gap_and_missing_aanhef():
    code = parse_text(GOOD.replace("   b. griffier", "   c. griffier"))
    assert rules_hit(code, "structure-lid-gap")
    bare = parse_text("Artikel 1 Lijst\n\n   a. het eerste;\n   b. het tweede.\n")
    assert rules_hit(bare, "structure-list-without-aanhef")


def test_dates_in_force_before_adoption():
    text = GOOD + "\nDeze code treedt in werking op 1 januari 2020.\n"
    assert rules_hit(parse_text(text), "date-in-force-before-adoption")


def test_unknown_law_is_info_not_error():
    code = parse_text(
        GOOD.replace("van de Wet open overheid", "van de Wet op de bijzondere voorzieningen")
    )
    findings = rules_hit(code, "law-unknown")
    assert len(findings) == 1 and findings[0].severity == "info"


def test_de_wet_the_code_does_not_define_is_a_warning():
    code = parse_text(GOOD.replace("van de Wet open overheid", "van de wet"))
    findings = rules_hit(code, "law-undefined")
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert not rules_hit(code, "law-unknown")  # "de wet" is no law's name
    assert not rules_hit(parse_text(GOOD), "law-undefined")


def test_cli_review_exit_codes_and_rules():
    runner = CliRunner()
    clean = runner.invoke(main, ["review", "nijmegen"])
    assert clean.exit_code == 0
    broken = runner.invoke(main, ["review", "de-bilt", "--format", "json"])
    assert broken.exit_code == 1
    data = json.loads(broken.output)
    assert {"rule", "severity", "node", "span", "quote", "suggestion"} <= set(data[0])
    listing = runner.invoke(main, ["review", "--rules"])
    assert listing.exit_code == 0 and "law-repealed (waarschuwing)" in listing.output
    english = runner.invoke(main, ["review", "--rules", "--lang", "en"])
    assert "law-repealed (warning): Cites a repealed or replaced law" in english.output
    unknown = runner.invoke(main, ["review", "best", "--rule", "nope"])
    assert unknown.exit_code == 1 and "unknown rule" in unknown.output
