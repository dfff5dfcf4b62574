"""`filmtalk export`: every format round-trips the bundled corpus, and -o writes safely."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any, get_args

import pytest
from typer.testing import CliRunner

from filmtalk.cli import ExportFormatName, app
from filmtalk.corpus import bundled_corpus_dir, load_corpus
from filmtalk.errors import FilmtalkError
from filmtalk.export import EXPORT_FORMATS, format_for, write_atomically

runner = CliRunner()


def corpus_pairs() -> list[dict[str, Any]]:
    """What every export must hold, built straight from the corpus (not from filmtalk.export)."""
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
        for interview in load_corpus(bundled_corpus_dir()).interviews
        for pair in interview.pairs
    ]


def invoke_export(*args: str) -> str:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_round_trips_all_22_pairs() -> None:
    lines = invoke_export("--format", "jsonl").splitlines()
    assert len(lines) == 22
    assert [json.loads(line) for line in lines] == corpus_pairs()


def test_jsonl_is_the_default() -> None:
    assert invoke_export() == invoke_export("--format", "jsonl")


def test_csv_round_trips_all_22_pairs() -> None:
    rows = list(csv.DictReader(io.StringIO(invoke_export("--format", "csv"), newline="")))
    assert len(rows) == 22
    assert rows == [{**pair, "index": str(pair["index"])} for pair in corpus_pairs()]


def test_csv_header_is_exact() -> None:
    header = invoke_export("-f", "csv").split("\n", 1)[0]
    assert header == "id,slug,name,title,index,question,answer,path"


def test_json_nests_the_pairs_in_their_interviews() -> None:
    data = json.loads(invoke_export("--format", "json"))
    corpus = load_corpus(bundled_corpus_dir())
    assert [(d["slug"], d["intro"], len(d["pairs"])) for d in data] == [
        (i.slug, i.intro, len(i.pairs)) for i in corpus.interviews
    ]
    flat = [
        {
            "id": f"{d['slug']}-{p['index']}",
            "slug": d["slug"],
            "name": d["name"],
            "title": d["title"],
            **p,
            "path": d["path"],
        }
        for d in data
        for p in d["pairs"]
    ]
    assert flat == corpus_pairs()


def test_markdown_is_a_document_of_every_interview() -> None:
    text = invoke_export("--format", "markdown")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == 22
    assert "## 4. Please name three of your most favorite directors?" in headings
    assert [line for line in text.splitlines() if line.startswith("# ")] == [
        "# Interview with Ashley Chin Chin IP",
        "# Check Out Jinsui Song’s Story",
        "# Jiuxun Jin talks about ‘Ashes’",
    ]
    assert "Jiuxun Jin · `jiuxun-jin` · 10 questions" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("out.csv", "csv"),
        ("OUT.JSON", "json"),
        ("out.ndjson", "jsonl"),
        ("notes.md", "markdown"),
        ("pairs", "jsonl"),
    ],
)
def test_format_follows_the_file_suffix(name: str, expected: str) -> None:
    assert format_for(Path(name)) == expected


def test_output_file_gets_the_same_text_and_a_note_on_stderr(tmp_path: Path) -> None:
    target = tmp_path / "pairs.csv"
    result = runner.invoke(app, ["export", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"Wrote 22 pairs to {target} as csv.\n"
    assert target.read_text(encoding="utf-8") == invoke_export("--format", "csv")
    assert os.listdir(tmp_path) == ["pairs.csv"]


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "pairs.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    result = runner.invoke(app, ["export", "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"filmtalk: {target} already exists: add --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_force_replaces_the_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "pairs.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    result = runner.invoke(app, ["export", "-o", str(target), "--force"])
    assert result.exit_code == 0, result.output
    assert len(target.read_text(encoding="utf-8").splitlines()) == 22
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["pairs.jsonl"]


def test_a_new_file_gets_the_umask_mode_not_the_temporary_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.txt", "text\n")
    finally:
        os.umask(old)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644


def test_a_folder_is_not_an_output_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path), "--force"])
    assert result.exit_code == 1
    assert result.stderr == f"filmtalk: {tmp_path} is a folder: give a file name to export to\n"


def test_a_missing_folder_is_one_error_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "nope" / "x.csv")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"filmtalk: cannot write to {tmp_path / 'nope'}: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    target = tmp_path / "pairs.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", fail)
    expected = FilmtalkError if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected):
        write_atomically(target, "new\n" * 1000, force=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["pairs.jsonl"]


def test_the_os_error_message_says_what_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FilmtalkError, match=r"cannot write .*x\.txt: No space left on device"):
        write_atomically(tmp_path / "x.txt", "text")
    assert os.listdir(tmp_path) == []


def test_the_command_offers_exactly_the_core_formats() -> None:
    # cli.py spells the choices out to keep filmtalk.export out of `filmtalk --help`.
    assert get_args(ExportFormatName) == EXPORT_FORMATS
