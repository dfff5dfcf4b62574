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
# serializes in one C call (see Listing).
if TYPE_CHECKING:
    FileStat: TypeAlias = tuple[str, int, int]
    PATH: Final = 0
    SIZE: Final = 1
    MTIME: Final = 2
else:
    FileStat = tuple
    PATH, SIZE, MTIME = 0, 1, 2


class Listing:
    """One scan of a folder: its files (FileStat records) and the same as marshalled bytes,
    which is what the index cache stores and compares (store.IndexStore.refresh).

    Each form is made from the other on first use only. A listing from the prefetch helper
    arrives as bytes: a warm command compares them with the cache's copy and never builds the
    tuples (40-150 ms for 100,000 files); one made here is marshalled only when compared.
    """

    __slots__ = ("_files", "_data")

    def __init__(self, files: list[FileStat] | None = None, data: bytes | None = None) -> None:
        if files is None and data is None:
            raise ValueError("a Listing needs its files or their bytes")
        self._files = files
        self._data = data

    @property
    def files(self) -> list[FileStat]:
        if self._files is None:
            import marshal

            # Bytes our own helper process marshalled a moment ago (filmtalk.forked).
            self._files = marshal.loads(self._data or b"")
        return self._files

    @property
    def data(self) -> bytes:
        if self._data is None:
            import marshal

            # Version 2: no back-references, so equal listings always give equal bytes.
            self._data = marshal.dumps(self.files, 2)
        return self._data


def list_folder(directory: Path | str) -> Listing:
    """Every non-hidden file under `directory`, sorted as `sorted(Path(...))` would sort them.

    Like os.walk: hidden files and folders are skipped, symlinked folders are not entered.
    The prefetch helper's listing of that very folder is used when there is one.
    """
    from filmtalk import prefetch

    data = prefetch.collect(str(directory))
    if data is not None:
        return Listing(data=data)
    return Listing(files=_scan_folder(str(directory)))


def _scan_folder(directory: str) -> list[FileStat]:
    folder = _open_folder(directory)
    try:
        entries = _entries(directory, folder)
        if sys.platform == "linux" and _looks_big(directory, entries):
            half = len(entries) // 2
            from filmtalk import forked

            helper = forked.start(lambda: _scan_entries(directory, entries[half:]))
            if helper is not None:
                first = _scan_entries(directory, entries[:half])
                rest: list[FileStat] | None = helper.result()
                if rest is None:
                    rest = _scan_entries(directory, entries[half:])
                return first + rest
        return _scan_entries(directory, entries)
    finally:
        _close_folder(folder)


def _open_folder(path: str) -> int | None:
    """A descriptor of the folder, where os.scandir takes one (not on Windows): the entries
    of a folder scanned through it are stat'ed relative to it (fstatat), which spares the
    system walking the whole path again for every file (a fifth of a listing's time)."""
    if os.scandir not in os.supports_fd:
        return None
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None


def _close_folder(folder: int | None) -> None:
    if folder is not None:
        os.close(folder)


def _entries(path: str, folder: int | None) -> list[os.DirEntry[str]]:
    """A folder's visible entries in name order: paths compare part by part, so walking every
    folder in name order yields exactly the order of sorted(Path(...)) over the whole tree."""
    try:
        with os.scandir(path if folder is None else folder) as listing:
            entries = [entry for entry in listing if not entry.name.startswith(".")]
    except OSError:
        return []
    entries.sort(key=lambda entry: entry.name)
    return entries


def _looks_big(path: str, entries: list[os.DirEntry[str]]) -> bool:
    """Whether the folder holds PARALLEL_MIN_FILES or more, guessed from its first sub-folder."""
    folders = [entry for entry in entries if _is_folder(entry)]
    if len(folders) < 2:
        return False
    first = os.path.join(path, folders[0].name)
    return len(folders) * len(_entries(first, None)) >= PARALLEL_MIN_FILES


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _scan_entries(
    path: str, entries: list[os.DirEntry[str]], found: list[FileStat] | None = None
) -> list[FileStat]:
    """The files among `entries` of the folder at `path`, and those of its sub-folders.
    (The folder's descriptor, if it was scanned through one, must still be open.)"""
    found = [] if found is None else found
    # As os.scandir(path) would make each entry's path.
    prefix = path if path.endswith(os.sep) else path + os.sep
    for entry in entries:
        if _is_folder(entry):
            if not entry.is_symlink():
                _scan_subfolder(prefix + entry.name, found)
            continue
        try:
            info = entry.stat()
        except OSError:
            found.append((prefix + entry.name, -1, -1))
        else:
            found.append((prefix + entry.name, info.st_size, info.st_mtime_ns))
    return found


def _scan_subfolder(path: str, found: list[FileStat]) -> None:
    folder = _open_folder(path)
    try:
        _scan_entries(path, _entries(path, folder), found)
    finally:
        _close_folder(folder)
