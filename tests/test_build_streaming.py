"""The index build streams: postings merged batch by batch, spilled to disk past a memory
limit, and files stored as they are read. Whatever the path, the cache holds the same bytes."""

from __future__ import annotations

import sqlite3
from array import array
from pathlib import Path

import pytest

import filmtalk.index_report
import filmtalk.postings
import filmtalk.store
from filmtalk.corpus import load_corpus
from filmtalk.models import QAPair
from filmtalk.postings import PostingsBuilder, PostingsMerger, shift_ids
from filmtalk.store import cache_path
from tests.index_corpus import write_corpus


def _contents(folder: Path) -> dict[str, object]:
    """Everything the cache stores, except when it was built."""
    with sqlite3.connect(cache_path(folder)) as db:
        return {
            "files": db.execute(
                "SELECT path, size, digest, parsed_slug, slug, interview, error, first_doc,"
                " pair_count FROM files ORDER BY path"
            ).fetchall(),
            "postings": db.execute("SELECT word, data FROM postings ORDER BY word").fetchall(),
            "meta": db.execute(
                "SELECT key, value FROM meta WHERE key NOT IN"
                " ('built_ns', 'updated_ns', 'generation', 'racy') ORDER BY key"
            ).fetchall(),
        }


def _build(folder: Path) -> dict[str, object]:
    filmtalk.index_report.clear_index(folder)
    load_corpus(folder, use_cache=True)
    return _contents(folder)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "interviews"
    write_corpus(folder)
    return folder


def test_spilled_postings_give_the_same_cache(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _build(corpus_dir)
    runs: list[int] = []
    spill = filmtalk.store.IndexStore._spill_run

    def counting(store: filmtalk.store.IndexStore, run: int, postings: object) -> None:
        runs.append(run)
        spill(store, run, postings)  # type: ignore[arg-type]

    monkeypatch.setattr(filmtalk.store.IndexStore, "_spill_run", counting)
    monkeypatch.setattr(filmtalk.postings, "MERGE_MEMORY_BYTES", 1)
    monkeypatch.setattr(filmtalk.store, "BATCH_FILES", 3)
    monkeypatch.setattr(filmtalk.store, "MIN_BATCH_FILES", 1)
    assert _build(corpus_dir) == expected
    assert len(runs) > 5


def test_parallel_batches_give_the_same_cache(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _build(corpus_dir)
    monkeypatch.setattr(filmtalk.store, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(filmtalk.store, "BATCH_FILES", 5)
    monkeypatch.setattr(filmtalk.store, "MIN_BATCH_FILES", 1)
    assert _build(corpus_dir) == expected


def _pair(question: str, answer: str) -> QAPair:
    return QAPair(index=1, question=question, answer=answer)


def test_merged_batches_match_one_builder_over_all_pairs() -> None:
    pairs = [
        _pair("What is it?", "It is the sea, the sea."),
        _pair("Why the sea?", "Salt."),
        _pair("And salt?", "Salt " * 300),
        _pair("Anything else?", ""),
        _pair("", "The end, the sea."),
    ]
    whole = PostingsBuilder()
    for pair in pairs:
        whole.add(pair)
    merger = PostingsMerger()
    first = 0
    for batch in (pairs[:2], pairs[2:3], pairs[3:]):
        builder = PostingsBuilder()
        for pair in batch:
            builder.add(pair)
        merger.add(builder.packed(), first)
        first += len(batch)
    assert dict(merger.items()) == dict(sorted(whole.encoded().items()))
    # The counts stay capped at one byte across batches.
    assert whole.postings()["salt"][2].tolist() == [1, 255]


def test_shifting_ids_adds_to_each() -> None:
    ids = array("I", [0, 7, 4_000_000_000])
    shifted = array("I")
    shifted.frombytes(shift_ids(ids.tobytes(), 123))
    assert shifted.tolist() == [123, 130, 4_000_000_123]
    assert shift_ids(ids.tobytes(), 0) == ids.tobytes()


def test_ids_past_32_bits_are_refused() -> None:
    builder = PostingsBuilder()
    builder.add(_pair("Why?", "Because."))
    builder.add(_pair("How?", "Slowly."))
    with pytest.raises(OverflowError):
        PostingsMerger().add(builder.packed(), filmtalk.postings.LARGEST_ID)
    PostingsMerger().add(builder.packed(), filmtalk.postings.LARGEST_ID - 1)
