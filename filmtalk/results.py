"""Plain, immutable records of a search's results: ranked hits, snippets, highlighted spans.

Apart from filmtalk.models so that commands that never search (list, show) do not pay for
creating these classes (about a millisecond each, on every run).
"""

from __future__ import annotations

from dataclasses import dataclass

from filmtalk.models import QAPair


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) in some text, e.g. a matched word in a snippet."""

    start: int
    end: int


@dataclass(frozen=True)
class Snippet:
    """A short excerpt of an answer around the matched words, with those words' positions."""

    text: str
    highlights: tuple[Span, ...]


@dataclass(frozen=True)
class SearchHit:
    """One ranked search result: a pair of one interview, its score and an answer snippet."""

    slug: str
    name: str
    pair: QAPair
    score: float
    snippet: Snippet
    question_highlights: tuple[Span, ...]
