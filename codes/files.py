"""Reading a user's file with a clear error, and writing results without ever losing one."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError


def read_input(
    path: str | Path,
    what: str = "file",
    hint: str = "check the path",
    empty_hint: str = "give a file with content",
) -> bytes:
    """The bytes of an input file; a missing path, a directory or an empty file is an `InputError`."""
    source = Path(path)
    if not source.exists():
        raise InputError(f"{source}: no such {what}; {hint}")
    if source.is_dir():
        raise InputError(f"{source}: is a directory; give the path of a {what}")
    data = source.read_bytes()
    if not data.strip():
        raise InputError(f"{source}: the {what} is empty; {empty_hint}")
    return data


def write_new(
    path: str | Path, data: str | bytes, force: bool = False, private: bool = False
) -> Path:
    """Write `data` to `path`; refuse to replace an existing file unless `force`.

    `private` files (letters with personal data) are created readable by the owner only.
    """
    target = Path(path)
    if target.exists() and not force:
        raise InputError(
            f"{target}: already exists; choose another name with -o or add --force to replace it"
        )
    if target.is_dir():
        raise InputError(f"{target}: is a directory; give a file name with -o")
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    descriptor = os.open(target, flags, 0o600 if private else 0o644)
    if private:
        os.fchmod(
            descriptor, 0o600
        )  # also when --force replaces a file that was readable by others
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(payload)
    return target
