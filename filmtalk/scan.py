"""List the files of a corpus folder with their size and modification time, fast.

A warm command must stat every file (an edit in place changes no folder), and on a big corpus
that is most of its work: os.scandir gives each entry's type without a system call, the
records are plain tuples, and on Linux a folder with many sub-folders is listed by two
processes, each taking half of the sub-folders (a stat costs a system call, not Python time).
And the listing can start before the command line is even parsed (filmtalk.prefetch): a forked
process lists the folder while this one spends its first tenth of a second importing Typer.
"""

from __future__ import annotations

import os
import sys

# Only os and sys at run time, not even typing (10 ms cold): the prefetch helper
# (filmtalk.prefetch) imports this module first thing, and every millisecond it spends
# importing is one it is not listing. Type checkers take this constant as typing's.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Final, TypeAlias

# Below about this many files, forking a helper costs more than it saves.
PARALLEL_MIN_FILES = 20_000


# One file of the folder as found now: (path, size, mtime_ns), size -1 when it cannot even be
# stat'ed. Plain tuples: 100,000 of them are made on every command, and a list of them
# serializes in one C call (see store.listing_bytes).
if TYPE_CHECKING:
    FileStat: TypeAlias = tuple[str, int, int]
    PATH: Final = 0
    SIZE: Final = 1
    MTIME: Final = 2
else:
    FileStat = tuple
    PATH, SIZE, MTIME = 0, 1, 2


def scan_files(directory: Path | str) -> list[FileStat]:
    """Every non-hidden file under `directory`, sorted as `sorted(Path(...))` would sort them.

    Like os.walk: hidden files and folders are skipped, symlinked folders are not entered.
    """
    from filmtalk import prefetch

    found = prefetch.collect(str(directory))
    if found is not None:
        return found
    entries = _entries(str(directory))
    if sys.platform == "linux" and _looks_big(entries):
        half = len(entries) // 2
        from filmtalk import forked

        helper = forked.start(lambda: _scan_entries(entries[half:]))
        if helper is not None:
            first = _scan_entries(entries[:half])
            outcome = helper.result()
            rest = outcome[0] if outcome is not None else None
            if not isinstance(rest, list):
                rest = _scan_entries(entries[half:])
            return first + rest
    return _scan_entries(entries)


def _entries(folder: str) -> list[os.DirEntry[str]]:
    """A folder's visible entries in name order: paths compare part by part, so walking every
    folder in name order yields exactly the order of sorted(Path(...)) over the whole tree."""
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if not entry.name.startswith(".")]
    except OSError:
        return []
    entries.sort(key=lambda entry: entry.name)
    return entries


def _looks_big(entries: list[os.DirEntry[str]]) -> bool:
    """Whether the folder holds PARALLEL_MIN_FILES or more, guessed from its first sub-folder."""
    folders = [entry for entry in entries if _is_folder(entry)]
    if len(folders) < 2:
        return False
    return len(folders) * len(_entries(folders[0].path)) >= PARALLEL_MIN_FILES


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _scan_entries(
    entries: list[os.DirEntry[str]], found: list[FileStat] | None = None
) -> list[FileStat]:
    found = [] if found is None else found
    for entry in entries:
        if _is_folder(entry):
            if not entry.is_symlink():
                _scan_entries(_entries(entry.path), found)
            continue
        try:
            info = entry.stat()
        except OSError:
            found.append((entry.path, -1, -1))
        else:
            found.append((entry.path, info.st_size, info.st_mtime_ns))
    return found
