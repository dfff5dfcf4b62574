"""The command line: parses options, asks the core, and hands the results to the renderers.

Heavy modules (Rich, rapidfuzz, the parser) are imported inside the commands, so that
`filmtalk --help` and `filmtalk --version` stay as quick as Typer itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from filmtalk import __version__
from filmtalk.errors import FilmtalkError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from filmtalk.corpus import Corpus

app = typer.Typer(
    name="filmtalk",
    help="Explore a folder of filmmaker interviews: who is in it and what they said.",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

# ctx.meta key: --no-cache, seen by every command's context.
NO_CACHE = "filmtalk.no_cache"

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print machine-readable JSON instead of a table.")
]


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
            help="Folder of interview text files (default: the bundled interviews).",
            show_default=False,
        ),
    ] = None,
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
    ctx.obj = corpus
    ctx.meta[NO_CACHE] = no_cache


def _stdout() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the core's FilmtalkError into one line on stderr and exit status 1."""
    try:
        yield
    except FilmtalkError as error:
        from rich.text import Text

        _stderr().print(Text(f"filmtalk: {error}"), soft_wrap=True)
        raise typer.Exit(code=1) from None


def _load(ctx: typer.Context) -> Corpus:
    from filmtalk.corpus import corpus_dir, load_corpus

    with _progress_bar("Indexing interviews") as progress:
        corpus = load_corpus(
            corpus_dir(ctx.obj), use_cache=not ctx.meta.get(NO_CACHE), progress=progress
        )
    if corpus.warnings:
        from rich.text import Text

        err = _stderr()
        for warning in corpus.warnings:
            err.print(Text(f"filmtalk: warning: {warning}"), soft_wrap=True)
    return corpus


def _write_json(data: Any) -> None:
    from filmtalk.records import to_json

    sys.stdout.write(to_json(data))


def _print(renderable: RenderableType) -> None:
    _stdout().print(renderable)


@app.command("list")
def list_interviews(ctx: typer.Context, json: JsonOption = False) -> None:
    """List the interviews in the corpus: slug, name, title, pairs and words.

    Example: filmtalk list --json
    """
    with _user_errors():
        corpus = _load(ctx)
        if json:
            from filmtalk.records import list_record

            _write_json([list_record(interview) for interview in corpus.interviews])
            return
        from filmtalk.render import interviews_table

        if not corpus.interviews:
            _stderr().print(f"No interviews in {corpus.directory}.")
            return
        _print(interviews_table(corpus.interviews))


@app.command()
def show(
    ctx: typer.Context,
    ref: Annotated[
        str,
        typer.Argument(
            help='A slug, a unique slug prefix, a name ("ashley ip") or a text file\'s path.',
            show_default=False,
        ),
    ],
    question: Annotated[
        int | None,
        typer.Option("--question", "-q", min=1, help="Show only question N (1-based)."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Show one interview: title, name, intro, then every question with its answer.

    Example: filmtalk show jinsui --question 2
    """
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
        if json:
            from filmtalk.records import show_record

            _write_json(show_record(interview, pairs))
            return
        from filmtalk.render import interview_view

        _print(interview_view(interview, pairs))


SearchField = Literal["question", "answer", "all"]


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help="Words to look for; typos and accents are forgiven.")
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Show at most N results.")
    ] = 10,
    who: Annotated[
        str | None,
        typer.Option("--who", "-w", help="Only search one interviewee (slug or name)."),
    ] = None,
    field: Annotated[
        SearchField,
        typer.Option("--in", help="Search the questions, the answers, or both."),
    ] = "all",
    json: JsonOption = False,
) -> None:
    """Search every question and answer, best matches first.

    Example: filmtalk search "favorite directors" --limit 3
    """
    with _user_errors():
        from filmtalk.corpus import find_interview

        corpus = _load(ctx)
        slugs = [find_interview(corpus, who).slug] if who else None
        hits = corpus.search_index().search(query, limit=limit, slugs=slugs, field=field)
        if json:
            from filmtalk.records import search_record

            _write_json([search_record(hit) for hit in hits])
            return
        if not hits:
            from rich.text import Text

            _stderr().print(Text(f"No matches for {query!r}. Try fewer or other words."))
            return
        from filmtalk.render import search_table

        _print(search_table(hits))


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
        from filmtalk.corpus import corpus_dir, corpus_files
        from filmtalk.store import clear_index, index_status, open_store

        if rebuild and clear:
            raise FilmtalkError("choose --rebuild or --clear, not both")
        directory = corpus_dir(ctx.obj)
        stats = corpus_files(directory)
        if clear or rebuild:
            clear_index(directory)
        if rebuild:
            with _progress_bar("Indexing interviews") as progress:
                store = open_store(directory, stats, progress=progress)
            if store is None:
                raise FilmtalkError(
                    f"cannot write the index cache in {_cache_folder()} "
                    "(set FILMTALK_CACHE_DIR to a writable folder)"
                )
            store.close()
        status = index_status(directory, stats)
        if json:
            from filmtalk.records import index_record

            _write_json(index_record(status))
            return
        from filmtalk.render import index_view

        _print(index_view(status))


def _cache_folder() -> Path:
    from filmtalk.store import cache_dir

    return cache_dir()


def main() -> None:
    app(prog_name="filmtalk")
