"""The command line: parses options, asks the core, and hands the results to the renderers.

Heavy modules (Rich, rapidfuzz, the parser) are imported inside the commands, so that
`filmtalk --help` and `filmtalk --version` stay as quick as Typer itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args, get_origin

import typer

from filmtalk import __version__
from filmtalk.errors import FilmtalkError
from filmtalk.output import (
    ColorMode,
    FormatOption,
    JsonOption,
    chosen_format,
    emit,
    make_console,
    message,
    set_color_mode,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from filmtalk.corpus import Corpus

# --- start-up: Typer 0.26+ builds a pydantic TypeAdapter for every option value it converts,
# even a default None, and importing pydantic costs more than Typer itself. Values that need
# no real converting (None, a default already of its type, a choice, a plain string, path or
# number) are converted here; anything else, and every error message, is left to Typer. ---

_NOT_QUICK = object()


def _quick_value(param: Any, annotation: Any, info: Any, value: Any) -> Any:
    """`value` converted for `annotation` as Typer would, or _NOT_QUICK to let Typer do it."""
    if param.multiple or param.nargs == -1 or info.parser is not None:
        return _NOT_QUICK
    if value is None:
        return None
    if isinstance(annotation, type) and type(value) is annotation:
        return value
    if not isinstance(value, str):
        return _NOT_QUICK
    if annotation is str:
        return value
    is_enum = isinstance(annotation, type) and issubclass(annotation, Enum)
    if is_enum or get_origin(annotation) is Literal:
        same = (lambda text: text) if info.case_sensitive else str.casefold
        for choice in tuple(annotation) if is_enum else get_args(annotation):
            if same(str(choice.value if is_enum else choice)) == same(value):
                return choice
        return _NOT_QUICK
    if annotation is Path and _plain_path_option(info, value):
        return Path(value)
    if annotation is int and value.isascii() and value.isdigit() and not info.clamp:
        number = int(value)
        if (info.min is None or number >= info.min) and (info.max is None or number <= info.max):
            return number
    return _NOT_QUICK


def _plain_path_option(info: Any, value: str) -> bool:
    """A Path option without checks Typer would make on this value."""
    if info.exists or info.writable or info.resolve_path or info.allow_dash or info.path_type:
        return False
    if not (info.file_okay and info.dir_okay):
        return False
    return not (info.readable and os.path.exists(value) and not os.access(value, os.R_OK))


class _QuickCoercion:
    """Stands in for a Typer parameter's runtime converter; builds the real one only if needed."""

    def __init__(self, full: Callable[[], Any], descriptor: Any) -> None:
        self.full = full
        self.annotation = descriptor.annotation
        self.info = descriptor.parameter_info

    def __call__(self) -> _QuickCoercion:
        return self

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        quick = _quick_value(param, self.annotation, self.info, value)
        if quick is not _NOT_QUICK:
            return quick
        return self.full().coerce(value, param=param, ctx=ctx)


def _quicken(params: list[Any]) -> None:
    for param in params:
        full = getattr(param, "get_runtime_param", None)
        descriptor = getattr(param, "type_descriptor", None)
        if full is None or descriptor is None or isinstance(full, _QuickCoercion):
            continue  # another Typer version: nothing to speed up
        setattr(param, "get_runtime_param", _QuickCoercion(full, descriptor))  # noqa: B010


class _QuickGroup(typer.core.TyperGroup):
    """The app's group: its own options and each command's are converted quickly."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # Here, not in __init__: Typer adds the completion and help options later.
        _quicken(self.get_params(ctx))
        return super().parse_args(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _quicken(command.get_params(ctx))
        return command


app = typer.Typer(
    cls=_QuickGroup,
    name="filmtalk",
    help="Explore a folder of filmmaker interviews: who is in it and what they said.",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


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


def _stdout() -> Console:
    return make_console()


def _stderr() -> Console:
    return make_console(stderr=True)


def _complete_slug(ctx: typer.Context, incomplete: str) -> list[str]:
    """Interview slugs for shell completion; never fails, it just offers nothing."""
    try:
        from filmtalk.completion import complete_slug
        from filmtalk.corpus import corpus_dir

        return complete_slug(corpus_dir(ctx.find_root().params.get("corpus")), incomplete)
    except Exception:
        return []


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the core's FilmtalkError into one line on stderr and exit status 1."""
    try:
        yield
    except FilmtalkError as error:
        message(f"filmtalk: {error}")
        raise typer.Exit(code=1) from None


def _load(ctx: typer.Context) -> Corpus:
    from filmtalk.corpus import corpus_dir, load_corpus

    corpus = load_corpus(corpus_dir(ctx.obj))
    for warning in corpus.warnings:
        message(f"filmtalk: warning: {warning}")
    return corpus


def _write_json(data: Any) -> None:
    from filmtalk.records import to_json

    sys.stdout.write(to_json(data))


def _print(renderable: RenderableType) -> None:
    _stdout().print(renderable)


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

        def table(width: int) -> RenderableType:
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

        def view(width: int) -> RenderableType:
            from filmtalk.render import interview_view

            return interview_view(interview, pairs)

        emit(
            pair_rows(interview, pairs),
            output,
            view,
            document=show_record(interview, pairs),
            columns=PAIR_COLUMNS,
            page=pager,
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
        from filmtalk.search import SearchIndex

        corpus = _load(ctx)
        slugs = [find_interview(corpus, who).slug] if who else None
        hits = SearchIndex.build(corpus.interviews).search(
            query, limit=limit, slugs=slugs, field=field
        )
        from filmtalk.records import SEARCH_COLUMNS, search_record

        def table(width: int) -> RenderableType:
            from filmtalk.render import search_results

            return search_results(hits, width)

        emit(
            [search_record(hit) for hit in hits],
            output,
            table,
            columns=SEARCH_COLUMNS,
            empty_message=f"No matches for {query!r}. Try fewer or other words.",
        )


def main() -> None:
    """The console script: run the app, ending quietly when the reader of stdout goes away."""
    try:
        try:
            app(prog_name="filmtalk")
        finally:
            # Flush here, inside the handler, so a closed pipe surfaces now and not as an
            # "Exception ignored" message at interpreter exit (the Python docs' SIGPIPE recipe).
            sys.stdout.flush()
            if sys.__stdout__ is not None:
                sys.__stdout__.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
