"""Where the toolkit's own files are: the templates folder beside the packages."""

from __future__ import annotations

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def template_path(name: str) -> Path:
    return TEMPLATES / name
