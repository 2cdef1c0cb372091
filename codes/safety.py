"""Limits on what the toolkit reads, so that no input runs away with time or memory.

An input file is read up to `max_size` bytes (a character device such as
/dev/zero or an endless pipe stops there too); a Word file may not inflate to
more than that either (a zip bomb of 3 MB can hold a gigabyte), and its XML is
parsed without entities, network or huge text nodes. The limit is 200 MB unless
the caller, `--max-size` or the environment variable GEDRAGSCODE_MAX_SIZE (in MB)
says otherwise.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from typing import BinaryIO

from .errors import InputError

MB = 1024 * 1024
DEFAULT_MAX_SIZE = 200 * MB
ENVIRONMENT = "GEDRAGSCODE_MAX_SIZE"
_CHUNK = MB


def max_size(explicit: int | None = None) -> int:
    """The limit in bytes: `explicit`, else the environment variable (MB), else 200 MB."""
    if explicit is not None:
        return explicit
    configured = os.environ.get(ENVIRONMENT, "").strip()
    if not configured:
        return DEFAULT_MAX_SIZE
    try:
        megabytes = float(configured)
    except ValueError:
        megabytes = -1
    if megabytes <= 0:
        raise InputError(
            f"{ENVIRONMENT}={configured!r} is not a size; give the limit in MB, e.g. 500"
        )
    return int(megabytes * MB)


def too_large(name: str, limit: int, what: str = "is larger than") -> InputError:
    return InputError(
        f"{name}: {what} the limit of {limit / MB:g} MB; if it really is one code, "
        f"raise the limit with --max-size MB (or {ENVIRONMENT})"
    )


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """At most `limit` bytes of `stream`; one byte more is an `InputError`, never a longer read."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_large(name, limit)


def xml_parser():
    """The one way the toolkit parses XML it is given: no entities, no network, no DTD."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def check_docx(data: bytes, name: str, limit: int) -> None:
    """Refuse a Word package that inflates beyond `limit` or holds a part that is not XML.

    Sizes are counted while inflating, in chunks: the sizes a zip declares can lie.
    Every XML part is fed to the hardened parser as it inflates, so python-docx
    only ever sees a package that is bounded and well-formed.
    """
    import io

    from lxml import etree

    def unreadable(reason: str) -> InputError:
        reason = " ".join(reason.split())  # one line, whatever lxml or zlib said
        return InputError(
            f"{name}: not a readable Word .docx file ({reason}); open and re-save it in Word"
        )

    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            if sum(m.file_size for m in members) > limit:
                raise too_large(name, limit, "inflates to more than")
            for member in members:
                parser = xml_parser() if member.filename.endswith((".xml", ".rels")) else None
                try:
                    with package.open(member) as part:
                        while chunk := part.read(_CHUNK):
                            total += len(chunk)
                            if total > limit:
                                raise too_large(name, limit, "inflates to more than")
                            if parser is not None:
                                parser.feed(chunk)
                    if parser is not None:
                        parser.close()
                except etree.XMLSyntaxError as error:
                    raise unreadable(f"{member.filename}: {error}") from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        RuntimeError,
        NotImplementedError,
        ValueError,
    ) as error:  # corrupt deflate, truncated data, encrypted or unknown compression
        raise unreadable(str(error) or type(error).__name__) from None
