"""The chrome step's quick first look must never rule out a line its full test would find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from filmtalk.chrome import (
    _CHROME_INSIDE_HINTS,
    _CHROME_INSIDE_WORDS,
    _MENTIONS_CHROME_INSIDE,
    _mentions_chrome_inside,
)


def test_every_word_needed_holds_a_hint() -> None:
    for word in _CHROME_INSIDE_WORDS:
        assert any(hint in word for hint in _CHROME_INSIDE_HINTS), word


@given(st.lists(st.sampled_from([*_CHROME_INSIDE_WORDS, " ", "a", "é", "photo", "co", "de"])))
def test_the_hints_agree_with_the_regex(parts: list[str]) -> None:
    line = "".join(parts)
    assert _mentions_chrome_inside(line) == bool(_MENTIONS_CHROME_INSIDE.search(line))


def test_a_line_without_hints_is_not_searched() -> None:
    assert not _mentions_chrome_inside("we shot the film in the desert over two winters")
    assert _mentions_chrome_inside("this site uses cookies to improve your experience")
