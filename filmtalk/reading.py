"""Reading corpus files for the index cache: bytes, hash, parse, then postings.

Plain functions over plain data (paths in, JSON text and bytes out) so that worker processes
can run them on their share of a big corpus: each worker parses a batch of files and indexes
their pairs at once, numbering them from 0 (the main process, which knows how many pairs came
before, renumbers them). What comes back is stored as is: JSON for interviews and raw arrays
for postings, never pickle.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from filmtalk.errors import FilmtalkError
from filmtalk.interview_json import interview_to_json
from filmtalk.models import Interview
from filmtalk.postings import PackedPostings, PostingsBuilder
from filmtalk.scan import PATH, FileStat


@dataclass(frozen=True)
class ParsedFile:
    """One file as read: its stat, a hash of its bytes, and the interview (as JSON) or why
    it could not be read."""

    stat: FileStat
    digest: bytes
    interview_json: str | None
    slug: str | None
    pair_count: int
    error: str | None
    # The interview itself, for indexing in the process that parsed it (JSON is only for the
    # cache); index_files leaves it out of what goes back to the main process.
    interview: Interview | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ReadBatch:
    """Files as read (without their Interview objects), and the postings and field lengths of
    their pairs, numbered from 0 in file order."""

    files: list[ParsedFile]
    postings: PackedPostings
    question_lengths: bytes
    answer_lengths: bytes


def content_digest(data: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(data, digest_size=16).digest()


def parse_file(stat: FileStat) -> ParsedFile:
    """Read and parse one file; an unreadable file becomes a record with its error."""
    from filmtalk.corpus import parse_bytes, read_file_bytes

    path = Path(stat[PATH])
    try:
        data = read_file_bytes(path)
    except FilmtalkError as error:
        return ParsedFile(stat, b"", None, None, 0, str(error))
    digest = content_digest(data)
    try:
        interview = parse_bytes(data, path)
    except FilmtalkError as error:
        return ParsedFile(stat, digest, None, None, 0, str(error))
    return ParsedFile(
        stat,
        digest,
        interview_to_json(interview),
        interview.slug,
        len(interview.pairs),
        None,
        interview,
    )


def parse_files(stats: list[FileStat]) -> list[ParsedFile]:
    return [parse_file(stat) for stat in stats]


def index_files(files: list[ParsedFile]) -> ReadBatch:
    """Index the pairs of parsed files, numbering them from 0 in file order."""
    builder = PostingsBuilder()
    sent: list[ParsedFile] = []
    for file in files:
        if file.interview is not None:
            for pair in file.interview.pairs:
                builder.add(pair)
            file = replace(file, interview=None)
        sent.append(file)
    return ReadBatch(
        files=sent,
        postings=builder.packed(),
        question_lengths=builder.question_lengths.tobytes(),
        answer_lengths=builder.answer_lengths.tobytes(),
    )
