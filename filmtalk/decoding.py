"""Bytes of a saved page -> text, whatever encoding the browser or the site used."""

from __future__ import annotations

import codecs

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


def decode_bytes(data: bytes) -> str:
    """Decode a text file: a BOM wins, then UTF-8, then the legacy Windows/Latin-1 encodings.

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


def _is_cp1252(data: bytes) -> bool:
    return not any(byte in data for byte in b"\x81\x8d\x8f\x90\x9d")
