"""The `filmtalk` program's entry point: start listing the corpus folder, then run the CLI.

A warm command on a big corpus spends most of its own time on one `stat` per file, and
Python spends its first tenth of a second importing Typer. Both can happen at once: before
anything heavy is imported, the command line is read just enough to guess which folder the
command will read, and a forked helper lists it (filmtalk.prefetch). The guess is only
a head start: Typer still parses the command line, and the corpus loader uses the prefetched
listing only if it is for the very folder it was asked for.
"""

from __future__ import annotations

import os
import sys

# Nothing but os and sys before the helper is started (see filmtalk.scan on this constant).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

# The commands that list the corpus folder (`check` is left out: it is often given files).
READS_CORPUS = frozenset({"list", "show", "search", "compare", "stats", "export", "index"})
# Root options that take a value, so that the value is not taken for the command's name.
VALUE_OPTIONS = frozenset({"--corpus", "--color"})
NO_LISTING_OPTIONS = frozenset(
    {"-h", "--help", "-V", "--version", "--install-completion", "--show-completion"}
)


def read_command_line(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """(the command's name, the --corpus value), as far as a plain command line shows them;
    None for the name when the line asks for help, the version or completion."""
    corpus: str | None = None
    position = 0
    while position < len(argv):
        token = argv[position]
        if token in NO_LISTING_OPTIONS:
            return None, corpus
        if token in VALUE_OPTIONS:
            if token == "--corpus" and position + 1 < len(argv):
                corpus = argv[position + 1]
            position += 2
            continue
        if token.startswith("--corpus="):
            corpus = token.partition("=")[2]
        elif not token.startswith("-"):
            if any(later in NO_LISTING_OPTIONS for later in argv[position:]):
                return None, corpus
            return token, corpus
        position += 1
    return None, corpus


def corpus_to_prefetch(argv: Sequence[str], environ: Mapping[str, str]) -> str | None:
    """The absolute folder the command will list, or None when it is unclear or not worth it.

    Mirrors the CLI's rules (--corpus, then $FILMTALK_CORPUS) for plain command lines only;
    the bundled corpus (three files) is not worth a helper process.
    """
    if _completing(environ):
        return None
    command, corpus = read_command_line(argv)
    if command not in READS_CORPUS:
        return None
    if corpus is None:
        # As Click passes it to --corpus: as set, and unset when empty.
        corpus = environ.get("FILMTALK_CORPUS", "")
    if not corpus.strip():
        return None
    return os.path.abspath(os.path.expanduser(corpus))


def _completing(environ: Mapping[str, str]) -> bool:
    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in environ)


def main() -> None:
    folder = corpus_to_prefetch(sys.argv[1:], os.environ)
    if folder is not None and os.path.isdir(folder):
        from filmtalk import prefetch

        prefetch.start(folder)
    from filmtalk.cli import main as run_cli

    # Typer builds only the command named (filmtalk.cli.only_command); all of them to complete.
    command = None if _completing(os.environ) else read_command_line(sys.argv[1:])[0]
    try:
        run_cli(command)
    finally:
        _leave_quickly()


def _leave_quickly() -> None:
    """Spare the exit a garbage collection over every object the imports made.

    On its way out Python searches all objects for reference cycles, some 15-20 ms after
    importing Typer, Click and Rich: a sixth of a warm command. The command is done, its
    output written and its files closed; freezing what is left keeps the exit's collection
    from looking at it (the memory goes back to the system with the process anyway).
    """
    import gc

    gc.freeze()
