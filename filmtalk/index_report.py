"""What `filmtalk index` reports about a corpus folder's cache, and clearing it.

Kept apart from filmtalk.store, which every command imports: only `index` needs these.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from filmtalk.errors import FilmtalkError
from filmtalk.scan import MTIME, PATH, SIZE, FileStat
from filmtalk.store import BUSY_TIMEOUT_SECONDS, IndexStore, cache_path, remove_cache_file


@dataclass(frozen=True)
class IndexStatus:
    """What `filmtalk index` reports about one corpus folder's cache."""

    corpus: str
    cache: str
    # "fresh", "stale" (files changed since), "outdated" (another filmtalk made it),
    # "unreadable" (it will be rebuilt), "missing", or "unwritable" (missing, and its folder
    # cannot be written: commands read every file in memory).
    state: str
    files: int
    interviews: int
    pairs: int
    words: int
    size_bytes: int
    built_ns: int | None
    updated_ns: int | None
    added: int
    changed: int
    removed: int


def index_status(directory: Path, stats: Sequence[FileStat]) -> IndexStatus:
    """The state of the folder's cache, compared with the folder now; changes nothing."""
    path = cache_path(directory)
    empty = IndexStatus(str(directory), str(path), "missing", 0, 0, 0, 0, 0, None, None, 0, 0, 0)
    try:
        exists = path.exists()
    except OSError:  # a folder on the way may not be entered
        exists = False
    if not exists:
        return empty if _can_write_in(path.parent) else replace(empty, state="unwritable")
    size = path.stat().st_size
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error:
        return replace(empty, state="unreadable", size_bytes=size)
    try:
        store = IndexStore(connection, directory, path)
        if not store._is_current_format():
            return replace(empty, state="outdated", size_bytes=size)
        rows = connection.execute(
            "SELECT path, size, mtime_ns, interview IS NOT NULL, pair_count FROM files"
        ).fetchall()
        now = {s[PATH]: (s[SIZE], s[MTIME]) for s in stats}
        stored = {row[0]: (row[1], row[2]) for row in rows}
        changed = sum(1 for p, stamp in now.items() if p in stored and stored[p] != stamp)
        added = sum(1 for p in now if p not in stored)
        removed = sum(1 for p in stored if p not in now)
        stale = added or changed or removed or store._racy_changed()
        built, updated = store._meta("built_ns"), store._meta("updated_ns")
        return IndexStatus(
            corpus=str(directory),
            cache=str(path),
            state="stale" if stale else "fresh",
            files=len(rows),
            interviews=sum(1 for row in rows if row[3]),
            pairs=sum(int(row[4]) for row in rows),
            words=connection.execute("SELECT count(*) FROM postings").fetchone()[0],
            size_bytes=size,
            built_ns=int(str(built)) if built is not None else None,
            updated_ns=int(str(updated)) if updated is not None else None,
            added=added,
            changed=changed,
            removed=removed,
        )
    except sqlite3.DatabaseError:
        return replace(empty, state="unreadable", size_bytes=size)
    finally:
        connection.close()


def clear_index(directory: Path) -> bool:
    """Delete the folder's cache; True when there was one."""
    path = cache_path(directory)
    try:
        return remove_cache_file(path)
    except OSError as error:
        raise FilmtalkError(f"cannot delete the index cache {path}: {error.strerror}") from None


def _can_write_in(folder: Path) -> bool:
    """Whether a cache could be made in `folder`: it, or the nearest folder above it that
    exists (where it would be created), can be written (access() also says no on a
    read-only file system)."""
    try:
        for candidate in (folder, *folder.parents):
            if candidate.exists():
                return candidate.is_dir() and os.access(candidate, os.W_OK | os.X_OK)
    except OSError:
        pass
    return False
