"""The index cache: same results as reading everything afresh, kept right after every change,
and never trusted when it is damaged."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import filmtalk.reading
import filmtalk.scan
import filmtalk.store
from filmtalk.corpus import Corpus, load_corpus
from filmtalk.index_report import clear_index, index_status
from filmtalk.interview_json import interview_from_json, interview_to_json
from filmtalk.models import Interview, QAPair
from filmtalk.reading import ParsedFile
from filmtalk.scan import PATH, FileStat, list_folder
from filmtalk.search import Field
from filmtalk.store import cache_path
from filmtalk.text import _WORD, fold, words
from tests.index_corpus import write_corpus

QUERIES = ["covid", "story", "montage", "camra", "favorite directors", "film lock", "émile"]
FIELDS: list[Field] = ["all", "question", "answer"]


Result = tuple[str, int, str, str]


def results(corpus: Corpus, query: str, field: Field = "all", limit: int = 50) -> list[Result]:
    hits = corpus.search_index().search(query, limit=limit, field=field)
    return [(h.slug, h.pair.index, f"{h.score:.3f}", h.snippet.text) for h in hits]


def assert_same_as_fresh(folder: Path) -> Corpus:
    """The cached corpus answers exactly as one read afresh; returns the cached one."""
    fresh = load_corpus(folder)
    cached = load_corpus(folder, use_cache=True)
    assert cached._store is not None
    assert cached.warnings == fresh.warnings
    assert cached.interviews == fresh.interviews
    assert [i.notes for i in cached.interviews] == [i.notes for i in fresh.interviews]
    for query in QUERIES:
        for field in FIELDS:
            assert results(cached, query, field) == results(fresh, query, field), (query, field)
    return cached


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "interviews"
    write_corpus(folder)
    return folder


def test_cached_search_is_identical_to_fresh_search(corpus_dir: Path) -> None:
    assert_same_as_fresh(corpus_dir)  # builds the cache
    cached = assert_same_as_fresh(corpus_dir)  # reads it
    # The generated corpus really has ties, repeated slugs and an unreadable file.
    scores = [score for _s, _i, score, _t in results(cached, "montage")]
    assert len(scores) != len(set(scores))
    assert any("duplicate slug" in warning for warning in cached.warnings)
    assert any("empty file" in warning for warning in cached.warnings)


def test_search_within_one_interview_is_identical(corpus_dir: Path) -> None:
    fresh = load_corpus(corpus_dir)
    load_corpus(corpus_dir, use_cache=True)
    cached = load_corpus(corpus_dir, use_cache=True)
    slugs = [fresh.interviews[4].slug, fresh.interviews[9].slug]
    expected = fresh.search_index().search("story film", slugs=slugs, limit=20)
    found = cached.search_index().search("story film", slugs=slugs, limit=20)
    assert {h.slug for h in found} <= set(slugs)
    assert [(h.slug, h.pair.index, h.score) for h in found] == [
        (h.slug, h.pair.index, h.score) for h in expected
    ]


def test_edits_additions_deletions_and_renames_show_at_once(corpus_dir: Path) -> None:
    paths = sorted(corpus_dir.rglob("interview-*.txt"))
    assert_same_as_fresh(corpus_dir)
    built = index_status(corpus_dir, list_folder(corpus_dir).files).built_ns

    paths[0].write_text("Interview with Zed Quux\n\nWhat about zeppelins?\nZeppelins fly.\n")
    assert results(load_corpus(corpus_dir, use_cache=True), "zeppelins")[0][0] == "zed-quux"
    assert_same_as_fresh(corpus_dir)

    (corpus_dir / "part-a" / "new.txt").write_text(
        "Interview with Ny Person\n\nWhy quokkas?\nQuokkas smile.\n"
    )
    assert_same_as_fresh(corpus_dir)
    paths[1].unlink()
    assert_same_as_fresh(corpus_dir)
    paths[2].rename(corpus_dir / "part-b" / "renamed.txt")
    cached = assert_same_as_fresh(corpus_dir)
    assert str(corpus_dir / "part-b" / "renamed.txt") in {i.path for i in cached.interviews}
    # A handful of changes patched the cache instead of rebuilding it.
    assert index_status(corpus_dir, list_folder(corpus_dir).files).built_ns == built


def test_an_edit_keeping_size_and_mtime_is_still_seen(corpus_dir: Path) -> None:
    path = sorted(corpus_dir.rglob("interview-*.txt"))[3]
    load_corpus(corpus_dir, use_cache=True)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Montage.", "Zanyzzz."), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    cached = assert_same_as_fresh(corpus_dir)
    assert results(cached, "zanyzzz")


def test_a_touched_file_is_not_parsed_again(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_corpus(corpus_dir, use_cache=True)
    path = sorted(corpus_dir.rglob("interview-*.txt"))[5]
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    parsed: list[int] = []
    real = filmtalk.reading.parse_files

    def counting(stats: list[FileStat]) -> list[ParsedFile]:
        parsed.append(len(stats))
        return real(stats)

    monkeypatch.setattr(filmtalk.reading, "parse_files", counting)
    assert_same_as_fresh(corpus_dir)
    assert sum(parsed) == 0
    assert index_status(corpus_dir, list_folder(corpus_dir).files).state == "fresh"


@pytest.mark.parametrize(
    "damage",
    [
        b"this is not a database at all",
        b"SQLite format 3\x00" + b"\xff" * 4000,
    ],
)
def test_a_corrupt_cache_is_rebuilt(corpus_dir: Path, damage: bytes) -> None:
    load_corpus(corpus_dir, use_cache=True)
    cache_path(corpus_dir).write_bytes(damage)
    assert index_status(corpus_dir, list_folder(corpus_dir).files).state == "unreadable"
    assert_same_as_fresh(corpus_dir)
    assert index_status(corpus_dir, list_folder(corpus_dir).files).state == "fresh"


def test_a_foreign_database_is_replaced(corpus_dir: Path) -> None:
    path = cache_path(corpus_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as foreign:
        foreign.execute("CREATE TABLE meta (key, value)")
        foreign.execute("INSERT INTO meta VALUES ('format', 'someone else')")
    assert index_status(corpus_dir, list_folder(corpus_dir).files).state == "outdated"
    assert_same_as_fresh(corpus_dir)
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_unusable_cache_folder_falls_back_to_memory(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FILMTALK_CACHE_DIR", str(blocker / "cache"))
    corpus = load_corpus(corpus_dir, use_cache=True)
    assert corpus._store is None
    assert results(corpus, "covid") == results(load_corpus(corpus_dir), "covid")


def _search_in_child(folder: str, queue: multiprocessing.Queue[list[Result]]) -> None:
    queue.put(results(load_corpus(Path(folder), use_cache=True), "story"))


def test_two_processes_at_once_never_corrupt_the_cache(corpus_dir: Path) -> None:
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[list[Result]] = context.Queue()
    children = [
        context.Process(target=_search_in_child, args=(str(corpus_dir), queue)) for _ in range(3)
    ]
    for child in children:
        child.start()
    found = [queue.get(timeout=60) for _ in children]
    for child in children:
        child.join(timeout=60)
        assert child.exitcode == 0
    expected = results(load_corpus(corpus_dir), "story")
    assert found == [expected] * 3
    with sqlite3.connect(cache_path(corpus_dir)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert index_status(corpus_dir, list_folder(corpus_dir).files).state == "fresh"


def test_a_big_first_build_reads_files_in_worker_processes(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lower the thresholds so the small corpus takes the multi-process path.
    monkeypatch.setattr(filmtalk.store, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(filmtalk.store, "BATCH_FILES", 4)
    steps: list[tuple[int, int]] = []
    load_corpus(
        corpus_dir, use_cache=True, progress=lambda done, total: steps.append((done, total))
    )
    assert steps[-1] == (62, 62)
    assert_same_as_fresh(corpus_dir)


def test_clear_index_deletes_the_cache(corpus_dir: Path) -> None:
    load_corpus(corpus_dir, use_cache=True)
    assert cache_path(corpus_dir).exists()
    assert clear_index(corpus_dir) is True
    assert not cache_path(corpus_dir).exists()
    assert clear_index(corpus_dir) is False


def test_interviews_round_trip_through_json_with_every_field() -> None:
    interview = Interview(
        slug="chloe-aberg",
        name="Chloë Åberg",
        title="Talks “about” films",
        intro="Line one\nline two",
        pairs=(QAPair(1, "Why?", "Because [laughs]."), QAPair(2, "你好?", "")),
        path="/tmp/x.txt",
        notes=("guessed name",),
    )
    back = interview_from_json(interview_to_json(interview))
    assert back == interview
    assert back.notes == interview.notes
    assert isinstance(back.pairs, tuple) and isinstance(back.notes, tuple)


def test_scan_orders_files_like_sorted_paths(tmp_path: Path) -> None:
    for name in ["a/x.txt", "a-b.txt", "a/b/c.txt", "B.txt", "a.txt", ".hidden", "a/.h/z.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    expected = sorted(
        Path(root, name)
        for root, dirs, files in os.walk(tmp_path)
        if "/." not in root
        for name in files
        if not name.startswith(".")
    )
    assert [stat[PATH] for stat in list_folder(tmp_path).files] == [str(p) for p in expected]


def test_a_big_folder_is_scanned_by_two_processes_in_the_same_order(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = list_folder(corpus_dir).files
    monkeypatch.setattr(filmtalk.scan, "PARALLEL_MIN_FILES", 2)
    forks: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    assert list_folder(corpus_dir).files == alone
    assert forks == [1]


@given(st.text())
def test_the_fast_ascii_tokenizer_agrees_with_the_regex(text: str) -> None:
    assert words(text) == _WORD.findall(fold(text))


def test_the_code_fingerprint_covers_every_module_of_the_parser() -> None:
    from filmtalk.store import code_fingerprint

    fingerprint = code_fingerprint()
    for module in ("parsing.py", "chrome.py", "names.py", "speakers.py", "frontmatter.py"):
        assert f"|{module}:" in fingerprint, module


def test_code_changed_during_a_build_leaves_the_cache_outdated(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if filmtalk were upgraded while a long build was reading files: the cache is
    # stamped with the code that started it, so the new code rebuilds it.
    version = ["before"]
    read_and_index = filmtalk.store.read_and_index

    def read_then_upgrade(*args: Any, **kwargs: Any) -> Any:
        done = read_and_index(*args, **kwargs)
        version[0] = "after"
        return done

    monkeypatch.setattr(filmtalk.store, "code_fingerprint", lambda: version[0])
    monkeypatch.setattr(filmtalk.store, "read_and_index", read_then_upgrade)
    load_corpus(corpus_dir, use_cache=True)
    with sqlite3.connect(cache_path(corpus_dir)) as db:
        (stamp,) = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    assert stamp == "before"


def test_reading_without_the_cache_reports_progress_too(corpus_dir: Path) -> None:
    steps: list[tuple[int, int]] = []
    load_corpus(corpus_dir, progress=lambda done, total: steps.append((done, total)))
    total = len(steps)
    assert total == 31  # every file of the corpus, the empty one included
    assert steps == [(done, total) for done in range(1, total + 1)]


def test_comparing_a_listing_reads_the_stat_index_not_the_interviews(corpus_dir: Path) -> None:
    # A row holds its whole interview: a scan of the table would read the whole cache.
    load_corpus(corpus_dir, use_cache=True)
    with sqlite3.connect(cache_path(corpus_dir)) as connection:
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT path, size, mtime_ns FROM files"
        ).fetchall()
    assert plan[0][3] == "SCAN files USING COVERING INDEX files_by_stat"
