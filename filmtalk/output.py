"""How results reach stdout: one `--format` option for every command that prints records, the
consoles (colour decided once, from the terminal, the environment and `--color`), and the pager.

JSON, JSON Lines, CSV and TSV are written with the standard library, never through Rich, so
no style, markup or escape code can leak into machine output. Rich is imported only inside the
functions that draw for a person at a terminal, to keep `filmtalk --help` quick.

When no format is asked for, a person gets a table and a pipe or a file gets the TSV form (see
`for_a_person`): Rich tables wrap answers over lines, which grep and awk cannot use, and that
default path never imports Rich at all.
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
        help="Output as a table, json, jsonl, csv or tsv; by default a table on a terminal "
        "and tsv in a pipe (show: a text document); e.g. --format csv.",
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Shorthand for --format json; e.g. filmtalk list --json | jq ."),
]


def chosen_format(format_: OutputFormat | None, json_flag: bool) -> OutputFormat | None:
    """The format asked for: --format wins, --json is its shorthand; None when neither was
    given, which `emit` turns into a table for a person and plain text for a pipe."""
    if format_ is not None:
        if json_flag and format_ is not OutputFormat.JSON:
            raise typer.BadParameter(
                f"--json and --format {format_.value} disagree: give only one of them"
            )
        return format_
    return OutputFormat.JSON if json_flag else None


# Set by the global --color option (the main callback runs before any command).
_color_mode = ColorMode.AUTO


def set_color_mode(mode: ColorMode) -> None:
    global _color_mode
    _color_mode = mode


def _environ_set(name: str) -> bool:
    return os.environ.get(name, "") != ""


def for_a_person() -> bool:
    """Whether stdout is read by a person, so that the default output is a Rich table.

    A terminal is; so is any output with `--color always`, or FORCE_COLOR (non-empty) under
    `--color auto`: both ask for colour, which only a person wants, and colour in TSV would
    be escape codes in the data. NO_COLOR and TERM=dumb change the colours, not the layout.
    """
    if _color_mode is ColorMode.ALWAYS:
        return True
    if _color_mode is ColorMode.AUTO and _environ_set("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


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
    """One line for the person, on stderr, printed literally (never as markup).

    Plain text, without Rich: a message has no style, so Rich would print the same characters,
    and a warning on the way to a pipe should not cost Rich's import.
    """
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


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


# The columns of a view of one thing (`filmtalk index`) in the line formats: a row per field.
FIELD_COLUMNS = ("field", "value")


def field_rows(record: Record) -> list[dict[str, Any]]:
    """One record as one row per field, so that `| grep cache` finds the line it wants."""
    return [{"field": name, "value": value} for name, value in record.items()]


def emit(
    records: Sequence[Record],
    format_: OutputFormat | None,
    table: Callable[[int], RenderableType],
    *,
    document: Any = None,
    columns: Sequence[str] | None = None,
    empty_message: str | None = None,
    empty: bool | None = None,
    page: bool = False,
    plain: Callable[[], str] | None = None,
) -> None:
    """Print one command's results in the chosen format.

    `table(width)` builds the Rich renderable for a person at a terminal of that width (it may
    choose a narrower layout). With no format chosen (None) a person gets the table and a pipe
    gets `plain()` when given, else exactly what `--format tsv` prints.

    `empty_message` goes to stderr when there is nothing to show (`empty`, by default: no
    records): instead of a table, or beside the plain default; the explicitly chosen machine
    formats print only their (empty) output. `page` sends a table through the pager.
    """
    nothing = not records if empty is None else empty
    if format_ is None:
        if for_a_person():
            format_ = OutputFormat.TABLE
        else:
            if nothing and empty_message is not None:
                message(empty_message)
            if plain is not None:
                sys.stdout.write(plain())
            else:
                write_records(records, OutputFormat.TSV, columns=columns)
            return
    if format_ is not OutputFormat.TABLE:
        write_records(records, format_, document=document, columns=columns)
        return
    if nothing and empty_message is not None:
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
