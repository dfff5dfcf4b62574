"""The whole corpus in formats other tools read, and a safe way to write it to a file.

jsonl and csv hold one flat record per pair (PAIR_FIELDS), ready for sqlite-utils, Datasette,
a spreadsheet or a search engine's bulk import; json nests the pairs in their interviews (with
the intro); markdown is a document to read. The text is exactly what the corpus holds, so an
export can be parsed back into the same pairs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview, QAPair
from filmtalk.records import pair_record, to_csv, to_json, to_jsonl

ExportFormat = Literal["json", "jsonl", "csv", "markdown"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("json", "jsonl", "csv", "markdown")
# `id` ("jiuxun-jin-4") is one unique key per pair, as sqlite-utils --pk and search engines'
# bulk imports (Meilisearch's primary key) want; slugs are already [a-z0-9-].
PAIR_FIELDS = ("id", "slug", "name", "title", "index", "question", "answer", "path")
_SUFFIXES: dict[str, ExportFormat] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
}


def format_for(path: Path | None) -> ExportFormat:
    """The format an output file's name asks for (".csv" -> csv); jsonl when it says nothing."""
    if path is None:
        return "jsonl"
    return _SUFFIXES.get(path.suffix.lower(), "jsonl")


def pair_records(interviews: Sequence[Interview]) -> list[dict[str, Any]]:
    """One flat record per pair, in corpus order, with the fields of PAIR_FIELDS."""
    return [
        {
            "id": f"{interview.slug}-{pair.index}",
            "slug": interview.slug,
            "name": interview.name,
            "title": interview.title,
            "index": pair.index,
            "question": pair.question,
            "answer": pair.answer,
            "path": interview.path,
        }
        for interview in interviews
        for pair in interview.pairs
    ]


def interview_records(interviews: Sequence[Interview]) -> list[dict[str, Any]]:
    """One record per interview with its pairs nested: the `json` export."""
    return [
        {
            "slug": interview.slug,
            "name": interview.name,
            "title": interview.title,
            "intro": interview.intro,
            "path": interview.path,
            "pairs": [pair_record(pair) for pair in interview.pairs],
        }
        for interview in interviews
    ]


def to_markdown(interviews: Sequence[Interview]) -> str:
    return "\n".join(interview_markdown(interview, interview.pairs) for interview in interviews)


def interview_markdown(interview: Interview, pairs: Sequence[QAPair]) -> str:
    """One interview, or the chosen `pairs` of it, as Markdown; the byline counts all of its
    questions, as `show` does on a terminal, and the intro goes with the whole interview."""
    count = len(interview.pairs)
    parts = [
        f"# {interview.title}\n",
        f"{interview.name} · `{interview.slug}` · {count} question{'s' if count != 1 else ''}\n",
    ]
    if interview.intro and len(pairs) == count:
        parts.append(interview.intro + "\n")
    for pair in pairs:
        parts.append(f"## {pair.index}. {pair.question}\n")
        parts.append((pair.answer or "*(no answer)*") + "\n")
    return "\n".join(parts)


def export_text(interviews: Sequence[Interview], export_format: ExportFormat) -> str:
    if export_format == "json":
        return to_json(interview_records(interviews))
    if export_format == "jsonl":
        return to_jsonl(pair_records(interviews))
    if export_format == "csv":
        return to_csv(pair_records(interviews), PAIR_FIELDS)
    return to_markdown(interviews)


def write_atomically(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` so that it is either the whole new text or untouched.

    The text goes to a temporary file in the same folder, which then replaces `path` in one
    os.replace; on any error, Ctrl-C included, the temporary file is removed. An existing file is
    replaced only with `force`.
    """
    if path.is_dir():
        raise FilmtalkError(f"{path} is a folder: give a file name to export to")
    if path.exists() and not force:
        raise FilmtalkError(f"{path} already exists: add --force to replace it")
    folder = path.parent
    try:
        descriptor, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise FilmtalkError(f"cannot write to {folder}: {error.strerror or error}") from None
    temporary = Path(name)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _new_file_mode(path))
        os.replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise FilmtalkError(f"cannot write {path}: {error.strerror or error}") from None
        raise


def _new_file_mode(path: Path) -> int:
    """The replaced file's mode, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
