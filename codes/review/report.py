"""Findings as text, JSON or Markdown, and the list of rules."""

from __future__ import annotations

import json

from .model import Finding
from .registry import RULES


def finding_dict(finding: Finding) -> dict[str, object]:
    return {
        "file": finding.file,
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "node": finding.node,
        "span": finding.span.as_list(),
        "quote": finding.quote,
    }


def render(findings: list[Finding], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([finding_dict(f) for f in findings], ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        lines = ["| severity | rule | where | finding | suggested fix |", "|---|---|---|---|---|"]
        for f in findings:
            cells = [
                f.severity,
                f"`{f.rule}`",
                f"{f.file} `{f.node}` {f.span.start}-{f.span.end}",
                f.message,
                f.suggestion,
            ]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(lines) + "\n"
    lines = []
    for f in findings:
        lines.append(f"{f.file}:{f.span.start}-{f.span.end}: {f.severity}: {f.message} [{f.rule}]")
        if f.quote:
            lines.append(f'    "{f.quote[:160]}"')
        lines.append(f"    fix: {f.suggestion}")
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    lines.append(f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes")
    return "\n".join(lines) + "\n"


def rules_text() -> str:
    lines = []
    for rule, _ in RULES.values():
        lines.append(f"{rule.id} ({rule.severity}): {rule.title}")
        lines.append(f"    {rule.explanation}")
    return "\n".join(lines) + "\n"
