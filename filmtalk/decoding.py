"""Bytes of a saved page -> text, whatever encoding the browser or the site used."""

from __future__ import annotations

import codecs
import functools
import re

from filmtalk.errors import FilmtalkError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes a text file never holds: C0 controls other than tab, newline, form feed and CR.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HIGH_BYTES = bytes(range(128, 256))
# A well-formed multi-byte UTF-8 character (a legacy page rarely holds one by chance); compiled
# by `re` on first use, as few pages need it.
_UTF8_CHARACTER = rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"


@functools.cache
def _legacy_characters() -> list[str]:
    """Each byte read as cp1252, or as Latin-1 where cp1252 leaves it undefined."""
    return [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)]


def _legacy_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as cp1252 instead."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    characters = _legacy_characters()
    stray = error.object[error.start : error.end]
    return "".join(characters[byte] for byte in stray), error.end


codecs.register_error("filmtalk-legacy", _legacy_bytes)


def decode_bytes(data: bytes) -> str:
    """Decode a text file: a BOM wins, then UTF-8 (with any stray legacy bytes read as cp1252),
    then the legacy Windows/Latin-1 encodings.

    Raises FilmtalkError for data that is not text at all (binary data, or a broken BOM file).
    """
    return decode_text(data)[0]


def decode_text(data: bytes) -> tuple[str, str]:
    """(the text, the name of the encoding it was read with); see decode_bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as error:
                raise FilmtalkError(f"not valid {encoding.upper()} text ({error.reason})") from None
    unmarked = _utf16_without_bom(data)
    if unmarked:
        return unmarked
    if b"\x00" in data or _mostly_control_bytes(data[:65536]):
        raise FilmtalkError("binary data, not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # Text pasted together from a UTF-8 page and a legacy one: each part as it was written.
        return data.decode("utf-8", errors="filmtalk-legacy"), "utf-8+cp1252"
    # A legacy single-byte page: cp1252 is what browsers assume for "Latin-1" and it decodes
    # curly quotes; the five bytes it leaves undefined mean the page was real Latin-1.
    if _is_cp1252(data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: in Latin-script text every other byte is NUL."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    for zeros_at, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        zeros = sample[zeros_at::2].count(0)
        others = sample[1 - zeros_at :: 2].count(0)
        if zeros >= 0.7 * half and others <= 0.05 * half:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _mostly_control_bytes(sample: bytes) -> bool:
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) // 10


def _mostly_utf8(data: bytes) -> bool:
    """Whether a page that is not valid UTF-8 still holds UTF-8 characters, more than by chance.

    A legacy page can hold a byte pair that reads as UTF-8 ("Ã©" is "é"), but next to many
    stray bytes; a UTF-8 page with a few legacy bytes holds far more UTF-8 characters.
    """
    characters = re.findall(_UTF8_CHARACTER, data)
    if not characters:
        return False
    stray = len(data) - len(data.translate(None, _HIGH_BYTES)) - sum(map(len, characters))
    return stray <= 4 * len(characters)


def _is_cp1252(data: bytes) -> bool:
    return not any(byte in data for byte in b"\x81\x8d\x8f\x90\x9d")
