"""Rich renderables for `compare` and `stats`. As in filmtalk.render, interview text enters Rich
only as `Text`, never as markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from filmtalk.compare import Comparison, Match
from filmtalk.render import DIM, NARROW_WIDTH, QUESTION_STYLE, Indented
from filmtalk.stats import CorpusStats

# Narrower than this per person and the answers are stacked instead of side by side.
MIN_COLUMN_WIDTH = 36


def side_by_side_fits(people: int, width: int) -> bool:
    return people > 1 and people * MIN_COLUMN_WIDTH <= width


def _match_text(match: Match, slug: str = "") -> Text:
    label = f"{slug} #{match.pair.index}\n" if slug else f"#{match.pair.index} "
    text = Text(label, style=DIM)
    text.append(Text(match.pair.question, style=QUESTION_STYLE))
    text.append(Text(f"\nscore {match.score:.2f}\n\n", style=DIM))
    text.append(Text(match.pair.answer) if match.pair.answer else Text("(no answer)", style=DIM))
    return text


def _nothing_line(comparisons: Sequence[Comparison]) -> Text | None:
    names = [c.name for c in comparisons if c.match is None]
    if not names:
        return None
    return Text("Nothing relevant from " + ", ".join(names) + ".", style=DIM)


def compare_view(comparisons: Sequence[Comparison], width: int) -> RenderableType:
    """Each person's best pair, side by side when `width` has room for them all, else stacked;
    people with nothing relevant are named in one line at the end."""
    from rich.panel import Panel
    from rich.table import Table

    matched = [c for c in comparisons if c.match is not None]
    parts: list[RenderableType] = []
    if side_by_side_fits(len(matched), width):
        table = Table(expand=True, show_lines=False, header_style="bold", title_justify="left")
        for comparison in matched:
            header = Text(comparison.name)
            header.append(Text(f"\n{comparison.slug}", style=DIM))
            table.add_column(header, ratio=1, overflow="fold", vertical="top")
        table.add_row(*(_match_text(c.match) for c in matched if c.match is not None))
        parts.append(table)
    else:
        for comparison in matched:
            if comparison.match is None:
                continue
            # The slug goes inside the panel: a title too long for the border would be cut.
            title = Text(comparison.name, style="bold")
            body = _match_text(comparison.match, comparison.slug)
            parts.append(Panel(body, title=title, title_align="left"))
    nothing = _nothing_line(comparisons)
    if nothing is not None:
        parts.append(nothing)
    return Group(*parts)


def stats_view(stats: CorpusStats, width: int = 80) -> RenderableType:
    """The totals, a table per interviewee, and a bar for the length of every answer."""
    from rich.bar import Bar
    from rich.table import Table

    summary = Text(
        f"{stats.interviews} interviews · {stats.pairs} pairs · {stats.words:,} words",
        style="bold",
    )
    people = _people_table(stats) if width >= NARROW_WIDTH else _people_blocks(stats)

    longest = max((n for p in stats.people for n in p.answer_words), default=0)
    chart = Table.grid(padding=(0, 1), expand=True)
    chart.add_column("Who", no_wrap=True, overflow="ellipsis", max_width=24)
    chart.add_column("#", justify="right", style=DIM)
    chart.add_column("Bar", ratio=1)
    chart.add_column("Words", justify="right")
    for person in stats.people:
        for number, length in enumerate(person.answer_words, start=1):
            chart.add_row(
                Text(person.name if number == 1 else ""),
                Text(f"#{number}"),
                Bar(size=max(longest, 1), begin=0, end=length, color="cyan"),
                Text(str(length)),
            )
    title = Text("Answer lengths (words)", style="bold")
    return Group(summary, Text(""), people, Text(""), title, chart)


def _people_table(stats: CorpusStats) -> RenderableType:
    from rich.table import Table

    people = Table(header_style="bold", expand=False)
    people.add_column("Interviewee", overflow="fold")
    people.add_column("Pairs", justify="right")
    people.add_column("Words", justify="right")
    people.add_column("Most distinctive words", overflow="fold")
    for person in stats.people:
        who = Text(person.name)
        who.append(Text(f"\n{person.slug}", style=DIM))
        people.add_row(
            who,
            Text(str(person.pairs)),
            Text(f"{person.words:,}"),
            Text(", ".join(word for word, _score in person.distinctive)),
        )
    return people


def _people_blocks(stats: CorpusStats) -> RenderableType:
    """One short block per interviewee, for terminals too narrow for the table."""
    blocks: list[RenderableType] = []
    for person in stats.people:
        blocks.append(Text(person.name, style="bold"))
        details = Text(f"{person.slug} · {person.pairs} pairs · {person.words:,} words\n", DIM)
        details.append(Text(", ".join(word for word, _score in person.distinctive)))
        blocks.append(Indented(details, 2))
    return Group(*blocks)
