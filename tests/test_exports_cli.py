"""The JSON contract, Akoma Ntoso, and the command line as a user runs it."""

from __future__ import annotations

import json
import os
import stat

from click.testing import CliRunner
from lxml import etree

from codes.akn import NS, to_akn
from codes.export import to_dict
from gedragscode.cli import main

from .conftest import CORPUS, corpus_code


def test_json_contract_keys():
    data = to_dict(corpus_code("best"))
    assert {"organisation", "organisation_type", "title", "citeertitel", "adopted_on"} <= set(
        data["metadata"]
    )
    assert data["metadata"]["organisation"] == "Best"
    article = data["articles"][0]
    assert {"id", "number", "title", "scope", "leden"} <= set(article)
    assert article["leden"][0]["number"] == "1" and article["leden"][0]["text"]
    assert len(data["articles"]) == 44
    internal = next(r for r in data["references"] if r["kind"] == "internal")
    assert internal["target"] and internal["resolved"]
    reference = next(
        r for r in to_dict(corpus_code("assen"))["references"] if r["article"] == "41c"
    )
    assert {"law", "bwb", "article", "lid", "text", "node", "span", "url"} <= set(reference)
    assert reference["law"] == "Gemeentewet" and reference["bwb"] == "BWBR0005416"


def test_json_article_scope_names_the_annex():
    data = to_dict(corpus_code("rheden"))
    scopes = {a["scope"] for a in data["articles"]}
    assert scopes == {"body", "cmp_2"}


def test_akoma_ntoso_structure_and_refs():
    xml = to_akn(corpus_code("assen")).encode("utf-8")
    root = etree.fromstring(xml)
    ns = {"a": NS}
    assert (
        root.find("a:act/a:meta/a:identification/a:FRBRWork/a:FRBRthis", ns)
        .get("value")
        .startswith("/akn/nl/act/gm0106/2022/")
    )
    hrefs = [r.get("href") for r in root.iter(f"{{{NS}}}ref")]
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=2:4&lid=2" in hrefs


def test_akoma_ntoso_articles_and_attachments():
    root = etree.fromstring(to_akn(corpus_code("rheden")).encode("utf-8"))
    body_articles = root.findall(f"{{{NS}}}act/{{{NS}}}body/{{{NS}}}article")
    assert [a.get("eId") for a in body_articles] == [f"art_{i}" for i in range(1, 8)]
    attachments = root.findall(f".//{{{NS}}}attachment")
    assert len(attachments) == 2
    eids = [e.get("eId") for e in root.iter() if e.get("eId")]
    assert len(eids) == len(set(eids))


def test_cli_parse_json_to_stdout_is_a_pipe_friendly_document():
    result = CliRunner().invoke(main, ["parse", "best", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert len(data["articles"]) == 44


def test_cli_refs_csv():
    result = CliRunner().invoke(main, ["refs", str(CORPUS / "assen.txt"), "--format", "csv"])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("file,kind,law,bwb,article,lid")
    assert any(",Algemene wet bestuursrecht,BWBR0005537,2:4,2," in line for line in lines)


def test_cli_never_overwrites_without_force(tmp_path):
    target = tmp_path / "best.md"
    target.write_text("mine")
    runner = CliRunner()
    result = runner.invoke(main, ["parse", "best", "--format", "markdown", "-o", str(target)])
    assert result.exit_code == 1
    assert "already exists" in result.output and "--force" in result.output
    assert target.read_text() == "mine"
    result = runner.invoke(
        main, ["parse", "best", "--format", "markdown", "-o", str(target), "--force"]
    )
    assert result.exit_code == 0
    assert target.read_text().startswith("Gedragcode integriteit 2017")
    assert stat.S_IMODE(os.stat(target).st_mode) & 0o077 in (0, 0o044, 0o004, 0o040)


def test_cli_errors_are_one_line_without_traceback(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for args in (
        ["parse", str(tmp_path / "missing.txt")],
        ["parse", str(empty)],
        ["parse", str(tmp_path)],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1
        assert result.output.startswith("gedragscode: error: ")
        assert "Traceback" not in result.output
    result = runner.invoke(main, ["parse", "best", "--format", "pdf"])
    assert result.exit_code == 2


def test_cli_help_on_every_command():
    runner = CliRunner()
    for command in main.list_commands(None):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage:" in result.output


def test_cli_corpus_lists_five_codes():
    result = CliRunner().invoke(main, ["corpus", "--format", "json"])
    assert result.exit_code == 0
    assert [e["name"] for e in json.loads(result.output)] == [
        "assen",
        "best",
        "de-bilt",
        "nijmegen",
        "rheden",
    ]


def test_akoma_ntoso_act_parts_in_schema_order():
    root = etree.fromstring(to_akn(corpus_code("de-bilt")).encode("utf-8"))
    parts = [etree.QName(child).localname for child in root[0]]
    assert parts == ["meta", "preface", "preamble", "body", "attachments"]
    quoted = [e for e in root.iter(f"{{{NS}}}article") if e.get("class") == "quoted"]
    assert len(quoted) == 6  # the articles quoted from the Verordening rechtspositie


def test_cli_without_paths_works_on_the_whole_corpus():
    runner = CliRunner()
    parsed = runner.invoke(main, ["parse", "--format", "json"])
    assert parsed.exit_code == 0
    assert [d["metadata"]["organisation"] for d in json.loads(parsed.output)] == [
        "Assen",
        "Best",
        "De Bilt",
        "Nijmegen",
        "Rheden",
    ]
    listed = runner.invoke(main, ["refs", "--format", "json"])
    assert listed.exit_code == 0 and len(json.loads(listed.output)) > 250


def test_cli_reads_a_code_from_standard_input():
    text = (CORPUS / "best.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "-", "--format", "json"], input=text)
    assert result.exit_code == 0
    assert len(json.loads(result.output)["articles"]) == 44
