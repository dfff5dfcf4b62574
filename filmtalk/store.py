"""The index cache: the parsed interviews and search postings of one corpus folder, in SQLite.

One database per corpus folder, in $FILMTALK_CACHE_DIR or else the user's cache directory.
Each command lists the folder (one stat per file) and compares the listing with the one stored:
when nothing changed, it reads only what it needs (a few ranges of the vocabulary, a few
postings, the hits' interviews). Otherwise it re-reads only the files added or changed (size,
mtime, then a hash of the bytes, so a `touch` costs no re-parse) and patches the postings of
their words, all in one transaction. Files changed within RACY_NS of an update are re-hashed
on the next run, since they could change again without their size or mtime changing.

Why SQLite with our own postings rather than FTS5: filmtalk ranks with its own BM25 per field,
which needs each word's count in each field of each pair. FTS5 exposes those only through its
per-occurrence `fts5vocab` instance table; reading them cost 2.2 µs per posting where decoding
a stored array costs nanoseconds (benchmarks/README.md). SQLite still gives us transactions,
locking between processes, and a file format we never have to trust blindly.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from array import array
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from filmtalk import __version__
from filmtalk.corpus import Progress, dedupe_slugs, renamed_warning, with_slug
from filmtalk.interview_json import interview_from_json
from filmtalk.models import Interview, QAPair
from filmtalk.packing import Postings, decode, encode
from filmtalk.scan import MTIME, PATH, SIZE, FileStat, Listing

if TYPE_CHECKING:
    # Reading files is the build's business: a warm command never imports it.
    from filmtalk.postings import PostingsMerger
    from filmtalk.reading import ParsedFile, ReadBatch
    from filmtalk.search import SearchIndex

T = TypeVar("T")
R = TypeVar("R")

CACHE_ENV = "FILMTALK_CACHE_DIR"
# Bump when the tables or their meaning change: an older cache is then rebuilt, not misread.
SCHEMA = 1
RACY_NS = 2_000_000_000
# Another filmtalk may be building the same cache: wait for it rather than build twice.
BUSY_TIMEOUT_SECONDS = 600.0
# Past this share of changed files, reading everything again is simpler and as fast.
REBUILD_SHARE = 0.3
BATCH_FILES = 1000
MIN_BATCH_FILES = 50
PARALLEL_MIN_FILES = 400
# Past this many pairs tied for the last places, their files are looked up all at once.
MANY_TIES = 64

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value);
CREATE TABLE files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, digest BLOB,
    parsed_slug TEXT, slug TEXT, interview TEXT, error TEXT,
    first_doc INTEGER, pair_count INTEGER
);
CREATE INDEX files_by_doc ON files (first_doc);
CREATE INDEX files_by_slug ON files (slug);
-- What a listing is compared with, apart from the rows' parsed interviews (a file's row holds
-- its whole interview, so a scan of the table reads the whole cache: 300 ms at 100,000 files).
CREATE INDEX files_by_stat ON files (path, size, mtime_ns);
CREATE TABLE postings (word TEXT PRIMARY KEY, data BLOB);
"""


def cache_dir() -> Path:
    """$FILMTALK_CACHE_DIR, else the platform's user cache folder for filmtalk."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    common = _linux_cache_dir()
    if common is not None:
        return common
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("filmtalk", appauthor=False))


def _linux_cache_dir() -> Path | None:
    """platformdirs' answer on Linux in the usual cases, without importing it (6 ms a command:
    it imports tempfile and random): $XDG_CACHE_HOME when absolute, else $HOME/.cache, as the
    XDG spec says. None for everything else (other systems, a relative or missing HOME), which
    platformdirs decides. tests/test_index_cache_dir.py checks both agree."""
    if not sys.platform.startswith("linux"):
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg.startswith("/"):
        return Path(xdg, "filmtalk")
    home = os.environ.get("HOME", "")
    # A relative XDG_CACHE_HOME is ignored by recent platformdirs, used by older ones: theirs.
    if not xdg.strip() and home.startswith("/"):
        return Path(home.rstrip("/") or "/", ".cache", "filmtalk")
    return None


def cache_path(directory: Path) -> Path:
    """The cache file of one corpus folder: its name, then a hash of its full path.

    (zlib's checksums rather than hashlib, which costs 5 ms to import on every command; a
    clash is harmless anyway: the cache records its folder and is rebuilt for another one.)
    """
    import zlib

    resolved = directory.resolve()
    data = str(resolved).encode("utf-8", "surrogateescape")
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
    name = "".join(c if c.isascii() and c.isalnum() else "-" for c in resolved.name)
    return cache_dir() / f"{name.strip('-')[:40] or 'corpus'}-{key}.sqlite3"


def code_fingerprint() -> str:
    """Changes whenever the code that fills the cache does (the parser above all), so a cache
    never outlives the code it came from, even between two releases."""
    # Every module of the package, not a hand-kept list: the parser is spread over several
    # (chrome, names, speakers, front matter...) and a missed one would serve stale pages.
    parts = [f"{SCHEMA}", __version__]
    with os.scandir(Path(__file__).parent) as entries:
        for entry in sorted(entries, key=lambda entry: entry.name):
            if entry.name.endswith(".py"):
                info = entry.stat()
                parts.append(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def path_key(directory: Path, path: str) -> list[str]:
    """Sort key that orders paths as sorted(Path) does within one folder."""
    return path[len(str(directory)) + 1 :].split(os.sep)


def open_store(
    directory: Path, found: Listing | Sequence[FileStat], progress: Progress | None = None
) -> IndexStore | None:
    """The folder's cache, brought up to date; None when no cache can be used here.

    A corrupt or foreign file is replaced, never trusted; a read-only or missing cache
    folder, a lock held for too long or any other disk trouble gives None, and the caller
    reads the corpus in memory instead.
    """
    try:
        path = cache_path(directory)
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    for attempt in range(2):
        connection: sqlite3.Connection | None = None
        try:
            connection = connect(path)
            store = IndexStore(connection, directory, path)
            store.refresh(found if isinstance(found, Listing) else Listing(list(found)), progress)
            return store
        except sqlite3.DatabaseError as error:
            if connection is not None:
                connection.close()
            if attempt or isinstance(error, sqlite3.OperationalError):
                return None
            # Not a database, or a damaged one: start again from an empty file.
            remove_cache_file(path)
        except (OSError, UnicodeError, ValueError):
            if connection is not None:
                connection.close()
            return None
    return None


def open_unchecked(directory: Path) -> tuple[IndexStore, object] | None:
    """The folder's cache as it stands, not yet compared with the folder, and the generation
    it is at; None when it plainly cannot serve as it stands (no cache, another version's or
    another folder's, files to re-hash) or cannot be read. Only for IndexStore.was_current:
    what is read from it counts once that says the folder has not changed since.
    """
    try:
        path = cache_path(directory)
        if not path.is_file():
            return None
        connection = connect(path)
    except (OSError, sqlite3.Error):
        return None
    store = IndexStore(connection, directory, path)
    try:
        connection.execute("BEGIN")
        try:
            usable = store._is_current_format() and not store._racy_paths()
            generation = store._meta("generation")
        finally:
            connection.execute("COMMIT")
    except (sqlite3.Error, ValueError):
        usable = False
    if not usable or generation is None:
        store.close()
        return None
    return store, generation


def connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we open and close every transaction ourselves.
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)


def remove_cache_file(path: Path) -> bool:
    """Delete a cache file and its journal; True when there was one."""
    removed = False
    for leftover in (path, Path(f"{path}-journal")):
        try:
            leftover.unlink()
            removed = True
        except (FileNotFoundError, NotADirectoryError):  # NotADirectory: the folder is a file
            pass
        except OSError:
            # A read-only disk refuses even to delete what is not there (EROFS).
            if os.path.lexists(leftover):
                raise
    return removed


class _Plan(NamedTuple):
    """What an update has to do: files to re-read, files gone, files only touched."""

    read: list[FileStat]
    removed: list[str]
    touched: list[FileStat]


class IndexStore:
    """An open cache, brought up to date by `refresh`.

    No transaction stays open between calls (an idle filmtalk must never block another one's
    update): each read is one statement, and a search runs inside one read transaction
    (StoreSource.snapshot), so an update by another filmtalk is never seen half done.
    """

    def __init__(self, connection: sqlite3.Connection, directory: Path, path: Path) -> None:
        self._db = connection
        self.directory = directory
        self.path = path

    # --- bringing the cache up to date ---

    def refresh(self, found: Listing, progress: Progress | None) -> None:
        listing = found.data
        self._db.execute("BEGIN")
        try:
            current = self._is_current(listing)
        finally:
            self._db.execute("COMMIT")
        if current:
            self._settle_racy(found, listing)
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            # Another filmtalk may have done the work while we waited for the lock.
            if not self._is_current(listing):
                self._update(found.files, listing, progress)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def was_current(self, found: Listing, generation: object) -> bool:
        """Whether this cache, at `generation` (open_unchecked's), is the one `refresh` would
        have found current for the folder as `found` lists it; never raises (False)."""
        try:
            self._db.execute("BEGIN")
            try:
                return self._meta("generation") == generation and self._is_current(found.data)
            finally:
                self._db.execute("COMMIT")
        except (sqlite3.Error, OSError, ValueError):
            return False

    def _settle_racy(self, found: Listing, listing: bytes) -> None:
        """Stop re-hashing files whose bytes were just checked and whose mtime is now old
        enough that any later change must show in it."""
        racy = set(self._racy_paths())
        if not racy:
            return
        settled_before = time.time_ns() - RACY_NS
        if all(s[MTIME] < settled_before for s in found.files if s[PATH] in racy):
            try:
                self._db.execute("BEGIN IMMEDIATE")
                # Checked again under the lock: another filmtalk may have updated meanwhile.
                if self._is_current(listing):
                    self._set_meta({"racy": "[]"})
                self._db.execute("COMMIT")
            except sqlite3.OperationalError:  # read-only or busy: try again next time
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")

    def _is_current(self, listing: bytes) -> bool:
        if not self._has_tables():
            return False
        if self._meta("format") != code_fingerprint():
            return False
        if self._meta("directory") != str(self.directory):
            return False
        if self._meta("listing") != listing:
            return False
        return not self._racy_changed()

    def _has_tables(self) -> bool:
        names = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        return {"meta", "files", "postings"} <= names

    def _meta(self, key: str) -> object:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, values: dict[str, object]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items()
        )

    def _racy_paths(self) -> list[str]:
        return list(json.loads(str(self._meta("racy") or "[]")))

    def _racy_changed(self) -> bool:
        """Whether a file stored within RACY_NS of its mtime now has other bytes."""
        for path in self._racy_paths():
            row = self._db.execute("SELECT digest FROM files WHERE path = ?", (path,)).fetchone()
            try:
                data = Path(path).read_bytes()
            except OSError:
                return True
            from filmtalk.reading import content_digest

            if row is None or content_digest(data) != row[0]:
                return True
        return False

    def _update(self, stats: Sequence[FileStat], listing: bytes, progress: Progress | None) -> None:
        started = time.time_ns()
        plan = self._plan(stats) if self._is_current_format() else None
        if plan is None or len(plan.read) + len(plan.removed) > REBUILD_SHARE * len(stats):
            self._rebuild(stats, progress)
        else:
            self._patch(plan, progress)
        racy = [s[PATH] for s in stats if s[MTIME] > started - RACY_NS]
        now = time.time_ns()
        # Readers compare the generation to know whether what they loaded is still current.
        self._set_meta(
            {"listing": listing, "racy": json.dumps(racy), "updated_ns": now, "generation": now}
        )

    def _is_current_format(self) -> bool:
        return (
            self._has_tables()
            and self._meta("format") == code_fingerprint()
            and self._meta("directory") == str(self.directory)
        )

    def _plan(self, stats: Sequence[FileStat]) -> _Plan:
        stored = {
            row[0]: row[1:]
            for row in self._db.execute("SELECT path, size, mtime_ns FROM files")  # files_by_stat
        }
        racy = set(self._racy_paths())
        plan = _Plan(read=[], removed=[], touched=[])
        current = set()
        for stat in stats:
            current.add(stat[PATH])
            old = stored.get(stat[PATH])
            if old is None:
                plan.read.append(stat)
            elif (stat[SIZE], stat[MTIME]) != old or stat[PATH] in racy:
                same = stat[SIZE] == old[0] and self._same_bytes(stat)
                (plan.touched if same else plan.read).append(stat)
        plan.removed.extend(path for path in stored if path not in current)
        return plan

    def _same_bytes(self, stat: FileStat) -> bool:
        """Whether the file still has the bytes its row was read from."""
        row = self._db.execute("SELECT digest FROM files WHERE path = ?", (stat[PATH],)).fetchone()
        try:
            from filmtalk.reading import content_digest

            data = Path(stat[PATH]).read_bytes()
        except OSError:
            return False
        return row is not None and row[0] is not None and content_digest(data) == row[0]

    def _rebuild(self, stats: Sequence[FileStat], progress: Progress | None) -> None:
        # Taken before reading: code changed during a long build must not vouch for it.
        fingerprint = code_fingerprint()
        for (name,) in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            self._db.execute(f'DROP TABLE "{name}"')
        for statement in TABLES.split(";"):
            if statement.strip():
                self._db.execute(statement)
        from filmtalk.postings import PostingsMerger

        # Files go into the table batch by batch and postings are merged as they come (spilled
        # to a temporary table past MERGE_MEMORY_BYTES), so memory does not grow with the corpus.
        self._db.execute("DROP TABLE IF EXISTS temp.runs")  # left by a build that failed
        merger = PostingsMerger(spill=self._spill_run, runs=self._runs)
        question_lengths, answer_lengths = read_and_index(
            stats, 0, progress, self._insert_files, merger
        )
        self._db.executemany("INSERT INTO postings (word, data) VALUES (?, ?)", merger.items())
        self._db.execute("DROP TABLE IF EXISTS temp.runs")
        self._set_meta(
            {
                "format": fingerprint,
                # As given: interviews keep the paths the user typed, as without cache.
                "directory": str(self.directory),
                "built_ns": time.time_ns(),
            }
        )
        self._store_lengths(question_lengths, answer_lengths, len(question_lengths))
        self._store_slugs()

    def _spill_run(self, run: int, postings: Iterator[tuple[str, bytes]]) -> None:
        """Write one run of merged postings to a temporary table (a file SQLite deletes)."""
        self._db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS runs"
            " (word TEXT, run INTEGER, data BLOB, PRIMARY KEY (word, run)) WITHOUT ROWID"
        )
        self._db.executemany(
            "INSERT INTO temp.runs (word, run, data) VALUES (?, ?, ?)",
            ((word, run, data) for word, data in postings),
        )

    def _runs(self) -> Iterator[tuple[str, bytes]]:
        yield from self._db.execute("SELECT word, data FROM temp.runs ORDER BY word, run")

    def _patch(self, plan: _Plan, progress: Progress | None) -> None:
        self._db.executemany(
            "UPDATE files SET mtime_ns = ? WHERE path = ?",
            ((stat[MTIME], stat[PATH]) for stat in plan.touched),
        )
        if not plan.read and not plan.removed:
            return
        from filmtalk.postings import PostingsMerger, pair_words

        question_lengths, answer_lengths = self._lengths()
        count = int(str(self._meta("doc_count")))
        # The old pairs of changed and removed files leave the postings of their words.
        dropped: dict[str, list[int]] = {}
        gone = plan.removed + [stat[PATH] for stat in plan.read]
        for path in gone:
            row = self._db.execute(
                "SELECT interview, first_doc, pair_count FROM files WHERE path = ?", (path,)
            ).fetchone()
            if row is None or row[0] is None:
                continue
            first, pairs = int(row[1]), int(row[2])
            count -= pairs
            for doc, pair in enumerate(interview_from_json(row[0]).pairs, start=first):
                question_lengths[doc] = answer_lengths[doc] = 0
                for word in pair_words(pair):
                    dropped.setdefault(word, []).append(doc)
        self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in gone))
        parsed: list[tuple[ParsedFile, int]] = []

        def insert(files: list[tuple[ParsedFile, int]]) -> None:
            parsed.extend(files)
            self._insert_files(files)

        merger = PostingsMerger()
        new_questions, new_answers = read_and_index(
            plan.read, len(question_lengths), progress, insert, merger
        )
        question_lengths.extend(new_questions)
        answer_lengths.extend(new_answers)
        added = dict(merger.items())
        count += sum(file.pair_count for file, _first in parsed)
        for word in dropped.keys() | added.keys():
            row = self._db.execute("SELECT data FROM postings WHERE word = ?", (word,)).fetchone()
            docs, in_question, in_answer = (
                decode(row[0]) if row else (array("I"), array("B"), array("B"))
            )
            for doc in dropped.get(word, []):
                at = bisect_left(docs, doc)
                if at < len(docs) and docs[at] == doc:
                    del docs[at], in_question[at], in_answer[at]
            if word in added:
                more = decode(added[word])
                for target, part in zip((docs, in_question, in_answer), more, strict=True):
                    target.extend(part)
            if docs:
                self._db.execute(
                    "INSERT OR REPLACE INTO postings (word, data) VALUES (?, ?)",
                    (word, encode((docs, in_question, in_answer))),
                )
            else:
                self._db.execute("DELETE FROM postings WHERE word = ?", (word,))
        self._store_lengths(question_lengths, answer_lengths, count)
        self._store_slugs()

    def _insert_files(self, files: list[tuple[ParsedFile, int]]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns, digest, parsed_slug, interview,"
            " error, first_doc, pair_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    file.stat[PATH],
                    file.stat[SIZE],
                    file.stat[MTIME],
                    file.digest,
                    file.slug,
                    file.interview_json,
                    file.error,
                    first_doc,
                    file.pair_count,
                )
                for file, first_doc in files
            ),
        )

    def _store_lengths(
        self, question_lengths: array[int], answer_lengths: array[int], count: int
    ) -> None:
        self._set_meta(
            {
                "question_lengths": question_lengths.tobytes(),
                "answer_lengths": answer_lengths.tobytes(),
                "total_question": sum(question_lengths),
                "total_answer": sum(answer_lengths),
                "doc_count": count,
            }
        )

    def _lengths(self) -> tuple[array[int], array[int]]:
        question_lengths, answer_lengths = array("I"), array("I")
        for lengths, key in (
            (question_lengths, "question_lengths"),
            (answer_lengths, "answer_lengths"),
        ):
            value = self._meta(key)
            lengths.frombytes(value if isinstance(value, bytes) else b"")
        return question_lengths, answer_lengths

    def _store_slugs(self) -> None:
        """Unique slugs in corpus order, and the warnings a command shows, as without cache."""
        rows = self._db.execute("SELECT path, parsed_slug, error FROM files").fetchall()
        rows.sort(key=lambda row: path_key(self.directory, row[0]))
        readable = [row for row in rows if row[1] is not None]
        slugs = dedupe_slugs([row[1] for row in readable])
        warnings = [f"skipped {row[2]}" for row in rows if row[1] is None]
        for (path, parsed, _error), slug in zip(readable, slugs, strict=True):
            if slug != parsed:
                warnings.append(renamed_warning(parsed, path, slug))
        self._db.executemany(
            "UPDATE files SET slug = ? WHERE path = ?",
            ((slug, row[0]) for row, slug in zip(readable, slugs, strict=True)),
        )
        self._set_meta({"warnings": json.dumps(warnings, ensure_ascii=False)})

    # --- reading ---

    def warnings(self) -> tuple[str, ...]:
        return tuple(json.loads(str(self._meta("warnings") or "[]")))

    def slugs(self) -> list[str]:
        """The interviews' slugs in corpus order, without decoding the interviews."""
        return [str(slug) for _path, slug in self._interview_rows("slug")]

    def interviews(self) -> tuple[Interview, ...]:
        rows = self._interview_rows("slug, interview")
        return tuple(with_slug(interview_from_json(row[2]), row[1]) for row in rows)

    def _interview_rows(self, columns: str) -> list[tuple[Any, ...]]:
        """(path, *columns) of every file that gave an interview, in corpus order."""
        rows = self._db.execute(
            f"SELECT path, {columns} FROM files WHERE interview IS NOT NULL"
        ).fetchall()
        rows.sort(key=lambda row: path_key(self.directory, row[0]))
        return rows

    def search_index(self) -> SearchIndex:
        from filmtalk.search import SearchIndex

        return SearchIndex(StoreSource(self))

    def close(self) -> None:
        self._db.close()


class StoreSource:
    """The search index's numbers, read from the cache as the query needs them."""

    def __init__(self, store: IndexStore) -> None:
        self._store = store
        self._db = store._db
        self._generation: object = None
        self.doc_count = self.total_question = self.total_answer = 0
        self.question_lengths = self.answer_lengths = array("I")
        self._files: dict[int, tuple[str, str, str, int]] = {}

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction; (re)loads the totals if the cache changed since last time."""
        self._db.execute("BEGIN")
        try:
            generation = self._store._meta("generation")
            if generation != self._generation:
                self._load(generation)
            yield
        finally:
            self._db.execute("COMMIT")

    def _load(self, generation: object) -> None:
        meta = dict(
            self._db.execute(
                "SELECT key, value FROM meta WHERE key IN"
                " ('doc_count', 'total_question', 'total_answer')"
            ).fetchall()
        )
        self.doc_count = int(meta["doc_count"])
        self.total_question = int(meta["total_question"])
        self.total_answer = int(meta["total_answer"])
        self.question_lengths, self.answer_lengths = self._store._lengths()
        self._files = {}
        self._generation = generation

    # The vocabulary is read from the postings table's index, a range at a time: a query needs
    # a few hundred of its words, and loading all of them cost more than the search itself.

    def words_with_prefix(self, prefix: str) -> list[str]:
        found = []
        rows = self._db.execute(
            "SELECT word FROM postings WHERE word >= ? ORDER BY word", (prefix,)
        )
        for (word,) in rows:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def known_words(self, candidates: Iterable[str]) -> set[str]:
        wanted = list(candidates)
        known: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT word FROM postings WHERE word IN ({marks})", chunk)
            known.update(word for (word,) in rows)
        return known

    def words_around(self, prefix: str, suffix: str) -> list[str]:
        # GLOB's "?" is one character; the index narrows the scan to the prefix's range.
        pattern = f"{_glob_literal(prefix)}?{_glob_literal(suffix)}"
        rows = self._db.execute("SELECT word FROM postings WHERE word GLOB ?", (pattern,))
        return [word for (word,) in rows]

    def initials(self) -> list[str]:
        """Found by skipping from one first letter to the next along the index."""
        found: list[str] = []
        after = ""
        while True:
            row = self._db.execute(
                "SELECT word FROM postings WHERE word > ? ORDER BY word LIMIT 1", (after,)
            ).fetchone()
            if row is None or not row[0]:
                return found
            initial = row[0][0]
            found.append(initial)
            if ord(initial) >= 0x10FFFF:
                return found
            # Every word beginning with `initial` sorts below initial + U+10FFFF.
            after = initial + "\U0010ffff"

    def postings(self, word: str) -> Postings | None:
        row = self._db.execute("SELECT data FROM postings WHERE word = ?", (word,)).fetchone()
        return decode(row[0]) if row else None

    def _file_of(self, doc: int) -> tuple[str, str, str, int]:
        found = self._files.get(doc)
        if found is None:
            row = self._db.execute(
                "SELECT path, slug, interview, first_doc FROM files"
                " WHERE first_doc <= ? AND pair_count > 0 ORDER BY first_doc DESC LIMIT 1",
                (doc,),
            ).fetchone()
            found = self._files[doc] = (row[0], row[1], row[2], int(row[3]))
        return found

    def documents(self, docs: Sequence[int]) -> dict[int, tuple[str, str, QAPair]]:
        found: dict[int, tuple[str, str, QAPair]] = {}
        for doc in docs:
            _path, slug, interview_json, first = self._file_of(doc)
            interview = interview_from_json(interview_json)
            found[doc] = (slug, interview.name, interview.pairs[doc - first])
        return found

    def sort_keys(self, docs: Sequence[int]) -> dict[int, tuple[list[str], int]]:
        directory = self._store.directory
        if len(docs) <= MANY_TIES:
            keys = {}
            for doc in docs:
                path, _slug, _interview, first = self._file_of(doc)
                keys[doc] = (path_key(directory, path), doc - first)
            return keys
        # Thousands of pairs tied at the cut: one pass over the files beats a query per pair.
        files = self._db.execute(
            "SELECT first_doc, path FROM files WHERE pair_count > 0 ORDER BY first_doc"
        ).fetchall()
        firsts = [first for first, _path in files]
        path_keys: dict[int, list[str]] = {}
        keys = {}
        for doc in docs:
            first, path = files[bisect_right(firsts, doc) - 1]
            if first not in path_keys:
                path_keys[first] = path_key(directory, path)
            keys[doc] = (path_keys[first], doc - first)
        return keys

    def docs_of(self, slugs: Sequence[str]) -> set[int]:
        docs: set[int] = set()
        for slug in set(slugs):
            for first, pairs in self._db.execute(
                "SELECT first_doc, pair_count FROM files WHERE slug = ?", (slug,)
            ):
                docs.update(range(first, first + pairs))
        return docs


def _glob_literal(text: str) -> str:
    """`text` matched literally by GLOB (words hold none of its wildcards, but be sure)."""
    return "".join(f"[{char}]" if char in "*?[" else char for char in text)


def read_and_index(
    stats: Sequence[FileStat],
    first_doc: int,
    progress: Progress | None,
    on_parsed: Callable[[list[tuple[ParsedFile, int]]], None],
    postings: PostingsMerger,
) -> tuple[array[int], array[int]]:
    """Parse and index the files, numbering their pairs from first_doc, on every core when
    there are many. Batch by batch, in file order, `on_parsed` gets each file with the id of
    its first pair and `postings` the batch's postings; returns the pairs' field lengths."""
    chunks = _batches(stats, _workers())
    question_lengths, answer_lengths = array("I"), array("I")
    done = 0
    with _mapper(len(stats)) as run:
        for batch in run(_read_batch, chunks):
            batch_first = next_doc = first_doc + len(question_lengths)
            files = []
            for file in batch.files:
                files.append((file, next_doc))
                next_doc += file.pair_count
            postings.add(batch.postings, batch_first)
            on_parsed(files)
            question_lengths.frombytes(batch.question_lengths)
            answer_lengths.frombytes(batch.answer_lengths)
            done += len(batch.files)
            if progress is not None:
                # Two steps a file, parsing and indexing, as when they were two passes.
                progress(2 * done, 2 * len(stats))
    return question_lengths, answer_lengths


def _batches(stats: Sequence[FileStat], workers: int) -> Iterator[list[FileStat]]:
    """Consecutive batches of files: big ones, as the main process merges each batch's postings
    word by word and fewer batches cost it less; then smaller and smaller ones towards the end,
    so the workers finish together instead of one idling while another reads a whole batch
    (with 1,000-file batches that was a second or more of one core's time, at the end of a 10k
    build)."""
    size = min(BATCH_FILES, max(MIN_BATCH_FILES, -(-len(stats) // (4 * workers))))
    start = 0
    while start < len(stats):
        # A share of what is left for each worker, twice over, past the first ones.
        left = len(stats) - start
        take = min(size, max(MIN_BATCH_FILES, -(-left // (2 * workers))))
        yield list(stats[start : start + take])
        start += take


def _read_batch(stats: list[FileStat]) -> ReadBatch:
    """One worker's job: parse a batch of files and index their pairs."""
    import gc

    from filmtalk.reading import index_files, parse_files

    # A batch allocates millions of objects that live until it ends (postings lists, parsed
    # pairs) and holds no cycles worth collecting meanwhile: the collector's repeated passes
    # over them cost a fifth of indexing for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return index_files(parse_files(stats))
    finally:
        if collecting:
            gc.enable()


def _workers() -> int:
    return min(os.cpu_count() or 1, 4)


@contextmanager
def _mapper(count: int) -> Iterator[Callable[[Callable[[T], R], Iterable[T]], Iterable[R]]]:
    """map() in this process for a few files, or over a pool of worker processes."""
    workers = _workers()
    if count < PARALLEL_MIN_FILES or workers < 2:
        yield map
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    # fork: the workers start at once, without importing filmtalk again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:

        def run(function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
            # A few jobs ahead of the results taken, never all of them: results not yet
            # stored would pile up in memory on a big corpus.
            pending: deque[Future[R]] = deque()
            for item in items:
                pending.append(pool.submit(function, item))
                if len(pending) > workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

        yield run
