"""The codes a user can pick: the bundled corpus and what they uploaded in this session.

A code is named in addresses by its id: the corpus name (`best`) or the random id of
an upload. Bundled codes are parsed once per process, with the same `parse_file` the
command line uses; uploads were parsed when they arrived (`Workspace.add_upload`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from flask import abort, current_app

from codes import model as m

from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    label: str
    uploaded: bool


def workspace() -> Workspace:
    return current_app.extensions["gedragscode.workspace"]


def choices() -> list[Choice]:
    from codes.corpus import catalog

    bundled = [Choice(e.name, f"{e.organisation} ({e.year})", False) for e in catalog()]
    uploaded = [Choice(u.id, f"{u.filename} (geüpload)", True) for u in workspace().uploads()]
    return uploaded + bundled


def bundled_names() -> set[str]:
    from codes.corpus import catalog

    return {e.name for e in catalog()}


@cache
def bundled_code(name: str) -> m.Code:
    from codes import parse_file
    from codes.corpus import catalog

    entry = next(e for e in catalog() if e.name == name)
    return parse_file(entry.path)


def load(code_id: str) -> m.Code:
    """The code with this id; an unknown id is a 404 page, not an error."""
    if code_id in bundled_names():
        return bundled_code(code_id)
    upload = workspace().upload(code_id)
    if upload is None:
        abort(404)
    return upload.code


def label(code_id: str) -> str:
    return next((c.label for c in choices() if c.id == code_id), code_id)
