"""clean_text skips a pattern when none of the characters it looks for is in the text; the
result must be what running every pattern gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from filmtalk import text as text_module
from filmtalk.text import clean_text


def every_pattern(raw: str) -> str:
    cleaned = re.sub(text_module._LINE_BREAKS, "\n", raw)
    cleaned = re.sub(text_module._ESCAPE_SEQUENCES, "", cleaned)
    cleaned = re.sub(text_module._SPACE_LIKE, " ", cleaned)
    return unicodedata.normalize("NFC", re.sub(text_module._CONTROL_CHARS, "", cleaned))


# Plain letters, and every character one of the patterns looks for.
SPECIAL = "\r\n\t\x0b\x0c\x85\u2028\u2029\x1b\x9b\x9d\x07\x9c[]0;m\\\u00a0\u200b\ufeffé\u0301"


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(list(SPECIAL) + list("ab Q:?"))))
def test_skipping_absent_patterns_changes_nothing(raw: str) -> None:
    assert clean_text(raw) == every_pattern(raw)


@given(st.text())
def test_any_text_is_cleaned_as_by_every_pattern(raw: str) -> None:
    assert clean_text(raw) == every_pattern(raw)


def test_a_windows_page_with_colours_is_cleaned() -> None:
    raw = "Q: Why?\r\nA: \x1b[31mBecause\x1b[0m.\r\n"
    assert clean_text(raw) == "Q: Why?\nA: Because.\n"
