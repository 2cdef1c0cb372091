"""Findings as text, JSON or Markdown, and the list of rules, in Dutch or English."""

from __future__ import annotations

import json
from datetime import date

from .model import DEFAULT_LANGUAGE, SEVERITIES, Finding, Wording, say
from .registry import RULES
from .wording import severity_word


def finding_dict(finding: Finding, language: str = DEFAULT_LANGUAGE) -> dict[str, object]:
    """The JSON of a finding: the fields machines rely on (rule, severity, node, span) do
    not depend on the language; message and suggestion are in `language`, and `facts`
    holds their named values (dates as YYYY-MM-DD)."""
    return {
        "file": finding.file,
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.problem.text(language),
        "suggestion": finding.fix.text(language),
        "facts": {name: _plain(value, language) for name, value in finding.facts().items()},
        "node": finding.node,
        "span": finding.span.as_list(),
        "quote": finding.quote,
    }


def _plain(value: object, language: str) -> object:
    if isinstance(value, Wording):
        return value.text(language)
    if isinstance(value, date):
        return value.isoformat()
    return value


def render(findings: list[Finding], fmt: str, language: str = DEFAULT_LANGUAGE) -> str:
    if fmt == "json":
        data = [finding_dict(f, language) for f in findings]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        lines = [say("output.table-header").text(language), "|---|---|---|---|---|"]
        for f in findings:
            cells = [
                severity_word(f.severity, language),
                f"`{f.rule}`",
                f"{f.file} `{f.node}` {f.span.start}-{f.span.end}",
                f.problem.text(language),
                f.fix.text(language),
            ]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(lines) + "\n"
    fix = say("output.fix").text(language)
    lines = []
    for f in findings:
        severity = severity_word(f.severity, language)
        lines.append(
            f"{f.file}:{f.span.start}-{f.span.end}: {severity}: {f.problem.text(language)} [{f.rule}]"
        )
        if f.quote:
            lines.append(f'    "{f.quote[:160]}"')
        lines.append(f"    {fix}: {f.fix.text(language)}")
    lines.append(summary(findings, language))
    return "\n".join(lines) + "\n"


def summary(findings: list[Finding], language: str = DEFAULT_LANGUAGE) -> str:
    """ "0 fouten, 1 waarschuwing, 2 opmerkingen"."""
    facts: dict[str, object] = {}
    for severity in SEVERITIES:
        count = sum(f.severity == severity for f in findings)
        facts[severity] = count
        facts[f"{severity}_word"] = severity_word(severity, language, plural=count != 1)
    return say("output.summary", **facts).text(language)


def rules_text(language: str = DEFAULT_LANGUAGE) -> str:
    lines = []
    for rule, _ in RULES.values():
        severity = severity_word(rule.severity, language)
        lines.append(f"{rule.id} ({severity}): {rule.title(language)}")
        lines.append(f"    {rule.explanation(language)}")
    return "\n".join(lines) + "\n"
