"""The corpus: a folder of interview files, read and parsed, and looked up by slug or name."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from filmtalk.decoding import decode_text
from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview
from filmtalk.parsing import parse_interview
from filmtalk.text import words

CORPUS_ENV = "FILMTALK_CORPUS"
# A saved interview page is tens of kilobytes; anything this big is not one.
MAX_FILE_BYTES = 2 * 1024 * 1024


def bundled_corpus_dir() -> Path:
    """The interviews that ship with filmtalk: inside the wheel, or at the top of a checkout."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_corpus"
    return installed if installed.is_dir() else package_dir.parent / "corpus"


def corpus_dir(option: Path | None) -> Path:
    """Where to read interviews from: --corpus, then $FILMTALK_CORPUS, then the bundled ones."""
    if option is not None:
        return option
    from_env = os.environ.get(CORPUS_ENV, "").strip()
    return Path(from_env) if from_env else bundled_corpus_dir()


@dataclass(frozen=True)
class Corpus:
    """Every interview read from one folder, in file order, and what could not be read."""

    directory: Path
    interviews: tuple[Interview, ...]
    warnings: tuple[str, ...]


def interview_files(directory: Path) -> list[Path]:
    """The files of a corpus folder, sorted, skipping hidden files and folders."""
    if not directory.is_dir():
        raise FilmtalkError(
            f"corpus folder not found: {directory} "
            f"(point --corpus or {CORPUS_ENV} at a folder of interview text files)"
        )
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, name) for name in files if not name.startswith("."))
    return sorted(found)


class UnreadableFile(FilmtalkError):
    """A file that is not an interview we can read; `reason` is one word for reports:
    "unreadable", "empty", "binary", "encoding" or "too-large"."""

    def __init__(self, path: Path, reason: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = reason


def read_interview(path: Path) -> Interview:
    """Read and parse one interview file; UnreadableFile (a FilmtalkError) says why a file
    cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path, "too-large", f"too large for an interview ({size / 1_048_576:.1f} MB)"
            )
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            path,
            "unreadable",
            f"cannot read ({error.strerror or error}): check that it exists "
            "and that you may read it",
        ) from None
    if not data.strip():
        raise UnreadableFile(path, "empty", "empty file")
    try:
        text, encoding = decode_text(data)
    except FilmtalkError as error:
        reason = "binary" if "binary" in str(error) else "encoding"
        raise UnreadableFile(path, reason, str(error)) from None
    if not text.strip():
        raise UnreadableFile(path, "empty", "empty file")
    return replace(parse_interview(text, path=str(path)), encoding=encoding)


def load_corpus(directory: Path) -> Corpus:
    """Read every file of the folder; a file that cannot be read is a warning, not a failure."""
    interviews: list[Interview] = []
    warnings: list[str] = []
    for path in interview_files(directory):
        try:
            interviews.append(read_interview(path))
        except FilmtalkError as error:
            warnings.append(f"skipped {error}")
    unique, renamed = unique_slugs(interviews)
    warnings.extend(renamed)
    return Corpus(directory=directory, interviews=tuple(unique), warnings=tuple(warnings))


def unique_slugs(interviews: list[Interview]) -> tuple[list[Interview], list[str]]:
    """Give a repeated slug a numeric suffix, so two files never merge into one interview."""
    seen: set[str] = set()
    unique: list[Interview] = []
    renamed: list[str] = []
    for interview in interviews:
        slug = interview.slug
        number = 2
        while slug in seen:
            slug = f"{interview.slug}-{number}"
            number += 1
        if slug != interview.slug:
            renamed.append(f"duplicate slug {interview.slug!r}: {interview.path} is {slug!r}")
            interview = replace(interview, slug=slug, notes=(*interview.notes, "duplicate slug"))
        seen.add(slug)
        unique.append(interview)
    return unique, renamed


def find_interview(corpus: Corpus, ref: str) -> Interview:
    """Look an interview up by slug, unique slug prefix, loosely typed name, or file path."""
    wanted = ref.strip()
    by_slug = {interview.slug: interview for interview in corpus.interviews}
    if wanted in by_slug:
        return by_slug[wanted]
    path = Path(wanted).expanduser()
    if (os.sep in wanted or path.suffix) and path.is_file():
        return read_interview(path)
    query_words = words(wanted)
    if not query_words:
        raise FilmtalkError("no interview named: give a slug or a name (see `filmtalk list`)")
    prefixed = [slug for slug in by_slug if slug.startswith("-".join(query_words))]
    if len(prefixed) == 1:
        return by_slug[prefixed[0]]
    # "ashley ip", "jinsui": every typed word begins a word of the name or slug.
    loose = [
        interview.slug
        for interview in corpus.interviews
        if _words_begin_name(query_words, words(interview.name) + interview.slug.split("-"))
    ]
    matches = prefixed or loose
    if len(matches) == 1:
        return by_slug[matches[0]]
    if len(matches) > 1:
        raise FilmtalkError(f"{ref!r} could be {_or_list(matches[:5])}: give more of the slug")
    suggestions = closest_slugs(corpus, wanted)
    hint = f"did you mean {_or_list(suggestions)}?" if suggestions else "see `filmtalk list`"
    raise FilmtalkError(f"no interview matches {ref!r}: {hint}")


def _words_begin_name(query_words: list[str], name_words: list[str]) -> bool:
    return all(any(name.startswith(word) for name in name_words) for word in query_words)


def closest_slugs(corpus: Corpus, ref: str, limit: int = 3) -> list[str]:
    """Slugs that look most like `ref`, best first, for a "did you mean" hint."""
    from rapidfuzz import fuzz, process

    choices = {i.slug: f"{i.slug} {' '.join(words(i.name))}" for i in corpus.interviews}
    query = " ".join(words(ref))
    found = process.extract(query, choices, scorer=fuzz.WRatio, score_cutoff=50, limit=limit)
    return [slug for _text, _score, slug in found]


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
