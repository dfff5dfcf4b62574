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
# A multi-byte UTF-8 character, by its shape; compiled by `re` on first use, as few pages need it.
_UTF8_CHARACTER = rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
# What a Latin-script page holds beyond ASCII: Latin-1 letters and signs, Latin Extended-A
# (Polish, Czech, Hungarian...), Romanian's comma letters, Vietnamese, typographic punctuation,
# the euro and trade mark signs.
_LATIN_PAGE_CHARACTER = "[\u00a0-\u017f\u0218-\u021b\u1e00-\u1eff\u2000-\u206f\u20ac\u2122]"


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
    mixed = _mixed_lines(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
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


def _mixed_lines(data: bytes) -> str | None:
    """A page pasted together from UTF-8 and legacy (cp1252) text, read line by line as each
    line was written; None when no line reads as UTF-8, for a plainly legacy page.

    A line is UTF-8 when its multi-byte characters are ones a Latin-script page holds (see
    _LATIN_PAGE_CHARACTER); a legacy line's accented letter before a curly quote or an
    ellipsis can make a valid UTF-8 sequence by chance ("é…" reads as a CJK character, "ß“"
    as an N'Ko letter), and those are not. A line that mixes both has its stray bytes read as
    cp1252.
    """
    texts: list[str] = []
    found_utf8 = False
    for line in data.split(b"\n"):
        utf8 = not line.isascii() and _reads_as_latin_utf8(line)
        found_utf8 = found_utf8 or utf8
        texts.append(line.decode("utf-8" if utf8 else "cp1252", errors="filmtalk-legacy"))
    return "\n".join(texts) if found_utf8 else None


def _reads_as_latin_utf8(line: bytes) -> bool:
    """Whether the line's well-formed UTF-8 sequences (one at least) are all characters of a
    Latin-script page."""
    sequences = re.findall(_UTF8_CHARACTER, line)
    if not sequences:
        return False
    for sequence in sequences:
        try:
            character = sequence.decode("utf-8")
        except UnicodeDecodeError:  # well-formed in shape only: an overlong form or surrogate
            return False
        if not re.fullmatch(_LATIN_PAGE_CHARACTER, character):
            return False
    return True


def _is_cp1252(data: bytes) -> bool:
    return not any(byte in data for byte in b"\x81\x8d\x8f\x90\x9d")
