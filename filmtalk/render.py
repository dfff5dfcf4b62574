"""Rich renderables for people at a terminal. Every piece of interview text enters Rich as a
`Text` object, never as markup, so "[laughs]" prints literally and cannot restyle anything."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from filmtalk.models import Interview, QAPair
from filmtalk.results import SearchHit, Span

if TYPE_CHECKING:
    from rich.table import Table

    from filmtalk.checking import CheckReport, FileReport
    from filmtalk.index_report import IndexStatus

QUESTION_STYLE = "bold cyan"
MATCH_STYLE = "bold yellow"
DIM = "dim"


def highlighted(text: str, spans: Sequence[Span], style: str = "") -> Text:
    """`text` as a Text, with the given spans in the match style."""
    result = Text(text, style=style)
    for span in spans:
        result.stylize(MATCH_STYLE, span.start, span.end)
    return result


def interviews_table(interviews: Sequence[Interview]) -> Table:
    from rich.table import Table

    table = Table(title=None, expand=False, header_style="bold")
    table.add_column("Slug", style="cyan", no_wrap=True)
    table.add_column("Name", overflow="fold")
    table.add_column("Title", overflow="fold", ratio=2)
    table.add_column("Pairs", justify="right")
    table.add_column("Words", justify="right")
    for interview in interviews:
        table.add_row(
            Text(interview.slug),
            Text(interview.name),
            Text(interview.title),
            Text(str(len(interview.pairs))),
            Text(f"{interview.words:,}"),
        )
    return table


class Indented:
    """A renderable shifted right by `indent` columns, wrapped to the width that is left.

    Unlike Padding it adds no spaces at the ends of lines (so piped text has no trailing
    blanks), and `first` can replace the indent on the first line: a hanging "12. " label.
    """

    def __init__(self, renderable: RenderableType, indent: int, first: Text | None = None):
        self.renderable = renderable
        self.indent = indent
        self.first = first

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width - self.indent, 1)
        lines = console.render_lines(self.renderable, options.update_width(width), pad=False)
        blank = Segment(" " * self.indent)
        for number, line in enumerate(lines):
            if number == 0 and self.first is not None:
                label = Text().append(self.first)  # its style becomes a span, which render keeps
                label.pad_right(self.indent - label.cell_len)
                yield from label.render(console)
            elif Segment.get_line_length(line):
                yield blank  # a blank line between paragraphs stays empty
            yield from line
            yield Segment.line()


def interview_view(interview: Interview, pairs: Sequence[QAPair]) -> RenderableType:
    """A whole interview (or the chosen pairs) as readable text: title, who, intro, then Q&A."""
    parts: list[RenderableType] = [Text(interview.title, style="bold")]
    count = len(interview.pairs)
    byline = Text(
        f"{interview.name} · {count} question{'s' if count != 1 else ''} · {interview.path}",
        style=DIM,
    )
    parts.append(byline)
    if interview.intro and len(pairs) == count:
        parts.append(Text(""))
        parts.append(Text(interview.intro, style="italic"))
    for pair in pairs:
        parts.append(Text(""))
        label = Text(f"{pair.index}. ", style=QUESTION_STYLE)
        question = Text(pair.question, style=QUESTION_STYLE)
        parts.append(Indented(question, label.cell_len, first=label))
        answer = Text(pair.answer) if pair.answer else Text("(no answer)", style=DIM)
        parts.append(Indented(answer, 3))
    return Group(*parts)


def search_table(hits: Sequence[SearchHit]) -> Table:
    from rich.table import Table

    table = Table(expand=True, show_lines=True, header_style="bold")
    # Wide enough for each slug on a line of its own (a slug cut in two cannot be copied into
    # `show`), up to 20 columns; longer slugs fold. With a ratio, Rich takes `width` as the
    # column's least width (it ignores min_width there).
    longest_slug = max((len(hit.slug) for hit in hits), default=0)
    table.add_column("Who", ratio=1, overflow="fold", width=min(max(longest_slug, 10), 20))
    table.add_column("Question and answer", ratio=4, overflow="fold")
    table.add_column("Score", justify="right", no_wrap=True)
    for hit in hits:
        who = Text(hit.name)
        who.append(Text(f"\n{hit.slug} #{hit.pair.index}", style=DIM))
        match = highlighted(hit.pair.question, hit.question_highlights, QUESTION_STYLE)
        match.append("\n")
        match.append(highlighted(hit.snippet.text, hit.snippet.highlights))
        table.add_row(who, match, Text(f"{hit.score:.2f}"))
    return table


# Below this many columns a table squeezes its cells into a letter or two per line, so the
# commands print each record as a short stacked block instead.
NARROW_WIDTH = 60


def interviews_listing(interviews: Sequence[Interview], width: int) -> RenderableType:
    """The `list` output for a terminal `width` columns wide: a table, or stacked blocks."""
    if width >= NARROW_WIDTH:
        return interviews_table(interviews)
    blocks: list[RenderableType] = []
    for number, interview in enumerate(interviews):
        if number:
            blocks.append(Text(""))
        blocks.append(Text(interview.slug, style="bold cyan"))
        count = len(interview.pairs)
        details = [
            Text(interview.name),
            Text(interview.title),
            Text(f"{count} pair{'s' if count != 1 else ''} · {interview.words:,} words", DIM),
        ]
        blocks.append(Indented(Group(*details), 2))
    return Group(*blocks)


def search_results(hits: Sequence[SearchHit], width: int) -> RenderableType:
    """The `search` output for a terminal `width` columns wide: a table, or stacked blocks."""
    if width >= NARROW_WIDTH:
        return search_table(hits)
    blocks: list[RenderableType] = []
    for number, hit in enumerate(hits, start=1):
        if number > 1:
            blocks.append(Text(""))
        heading = Text(f"{number}. ", style=DIM)
        heading.append(Text(hit.name, style="bold"))
        blocks.append(heading)
        match = Text(f"{hit.slug} #{hit.pair.index} · score {hit.score:.2f}\n", style=DIM)
        match.append(highlighted(hit.pair.question, hit.question_highlights, QUESTION_STYLE))
        match.append("\n")
        match.append(highlighted(hit.snippet.text, hit.snippet.highlights))
        blocks.append(Indented(match, 3))
    return Group(*blocks)


# --- check ---


def check_view(report: CheckReport, width: int = 80) -> RenderableType:
    """A table of how each file was read, then per file what was dropped and what is wrong."""
    overview = _check_table(report, width) if width >= NARROW_WIDTH else _check_blocks(report)
    details = [_check_details(file) for file in report.files if file.findings or file.dropped]
    errors = sum(1 for file in report.files if file.errors)
    warned = sum(1 for file in report.files if file.warnings and not file.errors)
    count = len(report.files)
    summary = Text(
        f"{count} file{'s' if count != 1 else ''}: {count - errors - warned} ok, "
        f"{warned} with warnings, {errors} with errors",
        style="bold red" if errors else "bold",
    )
    return Group(overview, *details, Text(""), summary)


# Wide enough to show the file names beside the slugs.
WIDE_WIDTH = 100


def _check_table(report: CheckReport, width: int) -> RenderableType:
    from rich.table import Table

    table = Table(header_style="bold")
    if width >= WIDE_WIDTH:
        table.add_column("File", overflow="fold")
    table.add_column("Slug", style="cyan", no_wrap=True)
    table.add_column("Name", overflow="fold")
    table.add_column("Pairs", justify="right")
    table.add_column("Intro", justify="right")
    table.add_column("Dropped", justify="right")
    table.add_column("Status", no_wrap=True)
    for file in report.files:
        cells = [
            # A file that could not be read has no slug: its file name says which it is.
            Text(file.slug or Path(file.path).name),
            Text(file.name),
            Text(str(file.pairs)),
            Text(str(file.intro_chars)),
            Text(str(len(file.dropped))),
            _check_status(file),
        ]
        if width >= WIDE_WIDTH:
            cells.insert(0, Text(Path(file.path).name))
        table.add_row(*cells)
    return table


def _check_blocks(report: CheckReport) -> RenderableType:
    """One short block per file, for terminals too narrow for the table."""
    blocks: list[RenderableType] = []
    for file in report.files:
        heading = Text(file.slug or Path(file.path).name, style="bold cyan")
        heading.append("  ")
        heading.append(_check_status(file))
        blocks.append(heading)
        details = Text(f"{file.name}\n", style="")
        details.append(
            Text(
                f"{file.pairs} pairs · intro {file.intro_chars} chars · "
                f"{len(file.dropped)} dropped",
                style=DIM,
            )
        )
        blocks.append(Indented(details, 2))
    return Group(*blocks)


def _check_status(file: FileReport) -> Text:
    if file.errors:
        return Text("error", style="bold red")
    if file.warnings:
        count = len(file.warnings)
        return Text(f"{count} warning{'s' if count != 1 else ''}", style="yellow")
    return Text("ok", style="green")


def _check_details(file: FileReport) -> RenderableType:
    lines: list[RenderableType] = [Text(""), Text(file.path, style="bold")]
    for finding in file.findings:
        line = Text(f"{finding.level}: ", style="red" if finding.level == "error" else "yellow")
        line.append(Text(f"{finding.message} [{finding.kind}]"))
        lines.append(Indented(line, 2))
    if file.dropped:
        shown = " · ".join(_shorten(line) for line in file.dropped)
        dropped = Text(f"dropped ({len(file.dropped)}): ", style=DIM)
        dropped.append(Text(shown, style=DIM))
        lines.append(Indented(dropped, 2))
    return Group(*lines)


def _shorten(line: str, width: int = 48) -> str:
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def file_size(size: int) -> str:
    """A file's size as people read it: "36 KB", "204.8 MB", "2.0 GB"."""
    # Each unit while its rounded figure stays under 1,024 of it ("1,024 KB" is "1.0 MB").
    if round(size / 1024) < 1024:
        return f"{max(size / 1024, 1 if size else 0):,.0f} KB"
    if round(size / 1_048_576, 1) < 1024:
        return f"{size / 1_048_576:,.1f} MB"
    return f"{size / 1_073_741_824:,.1f} GB"


def index_view(status: IndexStatus) -> Table:
    """`filmtalk index`: where the cache is, what it holds and whether it is up to date."""
    from rich.table import Table

    from filmtalk.records import iso_time

    state = {
        "fresh": Text("up to date", style="green"),
        "stale": Text(
            f"out of date: {status.added} added, {status.changed} changed, "
            f"{status.removed} removed (the next command updates it)",
            style="yellow",
        ),
        "outdated": Text("made by another filmtalk version (the next command rebuilds it)"),
        "unreadable": Text("unreadable (the next command rebuilds it)", style="yellow"),
        "missing": Text("not built yet (the next command builds it)"),
        "unwritable": Text(
            "cannot be made: the cache folder cannot be written, so every command reads "
            "the files afresh (set FILMTALK_CACHE_DIR to a writable folder)",
            style="yellow",
        ),
    }[status.state]
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row("Corpus", Text(status.corpus))
    table.add_row("Cache", Text(status.cache))
    table.add_row("State", state)
    if status.state in ("fresh", "stale"):
        table.add_row(
            "Holds",
            Text(
                f"{status.interviews:,} interviews, {status.pairs:,} pairs, "
                f"{status.words:,} distinct words, in {status.files:,} files"
            ),
        )
        table.add_row("Size", Text(file_size(status.size_bytes)))
        if status.built_ns is not None:
            table.add_row("Built", Text(iso_time(status.built_ns)))
        if status.updated_ns is not None:
            table.add_row("Updated", Text(iso_time(status.updated_ns)))
    return table
