"""The build's shortcuts compute exactly what the plain code they replaced did."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filmtalk import chrome, text
from filmtalk.models import QAPair
from filmtalk.postings import MAX_COUNT, PostingsBuilder
from filmtalk.store import BATCH_FILES, MIN_BATCH_FILES, _batches
from filmtalk.text import clean_text, words


def test_every_character_clean_text_replaces_or_drops_is_unprintable() -> None:
    # clean_text skips both substitutions on printable text: exact only if this holds.
    every = "".join(map(chr, range(0x110000)))
    found = re.findall(text._SPACE_LIKE, every) + re.findall(text._CONTROL_CHARS, every)
    assert len(found) > 60
    assert not [char for char in found if char.isprintable()]


def test_clean_text_still_replaces_spaces_and_drops_controls() -> None:
    assert clean_text("a\u00a0b\u200bc\td\x07e\n\u3000f") == "a bc de\n f"
    assert clean_text("plain “text”\nhere") == "plain “text”\nhere"


def _reference(pairs: list[QAPair]) -> dict[str, list[int]]:
    """The plain loop the builder's map() calls replaced."""
    lists: dict[str, list[int]] = {}
    for doc, pair in enumerate(pairs):
        question, answer = Counter(words(pair.question)), Counter(words(pair.answer))
        for word, count in answer.items():
            entry = [doc, min(question.get(word, 0), MAX_COUNT), min(count, MAX_COUNT)]
            lists.setdefault(word, []).extend(entry)
        for word, count in question.items():
            if word not in answer:
                lists.setdefault(word, []).extend([doc, min(count, MAX_COUNT), 0])
    return lists


_TEXT = st.lists(st.sampled_from(["sea", "Salt", "é", "film", "the", "?"]), max_size=12).map(
    " ".join
)


_MANY = st.sampled_from([0, 1, 255, 256, 300])


@given(st.lists(st.tuples(_TEXT, _TEXT, _MANY, _MANY), max_size=6))
def test_the_builder_gives_the_plain_loops_postings_in_the_same_order(
    texts: list[tuple[str, str, int, int]],
) -> None:
    # Counts past one byte in either field, and words only the question holds.
    pairs = [
        QAPair(index=i, question=q + " sea" * in_question, answer=a + " salt" * in_answer)
        for i, (q, a, in_question, in_answer) in enumerate(texts, start=1)
    ]
    builder = PostingsBuilder()
    for pair in pairs:
        builder.add(pair)
    expected = _reference(pairs)
    assert list(builder.lists) == list(expected)
    assert dict(builder.lists) == expected


def _whole(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern with the alternatives of all of them, as _CHROME_PATTERN was."""
    return re.compile("|".join(p.pattern for p in patterns))


_CHROME_LIKE = st.lists(
    st.sampled_from(
        ["by", " ", "the", "editors", "·", "•", "|", "12", "3", "min", "read", "oct", "2024", ","]
    ),
    max_size=14,
).map("".join)


@given(_CHROME_LIKE)
def test_chrome_patterns_split_in_two_match_what_the_one_pattern_did(line: str) -> None:
    whole = _whole(chrome._CHROME_PATTERN, chrome._CHROME_PATTERN_SEPARATED)
    split = bool(chrome._CHROME_PATTERN.match(line)) or (
        chrome._has_separator(line) and bool(chrome._CHROME_PATTERN_SEPARATED.match(line))
    )
    assert split == bool(whole.match(line))


def test_the_separated_chrome_patterns_still_match() -> None:
    assert chrome.is_chrome("By the Editors · 12 min read")
    assert chrome.is_chrome("**Reel Notes** · Oct 3, 2024")
    assert not chrome.is_chrome("We met on Oct 3, 2024 and read for 12 min · then left.")


@pytest.mark.parametrize("count", [0, 1, 49, 400, 2_345, 10_000])
def test_batches_cover_every_file_in_order_and_shrink_towards_the_end(count: int) -> None:
    stats = [(f"/c/{number:05}.txt", 1, 1) for number in range(count)]
    batches = list(_batches(stats, 2))
    assert [stat for batch in batches for stat in batch] == stats
    sizes = [len(batch) for batch in batches]
    assert all(0 < size <= BATCH_FILES for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    if count == 10_000:
        assert sizes[0] == BATCH_FILES and sizes[-2] == MIN_BATCH_FILES
