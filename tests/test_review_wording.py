"""The words of review findings: every rule's Dutch message and suggestion asserted
exactly on a corpus code or a minimal text, the wording file complete in both languages,
`review --lang`, the JSON that machines read, and a comparison report without English."""

from __future__ import annotations

import html
import json
import re
import string
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import codes.review
from codes import parse_text
from codes.review import RULES, review
from codes.review.wording import lidwoord, long_date, template, wordings
from compare.report import build_report
from gedragscode.cli import main

from .conftest import corpus_code
from .test_review import GOOD

# -- each rule in Dutch, exactly ----------------------------------------------------------
# (text or corpus name, rule, Dutch message, Dutch suggestion), each checked by hand
# against the text: the article the finding is in, the number it names, the dates.
CASES = [
    (
        "assen",
        "law-repealed",
        "‘Geheimhoudingsplicht’ verwijst naar de Wet openbaarheid van bestuur, sinds 1 mei 2022 "
        "vervangen door de Wet open overheid",
        "verwijs naar artikel 5.1 van de Wet open overheid in plaats van naar artikel 10",
    ),
    (  # an article of the Rechtspositiebesluit quoted in de-bilt's annex: "het", not "de"
        "de-bilt",
        "law-repealed",
        "het geciteerde artikel 6 verwijst naar het Rechtspositiebesluit wethouders, sinds "
        "1 januari 2019 vervangen door het Rechtspositiebesluit decentrale politieke ambtsdragers",
        "verwijs naar het artikel van het Rechtspositiebesluit decentrale politieke ambtsdragers "
        "dat artikel 23 heeft vervangen",
    ),
    (
        GOOD.replace("van de Wet open overheid", "van de Wet op de bijzondere voorzieningen"),
        "law-unknown",
        "artikel 2 verwijst naar ‘Wet op de bijzondere voorzieningen’, een regeling die het "
        "wettenregister niet kent",
        "controleer de naam; is het een landelijke regeling, voeg die dan met haar BWB-id toe "
        "aan codes/data/laws.toml",
    ),
    (
        GOOD.replace("van de Wet open overheid", "van de wet"),
        "law-undefined",
        "artikel 2 verwijst naar ‘de wet’, maar de code zegt niet welke wet dat is",
        "noem de wet bij haar naam, of neem ‘wet: <naam van de wet>’ op in de begripsbepalingen",
    ),
    (
        GOOD.replace("zoals bedoeld in artikel 1.", "zoals bedoeld in artikel 7."),
        "ref-internal-missing",
        "artikel 2 verwijst naar artikel 7, dat niet bestaat",
        "verbeter het nummer of zet het artikel terug",
    ),
    (
        GOOD.replace("zoals bedoeld in artikel 1.", "zoals bedoeld in artikel 1, derde lid."),
        "ref-internal-missing",
        "artikel 2 verwijst naar artikel 1 lid 3, dat niet bestaat",
        "verbeter het nummer of zet het artikel terug",
    ),
    (
        GOOD.replace("bedoeld in artikel 1.", "bedoeld in artikel 1, eerste lid, onder d."),
        "ref-internal-missing",
        "artikel 2 verwijst naar onderdeel d van artikel 1 lid 1, dat niet bestaat",
        "verbeter de letter",
    ),
    (
        GOOD.replace(
            "Aldus vastgesteld",
            "Bijlage 1 Toelichting op de artikelen\n\nArtikel 2 Geschenken\n\n"
            "Lid 3 van dit artikel regelt de melding.\n\nAldus vastgesteld",
        ),
        "ref-explained-lid-missing",
        "de toelichting op artikel 2 bespreekt lid 3, maar artikel 2 heeft geen lid 3",
        "pas de toelichting aan de huidige leden van het artikel aan",
    ),
    (
        GOOD.replace(
            "Aldus vastgesteld",
            "Bijlage 1 Toelichting op de artikelen\n\nArtikel 1 Begrippen\n\n"
            "In lid 1 sub c staat wie commissielid is.\n\nAldus vastgesteld",
        ),
        "ref-explained-lid-missing",
        "de toelichting op artikel 1 bespreekt lid 1 sub c, dat niet bestaat",
        "pas de toelichting aan",
    ),
    (
        GOOD.replace("Artikel 2 Geschenken", "Artikel 1 Geschenken"),
        "structure-duplicate-article",
        "artikel 1 komt twee keer voor",
        "geef een van beide een ander nummer",
    ),
    (
        GOOD.replace("Artikel 2 Geschenken", "Artikel 3 Geschenken"),
        "structure-article-gap",
        "artikel 2 ontbreekt in de nummering",
        "vernummer de artikelen of zet het ontbrekende artikel terug",
    ),
    (
        GOOD.replace("   b. griffier", "   c. griffier"),
        "structure-lid-gap",
        "artikel 1: de onderdelen zijn genummerd a, c",
        "nummer de onderdelen doorlopend",
    ),
    (
        GOOD.replace("Aldus", "Artikel 3 Slot\n\nAldus"),
        "structure-empty-article",
        "artikel 3 heeft geen tekst",
        "vul de tekst van het artikel aan of verwijder de kop",
    ),
    (
        "Artikel 1 Lijst\n\n   a. het eerste;\n   b. het tweede.\n",
        "structure-list-without-aanhef",
        "artikel 1: onderdelen zonder aanhef",
        "voeg de woorden toe die de opsomming inleiden",
    ),
    (
        "de-bilt",
        "date-adopted-before-proposal",
        "vastgesteld op 25 januari 2017, maar het voorstel is gedateerd 14 november 2017",
        "controleer de datum van vaststelling aan de hand van het raadsbesluit",
    ),
    (
        GOOD + "\nDeze code treedt in werking op 1 januari 2020.\n",
        "date-in-force-before-adoption",
        "in werking vanaf 1 januari 2020, vóór de vaststelling op 4 maart 2021",
        "controleer beide datums",
    ),
    (
        "de-bilt",
        "date-title-year",
        "de titel noemt 2018, maar de code is vastgesteld op 25 januari 2017",
        "controleer de datum van vaststelling en het jaartal in de titel",
    ),
    (
        GOOD.replace(
            "Voorbeeldstad 2021\n",
            "Voorbeeldstad 2021\n\nDeze code wordt aangehaald als: Gedragscode Voorbeeldstad 2020.\n",
        ),
        "date-title-year",
        "de titel noemt 2021, de citeertitel 2020",
        "laat titel en citeertitel hetzelfde jaartal noemen",
    ),
    (
        "best",
        "date-adoption-missing",
        "de tekst vermeldt niet wanneer de code is vastgesteld",
        "voeg ‘Aldus vastgesteld in de openbare vergadering van …’ met de datum toe",
    ),
]


def _code(source: str):
    return corpus_code(source) if "\n" not in source else parse_text(source)


@pytest.mark.parametrize(("source", "rule", "message", "suggestion"), CASES)
def test_each_rule_speaks_dutch(source, rule, message, suggestion):
    said = {(f.message, f.suggestion) for f in review(_code(source)) if f.rule == rule}
    assert (message, suggestion) in said, sorted(said)


def test_every_rule_has_a_dutch_case():
    assert {rule for _, rule, _, _ in CASES} == set(RULES)


def test_english_is_the_same_facts_in_other_words():
    finding = next(f for f in review(corpus_code("de-bilt")) if f.rule.startswith("date-adopted"))
    assert finding.problem.text("en") == (
        "adopted on 25 January 2017 but the proposal is dated 14 November 2017"
    )
    assert finding.facts() == {
        "proposal_date": date(2017, 11, 14),
        "adopted_on": date(2017, 1, 25),
    }


# -- the wording file -----------------------------------------------------------------------
def _sentences(table: dict, prefix: str = ""):
    """(key, {language: sentence}) for every leaf table of the wording file."""
    languages = {k: v for k, v in table.items() if isinstance(v, str)}
    if languages:
        yield prefix, languages
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _sentences(value, f"{prefix}.{key}" if prefix else key)


def _fields(sentence: str) -> set[str]:
    return {name.split(":")[0] for _, name, _, _ in string.Formatter().parse(sentence) if name}


def test_every_sentence_is_in_dutch_and_english_with_the_same_facts():
    sentences = list(_sentences(wordings()))
    assert len(sentences) > 60
    for key, languages in sentences:
        assert set(languages) == {"nl", "en"}, key
        if key != "structure-duplicate-article.message":  # Dutch leaves out the node ids
            assert _fields(languages["nl"]) == _fields(languages["en"]), key


def test_every_key_the_rules_use_is_in_the_wording_file():
    source = "".join(p.read_text() for p in Path(codes.review.__file__).parent.glob("*.py"))
    keys = set(re.findall(r'say\(\s*"([a-z.-]+)"', source))
    keys |= {f"{rule}.{part}" for rule in RULES for part in ("title", "explanation")}
    # _out_of_order builds its keys from the rule id
    keys |= {
        f"{rule}.{part}" for rule in RULES if "-before-" in rule for part in ("message", "fix")
    }
    assert len(keys) > 40
    for key in keys:
        for language in ("nl", "en"):
            assert template(key, language), key


def test_law_names_get_de_or_het():
    assert lidwoord("Wet openbaarheid van bestuur") == "de"
    assert lidwoord("Rechtspositiebesluit wethouders") == "het"
    assert lidwoord("Algemeen Rijksambtenarenreglement") == "het"
    assert lidwoord("Wetboek van Strafrecht") == "het"
    assert lidwoord("Uitvoeringswet Algemene verordening gegevensbescherming") == "de"
    assert lidwoord("Besluit begroting en verantwoording provincies en gemeenten") == "het"
    assert lidwoord("Financiële-verhoudingswet") == "de"
    assert lidwoord("Awb") == "de"


def test_dates_in_the_readers_language():
    assert long_date(date(2013, 1, 1), "nl") == "1 januari 2013"
    assert long_date(date(2022, 5, 1), "en") == "1 May 2022"


# -- the command line -------------------------------------------------------------------------
def test_review_speaks_dutch_unless_asked_for_english():
    runner = CliRunner()
    dutch = runner.invoke(main, ["review", "de-bilt"])
    assert dutch.exit_code == 1
    assert ": fout: vastgesteld op 25 januari 2017, maar het voorstel" in dutch.output
    assert "    voorstel: controleer de datum van vaststelling" in dutch.output
    assert dutch.output.endswith("1 fout, 21 waarschuwingen, 0 opmerkingen\n")
    english = runner.invoke(main, ["review", "de-bilt", "--lang", "en"])
    assert ": error: adopted on 25 January 2017 but the proposal" in english.output
    assert english.output.endswith("1 error, 21 warnings, 0 notes\n")
    table = runner.invoke(main, ["review", "best", "--format", "markdown"])
    assert table.output.startswith("| ernst | regel | waar | bevinding | voorstel |")
    assert "| opmerking | `date-adoption-missing` |" in table.output


def test_json_keeps_ids_and_spans_in_every_language():
    runner = CliRunner()
    out = {
        language: json.loads(
            runner.invoke(
                main, ["review", "de-bilt", "--format", "json", "--lang", language]
            ).output
        )
        for language in ("nl", "en")
    }
    stable = ("file", "rule", "severity", "node", "span", "quote")
    assert [[f[k] for k in stable] for f in out["nl"]] == [
        [f[k] for k in stable] for f in out["en"]
    ]
    assert {f["severity"] for f in out["nl"]} == {"error", "warning"}
    dates = next(f for f in out["nl"] if f["rule"] == "date-adopted-before-proposal")
    assert dates["facts"] == {"proposal_date": "2017-11-14", "adopted_on": "2017-01-25"}
    assert dates["message"].startswith("vastgesteld op 25 januari 2017")
    assert set(dates) == {
        "file",
        "rule",
        "severity",
        "message",
        "suggestion",
        "facts",
        "node",
        "span",
        "quote",
    }


# -- the comparison report ---------------------------------------------------------------------
ENGLISH = (" which ", " does not exist", " replaced ", "cites the", "refers to", " is missing")


def test_the_report_has_dutch_findings_and_no_english_ones():
    report = build_report([corpus_code("de-bilt"), corpus_code("assen")], "de-bilt")
    page = html.unescape(report.html)
    findings = re.findall(r'class="finding-item">(.*?)</li>', page, re.S)
    findings += re.findall(r'<div class="finding [a-z]+">(.*?)</div>', page, re.S)
    expected = len(review(corpus_code("de-bilt"))) + len(review(corpus_code("assen")))
    assert len(findings) >= expected  # the lists per code, and again at their provisions
    for english in ENGLISH:
        assert not [f for f in findings if english in f], english
    # nowhere else in the page either (the norms' descriptions are Dutch too)
    for english in ENGLISH:
        assert english not in page, english
    assert "vastgesteld op 25 januari 2017, maar het voorstel is gedateerd 14 november 2017" in page
    assert (
        "Voorstel: verwijs naar artikel 5.1 van de Wet open overheid in plaats van naar artikel 10"
        in page
    )
    assert (
        "verwijst naar het Rechtspositiebesluit wethouders, sinds 1 januari 2019 vervangen" in page
    )
