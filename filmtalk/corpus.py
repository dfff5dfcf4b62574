"""The corpus: a folder of interview files, read and parsed, and looked up by slug or name."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from filmtalk import prefetch
from filmtalk.decoding import decode_text
from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview
from filmtalk.scan import PATH, FileStat, Listing, list_folder
from filmtalk.text import words

if TYPE_CHECKING:
    from filmtalk.search import SearchIndex
    from filmtalk.store import IndexStore

T = TypeVar("T")

# Called as progress(files_done, files_total) while files are read for the index.
Progress = Callable[[int, int], None]

CORPUS_ENV = "FILMTALK_CORPUS"
# A saved interview page is tens of kilobytes; anything this big is not one.
MAX_FILE_BYTES = 2 * 1024 * 1024


def bundled_corpus_dir() -> Path:
    """The interviews that ship with filmtalk: inside the wheel, or at the top of a checkout."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_corpus"
    return installed if installed.is_dir() else package_dir.parent / "corpus"


def corpus_dir(option: Path | None) -> Path:
    """Where to read interviews from: --corpus, then $FILMTALK_CORPUS, then the bundled ones.

    Always an absolute path, so that "corpus" and "/home/me/corpus" are one folder to the
    index cache (it stores each file's path) and paths in the output do not depend on the
    directory a command was run from."""
    if option is not None:
        chosen = option
    else:
        from_env = os.environ.get(CORPUS_ENV, "").strip()
        chosen = Path(from_env) if from_env else bundled_corpus_dir()
    return Path(os.path.abspath(chosen.expanduser()))


class Corpus:
    """Every interview read from one folder, in file order, and what could not be read.

    With the index cache, `interviews` is decoded from the cache on first use only, so a
    search over 10,000 interviews never decodes the thousands it does not show.
    """

    def __init__(
        self,
        directory: Path,
        interviews: Sequence[Interview] | None = None,
        warnings: Sequence[str] = (),
        *,
        store: IndexStore | None = None,
    ) -> None:
        self.directory = directory
        self.warnings = tuple(warnings)
        self._interviews = None if interviews is None else tuple(interviews)
        self._store = store
        self._index: SearchIndex | None = None

    @property
    def interviews(self) -> tuple[Interview, ...]:
        if self._interviews is None:
            self._interviews = self._store.interviews() if self._store else ()
        return self._interviews

    def slugs(self) -> list[str]:
        """Every interview's slug, in file order; from the cache without decoding interviews."""
        if self._interviews is None and self._store is not None:
            return self._store.slugs()
        return [interview.slug for interview in self.interviews]

    def search_index(self) -> SearchIndex:
        """The ranked search over this corpus's pairs: the cached one, or built in memory."""
        if self._index is None:
            from filmtalk.search import SearchIndex

            self._index = self._store.search_index() if self._store else None
            if self._index is None:
                self._index = SearchIndex.build(self.interviews)
        return self._index


def interview_files(directory: Path) -> list[Path]:
    """The files of a corpus folder, sorted, skipping hidden files and folders."""
    return [Path(stat[PATH]) for stat in corpus_files(directory)]


def corpus_files(directory: Path) -> list[FileStat]:
    """The files of a corpus folder with their size and mtime, sorted, skipping hidden ones."""
    return corpus_listing(directory).files


def corpus_listing(directory: Path) -> Listing:
    """corpus_files as one scan.Listing, which the index cache compares as bytes."""
    if directory.is_file():
        raise FilmtalkError(
            f"{directory} is a file, not a folder: give --corpus the folder it is in, or "
            f"read the file itself with `filmtalk show {directory}` or `filmtalk check {directory}`"
        )
    if not directory.is_dir():
        raise FilmtalkError(
            f"corpus folder not found: {directory} "
            f"(point --corpus or {CORPUS_ENV} at a folder of interview text files)"
        )
    return list_folder(directory)


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
    return parse_bytes(read_file_bytes(path), path)


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a corpus file; UnreadableFile when it cannot be read or is far too big."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path, "too-large", f"too large for an interview ({size / 1_048_576:.1f} MB)"
            )
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            path,
            "unreadable",
            f"cannot read ({error.strerror or error}): check that it exists "
            "and that you may read it",
        ) from None


def parse_bytes(data: bytes, path: Path) -> Interview:
    """Decode and parse the bytes of the interview file at `path`."""
    # Imported here: a warm search reads interviews from the cache and never parses.
    from filmtalk.parsing import parse_interview

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


def load_and_compute(
    directory: Path,
    compute: Callable[[Corpus], T],
    *,
    use_cache: bool = False,
    progress: Progress | None = None,
) -> tuple[Corpus, T]:
    """load_corpus(...), then compute(corpus): a search, say.

    When a helper is still listing the folder (filmtalk.prefetch) and the cache looks usable,
    the computation runs on the cache as it stands while the helper works (on 100,000 files
    listing takes half a second), and counts only if the listing then shows the cache was
    current; otherwise the cache is brought up to date and the computation runs again. The
    result is the same either way, an error from it (an unknown --who) included.
    """
    if use_cache and prefetch.pending(str(directory)):
        from sqlite3 import Error as CacheError

        from filmtalk.store import open_unchecked

        opened = open_unchecked(directory)
        if opened is not None:
            store, generation = opened
            usable = True
            try:
                corpus = Corpus(directory=directory, warnings=store.warnings(), store=store)
                outcome: T | FilmtalkError = compute(corpus)
            except FilmtalkError as error:
                outcome = error
            except CacheError:  # a damaged cache: the ordinary way below replaces it
                usable = False
            listing = corpus_listing(directory)
            if usable and store.was_current(listing, generation):
                if isinstance(outcome, FilmtalkError):
                    raise outcome
                return corpus, outcome
            store.close()
            corpus = load_corpus(directory, use_cache=True, progress=progress, listing=listing)
            return corpus, compute(corpus)
    corpus = load_corpus(directory, use_cache=use_cache, progress=progress)
    return corpus, compute(corpus)


def load_corpus(
    directory: Path,
    *,
    use_cache: bool = False,
    progress: Progress | None = None,
    listing: Listing | None = None,
) -> Corpus:
    """Read every file of the folder; a file that cannot be read is a warning, not a failure.

    With `use_cache`, the parsed interviews and the search index come from the index cache
    (see filmtalk.store), which first re-reads only the files added or changed since last
    time; when the cache cannot be used (read-only or broken disk), this silently reads
    everything in memory instead. Either way `progress(done, total)` is called while files
    are being read.
    `listing` is the folder's, when it was just listed.
    """
    if listing is None:
        listing = corpus_listing(directory)
    if use_cache:
        from filmtalk.store import open_store

        store = open_store(directory, listing, progress=progress)
        if store is not None:
            return Corpus(directory=directory, warnings=store.warnings(), store=store)
    interviews: list[Interview] = []
    warnings: list[str] = []
    files = listing.files
    for done, stat in enumerate(files, start=1):
        try:
            interviews.append(read_interview(Path(stat[PATH])))
        except FilmtalkError as error:
            warnings.append(f"skipped {error}")
        if progress is not None:
            progress(done, len(files))
    unique, renamed = unique_slugs(interviews)
    warnings.extend(renamed)
    return Corpus(directory=directory, interviews=tuple(unique), warnings=tuple(warnings))


def dedupe_slugs(slugs: Sequence[str]) -> list[str]:
    """Give a repeated slug a numeric suffix (in order), so two files never merge into one."""
    seen: set[str] = set()
    unique: list[str] = []
    for wanted in slugs:
        slug = wanted
        number = 2
        while slug in seen:
            slug = f"{wanted}-{number}"
            number += 1
        seen.add(slug)
        unique.append(slug)
    return unique


def renamed_warning(parsed_slug: str, path: str, slug: str) -> str:
    return f"duplicate slug {parsed_slug!r}: {path} is {slug!r}"


def with_slug(interview: Interview, slug: str) -> Interview:
    """The interview under its unique slug, noting the change when there was one."""
    if slug == interview.slug:
        return interview
    return replace(interview, slug=slug, notes=(*interview.notes, "duplicate slug"))


def unique_slugs(interviews: list[Interview]) -> tuple[list[Interview], list[str]]:
    """Give a repeated slug a numeric suffix, so two files never merge into one interview."""
    slugs = dedupe_slugs([interview.slug for interview in interviews])
    renamed = [
        renamed_warning(interview.slug, interview.path, slug)
        for interview, slug in zip(interviews, slugs, strict=True)
        if slug != interview.slug
    ]
    unique = [with_slug(i, slug) for i, slug in zip(interviews, slugs, strict=True)]
    return unique, renamed


def find_interview(corpus: Corpus, ref: str) -> Interview:
    """Look an interview up by slug, unique slug prefix, loosely typed name, or file path."""
    wanted = ref.strip()
    by_slug = {interview.slug: interview for interview in corpus.interviews}
    if wanted in by_slug:
        return by_slug[wanted]
    path = Path(wanted).expanduser()
    if (os.sep in wanted or path.suffix) and _is_kind(path, Path.is_file):
        return read_interview(path)
    query_words = words(wanted)
    if not query_words:
        raise FilmtalkError("no interview named: give a slug or a name (see `filmtalk list`)")
    prefixed = [slug for slug in by_slug if slug.startswith("-".join(query_words))]
    # "ashley ip", "jinsui": every typed word begins a word of the name or slug.
    loose = [
        interview.slug
        for interview in corpus.interviews
        if _words_begin_name(query_words, words(interview.name) + interview.slug.split("-"))
    ]
    # Both ways at once: "jin" begins jinsui-song but is also Jiuxun Jin's surname.
    matches = list(dict.fromkeys(prefixed + loose))
    if len(matches) == 1:
        return by_slug[matches[0]]
    if len(matches) > 1:
        raise FilmtalkError(f"{ref!r} could be {_or_list(matches[:5])}: give more of the slug")
    if "/" in wanted or os.sep in wanted or path.suffix.lower() in _TEXT_SUFFIXES:
        if _is_kind(path, Path.is_dir):
            raise FilmtalkError(f"{ref} is a folder, not an interview file: see `filmtalk list`")
        raise FilmtalkError(
            f"{ref} is not a file, nor an interview's slug or name: see `filmtalk list`"
        )
    suggestions = closest_slugs(corpus, wanted)
    hint = f"did you mean {_or_list(suggestions)}?" if suggestions else "see `filmtalk list`"
    raise FilmtalkError(f"no interview matches {ref!r}: {hint}")


# Suffixes that make a reference a file name rather than a person's name.
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".htm", ".html"}


def _is_kind(path: Path, test: Callable[[Path], bool]) -> bool:
    """path.is_file() or is_dir(), False also where a folder on the way may not be entered."""
    try:
        return test(path)
    except OSError:
        return False


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
