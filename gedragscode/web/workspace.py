"""The app's private working folder: uploaded codes and generated files, gone on exit.

A letter holds personal data of an integrity case, and an uploaded code may be a draft
that is not public yet. Both live only in a folder that `tempfile.mkdtemp` creates
readable by the owner alone (0700), written with `codes.files.write_new(private=True)`,
and removed when the app stops; what the user wants to keep, they download.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from codes import model as m

#: Upload ids and file ids are random: guessing one must not reveal another user's file.
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass(frozen=True, slots=True)
class Upload:
    id: str
    filename: str  # as the user named it, for display only
    key: str  # the code's key in comparisons (file stem, unique in this workspace)
    code: m.Code


@dataclass(frozen=True, slots=True)
class StoredFile:
    id: str
    filename: str  # the name the browser saves it under
    path: Path
    mimetype: str
    #: What the file holds, for the page that offers it: for a letter each required element
    #: with where it is required ("protocol" or "model") and the protocol's words.
    contents: tuple[tuple[str, str, str | None], ...] = ()


class Workspace:
    """Uploads and generated files of one running app, in a private temporary folder."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="gedragscode-web-"))
        self.root.chmod(0o700)  # mkdtemp already does this; say it, since it is the point
        self._uploads: dict[str, Upload] = {}
        self._files: dict[str, StoredFile] = {}
        self._lock = threading.Lock()  # the server handles requests in threads

    # -- uploaded codes ---------------------------------------------------------------
    def add_upload(self, filename: str, data: bytes, taken: set[str] = frozenset()) -> Upload:
        """Parse an uploaded code with the library's safe readers and keep it for this session."""
        from codes import parse_bytes
        from codes.files import write_new

        safe = _safe_name(filename)
        with self._lock:
            used = set(taken) | {u.key for u in self._uploads.values()}
        stem = Path(safe).stem
        key, number = stem, 2
        while key in used:  # two uploads named alike must stay apart in a comparison
            key, number = f"{stem}-{number}", number + 1
        name = f"{key}{Path(safe).suffix}"
        code = parse_bytes(data, name)
        upload_id = secrets.token_urlsafe(12)
        write_new(self.root / "uploads" / upload_id / name, data, private=True)
        upload = Upload(upload_id, filename or name, key, code)
        with self._lock:
            self._uploads[upload_id] = upload
        return upload

    def upload(self, upload_id: str) -> Upload | None:
        if not _ID.match(upload_id):
            return None
        with self._lock:
            return self._uploads.get(upload_id)

    def uploads(self) -> list[Upload]:
        with self._lock:
            return list(self._uploads.values())

    # -- generated files --------------------------------------------------------------
    def add_file(
        self,
        filename: str,
        data: bytes | str,
        mimetype: str,
        contents: tuple[tuple[str, str, str | None], ...] = (),
    ) -> StoredFile:
        from codes.files import write_new

        file_id = secrets.token_urlsafe(16)
        path = write_new(self.root / "files" / file_id / _safe_name(filename), data, private=True)
        stored = StoredFile(file_id, path.name, path, mimetype, contents)
        with self._lock:
            self._files[file_id] = stored
        return stored

    def new_path(self, filename: str) -> Path:
        """A fresh private path for a library function that writes a file itself (SQLite)."""
        folder = self.root / "files" / secrets.token_urlsafe(16)
        folder.mkdir(parents=True, mode=0o700)
        return folder / _safe_name(filename)

    def file(self, file_id: str) -> StoredFile | None:
        if not _ID.match(file_id):
            return None
        with self._lock:
            return self._files.get(file_id)

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _safe_name(filename: str) -> str:
    """A file name without folders or odd characters: it is used inside our folder only."""
    name = Path(filename.replace("\\", "/")).name
    name = re.sub(r"[^\w.-]+", "-", name, flags=re.ASCII).strip(".-")[:80]
    return name or "bestand"
