"""`filmtalk check`: how each file was read, and what looks wrong with it.

Errors mean a file gives no usable interview (unreadable, empty, binary, no questions);
warnings mean it was read but something may be off (a guessed name, an empty answer, an
answer so long that a question was probably missed, a duplicate slug, front-matter problems).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from filmtalk.corpus import UnreadableFile, interview_files, read_interview, unique_slugs
from filmtalk.models import Interview
from filmtalk.parsing import REPEATED_PAGE

ERROR = "error"
WARNING = "warning"
# An answer this many times the median answer, and at least this long, hides a question.
_LONG_ANSWER_RATIO = 4
_LONG_ANSWER_WORDS = 250
# With one or two answers there is no typical length: an answer this long alone hides questions
# (a page whose questions the parser did not see reads as one question and one long answer).
_LONE_ANSWER_WORDS = 600


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a file: `level` is "error" or "warning", `kind` a short key."""

    level: str
    kind: str
    message: str


@dataclass(frozen=True)
class FileReport:
    """How one file was read; the counts are zero for a file that could not be read."""

    path: str
    slug: str = ""
    name: str = ""
    title: str = ""
    encoding: str = ""
    pairs: int = 0
    intro_chars: int = 0
    dropped: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level == ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level == WARNING)


@dataclass(frozen=True)
class CheckReport:
    """The reports of every file checked, in path order."""

    files: tuple[FileReport, ...]

    @property
    def ok(self) -> bool:
        """True when no file has an error (warnings are allowed)."""
        return not any(report.errors for report in self.files)


def check_paths(paths: Sequence[Path]) -> CheckReport:
    """Read every file named, or every file in the folders named, and report on each."""
    files: list[Path] = []
    for path in paths:
        files.extend(interview_files(path) if path.is_dir() else [path])
    interviews: list[Interview] = []
    unreadable: dict[str, FileReport] = {}
    for path in files:
        try:
            interviews.append(read_interview(path))
        except UnreadableFile as error:
            finding = Finding(ERROR, error.reason, str(error).removeprefix(f"{path}: "))
            unreadable[str(path)] = FileReport(path=str(path), findings=(finding,))
    unique, _renamed = unique_slugs(interviews)
    reports = {str(path): unreadable.get(str(path)) for path in files}
    for original, interview in zip(interviews, unique, strict=True):
        report = _report(interview)
        if interview.slug != original.slug:
            duplicate = Finding(
                WARNING,
                "duplicate-slug",
                f"slug {original.slug!r} is taken by another file; this one is {interview.slug!r}",
            )
            report = replace(report, findings=(*report.findings, duplicate))
        reports[interview.path] = report
    return CheckReport(files=tuple(report for report in reports.values() if report))


def _report(interview: Interview) -> FileReport:
    return FileReport(
        path=interview.path,
        slug=interview.slug,
        name=interview.name,
        title=interview.title,
        encoding=interview.encoding,
        pairs=len(interview.pairs),
        intro_chars=len(interview.intro),
        dropped=interview.dropped,
        findings=tuple(_findings(interview)),
    )


def _findings(interview: Interview) -> list[Finding]:
    findings: list[Finding] = []
    if not interview.pairs:
        findings.append(
            Finding(
                ERROR,
                "no-questions",
                "no questions found (is this an interview page? see README: file formats)",
            )
        )
    if interview.name_guessed:
        guess = next((note for note in interview.notes if "name" in note), "name guessed")
        findings.append(Finding(WARNING, "guessed-name", f"{guess}; set it with front matter"))
    for note in interview.notes:
        if note.startswith("front matter"):
            findings.append(Finding(WARNING, "front-matter", note))
        if note == REPEATED_PAGE:
            findings.append(Finding(WARNING, "repeated-page", note))
    for pair in interview.pairs:
        if not pair.answer.strip():
            findings.append(
                Finding(WARNING, "empty-answer", f"question {pair.index} has no answer")
            )
    findings.extend(_long_answers(interview))
    return findings


def _long_answers(interview: Interview) -> list[Finding]:
    lengths = [len(pair.answer.split()) for pair in interview.pairs]
    if len(lengths) < 3:
        return [
            Finding(
                WARNING,
                "long-answer",
                f"answer {pair.index} has {length} words with only {len(lengths)} "
                f"question{'s' if len(lengths) > 1 else ''} found: missed questions?",
            )
            for pair, length in zip(interview.pairs, lengths, strict=True)
            if length >= _LONE_ANSWER_WORDS
        ]
    typical = statistics.median(lengths)
    return [
        Finding(
            WARNING,
            "long-answer",
            f"answer {pair.index} has {length} words, {length / max(typical, 1):.0f}× the "
            "typical answer: a missed question?",
        )
        for pair, length in zip(interview.pairs, lengths, strict=True)
        if length >= _LONG_ANSWER_WORDS and length > _LONG_ANSWER_RATIO * typical
    ]
