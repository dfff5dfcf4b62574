"""Listing a corpus folder ahead of time, in a forked helper, while Python imports the CLI.

`start` runs first thing (filmtalk.launch), before Typer is imported, so it imports nothing
but `os` (through filmtalk.forked); the helper imports the scanner itself. `collect` is
called by scan_files: it gives the helper's listing for that very folder, or None (no helper,
another folder, a failure), and then scan_files lists the folder itself. So a prefetch can
only ever save time.
"""

from __future__ import annotations

from filmtalk import forked

# Helpers started and not yet collected, by folder.
_pending: dict[str, forked.Child] = {}
# The last listing collected, a copy of it, and the marshalled bytes it came in (`marshalled`).
_collected: tuple[list[tuple[str, int, int]], tuple[tuple[str, int, int], ...], bytes] | None = None


def start(directory: str) -> None:
    """Start listing `directory` (absolute, as the CLI will give it) in a forked process."""
    if directory in _pending:
        return
    child = forked.start(lambda: _listing(directory))
    if child is not None:
        _pending[directory] = child


def _listing(directory: str) -> list[tuple[str, int, int]]:
    from filmtalk.scan import scan_files

    return scan_files(directory)


def collect(directory: str) -> list[tuple[str, int, int]] | None:
    """The listing a helper made of `directory`, or None if there is none to use."""
    child = _pending.pop(directory, None)
    outcome = child.result() if child is not None else None
    if outcome is None:
        return None
    found, data = outcome
    if not isinstance(found, list):
        return None
    global _collected
    _collected = (found, tuple(found), data)
    return found


def marshalled(listing: list[tuple[str, int, int]]) -> bytes | None:
    """The bytes a collected listing came in (what store.listing_bytes would make of it
    again), if `listing` is that very list, unchanged since (an equality test of shared
    strings and numbers costs far less than marshalling again)."""
    if _collected is None or _collected[0] is not listing:
        return None
    original, copy, data = _collected
    return data if tuple(original) == copy else None
