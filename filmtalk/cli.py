"""The command line: parses options, asks the core, and hands the results to the renderers.

Heavy modules (Rich, rapidfuzz, the parser) are imported inside the commands, so that
`filmtalk --help` and `filmtalk --version` stay as quick as Typer itself.
"""

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer

from filmtalk import __version__
from filmtalk.errors import FilmtalkError
from filmtalk.output import (
    FIELD_COLUMNS,
    ColorMode,
    FormatOption,
    JsonOption,
    chosen_format,
    emit,
    field_rows,
    make_console,
    message,
    set_color_mode,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from typer.models import CommandInfo

    from filmtalk.corpus import Corpus
    from filmtalk.results import SearchHit

app = typer.Typer(
    name="filmtalk",
    help="Explore a folder of filmmaker interviews: who is in it and what they said.",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

T = TypeVar("T")

# ctx.meta key: --no-cache, seen by every command's context.
NO_CACHE = "filmtalk.no_cache"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"filmtalk {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            envvar="FILMTALK_CORPUS",
            help="Folder of interview text files (default: the bundled interviews); "
            "e.g. --corpus ~/interviews.",
            show_default=False,
        ),
    ] = None,
    color: Annotated[
        ColorMode,
        typer.Option(
            "--color",
            case_sensitive=False,
            help="When to colour: auto (on a terminal; honours NO_COLOR, FORCE_COLOR, "
            "TERM=dumb), always or never; e.g. --color never.",
        ),
    ] = ColorMode.AUTO,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read every file afresh; neither use nor update the index cache.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Explore a folder of filmmaker interviews: who is in it, what they said, and who said what.

    Example: filmtalk search "favorite directors"
    """
    set_color_mode(color)
    ctx.obj = corpus
    ctx.meta[NO_CACHE] = no_cache


def _stderr() -> "Console":
    return make_console(stderr=True)


# Typer matches a completion function's parameters by their (real, unquoted) annotations,
# which is why this module does not use `from __future__ import annotations`.
def _complete_slug(ctx: typer.Context, incomplete: str) -> list[str]:
    """Interview slugs for shell completion; never fails, it just offers nothing."""
    try:
        from filmtalk.completion import complete_slug
        from filmtalk.corpus import corpus_dir

        # During completion the root's values may still be raw strings.
        root = ctx.find_root().params
        chosen = root.get("corpus")
        directory = corpus_dir(Path(chosen) if chosen else None)
        return complete_slug(directory, incomplete, use_cache=not root.get("no_cache"))
    except Exception:
        return []


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the core's FilmtalkError into one line on stderr and exit status 1; so too a
    system error the core did not foresee (a folder it may not enter), but not a closed pipe,
    which main() ends quietly."""
    try:
        yield
    except FilmtalkError as error:
        message(f"filmtalk: {error}")
        raise typer.Exit(code=1) from None
    except OSError as error:
        if isinstance(error, BrokenPipeError) or error.filename is None:
            raise
        message(f"filmtalk: {error.filename}: {error.strerror or error}")
        raise typer.Exit(code=1) from None


def _load(ctx: typer.Context) -> "Corpus":
    from filmtalk.corpus import corpus_dir, load_corpus

    with _progress_bar("Indexing interviews") as progress:
        corpus = load_corpus(
            corpus_dir(ctx.obj), use_cache=not ctx.meta.get(NO_CACHE), progress=progress
        )
    _warn(corpus.warnings)
    return corpus


def _load_and_compute(ctx: typer.Context, compute: "Callable[[Corpus], T]") -> T:
    """_load, then compute(corpus), which may start before the folder is listed (see
    filmtalk.corpus.load_and_compute)."""
    from filmtalk.corpus import corpus_dir, load_and_compute

    with _progress_bar("Indexing interviews") as progress:
        corpus, result = load_and_compute(
            corpus_dir(ctx.obj), compute, use_cache=not ctx.meta.get(NO_CACHE), progress=progress
        )
    _warn(corpus.warnings)
    return result


# More load warnings than this are summed up in one line: every command prints them again.
MAX_WARNINGS = 5


def _warn(warnings: Sequence[str]) -> None:
    for warning in warnings[:MAX_WARNINGS]:
        message(f"filmtalk: warning: {warning}")
    if len(warnings) > MAX_WARNINGS:
        more = len(warnings) - MAX_WARNINGS
        message(f"filmtalk: warning: … and {more} more; `filmtalk check` lists them all")


@app.command("list")
def list_interviews(
    ctx: typer.Context, format_: FormatOption = None, json: JsonOption = False
) -> None:
    """List the interviews in the corpus: slug, name, title, pairs and words.

    Example: filmtalk list --format csv
    """
    output = chosen_format(format_, json)
    with _user_errors():
        from filmtalk.records import LIST_COLUMNS, list_record

        corpus = _load(ctx)
        interviews = corpus.interviews

        def table(width: int) -> "RenderableType":
            from filmtalk.render import interviews_listing

            return interviews_listing(interviews, width)

        emit(
            [list_record(interview) for interview in interviews],
            output,
            table,
            columns=LIST_COLUMNS,
            empty_message=f"No interviews in {corpus.directory}.",
        )


@app.command()
def show(
    ctx: typer.Context,
    ref: Annotated[
        str,
        typer.Argument(
            help='A slug, a unique slug prefix, a name ("ashley ip") or a text file\'s path; '
            "e.g. jinsui-song.",
            show_default=False,
            autocompletion=_complete_slug,
        ),
    ],
    question: Annotated[
        int | None,
        typer.Option("--question", "-q", min=1, help="Show only question N (1-based); e.g. -q 2."),
    ] = None,
    format_: FormatOption = None,
    json: JsonOption = False,
    pager: Annotated[
        bool,
        typer.Option(
            "--pager/--no-pager",
            help="Page long output through $PAGER (less) on a terminal; e.g. --no-pager.",
        ),
    ] = True,
) -> None:
    """Show one interview: title, name, intro, then every question with its answer.

    Example: filmtalk show jinsui --question 2
    """
    output = chosen_format(format_, json)
    with _user_errors():
        from filmtalk.corpus import find_interview

        interview = find_interview(_load(ctx), ref)
        pairs = interview.pairs
        if question is not None:
            if question > len(pairs):
                raise FilmtalkError(
                    f"{interview.slug} has {len(pairs)} questions; "
                    f"choose --question between 1 and {len(pairs)}"
                )
            pairs = (pairs[question - 1],)
        from filmtalk.records import PAIR_COLUMNS, pair_rows, show_record

        def view(width: int) -> "RenderableType":
            from filmtalk.render import interview_view

            return interview_view(interview, pairs)

        def document() -> str:
            # Piped or saved, the interview is a document to read (`show x > x.md`), as
            # `export --format markdown` writes it.
            from filmtalk.export import interview_markdown

            return interview_markdown(interview, pairs)

        emit(
            pair_rows(interview, pairs),
            output,
            view,
            document=show_record(interview, pairs),
            columns=PAIR_COLUMNS,
            page=pager,
            plain=document,
        )


SearchField = Literal["question", "answer", "all"]


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help='Words to look for; typos and accents are forgiven; e.g. "covid lessons".'
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Show at most N results; e.g. -n 3.")
    ] = 10,
    who: Annotated[
        str | None,
        typer.Option(
            "--who",
            "-w",
            help="Only search one interviewee (slug or name); e.g. --who jinsui-song.",
            autocompletion=_complete_slug,
        ),
    ] = None,
    field: Annotated[
        SearchField,
        typer.Option(
            "--in", help="Search the questions, the answers, or both; e.g. --in question."
        ),
    ] = "all",
    format_: FormatOption = None,
    json: JsonOption = False,
) -> None:
    """Search every question and answer, best matches first.

    Example: filmtalk search "favorite directors" --limit 3
    """
    output = chosen_format(format_, json)
    if not query.strip():
        message("filmtalk: the query is empty: give words to look for, e.g. filmtalk search covid")
        raise typer.Exit(code=1)
    with _user_errors():
        from filmtalk.corpus import find_interview

        def run_search(corpus: "Corpus") -> "list[SearchHit]":
            slugs = [find_interview(corpus, who).slug] if who else None
            return corpus.search_index().search(query, limit=limit, slugs=slugs, field=field)

        hits = _load_and_compute(ctx, run_search)
        from filmtalk.records import SEARCH_COLUMNS, search_record

        def table(width: int) -> "RenderableType":
            from filmtalk.render import search_results

            return search_results(hits, width)

        emit(
            [search_record(hit) for hit in hits],
            output,
            table,
            columns=SEARCH_COLUMNS,
            empty_message=f"No matches for {query!r}. Try fewer or other words.",
        )


# --- across interviews: compare, stats, export ---


def _who_slugs(corpus: "Corpus", who: list[str] | None) -> list[str] | None:
    """The slugs that --who names, from repeated options and comma-separated lists, in order."""
    if not who:
        return None
    from filmtalk.corpus import find_interview

    refs = [ref.strip() for option in who for ref in option.split(",") if ref.strip()]
    if not refs:
        raise FilmtalkError("--who needs a slug or a name (see `filmtalk list`)")
    return list(dict.fromkeys(find_interview(corpus, ref).slug for ref in refs))


@app.command()
def compare(
    ctx: typer.Context,
    topic: Annotated[
        str,
        typer.Argument(help='What to compare on, e.g. "favorite directors".', show_default=False),
    ],
    who: Annotated[
        list[str] | None,
        typer.Option(
            "--who",
            "-w",
            help="Only these interviewees (slug or name); repeat it or separate with commas.",
            show_default=False,
        ),
    ] = None,
    format_: FormatOption = None,
    json: JsonOption = False,
) -> None:
    """How did each interviewee answer the same question? Everyone's best pair for TOPIC.

    Example: filmtalk compare "favorite directors" --who jiuxun,ashley
    """
    output = chosen_format(format_, json)
    with _user_errors():
        from filmtalk.compare import COMPARE_COLUMNS, comparison_record
        from filmtalk.compare import compare as compare_topic

        corpus = _load(ctx)
        slugs = _who_slugs(corpus, who)
        comparisons = compare_topic(corpus.interviews, topic, corpus.search_index(), slugs=slugs)
        nobody_answers = all(c.match is None for c in comparisons)

        def view(width: int) -> "RenderableType":
            from filmtalk.render_across import compare_view

            return compare_view(comparisons, width)

        emit(
            [comparison_record(c) for c in comparisons],
            output,
            view,
            columns=COMPARE_COLUMNS,
            empty_message=f"No one answers {topic!r}. Try other or fewer words."
            if comparisons
            else f"No interviews in {corpus.directory}.",
            empty=nobody_answers,
            page=True,
        )


@app.command()
def stats(ctx: typer.Context, format_: FormatOption = None, json: JsonOption = False) -> None:
    """The corpus at a glance: totals, each interviewee's most distinctive words, answer lengths.

    The line formats (jsonl, csv, tsv) have one record per interviewee; json is the whole.

    Example: filmtalk stats --json
    """
    output = chosen_format(format_, json)
    with _user_errors():
        from filmtalk.stats import PERSON_COLUMNS, corpus_stats, person_record, stats_record

        corpus = _load(ctx)
        numbers = corpus_stats(corpus.interviews)

        def view(width: int) -> "RenderableType":
            from filmtalk.render_across import stats_view

            return stats_view(numbers, width)

        emit(
            [person_record(person) for person in numbers.people],
            output,
            view,
            document=stats_record(numbers),
            columns=PERSON_COLUMNS,
            empty_message=f"No interviews in {corpus.directory}.",
        )


# filmtalk.export.EXPORT_FORMATS, spelled out so that `--help` need not import the module.
ExportFormatName = Literal["json", "jsonl", "csv", "markdown"]


@app.command()
def export(
    ctx: typer.Context,
    export_format: Annotated[
        ExportFormatName | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl/csv: one record per pair; json: nested interviews; markdown: a document."
            " Default: from the -o file's suffix, else jsonl.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file instead of stdout.", show_default=False
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the -o file if it exists.")
    ] = False,
) -> None:
    """Export every pair for other tools: sqlite-utils, Datasette, spreadsheets, search engines.

    Example: filmtalk export --format jsonl | sqlite-utils insert interviews.db pairs - --nl
    """
    with _user_errors():
        from filmtalk.export import export_text, format_for, write_atomically

        corpus = _load(ctx)
        chosen = export_format or format_for(output)
        text = export_text(corpus.interviews, chosen)
        if output is None:
            sys.stdout.write(text)
            return
        write_atomically(output, text, force=force)
        count = sum(len(i.pairs) for i in corpus.interviews)
        message(f"Wrote {count} pairs to {output} as {chosen}.")


# --- check ---


@app.command()
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to check (default: the whole corpus).",
            metavar="[PATH]...",
            show_default=False,
        ),
    ] = None,
    format_: FormatOption = None,
    json: JsonOption = False,
) -> None:
    """Show how each file was read: name, slug, pairs, intro, chrome dropped, and warnings.

    Exits with status 1 when any file has an error (unreadable, empty, binary, no questions),
    so a corpus can be checked in its own CI.

    Example: filmtalk check ~/interviews --json
    """
    output = chosen_format(format_, json)
    with _user_errors():
        from filmtalk.checking import check_paths
        from filmtalk.corpus import corpus_dir
        from filmtalk.records import CHECK_COLUMNS, check_record

        report = check_paths(paths or [corpus_dir(ctx.obj)])

        def view(width: int) -> "RenderableType":
            from filmtalk.render import check_view

            return check_view(report, width)

        emit(
            [check_record(file) for file in report.files],
            output,
            view,
            columns=CHECK_COLUMNS,
            empty_message="No files to check.",
        )
    if not report.ok:
        raise typer.Exit(code=1)


# --- index ---


@contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress callback that shows a bar on stderr, only on a terminal and only once the
    work has taken more than a second, so quick commands and pipes never see it."""
    import time

    started = time.monotonic()
    shown: list[Any] = []

    def progress(done: int, total: int) -> None:
        if not shown:
            if time.monotonic() - started < 1.0 or not sys.stderr.isatty():
                return
            from rich.progress import Progress

            bar = Progress(console=_stderr(), transient=True)
            bar.start()
            shown.append((bar, bar.add_task(label, total=total)))
        bar, task = shown[0]
        bar.update(task, completed=done, total=total)

    try:
        yield progress
    finally:
        if shown:
            shown[0][0].stop()


@app.command("index")
def index_command(
    ctx: typer.Context,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Read every file again and rebuild the cache.")
    ] = False,
    clear: Annotated[bool, typer.Option("--clear", help="Delete the cache.")] = False,
    json: JsonOption = False,
) -> None:
    """Show where the index cache of the corpus is and whether it is up to date.

    Example: filmtalk --corpus ~/interviews index --rebuild
    """
    with _user_errors():
        from filmtalk.corpus import corpus_dir, corpus_listing
        from filmtalk.index_report import clear_index, index_status
        from filmtalk.store import open_store

        if rebuild and clear:
            raise FilmtalkError("choose --rebuild or --clear, not both")
        directory = corpus_dir(ctx.obj)
        listing = corpus_listing(directory)
        if clear or rebuild:
            removed = clear_index(directory)
            if clear:
                message("Deleted the index cache." if removed else "There was no index cache.")
        if rebuild:
            with _progress_bar("Indexing interviews") as progress:
                store = open_store(directory, listing, progress=progress)
            if store is None:
                raise FilmtalkError(
                    f"cannot write the index cache in {_cache_folder()} "
                    "(set FILMTALK_CACHE_DIR to a writable folder)"
                )
            store.close()
        status = index_status(directory, listing.files)
        from filmtalk.records import index_record

        record = index_record(status)

        def view(width: int) -> "RenderableType":
            from filmtalk.render import index_view

            return index_view(status)

        # Piped, a "field<TAB>value" line per field of the --json record.
        emit(
            field_rows(record),
            chosen_format(None, json),
            view,
            document=record,
            columns=FIELD_COLUMNS,
        )


def _cache_folder() -> Path:
    from filmtalk.store import cache_dir

    return cache_dir()


def only_command(name: str | None) -> typer.Typer:
    """The app with just the command `name` (if it is one): Typer builds the options of every
    registered command on each run, about a millisecond a command, to run one of them."""
    if name is None:
        return app
    from typer.main import get_command_name

    def name_of(info: "CommandInfo") -> str:
        return info.name or get_command_name(info.callback.__name__ if info.callback else "")

    chosen = [info for info in app.registered_commands if name_of(info) == name]
    if not chosen:
        return app
    import copy

    narrowed = copy.copy(app)
    narrowed.registered_commands = chosen
    return narrowed


def main(command: str | None = None) -> None:
    """The console script: run the app, ending quietly when the reader of stdout goes away.

    `command` is the command the command line names (filmtalk.launch reads it): only that
    one is built. The command line is still parsed by Typer as always."""
    try:
        try:
            only_command(command)(prog_name="filmtalk")
        finally:
            # Flush here, inside the handler, so a closed pipe surfaces now and not as an
            # "Exception ignored" message at interpreter exit (the Python docs' SIGPIPE recipe).
            sys.stdout.flush()
            if sys.__stdout__ is not None:
                sys.__stdout__.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except SystemExit as done:
        # Typer ends a write to a closed pipe itself, with status 1, after wrapping stdout;
        # either way the reader chose to stop, so the status is 0 and never depends on timing.
        if done.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            sys.exit(0)
        raise
    except KeyboardInterrupt:
        sys.exit(130)
