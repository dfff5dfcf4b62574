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


def decode_bytes(data: bytes) -> str:
    """Decode a text file: a BOM wins, then UTF-8, then the legacy Windows/Latin-1 encodings.

    Raises FilmtalkError for data that is not text at all (NUL bytes without a UTF-16/32 BOM).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise FilmtalkError(f"not valid {encoding.upper()} text ({error.reason})") from None
    if b"\x00" in data[:8192]:
        raise FilmtalkError("binary data, not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # A legacy single-byte page: cp1252 is what browsers assume for "Latin-1" and it decodes
    # curly quotes; the five bytes it leaves undefined fall back to Latin-1.
    return data.decode("cp1252", errors="ignore") if _is_cp1252(data) else data.decode("latin-1")


def _is_cp1252(data: bytes) -> bool:
    return not any(byte in data for byte in b"\x81\x8d\x8f\x90\x9d")
