"""The machine-readable (JSON) form of each command's output: plain dicts, one stable schema
per command. Kept apart from the Rich rendering so that nothing styled can leak into it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from filmtalk.models import Interview, QAPair

if TYPE_CHECKING:
    from filmtalk.checking import FileReport
    from filmtalk.index_report import IndexStatus
    from filmtalk.results import SearchHit

# The columns of the line-based formats (csv, tsv), so that even an empty result has a header.
LIST_COLUMNS = ("slug", "name", "title", "pairs", "words", "path")
PAIR_COLUMNS = ("slug", "name", "index", "question", "answer")
SEARCH_COLUMNS = ("slug", "name", "index", "question", "answer", "snippet", "score")


def list_record(interview: Interview) -> dict[str, Any]:
    return {
        "slug": interview.slug,
        "name": interview.name,
        "title": interview.title,
        "pairs": len(interview.pairs),
        "words": interview.words,
        "path": interview.path,
    }


def pair_record(pair: QAPair) -> dict[str, Any]:
    return {"index": pair.index, "question": pair.question, "answer": pair.answer}


def show_record(interview: Interview, pairs: Sequence[QAPair]) -> dict[str, Any]:
    return {
        "slug": interview.slug,
        "name": interview.name,
        "title": interview.title,
        "intro": interview.intro,
        "path": interview.path,
        "pairs": [pair_record(pair) for pair in pairs],
    }


def search_record(hit: SearchHit) -> dict[str, Any]:
    return {
        "slug": hit.slug,
        "name": hit.name,
        "index": hit.pair.index,
        "question": hit.pair.question,
        "answer": hit.pair.answer,
        "snippet": hit.snippet.text,
        "score": round(hit.score, 3),
    }


def to_json(data: Any) -> str:
    """Pretty, UTF-8 JSON with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- the line-based formats, shared by every command's --format and by `export` ---


def to_jsonl(records: Sequence[Mapping[str, Any]]) -> str:
    """One compact JSON object a line."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def to_csv(records: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """RFC-style CSV with a header; `columns` fixes it (default: the first record's keys).

    Lines end in "\n" rather than the csv module's "\r\n": answers hold "\n" line breaks, and
    one kind of line end keeps a round trip exact; spreadsheets and sqlite-utils read both.
    """
    import csv
    import io

    header = _header(records, columns)
    if not header:
        return ""  # no records and no columns: nothing at all, not an empty line
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(record.get(name)) for name in header] for record in records)
    return buffer.getvalue()


def to_tsv(records: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """Tab-separated, one record a line, with a header (see to_csv for `columns`)."""
    header = _header(records, columns)
    if not header:
        return ""
    rows = [header, *([_cell(record.get(name)) for name in header] for record in records)]
    return "".join("\t".join(_tsv_field(field) for field in row) + "\n" for row in rows)


def _header(records: Sequence[Mapping[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    return list(records[0]) if records else []


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_field(text: str) -> str:
    # One record per line, always: tabs and line breaks inside a field are written as \t and
    # \n (and a backslash as \\), the usual "linear TSV" convention that cut and awk can take.
    return text.translate(_TSV_ESCAPES)


# --- check ---


CHECK_COLUMNS = (
    "path", "slug", "name", "title", "encoding", "pairs", "intro_chars", "dropped", "errors",
    "warnings",
)  # fmt: skip


def check_record(report: FileReport) -> dict[str, Any]:
    """How one file was read, for `filmtalk check --json`."""
    return {
        "path": report.path,
        "slug": report.slug,
        "name": report.name,
        "title": report.title,
        "encoding": report.encoding,
        "pairs": report.pairs,
        "intro_chars": report.intro_chars,
        "dropped": list(report.dropped),
        "errors": [{"kind": f.kind, "message": f.message} for f in report.errors],
        "warnings": [{"kind": f.kind, "message": f.message} for f in report.warnings],
    }


def pair_rows(interview: Interview, pairs: Sequence[QAPair]) -> list[dict[str, Any]]:
    """One flat row per pair, for the line-based formats (jsonl, csv, tsv) of `show`."""
    return [{"slug": interview.slug, "name": interview.name, **pair_record(pair)} for pair in pairs]


def index_record(status: IndexStatus) -> dict[str, Any]:
    """`filmtalk index --json`: every field of the status; times as ISO 8601 UTC, or null."""
    record = dataclasses.asdict(status)
    for key in ("built_ns", "updated_ns"):
        value = record.pop(key)
        record[key.removesuffix("_ns")] = None if value is None else iso_time(value)
    return record


def iso_time(nanoseconds: int) -> str:
    from datetime import UTC, datetime

    moment = datetime.fromtimestamp(nanoseconds / 1e9, tz=UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
