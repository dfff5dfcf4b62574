"""How results reach stdout: one `--format` option for every command that prints records, the
consoles (colour decided once, from the terminal, the environment and `--color`), and the pager.

JSON, JSON Lines, CSV and TSV are written with the standard library, never through Rich, so
no style, markup or escape code can leak into machine output. Rich is imported only inside the
functions that draw for a person at a terminal, to keep `filmtalk --help` quick.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"


class ColorMode(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


# The one declaration of the output options; every command that prints records takes both.
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output as a table (the default), json, jsonl, csv or tsv; e.g. --format csv.",
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Shorthand for --format json; e.g. filmtalk list --json | jq ."),
]


def chosen_format(format_: OutputFormat | None, json_flag: bool) -> OutputFormat:
    """The format asked for: --format wins, --json is its shorthand, a table otherwise."""
    if format_ is not None:
        if json_flag and format_ is not OutputFormat.JSON:
            raise typer.BadParameter(
                f"--json and --format {format_.value} disagree: give only one of them"
            )
        return format_
    return OutputFormat.JSON if json_flag else OutputFormat.TABLE


# Set by the global --color option (the main callback runs before any command).
_color_mode = ColorMode.AUTO


def set_color_mode(mode: ColorMode) -> None:
    global _color_mode
    _color_mode = mode


def _environ_set(name: str) -> bool:
    return os.environ.get(name, "") != ""


def make_console(*, stderr: bool = False) -> Console:
    """A Rich console for stdout (results) or stderr (messages), colour decided by `--color`.

    auto: colour only on a terminal; NO_COLOR (non-empty) drops colour, FORCE_COLOR (non-empty)
    forces it, TERM=dumb means none; Rich reads all three itself. always/never override them.
    """
    console = _quiet_console_class()
    if _color_mode is ColorMode.NEVER:
        # No colour system at all: not even bold or dim reaches the stream.
        return console(stderr=stderr, highlight=False, color_system=None, no_color=True)
    if _color_mode is ColorMode.ALWAYS:
        dumb = os.environ.get("TERM", "").lower() in ("dumb", "unknown")
        return console(
            stderr=stderr,
            highlight=False,
            force_terminal=True,
            no_color=False,
            color_system="standard" if dumb else "auto",
        )
    return console(stderr=stderr, highlight=False)


def _quiet_console_class() -> type[Console]:
    from rich.console import Console

    class QuietConsole(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit with status 1 here; main() ends quietly with 0 instead, as it
            # does for the machine formats, so the status never depends on timing.
            self.quiet = True
            raise BrokenPipeError

    return QuietConsole


def message(text: str) -> None:
    """One line for the person, on stderr; the text is printed literally, never as markup."""
    from rich.text import Text

    make_console(stderr=True).print(Text(text), soft_wrap=True)


# --- records: the machine formats ---------------------------------------------------------

Record = Mapping[str, Any]


def write_records(
    records: Sequence[Record],
    format_: OutputFormat,
    *,
    document: Any = None,
    columns: Sequence[str] | None = None,
    out: TextIO | None = None,
) -> None:
    """Write records as json (an array, or `document` when given), jsonl, csv or tsv.

    `columns` fixes the CSV/TSV header (default: the keys of the first record); a table is
    not a record format, see `emit`.
    """
    from filmtalk import records as serialize

    stream = out if out is not None else sys.stdout
    if format_ is OutputFormat.JSON:
        stream.write(serialize.to_json(document if document is not None else list(records)))
    elif format_ is OutputFormat.JSONL:
        stream.write(serialize.to_jsonl(records))
    elif format_ is OutputFormat.CSV:
        stream.write(serialize.to_csv(records, columns))
    elif format_ is OutputFormat.TSV:
        stream.write(serialize.to_tsv(records, columns))
    else:
        raise ValueError(f"not a record format: {format_.value}")


def emit(
    records: Sequence[Record],
    format_: OutputFormat,
    table: Callable[[int], RenderableType],
    *,
    document: Any = None,
    columns: Sequence[str] | None = None,
    empty_message: str | None = None,
    page: bool = False,
) -> None:
    """Print one command's results in the chosen format.

    `table(width)` builds the Rich renderable for a person at a terminal of that width (it may
    choose a narrower layout). `empty_message` goes to stderr when a table would be empty; the
    machine formats still print their (empty) output. `page` sends a table through the pager.
    """
    if format_ is not OutputFormat.TABLE:
        write_records(records, format_, document=document, columns=columns)
        return
    if not records and empty_message is not None:
        message(empty_message)
        return
    console = make_console()
    renderable = table(console.width)
    if page and should_page(console):
        print_paged(console, renderable)
    else:
        console.print(renderable)


# --- the pager ------------------------------------------------------------------------------

# Like git: quit when it fits on one screen (F), keep colours (R), leave the text (X).
DEFAULT_LESS = "FRX"


def should_page(console: Console) -> bool:
    """Page only for a person: stdout and stdin are both terminals, and the screen is not dumb."""
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        return False
    return not console.is_dumb_terminal


def pager_command() -> str | None:
    """$PAGER (empty or "cat" means no pager), else less when it is installed."""
    configured = os.environ.get("PAGER")
    if configured is not None:
        stripped = configured.strip()
        return None if stripped in ("", "cat") else stripped
    import shutil

    return "less" if shutil.which("less") else None


def print_paged(console: Console, renderable: RenderableType) -> None:
    """Render with styles into a string, then hand it to the pager; print directly without one."""
    command = pager_command()
    if command is None:
        console.print(renderable)
        return
    with console.capture() as capture:
        console.print(renderable)
    run_pager(command, capture.get())


def run_pager(command: str, text: str) -> None:
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", DEFAULT_LESS)
    try:
        # Through the shell, as git and pydoc do, so PAGER may carry options ("less -S").
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        # A $PAGER that cannot run is not worth an error: show the text instead.
        sys.stdout.write(text)
        return
    assert process.stdin is not None
    try:
        with process.stdin as pipe:
            pipe.write(text.encode("utf-8", "replace"))
    except BrokenPipeError:
        pass  # the reader quit the pager before reading everything
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager (less uses it); wait until it exits
