"""Search ranking on the bundled corpus, and the index's rules on small hand-made interviews."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmtalk.corpus import bundled_corpus_dir, load_corpus
from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview, QAPair
from filmtalk.search import SearchIndex, allowed_typos, make_snippet

INDEX = SearchIndex.build(load_corpus(bundled_corpus_dir()).interviews)


def top(query: str, count: int = 1) -> list[tuple[str, int]]:
    return [(hit.slug, hit.pair.index) for hit in INDEX.search(query, limit=count)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("covid", ("jinsui-song", 4)),
        ("COVID", ("jinsui-song", 4)),
        ("tarkovksy", ("jiuxun-jin", 4)),  # transposed letters
        ("inspiraton", ("ashley-chin-chin-ip", 8)),  # a letter missing
        ("shenzen", ("jinsui-song", 1)),  # a letter missing in a 7-letter word
        ("Bong Joon Ho", ("ashley-chin-chin-ip", 7)),
        ("favorite directors", ("jiuxun-jin", 4)),
        ("Melies", ("jiuxun-jin", 4)),  # accents folded: Méliès
        ("svankmajer", ("jiuxun-jin", 4)),  # Švankmajer
        ("next project", ("jiuxun-jin", 9)),
        ("calligraphy", ("ashley-chin-chin-ip", 1)),
    ],
)
def test_the_right_pair_comes_first(query: str, expected: tuple[str, int]) -> None:
    assert top(query) == [expected]


def test_typo_budget_follows_meilisearch() -> None:
    assert [allowed_typos(w) for w in ["film", "crisis", "cinematic", "a"]] == [0, 1, 2, 0]


def interview(slug: str, *pairs: tuple[str, str]) -> Interview:
    return Interview(
        slug=slug,
        name=slug.title(),
        title=slug,
        intro="",
        pairs=tuple(QAPair(i + 1, q, a) for i, (q, a) in enumerate(pairs)),
        path=f"{slug}.txt",
    )


SMALL = SearchIndex.build(
    [
        interview("exact", ("What about editing?", "I love the montage of old films.")),
        interview("typo", ("What about editing?", "I love the montaje of old films.")),
        interview("question", ("Tell us about your montage.", "It took years.")),
        interview("short", ("Four?", "Film film film.")),
    ]
)


def test_exact_match_outranks_a_typo_match() -> None:
    slugs = [hit.slug for hit in SMALL.search("montage", field="answer")]
    assert slugs == ["exact", "typo"]


def test_question_match_weighs_more_than_an_answer_match() -> None:
    assert SMALL.search("montage")[0].slug == "question"


def test_short_words_allow_no_typo_but_the_last_word_is_a_prefix() -> None:
    assert SMALL.search("fílm")[0].slug == "short"
    assert [hit.slug for hit in SMALL.search("flim")] == []
    assert {hit.slug for hit in SMALL.search("mont")} == {"exact", "typo", "question"}


def test_a_typo_on_the_first_letter_costs_two() -> None:
    # "nontage" is one substitution away from "montage", but on the first letter.
    assert SMALL.search("nontage") == []


def test_pairs_matching_more_query_words_rank_first() -> None:
    index = SearchIndex.build(
        [
            interview("both", ("Q?", "Old films and new music.")),
            interview("one", ("Q?", "Music music music music, always music.")),
        ]
    )
    assert [hit.slug for hit in index.search("films music")] == ["both", "one"]


def test_who_restricts_the_search() -> None:
    assert [hit.slug for hit in SMALL.search("editing", slugs=["typo"])] == ["typo"]


def test_empty_query_is_refused() -> None:
    with pytest.raises(FilmtalkError):
        SMALL.search(" ?! ")


def test_snippet_centres_on_the_match_and_marks_it() -> None:
    text = " ".join(f"word{i}" for i in range(100)) + " Tarkovsky " + " ".join(["tail"] * 50)
    snippet = make_snippet(text, {"tarkovsky"})
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert [snippet.text[s.start : s.end] for s in snippet.highlights] == ["Tarkovsky"]


def test_snippet_of_a_short_answer_is_the_whole_answer() -> None:
    snippet = make_snippet("Short answer,\n\nin two paragraphs.", {"short"})
    assert snippet.text == "Short answer, in two paragraphs."
    assert [snippet.text[s.start : s.end] for s in snippet.highlights] == ["Short"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_search_never_raises_on_any_query(query: str) -> None:
    try:
        hits = INDEX.search(query)
    except FilmtalkError:
        return
    assert all(hit.score > 0 for hit in hits)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(), st.text()), max_size=4), st.text(min_size=1))
def test_any_index_answers_any_query(pairs: list[tuple[str, str]], query: str) -> None:
    index = SearchIndex.build([interview("x", *pairs)])
    with contextlib.suppress(FilmtalkError):
        index.search(query, limit=3)
