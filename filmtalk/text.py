"""Text helpers shared by the parser and the search index: cleaning untrusted text, folding
case and accents, splitting into words, and making slugs. No I/O, no Typer, no Rich."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Whole terminal escape sequences first (CSI, OSC, DCS/APC/PM/SOS), then any lone ESC and
# every other control character but tab and newline: scraped text must not be able to
# recolour, clear or retitle the terminal, or write the clipboard (OSC 52).
# Patterns are kept as source text and compiled on first use (re caches them): a warm search
# only splits words, and compiling the cleaning patterns up front cost every command ~2 ms.
_ESCAPE_SEQUENCES = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks, clipboard
    r"|\x1b[P^_X][^\x1b\x07]*(?:\x1b\\|\x07)?"  # DCS, PM, APC, SOS
    r"|\x9b[0-?]*[ -/]*[@-~]"  # C1 CSI
    r"|\x9d[^\x07\x9c]*(?:\x07|\x9c)?"  # C1 OSC
)
_CONTROL_CHARS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]"
_SPACE_LIKE = r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# A form feed or vertical tab (a PDF's page break, copied) breaks the line too.
_LINE_BREAKS = r"\r\n?|[\u2028\u2029\x85\x0b\x0c]"
_LINE_BREAK_MARKS = "\r\u2028\u2029\x85\x0b\x0c"


def clean_text(raw: str) -> str:
    """Normalise line endings to LF and strip escape sequences and control characters."""
    text = raw
    # Each pattern runs only when a character it looks for is there at all: most pages have
    # no CR or escape, and the substitutions cost a third of a millisecond a page for nothing.
    if any(mark in text for mark in _LINE_BREAK_MARKS):
        text = re.sub(_LINE_BREAKS, "\n", text)
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = re.sub(_ESCAPE_SEQUENCES, "", text)
    # Every character the two patterns below look for is unprintable (a control, format or
    # space-separator character): a page whose lines are all printable skips both scans,
    # a third of their cost.
    if not text.replace("\n", "").isprintable():
        text = re.sub(_CONTROL_CHARS, "", re.sub(_SPACE_LIKE, " ", text))
    # NFC so that "é" typed as e + combining accent is one letter for the tokenizer.
    return unicodedata.normalize("NFC", text)


_COMBINING_MARKS = r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"


def _is_latin(char: str) -> bool:
    code = ord(char)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0x2C60 <= code <= 0x2C7F


_NON_ASCII = r"[^\x00-\x7f]"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # Latin letters NFKD cannot split (ł, ø, æ, ß, đ) are transliterated; other scripts are kept,
    # so Chinese or Greek text stays searchable in its own script.
    if not _is_latin(char):
        return char
    from anyascii import anyascii

    return anyascii(char).lower() or char


def fold(text: str) -> str:
    """Casefold and strip accents: "Méliès" and "MELIES" both become "melies"."""
    if text.isascii():
        return text.lower()
    decomposed = re.sub(_COMBINING_MARKS, "", unicodedata.normalize("NFKD", text)).casefold()
    if decomposed.isascii():
        return decomposed
    # Only the characters left outside ASCII need a look (one curly quote in a long paragraph).
    return re.sub(_NON_ASCII, lambda found: _fold_char(found.group()), decomposed)


_WORD = re.compile(r"\w+")
# For ASCII text, \w is [A-Za-z0-9_]: blanking every other character and splitting gives the
# same words as the regex, twice as fast (it matters when indexing thousands of interviews).
_ASCII_NON_WORD = str.maketrans(
    {chr(code): " " for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")}
)


def words(text: str) -> list[str]:
    """The folded words of a text, in order; the one tokenizer for documents and queries."""
    folded = fold(text)
    if folded.isascii():
        return folded.translate(_ASCII_NON_WORD).split()
    return _WORD.findall(folded)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word of `text`, with offsets into `text` itself."""
    if text.isascii():
        # Folding ASCII is lowercasing, which keeps every offset: fold the text once.
        lowered = text.lower()
        return [(m.start(), m.end(), lowered[m.start() : m.end()]) for m in _WORD.finditer(text)]
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


_APOSTROPHES = r"(?<=\w)['’ʻʼ`´](?=\w)"
_PARENTHESES = r"\s*[(（]([^()（）]*)[)）]"


def _to_ascii(text: str) -> str:
    if text.isascii():
        return text  # the common case, without loading anyascii's tables (slow start-up)
    from anyascii import anyascii

    return anyascii(text)


def slugify(name: str) -> str:
    """A readable ASCII slug: "Chloë Åberg" -> "chloe-aberg", "Łukasz" -> "lukasz",
    "Kaʻiulani" -> "kaiulani", "Wu Lan (吴岚)" -> "wu-lan"."""
    name = re.sub(_APOSTROPHES, "", unicodedata.normalize("NFC", name))
    # A name written again in another script, in brackets, would only repeat itself.
    bare = re.sub(_PARENTHESES, "", name)
    for written_again in re.findall(_PARENTHESES, name):
        if _letters(_to_ascii(written_again)) == _letters(_to_ascii(bare)):
            name = bare
    ascii_name = re.sub(_APOSTROPHES, "", _to_ascii(name))
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name.lower()))


def _letters(text: str) -> str:
    return "".join(re.findall(r"[a-z0-9]+", text.lower()))
