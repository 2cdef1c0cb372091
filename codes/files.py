"""Reading a user's file with a clear error, and the one place where the toolkit writes files.

Every file the toolkit writes goes through `write_all` (or `write_new` for one file, or
`writing` for a writer that needs a path of its own, such as SQLite), so that no result
and no earlier file is ever lost:

- the content goes to a temporary file in the target's folder, flushed to disk, and is
  then renamed into place: a reader never sees a half-written file, and a failure (a
  full disk) leaves nothing behind and an existing file untouched;
- without `force` the final name is created exclusively (a hard link of the temporary
  file, which fails when the name exists), so there is no window between checking and
  writing in which another writer's file could be replaced;
- a symbolic link at the target is never followed: without `force` it is a file that
  exists, with `force` the link itself is replaced, never the file it points to;
- `private` files (letters: personal data) are created readable by the owner only;
- several files are written all or nothing: every target is checked before the first
  is written, and when one fails the others written in the same call are undone;
- the name `-` is standard output (`-o -` of every command): text goes there as it
  is, binary content (a Word file, a database) only when standard output is not a
  terminal, where it would be garbage. (`./-` is the same name to Python's paths; a
  file really named "-" needs another folder in its path, `out/-`.)
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

# Not on every platform; where it is missing the exclusive create still refuses a link.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
# Errors of a file system without hard links (FAT, some network shares).
_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP}
#: The output name that means standard output.
STDOUT = "-"


def is_stdout(path: str | Path | None) -> bool:
    return path is not None and str(path) == STDOUT


def read_input(
    path: str | Path,
    what: str = "file",
    hint: str = "check the path",
    empty_hint: str = "give a file with content",
    limit: int | None = None,
) -> bytes:
    """The bytes of an input file; a missing path, a directory, an empty file or one larger
    than `limit` bytes (default `safety.max_size()`) is an `InputError`.

    Never more than `limit` + 1 bytes are read: /dev/zero or an endless pipe stops there.
    """
    from .safety import max_size, read_limited, too_large

    source = Path(path)
    if not source.exists():
        raise InputError(f"{source}: no such {what}; {hint}")
    if source.is_dir():
        raise InputError(f"{source}: is a directory; give the path of a {what}")
    limit = max_size(limit)
    with source.open("rb") as handle:
        status = os.fstat(handle.fileno())
        if stat.S_ISREG(status.st_mode) and status.st_size > limit:
            raise too_large(str(source), limit)  # known before reading a byte
        data = read_limited(handle, limit, str(source))
    if not data.strip():
        raise InputError(f"{source}: the {what} is empty; {empty_hint}")
    return data


def write_new(
    path: str | Path, data: str | bytes, force: bool = False, private: bool = False
) -> Path:
    """Write `data` (text as UTF-8) to `path`; refuse to replace an existing file unless `force`."""
    return write_all([path], [data], force=force, private=private)[0]


def check_targets(
    paths: Iterable[str | Path], force: bool = False, binary: bool = False
) -> list[Path]:
    """The targets as paths, after making sure that all of them can be written.

    `-` (standard output) must be the only target; for `binary` content it must not
    be a terminal.

    Called before any work is done, so that a run fails before its first file rather
    than half-way. The exclusive create in `write_all` still guards against a file that
    appears after this check.
    """
    targets = [Path(p) for p in paths]
    if any(is_stdout(t) for t in targets):
        if len(targets) > 1:
            raise InputError(
                "'-' (standard output) takes one file, this run writes "
                f"{len(targets)}; give a file or folder name with -o"
            )
        if binary:
            _check_binary_stdout()
        return targets
    seen: set[str] = set()
    for target in targets:
        if target.is_dir() and not target.is_symlink():
            raise InputError(f"{target}: is a directory; give a file name with -o")
        if not force and os.path.lexists(target):
            raise _exists(target)
        key = os.path.abspath(target)
        if key in seen:
            raise InputError(f"{target}: would be written twice in one run; give distinct names")
        seen.add(key)
    return targets


def write_all(
    paths: Sequence[str | Path],
    payloads: Iterable[str | bytes],
    force: bool = False,
    private: bool = False,
) -> list[Path]:
    """Write each payload to its path, all or nothing; returns the paths written.

    `payloads` may be a generator: each is written to its temporary file as it comes,
    so a batch of letters is never held in memory at once, and none of them appears
    under its final name before all of them are on disk.
    """
    targets = check_targets(paths, force)
    if targets and is_stdout(targets[0]):
        (data,) = payloads
        write_stdout(data)
        return targets
    with _Run(force, private) as run:
        for target, data in zip(targets, payloads, strict=True):
            run.stage(target, data.encode("utf-8") if isinstance(data, str) else data)
        run.install()
    return targets


@contextmanager
def writing(path: str | Path, force: bool = False, private: bool = False) -> Iterator[Path]:
    """A temporary file next to `path` for a writer that needs a path of its own (SQLite).

    When the block ends without an error the file becomes `path`, as in `write_all`;
    when it raises, the file is removed and `path` is untouched.
    """
    (target,) = check_targets([path], force, binary=True)
    if is_stdout(target):
        # Built in a private folder of its own, then copied out whole: a failure half-way
        # sends nothing.
        with tempfile.TemporaryDirectory(prefix="gedragscode-") as folder:
            temp = Path(folder) / "output"
            yield temp
            write_stdout(temp.read_bytes())
        return
    with _Run(force, private) as run:
        temp = run.stage(target, b"")
        yield temp
        run.current = target
        _flush(temp)
        run.install()


def write_stdout(data: str | bytes) -> None:
    """`data` on standard output; binary content (with NUL bytes) never on a terminal."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if b"\0" in payload[:65536]:
        _check_binary_stdout()
    sys.stdout.flush()  # text printed before stays before
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


def _check_binary_stdout() -> None:
    if sys.stdout.isatty():
        raise InputError(
            "-o -: this output is a binary file (Word, SQLite) and standard output is a "
            "terminal; redirect it (> file) or pipe it, or give a file name with -o"
        )


@dataclass(frozen=True)
class _Installed:
    target: Path
    backup: Path | None  # the replaced file, kept under another name until the run succeeds
    replaced: bool  # the target existed; without a backup it cannot be restored


class _Run:
    """The temporary files of one call, their installation, and undoing both on failure."""

    def __init__(self, force: bool, private: bool):
        self.force = force
        self.mode = 0o600 if private else 0o644  # the umask still applies to 0o644
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, target)
        self.installed: list[_Installed] = []
        self.folders: list[Path] = []  # folders this run created
        self.current: Path | None = None  # the target being written, for the error message

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if error is None:
            for done in self.installed:
                if done.backup is not None:
                    _remove(done.backup)
            _sync_folders({target.parent for _, target in self.staged})
            return
        self._undo()
        if isinstance(error, OSError) and self.current is not None:
            raise _write_error(error, self.current) from None

    def stage(self, target: Path, payload: bytes) -> Path:
        self.current = target
        self._make_folder(target.parent)
        temp, descriptor = _temporary(target, self.mode)
        self.staged.append((temp, target))
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        self.current = None  # an error in what comes next is not about this file
        return temp

    def install(self) -> None:
        for temp, target in self.staged:
            self.current = target
            if self.force:
                self.installed.append(_replace(temp, target))
            else:
                _link(temp, target)
                self.installed.append(_Installed(target, None, False))

    def _make_folder(self, folder: Path) -> None:
        missing = []
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        for created in reversed(missing):
            created.mkdir(exist_ok=True)
            self.folders.append(created)

    def _undo(self) -> None:
        for done in reversed(self.installed):
            if done.backup is not None:
                os.replace(done.backup, done.target)
            elif not done.replaced:
                _remove(done.target)
        for temp, _ in self.staged:
            _remove(temp)
        for folder in reversed(self.folders):
            with suppress(OSError):  # not empty: someone else put a file there meanwhile
                folder.rmdir()


def _temporary(target: Path, mode: int) -> tuple[Path, int]:
    """A new file next to `target`, created exclusively (never an existing file or link)."""
    while True:
        # A dot name, so it is hidden while it exists; the target's name shortened so
        # that a long target name cannot make it too long for the file system.
        temp = target.parent / f".{target.name[:80]}.{secrets.token_hex(6)}.tmp"
        try:
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, mode)
        except FileExistsError:
            continue


def _link(temp: Path, target: Path) -> None:
    """Give `temp` the name `target` only when no file or link has that name."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise _exists(target) from None
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        # No hard links here: claim the name with an exclusive create, then rename over it.
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o600))
        except FileExistsError:
            raise _exists(target) from None
        os.replace(temp, target)
        return
    _remove(temp)


def _replace(temp: Path, target: Path) -> _Installed:
    """Rename `temp` over `target`; a link at `target` is replaced itself, not followed."""
    existed = os.path.lexists(target)
    backup = None
    if existed:
        backup = target.parent / f".{target.name[:80]}.{secrets.token_hex(6)}.old"
        try:
            os.link(target, backup, follow_symlinks=False)
        except OSError:
            backup = (
                None  # no hard links: the replaced file cannot be restored if a later one fails
            )
    try:
        os.replace(temp, target)
    except OSError:
        if backup is not None:
            _remove(backup)
        raise
    return _Installed(target, backup, existed)


def _flush(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | _NO_FOLLOW)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folders(folders: Iterable[Path]) -> None:
    """Make the renames durable; not every platform can open a folder, which is fine."""
    for folder in folders:
        try:
            descriptor = os.open(folder, os.O_RDONLY)
        except OSError:
            continue
        try:
            with suppress(OSError):
                os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove(path: Path) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)


def _exists(target: Path) -> InputError:
    return InputError(
        f"{target}: already exists; choose another name with -o or add --force to replace it"
    )


def _write_error(error: OSError, target: Path) -> InputError:
    what = error.strerror or str(error)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return InputError(
            f"{target.parent}: cannot write there ({what}); "
            "choose another folder or check its permissions"
        )
    return InputError(
        f"{target}: cannot write ({what}); nothing was written and existing files are unchanged"
    )
