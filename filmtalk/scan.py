"""List the files of a corpus folder with their size and modification time, fast.

os.scandir hands back each entry's type without a system call, so only the one stat per file
remains; this is what lets a warm search check 10,000 files for changes in a few milliseconds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple


class FileStat(NamedTuple):
    """One file of the folder as found now; size -1 when it cannot even be stat'ed."""

    path: str
    size: int
    mtime_ns: int


def scan_files(directory: Path) -> list[FileStat]:
    """Every non-hidden file under `directory`, sorted as `sorted(Path(...))` would sort them.

    Like os.walk: hidden files and folders are skipped, symlinked folders are not entered.
    """
    found: list[FileStat] = []
    _scan(str(directory), found)
    return found


def _scan(folder: str, found: list[FileStat]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if not entry.name.startswith(".")]
    except OSError:
        return
    # Paths compare part by part, so sorting each folder's names and walking them in that
    # order yields exactly the order of sorted(Path(...)) over the whole tree.
    entries.sort(key=lambda entry: entry.name)
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not entry.is_symlink():
                _scan(entry.path, found)
            continue
        try:
            info = entry.stat()
        except OSError:
            found.append(FileStat(entry.path, -1, -1))
        else:
            found.append(FileStat(entry.path, info.st_size, info.st_mtime_ns))
