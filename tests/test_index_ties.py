"""Pairs tied at the cut are ordered as in the corpus, with or without the cache, even when
thousands tie (the cache then looks their files up all at once) and after an edit has given a
file's pairs new, higher ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmtalk import store
from filmtalk.corpus import load_corpus

PAGE = "---\nname: {name}\n---\nQ: What did Covid change?\nA: Covid changed the schedule.\n"


def hits(folder: Path, use_cache: bool, limit: int) -> list[tuple[str, int]]:
    corpus = load_corpus(folder, use_cache=use_cache)
    found = corpus.search_index().search("covid", limit=limit)
    return [(hit.slug, hit.pair.index) for hit in found]


@pytest.fixture
def tied_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FILMTALK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "talks"
    for part in ("b-part", "a-part", "c-part"):
        (folder / part).mkdir(parents=True)
        for number in range(30):
            name = f"Person {part[0].upper()} {number:02d}"
            (folder / part / f"{number:02d}.txt").write_text(
                PAGE.format(name=name), encoding="utf-8"
            )
    return folder


@pytest.mark.parametrize("limit", [1, 5, 80])
def test_many_ties_break_in_corpus_order(tied_corpus: Path, limit: int) -> None:
    expected = hits(tied_corpus, use_cache=False, limit=limit)
    assert expected[0][0] == "person-a-00"
    assert hits(tied_corpus, use_cache=True, limit=limit) == expected


def test_the_bulk_lookup_is_the_one_used(
    tied_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "MANY_TIES", 10)
    expected = hits(tied_corpus, use_cache=False, limit=3)
    assert hits(tied_corpus, use_cache=True, limit=3) == expected
    monkeypatch.setattr(store, "MANY_TIES", 10_000)
    assert hits(tied_corpus, use_cache=True, limit=3) == expected


def test_ties_after_an_edit_still_follow_the_corpus(tied_corpus: Path) -> None:
    hits(tied_corpus, use_cache=True, limit=1)  # build the cache
    first = tied_corpus / "a-part" / "00.txt"
    # Same words, other bytes: re-read, its pair gets a new id after every other pair's.
    first.write_text(PAGE.format(name="Person A 00") + "\n", encoding="utf-8")
    expected = hits(tied_corpus, use_cache=False, limit=2)
    assert expected == [("person-a-00", 1), ("person-a-01", 1)]
    assert hits(tied_corpus, use_cache=True, limit=2) == expected
