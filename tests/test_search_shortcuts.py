"""The search's shortcuts give exactly what the plain way gives.

Two shortcuts keep a search fast on a big corpus: typo candidates are measured only among the
words that share the term's first letter (plus a few spellings looked up directly), and a
one-term query scores only each word's contenders, not every pair that holds it. Both are
checked here against the plain computation, on random vocabularies and corpora.
"""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from filmtalk import search as search_module
from filmtalk.corpus import load_corpus
from filmtalk.models import Interview, QAPair
from filmtalk.search import MemorySource, SearchIndex, allowed_typos, contenders, typo_matches
from filmtalk.store import StoreSource

# Folding leaves these as they are (a Cyrillic letter stands for any non-ASCII one).
LETTERS = "abcdeжz"


def brute_force_typos(term: str, vocabulary: set[str]) -> dict[str, int]:
    """Every word within the budget, measured one by one (a wrong first letter costs two)."""
    budget = allowed_typos(term)
    found = {}
    for word in vocabulary:
        typos = DamerauLevenshtein.distance(term, word) + (word[:1] != term[:1])
        if 0 < typos <= budget:
            found[word] = typos
    return found


def interview(slug: str, pairs: list[tuple[str, str]]) -> Interview:
    return Interview(
        slug=slug,
        name=slug.title(),
        title="",
        intro="",
        pairs=tuple(QAPair(i, q, a) for i, (q, a) in enumerate(pairs, start=1)),
        path=f"{slug}.txt",
    )


def source_of(words: set[str]) -> MemorySource:
    return MemorySource([interview("x", [("", " ".join(sorted(words)))])])


@settings(max_examples=300, deadline=None)
@given(
    term=st.text(alphabet=LETTERS, min_size=5, max_size=11),
    vocabulary=st.sets(st.text(alphabet=LETTERS, min_size=1, max_size=12), max_size=60),
)
def test_typo_candidates_match_measuring_every_word(term: str, vocabulary: set[str]) -> None:
    # Near misses of the term itself, so that most examples have typo matches to find.
    near = {term[1:], term[:-1], "z" + term[1:], term[1] + term[0] + term[2:], "a" + term}
    words = vocabulary | near
    assert typo_matches(term, source_of(words)) == brute_force_typos(term, words)


def test_a_wrong_first_letter_needs_a_long_word() -> None:
    words = {"bovid", "covid", "covic", "acovid", "ovid", "bcovidx", "xovidxxxx", "covidxxxx"}
    assert typo_matches("covid", source_of(words)) == {"covic": 1}
    long_words = {"zinematic", "cinematix", "inematics", "icnematic", "acinematic", "cinematic"}
    assert typo_matches("cinematic", source_of(long_words)) == {
        "zinematic": 2,
        "cinematix": 1,
        "icnematic": 2,
        "acinematic": 2,
    }


def test_contenders_keep_the_shortest_fields_and_every_tie() -> None:
    docs = array("I", range(8))
    in_question = array("B", [0, 0, 0, 0, 0, 0, 1, 2])
    in_answer = array("B", [1, 1, 1, 1, 2, 1, 1, 0])
    answer_lengths = [9, 3, 5, 3, 40, 8, 50, 10]
    question_lengths = [5] * 8
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_module, "CONTENDERS_MIN_POSTINGS", 0)
        kept = contenders((docs, in_question, in_answer), 2, (question_lengths, answer_lengths))
    entries = set(zip(*kept, strict=True))
    # Answer once: the two shortest answers (3 and 3); docs 0, 2 and 5 are longer and doc 6,
    # in both fields, is kept whole anyway. Answer twice: doc 4 alone. Question: doc 7 (and
    # doc 6, also ranked on its question alone, below its whole entry).
    assert {doc for doc, _q, _a in entries} == {1, 3, 4, 6, 7}
    assert {(1, 0, 1), (3, 0, 1), (4, 0, 2), (6, 1, 1), (7, 2, 0)} <= entries


pair_text = st.lists(st.sampled_from(["story", "stories", "store", "film", "a", "b"]), max_size=9)


@settings(max_examples=150, deadline=None)
@given(
    corpus=st.lists(
        st.lists(st.tuples(pair_text, pair_text), min_size=1, max_size=6), min_size=1, max_size=8
    ),
    query=st.sampled_from(["story", "stor", "film", "stories", "storry"]),
    limit=st.integers(min_value=0, max_value=6),
    field=st.sampled_from(["all", "question", "answer"]),
)
def test_scoring_only_contenders_ranks_like_scoring_every_pair(
    corpus: list[list[tuple[list[str], list[str]]]],
    query: str,
    limit: int,
    field: search_module.Field,
) -> None:
    interviews = [
        interview(f"p{number}", [(" ".join(q), " ".join(a)) for q, a in pairs])
        for number, pairs in enumerate(corpus)
    ]
    index = SearchIndex.build(interviews)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_module, "contenders", lambda postings, _limit, _lengths: postings)
        every_pair = index.search(query, limit=limit, field=field)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_module, "CONTENDERS_MIN_POSTINGS", 0)
        shortcut = index.search(query, limit=limit, field=field)
    assert shortcut == every_pair


def test_the_cache_finds_the_same_typo_candidates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The on-disk index answers the same lookups from SQLite (ranges, GLOB, IN, and the skip
    from one first letter to the next)."""
    monkeypatch.setenv("FILMTALK_CACHE_DIR", str(tmp_path / "cache"))
    chooser = random.Random(7)
    vocabulary = {
        "".join(chooser.choice("abcdeжz") for _ in range(chooser.randint(3, 11)))
        for _ in range(3000)
    }
    # Long words and their near misses that change the first letter (a budget of two).
    long_terms = sorted(word for word in vocabulary if len(word) >= 9)[:40]
    vocabulary |= {
        miss
        for term in long_terms
        for miss in ("ж" + term[1:], term[1] + term[0] + term[2:], "a" + term, term[1:])
    }
    folder = tmp_path / "talks"
    folder.mkdir()
    ordered = sorted(vocabulary)
    for number in range(0, len(ordered), 300):
        text = " ".join(ordered[number : number + 300])
        (folder / f"{number:05d}.txt").write_text(f"Q: What?\nA: {text}\n", encoding="utf-8")
    corpus = load_corpus(folder, use_cache=True)
    source = corpus.search_index()._source
    assert isinstance(source, StoreSource)
    terms = [word for word in ordered if len(word) >= 5][:150] + long_terms
    terms += ["".join(chooser.choice("abcdeжz") for _ in range(n)) for n in range(5, 12)] * 5
    with source.snapshot():
        assert source.initials() == sorted({word[0] for word in ordered} | {"w"})  # "what"
        for term in terms:
            assert typo_matches(term, source) == brute_force_typos(term, vocabulary), term
        # A wrong first letter found in the cache, as in memory.
        assert any(
            typos == 2 for term in long_terms for typos in typo_matches(term, source).values()
        )
