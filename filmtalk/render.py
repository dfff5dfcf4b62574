"""Rich renderables for people at a terminal. Every piece of interview text enters Rich as a
`Text` object, never as markup, so "[laughs]" prints literally and cannot restyle anything."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from filmtalk.models import Interview, QAPair, SearchHit, Span

if TYPE_CHECKING:
    from rich.table import Table

    from filmtalk.checking import CheckReport, FileReport

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
        question = Text(f"{pair.index}. ", style=QUESTION_STYLE)
        question.append(Text(pair.question, style=QUESTION_STYLE))
        parts.append(question)
        answer = Text(pair.answer) if pair.answer else Text("(no answer)", style=DIM)
        parts.append(Padding(answer, (0, 0, 0, 3)))
    return Group(*parts)


def search_table(hits: Sequence[SearchHit]) -> Table:
    from rich.table import Table

    table = Table(expand=True, show_lines=True, header_style="bold")
    table.add_column("Who", ratio=1, overflow="fold", min_width=10)
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


# --- check ---


def check_view(report: CheckReport) -> RenderableType:
    """A table of how each file was read, then per file what was dropped and what is wrong."""
    from rich.table import Table

    table = Table(header_style="bold")
    table.add_column("File", overflow="fold")
    table.add_column("Slug", style="cyan", overflow="fold")
    table.add_column("Name", overflow="fold")
    table.add_column("Pairs", justify="right")
    table.add_column("Intro", justify="right")
    table.add_column("Dropped", justify="right")
    table.add_column("Status", no_wrap=True)
    details: list[RenderableType] = []
    for file in report.files:
        table.add_row(
            Text(Path(file.path).name),
            Text(file.slug),
            Text(file.name),
            Text(str(file.pairs)),
            Text(str(file.intro_chars)),
            Text(str(len(file.dropped))),
            _check_status(file),
        )
        if file.findings or file.dropped:
            details.append(_check_details(file))
    errors = sum(1 for file in report.files if file.errors)
    warned = sum(1 for file in report.files if file.warnings and not file.errors)
    count = len(report.files)
    summary = Text(
        f"{count} file{'s' if count != 1 else ''}: {count - errors - warned} ok, "
        f"{warned} with warnings, {errors} with errors",
        style="bold red" if errors else "bold",
    )
    return Group(table, *details, Text(""), summary)


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
        line = Text(f"  {finding.level}: ", style="red" if finding.level == "error" else "yellow")
        line.append(Text(f"{finding.message} [{finding.kind}]"))
        lines.append(line)
    if file.dropped:
        shown = " · ".join(_shorten(line) for line in file.dropped)
        dropped = Text(f"  dropped ({len(file.dropped)}): ", style=DIM)
        dropped.append(Text(shown, style=DIM))
        lines.append(dropped)
    return Group(*lines)


def _shorten(line: str, width: int = 48) -> str:
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
