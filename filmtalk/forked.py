"""Run a function in a forked child process and get its result back, marshalled through a pipe.

The folder listing uses it twice: to list a corpus folder while Python imports the CLI
(filmtalk.prefetch) and to split a big folder between two processes (filmtalk.scan). It
imports nothing but `os`, since the prefetch starts before anything else is loaded.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


class Child:
    """A forked child at work; `result` waits for it, once."""

    def __init__(self, reader: int, pid: int) -> None:
        self._reader = reader
        self._pid = pid

    def data(self) -> bytes | None:
        """The marshalled bytes of what the child's function returned; None if it failed."""
        try:
            with os.fdopen(self._reader, "rb") as pipe:
                data = pipe.read()
            _pid, status = os.waitpid(self._pid, 0)
        except OSError:
            return None
        # A child leaves with status 0 only once it has written all of its result.
        return data if status == 0 else None

    def result(self) -> Any:
        """What the child's function returned; None if it failed."""
        import marshal

        data = self.data()
        try:
            # Our own child's bytes, written by this same Python a moment ago.
            return None if data is None else marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return None


def start(work: Callable[[], Any]) -> Child | None:
    """Run `work` in a forked child (plain data in, plain data out); None where there is no
    fork (Windows) or it fails, and the caller does the work itself."""
    if not hasattr(os, "fork"):
        return None
    try:
        reader, writer = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: work, send the marshalled result, and leave at once
        code = 1
        try:
            os.close(reader)
            # Let go of the terminal and of any pipe the command's output goes to.
            devnull = os.open(os.devnull, os.O_RDWR)
            for stream in (0, 1, 2):
                os.dup2(devnull, stream)
            import marshal

            data = marshal.dumps(work(), 2)
            _widen(writer, len(data))
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    return Child(reader, pid)


def _widen(pipe: int, size: int) -> None:
    """Make the pipe hold the whole result where Linux allows (up to 1 MB: a listing of 10,000
    files or so), so the child writes it at once and leaves while the parent is still busy,
    instead of waiting for it to read."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, min(size, 1 << 20))
    except (ImportError, AttributeError, OSError):
        pass
