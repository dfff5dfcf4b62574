"""Rich renderables for people at a terminal. Every piece of interview text enters Rich as a
`Text` object, never as markup, so "[laughs]" prints literally and cannot restyle anything."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from filmtalk.models import Interview, QAPair, SearchHit, Span

if TYPE_CHECKING:
    from rich.table import Table

    from filmtalk.store import IndexStatus

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
        table.add_row("Size", Text(f"{status.size_bytes / 1_048_576:,.1f} MB"))
        if status.built_ns is not None:
            table.add_row("Built", Text(iso_time(status.built_ns)))
        if status.updated_ns is not None:
            table.add_row("Updated", Text(iso_time(status.updated_ns)))
    return table
