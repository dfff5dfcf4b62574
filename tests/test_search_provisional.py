"""A search started before the folder is listed (filmtalk.corpus.load_and_compute): it runs on
the cache as it stands while the prefetch helper lists the folder, and counts only if the
listing shows the cache was current; otherwise it runs again on the updated cache."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from filmtalk import prefetch
from filmtalk.corpus import Corpus, find_interview, load_and_compute, load_corpus
from filmtalk.errors import FilmtalkError
from filmtalk.store import cache_path
from tests.index_corpus import write_corpus


class Probe:
    """A computation that records each run and whether the folder was still being listed."""

    def __init__(self, folder: Path, query: str = "covid") -> None:
        self.folder = folder
        self.query = query
        self.runs: list[bool] = []

    def __call__(self, corpus: Corpus) -> list[tuple[str, int]]:
        self.runs.append(prefetch.pending(str(self.folder)))
        hits = corpus.search_index().search(self.query, limit=20)
        return [(hit.slug, hit.pair.index) for hit in hits]


def fresh_results(folder: Path, query: str = "covid") -> list[tuple[str, int]]:
    hits = load_corpus(folder).search_index().search(query, limit=20)
    return [(hit.slug, hit.pair.index) for hit in hits]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "interviews"
    write_corpus(corpus)
    for path in corpus.rglob("*"):
        settle(path)
    load_corpus(corpus, use_cache=True)  # the cache, built and current
    return corpus


def settle(path: Path) -> None:
    """Date a file a day back: a file changed in the last seconds is re-hashed by every
    command (store.RACY_NS), and such a cache is checked before it is used."""
    os.utime(path, ns=(path.stat().st_mtime_ns - 86_400 * 10**9,) * 2)


def add_interview(folder: Path, name: str, answer: str) -> None:
    path = folder / f"{name}.txt"
    path.write_text(
        f"{name.title()} interviewed\n\nQ: What happened during covid?\nA: {answer}\n",
        encoding="utf-8",
    )
    settle(path)


def test_with_a_current_cache_the_search_runs_once_while_the_folder_is_listed(
    folder: Path,
) -> None:
    probe = Probe(folder)
    prefetch.start(str(folder))
    corpus, found = load_and_compute(folder, probe, use_cache=True)
    assert probe.runs == [True]  # ran before the listing was collected
    assert not prefetch.pending(str(folder))  # and the listing was collected to check it
    assert found == fresh_results(folder)
    assert corpus._store is not None


def test_a_folder_changed_since_the_cache_gets_the_search_again(folder: Path) -> None:
    add_interview(folder, "zoe covid", "Covid covid covid stopped the covid shoot.")
    probe = Probe(folder)
    prefetch.start(str(folder))
    _corpus, found = load_and_compute(folder, probe, use_cache=True)
    assert probe.runs == [True, False]
    assert found == fresh_results(folder)
    assert found[0][0] == "zoe-covid"
    # The cache was brought up to date: the next search needs one run.
    again = Probe(folder)
    prefetch.start(str(folder))
    assert load_and_compute(folder, again, use_cache=True)[1] == found
    assert again.runs == [True]


def test_a_file_edited_in_place_is_seen(folder: Path) -> None:
    first = sorted(folder.rglob("*.txt"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text + "\nQ: And covid?\nA: Covid covid covid covid.\n", encoding="utf-8")
    os.utime(first, ns=(1, 1))  # an mtime older than the cache: only size and mtime tell
    probe = Probe(folder)
    prefetch.start(str(folder))
    assert load_and_compute(folder, probe, use_cache=True)[1] == fresh_results(folder)
    assert probe.runs == [True, False]


def test_an_error_counts_only_once_the_cache_is_known_current(folder: Path) -> None:
    def who(name: str) -> Callable[[Corpus], str]:
        return lambda corpus: find_interview(corpus, name).slug

    prefetch.start(str(folder))
    with pytest.raises(FilmtalkError, match="no interview matches 'nadia newcomer'"):
        load_and_compute(folder, who("nadia newcomer"), use_cache=True)
    # Added since the cache was made: the provisional run does not know her; the second does.
    add_interview(folder, "nadia newcomer", "We waited.")
    prefetch.start(str(folder))
    _corpus, slug = load_and_compute(folder, who("nadia newcomer"), use_cache=True)
    assert slug == "nadia-newcomer"


def test_another_filmtalk_updating_the_cache_meanwhile_means_a_second_run(folder: Path) -> None:
    probe = Probe(folder)

    def update_meanwhile(corpus: Corpus) -> list[tuple[str, int]]:
        found = probe(corpus)
        if len(probe.runs) == 1:  # as if another process had just finished an update
            with sqlite3.connect(cache_path(folder)) as db:
                db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
        return found

    prefetch.start(str(folder))
    assert load_and_compute(folder, update_meanwhile, use_cache=True)[1] == fresh_results(folder)
    assert probe.runs == [True, False]


@pytest.mark.parametrize("cache", ["missing", "foreign", "racy"])
def test_a_cache_that_cannot_serve_as_it_stands_is_not_used_before_the_listing(
    folder: Path, cache: str
) -> None:
    path = cache_path(folder)
    if cache == "missing":
        path.unlink()
    elif cache == "foreign":
        path.write_bytes(b"not a database at all" * 100)
    else:
        with sqlite3.connect(path) as db:
            db.execute("UPDATE meta SET value = '[\"x\"]' WHERE key = 'racy'")
    probe = Probe(folder)
    prefetch.start(str(folder))
    assert load_and_compute(folder, probe, use_cache=True)[1] == fresh_results(folder)
    assert probe.runs == [False]  # listed (and the cache rebuilt or checked) first


def test_without_a_helper_or_without_the_cache_the_search_runs_after_the_listing(
    folder: Path,
) -> None:
    probe = Probe(folder)
    assert load_and_compute(folder, probe, use_cache=True)[1] == fresh_results(folder)
    prefetch.start(str(folder))
    assert load_and_compute(folder, probe, use_cache=False)[1] == fresh_results(folder)
    assert probe.runs == [False, False]
    prefetch.collect(str(folder))


def test_the_program_finds_a_file_added_since_its_last_search(folder: Path) -> None:
    def launched_search() -> list[str]:
        command = [sys.executable, "-m", "filmtalk", "--corpus", str(folder)]
        ran = subprocess.run(
            [*command, "search", "covid", "--json", "-n", "3"],
            capture_output=True,
            text=True,
            check=True,
        )
        return [hit["slug"] for hit in json.loads(ran.stdout)]

    before = launched_search()
    add_interview(folder, "zoe covid", "Covid covid covid stopped the covid shoot.")
    after = launched_search()
    assert after[0] == "zoe-covid"
    assert after[1:] == before[:2]


def test_a_cache_failing_during_the_early_run_is_left_to_the_ordinary_way(folder: Path) -> None:
    probe = Probe(folder)

    def damaged_at_first(corpus: Corpus) -> list[tuple[str, int]]:
        found = probe(corpus)
        if len(probe.runs) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return found

    prefetch.start(str(folder))
    assert load_and_compute(folder, damaged_at_first, use_cache=True)[1] == fresh_results(folder)
    assert probe.runs == [True, False]
