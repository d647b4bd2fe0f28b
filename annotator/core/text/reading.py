"""Turning the bytes of an imported file into document text.

Use `read_text_file` when importing a file and `decode_bytes` when the bytes come
from elsewhere (an archive member, a network export already on disk). Both return
the text exactly as it will be stored: decoded, with line endings repaired to "\\n",
and with no Unicode normalisation, because annotation offsets index this string.
"""

from __future__ import annotations

import codecs
import os
import re
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

__all__ = ["TextDecodeError", "decode_bytes", "read_text_file", "repair_line_endings"]

# UTF-32 BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never occur in running text; tab, newline, carriage return and
# form feed do. Qt draws the others as nothing, so a span next to one would look
# one letter off: we refuse the file instead of storing them.
_BINARY_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")

# Share of the non-ASCII characters that must be Arabic-block characters before a
# file that is not UTF-8 is taken for Windows-1256. Every byte decodes in cp1256,
# so the decoding itself proves nothing; Latin-1 or Cyrillic text would decode to
# accented Latin letters and punctuation and stay far below this share.
_CP1256_MIN_ARABIC_SHARE = 0.6
_ARABIC_WORD = re.compile("[\u0621-\u064a]{2}")

_ENCODING_HINT = "pass --encoding if the file uses another encoding"


class TextDecodeError(ValueError):
    """A file's bytes cannot become document text; the message names the file.

    Raised by `decode_bytes` and `read_text_file`; catch it where a user picked the
    file, and show `str(error)` as it is: it says which file, why, and where.
    `offset` is the byte offset of the problem when there is one.
    """

    def __init__(self, source: str, reason: str, *, offset: int | None = None) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.offset = offset


def repair_line_endings(text: str) -> str:
    """Turn "\\r\\n" and lone "\\r" into "\\n".

    Use it on any text that becomes a document: Qt collapses "\\r\\n" into one
    position, so offsets taken from the view would drift from a "\\r\\n" string.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def repair_line_endings_mapped(text: str) -> tuple[str, Callable[[int], int]]:
    """`repair_line_endings(text)` and a function moving an offset of `text` to the repaired text,
    for files whose offsets count the "\r" of "\r\n" (brat, JSON exports of Windows text)."""
    if "\r" not in text:
        return text, lambda offset: offset
    removed = [i for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"]
    return repair_line_endings(text), lambda offset: offset - bisect_left(removed, offset)


def decode_bytes(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Decode a file's bytes to document text, detecting the encoding if not given.

    Use it for every import. With `encoding`, decode strictly with that codec. Without
    it: a UTF-32/UTF-16/UTF-8 byte order mark decides; otherwise NUL bytes mean a binary
    file, valid UTF-8 is UTF-8, and text that decodes in Windows-1256 to mostly Arabic
    letters is Windows-1256. Anything else raises `TextDecodeError` naming `source`
    and the byte offset. A leading BOM is dropped; line endings are repaired; no
    Unicode normalisation is applied. Empty data gives "" (the importer decides).
    """
    if encoding is not None:
        text, skipped = _decode_as(data, source, encoding)
        codec = encoding
    else:
        text, codec, skipped = _decode_detected(data, source)
    _reject_binary_controls(text, source, codec, skipped)
    return repair_line_endings(text)


def read_text_file(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read a file from disk as document text (see `decode_bytes`).

    Use it when importing from a path: a missing or unreadable file raises
    `TextDecodeError` naming the path rather than a bare `OSError`.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TextDecodeError(source, f"cannot read the file ({exc.strerror or exc})") from exc
    return decode_bytes(data, source=source, encoding=encoding)


def _decode_as(data: bytes, source: str, encoding: str) -> tuple[str, int]:
    """Decode strictly with a codec the user named; return the text and the BOM bytes dropped."""
    try:
        text = data.decode(encoding)
    except LookupError:  # unknown name, or a codec that does not make text (rot13)
        raise TextDecodeError(source, f"unknown text encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise TextDecodeError(
            source, f"not valid {encoding} at byte offset {exc.start}", offset=exc.start
        ) from None
    # A BOM is a marker, never content, even when the user named the codec.
    if text.startswith("\ufeff"):
        # Codecs like "utf-16" write their own BOM on encode: count only the extra one.
        return text[1:], len("\ufeff".encode(encoding)) - len("".encode(encoding))
    return text, 0


def _decode_detected(data: bytes, source: str) -> tuple[str, str, int]:
    """Detect the encoding; return the text, the codec and the bytes skipped (BOM)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec, len(bom)
            except UnicodeDecodeError as exc:
                offset = len(bom) + exc.start
                raise TextDecodeError(
                    source, f"not valid {codec} at byte offset {offset}", offset=offset
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise TextDecodeError(source, f"looks like a binary file (NUL byte at byte offset {nul})", offset=nul)
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if not _mostly_valid_utf8(data):
        text = data.decode("cp1256")  # never fails: cp1256 maps all 256 bytes
        if _looks_arabic(text):
            return text, "cp1256", 0
    raise TextDecodeError(
        source,
        f"not valid UTF-8 at byte offset {utf8_error.start} ({_ENCODING_HINT})",
        offset=utf8_error.start,
    )


def _mostly_valid_utf8(data: bytes) -> bool:
    """Whether valid multi-byte UTF-8 characters outnumber the invalid bytes.

    Such a file is damaged UTF-8: read as Windows-1256 its Arabic would turn into
    mojibake that still passes `_looks_arabic` (UTF-8 lead bytes D8–DB are ط ظ ع غ
    in cp1256), so it must be refused with the offset of the damage instead.
    """
    lenient = data.decode("utf-8", errors="replace")
    invalid = lenient.count("\ufffd")
    valid = sum(1 for ch in lenient if ord(ch) > 0x7F) - invalid
    return valid > invalid


def _looks_arabic(text: str) -> bool:
    """Whether the text has an Arabic word and most non-ASCII characters are Arabic-block.

    The word requirement keeps a stray byte in Latin text (0xFF is ے in cp1256)
    from turning a damaged file into "Windows-1256".
    """
    if _ARABIC_WORD.search(text) is None:
        return False
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    arabic = sum(1 for ch in non_ascii if "\u0600" <= ch <= "\u06ff")
    return arabic >= _CP1256_MIN_ARABIC_SHARE * len(non_ascii)


def _reject_binary_controls(text: str, source: str, codec: str, skipped: int) -> None:
    """Raise if the decoded text holds a control character that signals binary data."""
    found = _BINARY_CONTROL.search(text)
    if found is None:
        return
    kind = "NUL byte" if found.group() == "\x00" else f"control character U+{ord(found.group()):04X}"
    # Text codecs round-trip, so re-encoding the prefix gives the byte offset the
    # user can look up in a hex viewer; an exotic codec that cannot encode gets the
    # character offset instead.
    try:
        offset = skipped + len(text[: found.start()].encode(codec))
    except (UnicodeError, LookupError):
        where = f"character {found.start()}"
        raise TextDecodeError(source, f"looks like a binary file ({kind} at {where})") from None
    raise TextDecodeError(source, f"looks like a binary file ({kind} at byte offset {offset})", offset=offset)
