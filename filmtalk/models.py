"""Plain, immutable records shared by the parser, the loader, the search index and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class QAPair:
    """One question and its answer; `index` is the pair's 1-based number in its interview."""

    index: int
    question: str
    answer: str


@dataclass(frozen=True)
class Interview:
    """One interview file, read: who was interviewed, the page's title and intro, and its pairs."""

    slug: str
    name: str
    title: str
    intro: str
    pairs: tuple[QAPair, ...]
    path: str
    # Notes on how the file was read (a guessed name, chrome dropped, ...); empty when all is clear.
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def words(self) -> int:
        """Words in the intro, the questions and the answers."""
        texts = [self.intro, *(p.question for p in self.pairs), *(p.answer for p in self.pairs)]
        return sum(len(text.split()) for text in texts)


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
