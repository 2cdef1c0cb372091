"""Where exported research data came from: which files (by SHA-256 of the bytes read),
published where, read by which version of the toolkit, when, with which command.

A researcher who cites a table must be able to say which text of which code it was
read from, and to check later that a file is still the same one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from codes import model as m

from .norm_table import source_path
from .provisions import code_key


@dataclass(frozen=True, slots=True)
class Provenance:
    code: str
    file: str  # relative, as in the norms table
    sha256: str  # of the bytes read; for standard input too
    source_url: str | None  # the published regulation, when the file names it
    tool: str
    tool_version: str
    exported_at: str  # ISO 8601, UTC, to the second
    command: str


def tool_version() -> str:
    """The installed version of the toolkit (package metadata), or 'unknown'."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gedragscode")
    except PackageNotFoundError:
        return "unknown"


def provenance(codes: list[m.Code], command: str = "") -> list[Provenance]:
    at = datetime.now(UTC).isoformat(timespec="seconds")
    release = tool_version()
    return [
        Provenance(
            code_key(code),
            source_path(code.file),
            code.sha256,
            code.source_url,
            "gedragscode",
            release,
            at,
            command,
        )
        for code in codes
    ]
