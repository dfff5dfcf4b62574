"""Plain, immutable records of the corpus, shared by the parser, the loader, the search index
and the CLI. A search's results have their own (filmtalk.results)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class QAPair:
    """One question and its answer; `index` is the pair's 1-based number in its interview."""

    index: int
    question: str
    answer: str
    # In a labelled transcript, who spoke each answer paragraph (the answer split on blank
    # lines); empty when the page does not say. A panel's answer paragraphs also start "Name: ".
    speakers: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Interview:
    """One interview file, read: who was interviewed, the page's title and intro, and its pairs."""

    slug: str
    name: str
    title: str
    intro: str
    pairs: tuple[QAPair, ...]
    path: str
    # Notes on how the file was read (a guessed name, front-matter problems, ...).
    notes: tuple[str, ...] = field(default=(), compare=False)
    # From the file's front matter, when it has one.
    source: str = ""
    date: str = ""
    outlet: str = ""
    # Lines left out of the interview: page chrome (menus, captions, comment forms), ad reads,
    # a host's closing words; chrome in page order, then what the transcript reader set aside.
    dropped: tuple[str, ...] = field(default=(), compare=False)
    # True when no page text or front matter named the interviewee (file name, greeting, ...).
    name_guessed: bool = field(default=False, compare=False)
    # How the file's bytes were decoded ("utf-8", "utf-16", "cp1252", ...); set by the loader.
    encoding: str = field(default="", compare=False)

    @property
    def words(self) -> int:
        """Words in the intro, the questions and the answers."""
        texts = [self.intro, *(p.question for p in self.pairs), *(p.answer for p in self.pairs)]
        return sum(len(text.split()) for text in texts)
