"""Bytes -> text: which encoding a file is in, what was repaired, and characters no text holds.

Files come as UTF-8 (with or without BOM), Windows-1252, or UTF-16 as Notepad
saves "Unicode" (with a BOM, and sometimes without one). A UTF-8 file with a few
stray Windows-1252 bytes (a paste from an old document) keeps its UTF-8 letters:
only the stray bytes are read as Windows-1252, and a warning says where.
Control characters are never passed on: later stages (Akoma Ntoso XML above all)
cannot hold them. Ligatures ("ﬁ") are written as their letters, as line ends are
written as "\n": the text's offsets are those of the text so read.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import InputError

# What Python's str.splitlines() also takes for a line break; the pipeline splits on "\n" only.
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Characters XML 1.0 does not allow, and the C1 controls that only a wrong decoding produces.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# Either, as one class: `re` scans for a class's characters far faster than for an alternation.
_BREAK_OR_CONTROL = re.compile(f"[{_LINE_BREAKS.pattern[1:-1]}{_CONTROLS.pattern[1:-1]}]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPED = re.compile("[\udc80-\udcff]")  # the bytes surrogateescape could not decode
_SHOWN = 5  # offsets named in a warning; the count says how many more


def decode_text(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The text of `data` with line ends as "\\n", and warnings about what was repaired."""
    warnings: list[str] = []
    clean = False  # known to hold no character of `_BREAK_OR_CONTROL`
    ligatures = True  # may hold a ligature
    codec = utf16_codec(data)
    if codec is not None:
        text = _decode_utf16(data, codec, name)
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
            clean = not _utf8_controls(data, text)
            ligatures = b"\xef\xac" in data  # how U+FB00-U+FB06 open in UTF-8: one scan, not seven
        except UnicodeDecodeError:
            text, warning = _utf8_or_cp1252(data, name)
            warnings += [warning] if warning else []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not clean:
        text, warning = clean_controls(text, name)
        warnings += [warning] if warning else []
    return (expand_ligatures(text) if ligatures else text), tuple(warnings)


# The characters of `_BREAK_OR_CONTROL` in text decoded from UTF-8, looked for without a
# class pattern over the whole text: below U+0080 as bytes (a byte UTF-8 uses for nothing
# else; `bytes.translate` deletes all others), U+0080-U+009F as two bytes that open with
# a literal, the few others with `in` on the text (immediate where the text holds no
# character beyond U+00FF). A surrogate never decodes.
_KEEP_NOT_C0 = bytes(b for b in range(256) if not (b < 0x80 and _BREAK_OR_CONTROL.match(chr(b))))
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_WIDE = [char for char in "\u2028\u2029\ufffe\uffff" if _BREAK_OR_CONTROL.match(char)]


def _utf8_controls(data: bytes, text: str) -> bool:
    """Whether `text`, decoded from UTF-8 `data`, holds a character of `_BREAK_OR_CONTROL`."""
    return (
        bool(data.translate(None, _KEEP_NOT_C0))
        or (b"\xc2" in data and _C1_UTF8.search(data) is not None)
        or any(char in text for char in _WIDE)
    )


def utf16_codec(data: bytes) -> str | None:
    """ "utf-16" for a file with a byte order mark, the codec of one without, or None.

    Without a BOM, text in UTF-16 has a NUL in nearly every other byte (the high
    byte of each Latin letter), always on the same side, and decodes cleanly.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.05 * half:
        codec = "utf-16-le"
    elif even >= 0.3 * half and odd <= 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        head = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in head if c.isprintable() or c in "\t\r\n")
    return codec if printable >= 0.95 * len(head) else None


def _decode_utf16(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: broken UTF-16 text at byte {error.start}; re-save the file as UTF-8"
        ) from None


def _utf8_or_cp1252(data: bytes, name: str) -> tuple[str, str | None]:
    """A UTF-8 file with stray bytes repaired (and a warning), or a Windows-1252 file."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = [m.start() for m in _ESCAPED.finditer(text)]
    letters = len(text) - len(text.encode("ascii", errors="ignore")) - len(stray)  # UTF-8 letters
    if letters < len(stray):  # no (or hardly any) UTF-8: the whole file is Windows-1252
        try:
            return data.decode("cp1252"), None
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: byte 0x{data[error.start]:02x} at offset {error.start} is neither UTF-8 "
                "nor Windows-1252; re-save the file as UTF-8"
            ) from None
    offsets, position, byte = [], 0, 0
    for index in stray:  # byte offsets, counted once over the text
        byte += len(text[position:index].encode("utf-8", errors="surrogateescape"))
        offsets.append(byte)
        position = index
    for offset in offsets:
        if data[offset] in b"\x81\x8d\x8f\x90\x9d":  # the five bytes Windows-1252 leaves undefined
            raise InputError(
                f"{name}: byte 0x{data[offset]:02x} at offset {offset} is neither UTF-8 "
                "nor Windows-1252; re-save the file as UTF-8"
            )
    repaired = _ESCAPED.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252"), text)
    shown = ", ".join(str(o) for o in offsets[:_SHOWN])
    more = f" and {len(offsets) - _SHOWN} more" if len(offsets) > _SHOWN else ""
    warning = (
        f"{name}: {len(offsets)} byte(s) that are not UTF-8 (at byte offset {shown}{more}) "
        "read as Windows-1252; check those letters, or re-save the file as UTF-8"
    )
    return repaired, warning


def clean_controls(text: str, name: str) -> tuple[str, str | None]:
    """Vertical tabs, form feeds and Unicode line separators as line breaks; other controls dropped.

    A form feed is a page break (pdftotext writes one per page): not worth a warning.
    """
    if not _BREAK_OR_CONTROL.search(text):  # most texts have neither: one scan, not two
        return text, None
    text = _LINE_BREAKS.sub("\n", text)
    found = [m.start() for m in _CONTROLS.finditer(text)]
    if not found:
        return text, None
    first = text[found[0]]
    warning = (
        f"{name}: {len(found)} control character(s) removed (the first, U+{ord(first):04X}, "
        f"at character {found[0]}); they are not text"
    )
    return _CONTROLS.sub("", text), warning


# The ligatures of Unicode's Alphabetic Presentation Forms, as their letters (their
# compatibility decomposition): text copied from a PDF writes "ﬁnanciële" and
# "Wet ﬁnanciering decentrale overheden" with one character for "fi", which no search
# for the word or the law finds.
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def expand_ligatures(text: str) -> str:
    """`text` with "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ" and "ﬆ" written as their letters."""
    for ligature, letters in _LIGATURES.items():  # str.replace: str.translate is far slower
        if ligature in text:
            text = text.replace(ligature, letters)
    return text


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (lxml refuses them).

    Parsed text has none (`clean_controls`); this guards what else reaches XML,
    such as a file name or a `Code` a library user built.
    """
    return _XML_INVALID.sub("", text)
