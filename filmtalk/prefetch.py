"""Listing a corpus folder ahead of time, in a forked helper, while Python imports the CLI.

`start` runs first thing (filmtalk.launch), before Typer is imported, so it imports nothing
but `os` (through filmtalk.forked); the helper imports the scanner itself. `collect` is
called by scan.list_folder: it gives the helper's listing of that very folder, or None (no
helper, another folder, a failure), and then the folder is listed again in this process. So a
prefetch can only ever save time.
"""

from __future__ import annotations

from filmtalk import forked

# Helpers started and not yet collected, by folder.
_pending: dict[str, forked.Child] = {}


def start(directory: str) -> None:
    """Start listing `directory` (absolute, as the CLI will give it) in a forked process."""
    if directory in _pending:
        return
    child = forked.start(lambda: _listing(directory))
    if child is not None:
        _pending[directory] = child


def _listing(directory: str) -> list[tuple[str, int, int]]:
    from filmtalk.scan import _scan_folder

    return _scan_folder(directory)


def pending(directory: str) -> bool:
    """Whether a helper is listing `directory` and has not been collected yet."""
    return directory in _pending


def collect(directory: str) -> bytes | None:
    """The listing a helper made of `directory`, as the marshalled bytes it sent (a list of
    FileStat records: scan.Listing decodes them if they are needed), or None."""
    child = _pending.pop(directory, None)
    return child.data() if child is not None else None
