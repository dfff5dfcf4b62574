"""The pull-quote search has two ways to the same answer (a string search for ordinary pages,
a word-by-word search for huge ones): they must agree on every page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from filmtalk.parsing import (
    _QUOTE_WORDS,
    _quote_core,
    _quote_words,
    _repeated_cores,
    _repeated_in_text,
    _repeated_in_words,
    _spaced_words,
    _Unit,
    parse_interview,
)

# Few words, so that paragraphs repeat each other's stretches; quote marks and brackets,
# which the comparison ignores; lengths around the six-word opening the word search uses.
_WORD = st.sampled_from(["the", "sea", "salt", "we", "shot", "“it", "night”", '"', "(", "a"])
_PARAGRAPH = st.lists(_WORD, min_size=1, max_size=16).map(" ".join)


def _both(texts: list[str]) -> tuple[set[str], set[str]]:
    cores = [_quote_core(text) for text in texts]
    spaced_of = {core: _spaced_words(core) for core in dict.fromkeys(cores)}
    words_of = {core: tuple(_quote_words(core)) for core in spaced_of}
    candidates = {core for core in cores if words_of[core]}
    spaced = list(dict.fromkeys(spaced_of.values()))
    return (
        _repeated_in_text(candidates, spaced_of, spaced),
        _repeated_in_words(candidates, words_of),
    )


@settings(max_examples=400)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=12))
def test_the_string_search_agrees_with_the_word_search(texts: list[str]) -> None:
    by_text, by_words = _both(texts)
    assert by_text == by_words


def test_a_short_quote_counts_only_at_the_end_of_a_longer_paragraph() -> None:
    # Fewer words than the opening: found at a paragraph's end, as the word search finds it.
    assert _QUOTE_WORDS == 6
    assert _both(["we shot at night", "and then we shot at night"]) == (
        {"we shot at night"},
        {"we shot at night"},
    )
    assert _both(["we shot at night", "we shot at night and day"]) == (set(), set())


def test_a_pull_quote_is_found_in_a_page_with_few_candidates() -> None:
    quote = "“The salt flats were white for fifty miles and we shot at night”"
    body = "Then? The salt flats were white for fifty miles and we shot at night and slept."
    units = [_Unit(quote, True), _Unit(body, True)]
    assert _repeated_cores([_quote_core(quote), _quote_core(body)], units) == {_quote_core(quote)}


def test_a_paragraph_of_only_quote_marks_does_not_crash_the_parser() -> None:
    page = "Jane Doe on Blue Hour\n\nWhat do you think?\n\n" + "( ) " * 10 + "\n\nI think so."
    interview = parse_interview(page)
    assert interview.pairs[0].question == "What do you think?"


def test_quote_marks_are_dropped_from_the_words() -> None:
    assert _quote_words("“the (sea)” isn't «far»") == ["the", "sea", "isnt", "far"]


@given(_PARAGRAPH)
def test_the_spaced_words_are_the_quote_words(text: str) -> None:
    core = _quote_core(text)
    assert _spaced_words(core) == " ".join(_quote_words(core))
