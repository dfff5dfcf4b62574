"""Listing a corpus folder ahead of time, in a forked helper, while Python imports the CLI.

`start` runs first thing (filmtalk.launch), before Typer is imported, so it imports nothing
but `os`; the helper imports the scanner itself. `collect` is called by scan_files: it gives
the helper's listing for that very folder, or None (no helper, another folder, a failure), and
then scan_files lists the folder itself. So a prefetch can only ever save time.
"""

from __future__ import annotations

import os

# Helpers started and not yet collected: folder -> (pipe's read end, helper's pid).
_pending: dict[str, tuple[int, int]] = {}
# The last listing collected, a copy of it, and the marshalled bytes it came in (`marshalled`).
_collected: tuple[list[tuple[str, int, int]], tuple[tuple[str, int, int], ...], bytes] | None = None


def start(directory: str) -> None:
    """Start listing `directory` (absolute, as the CLI will give it) in a forked process."""
    if not hasattr(os, "fork") or directory in _pending:
        return
    try:
        reader, writer = os.pipe()
        pid = os.fork()
    except OSError:
        return
    if pid == 0:  # the helper: list, send the marshalled list, and leave at once
        code = 1
        try:
            os.close(reader)
            # Let go of the terminal and of any pipe the command's output goes to.
            devnull = os.open(os.devnull, os.O_RDWR)
            for stream in (0, 1, 2):
                os.dup2(devnull, stream)
            import marshal

            from filmtalk.scan import scan_files

            data = marshal.dumps(scan_files(directory), 2)
            _widen(writer, len(data))
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    _pending[directory] = (reader, pid)


def _widen(pipe: int, size: int) -> None:
    """Make the pipe hold the whole listing where Linux allows (up to 1 MB, 10,000 files or
    so), so the helper writes it at once and leaves while the command is still importing,
    instead of waiting for it to read."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, min(size, 1 << 20))
    except (ImportError, AttributeError, OSError):
        pass


def collect(directory: str) -> list[tuple[str, int, int]] | None:
    """The listing a helper made of `directory`, or None if there is none to use."""
    pending = _pending.pop(directory, None)
    if pending is None:
        return None
    import marshal

    reader, pid = pending
    try:
        with os.fdopen(reader, "rb") as pipe:
            data = pipe.read()
        _pid, status = os.waitpid(pid, 0)
        if status != 0:
            return None
        # Our own helper's bytes, written by this same Python a moment ago.
        found = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return None
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
