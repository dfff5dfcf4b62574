"""`filmtalk check`, and bad files that must never stop the rest of a corpus loading."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from filmtalk import corpus
from filmtalk.cli import app
from filmtalk.corpus import bundled_corpus_dir

runner = CliRunner()

GOOD = "Meet Ana Ruiz\n\nWhat do you film?\n\nWater.\n\nWhy water?\n\nIt moves.\n"


def _record(path: Path, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": str(path),
        "slug": "",
        "name": "",
        "title": "",
        "encoding": "",
        "pairs": 0,
        "intro_chars": 0,
        "dropped": [],
        "errors": [],
        "warnings": [],
    }
    record.update(fields)
    return record


@pytest.fixture(autouse=True)
def _no_corpus_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FILMTALK_CORPUS", raising=False)


def test_check_bundled_corpus_is_clean_json() -> None:
    result = runner.invoke(app, ["check", "--json"])
    assert result.exit_code == 0, result.output
    seeds = bundled_corpus_dir()
    assert json.loads(result.stdout) == [
        _record(
            seeds / "ashley-chin-chin-ip.txt",
            slug="ashley-chin-chin-ip",
            name="Ashley (Chin Chin) Ip",
            title="Interview with Ashley Chin Chin IP",
            encoding="utf-8",
            pairs=8,
            intro_chars=391,
        ),
        _record(
            seeds / "jinsui-song.txt",
            slug="jinsui-song",
            name="Jinsui Song",
            title="Check Out Jinsui Song’s Story",
            encoding="utf-8",
            pairs=4,
            intro_chars=48,
            dropped=[
                "Connect",
                "To Top",
                "Contact Info:",
                "Image Credits",
                "SOMETHING BLUE",
                "Suggest a Story: VoyageLA is built on recommendations from the community; "
                "it’s how we uncover hidden gems, so if you or someone you know deserves "
                "recognition please let us know here.",
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "More in local stories",
            ],
        ),
        _record(
            seeds / "jiuxun-jin.txt",
            slug="jiuxun-jin",
            name="Jiuxun Jin",
            title="Jiuxun Jin talks about ‘Ashes’",
            encoding="utf-8",
            pairs=10,
            dropped=["top of page", "bottom of page"],
        ),
    ]


def test_check_bundled_corpus_table() -> None:
    result = runner.invoke(app, ["check", "--format", "table"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    for slug in ("ashley-chin-chin-ip", "jinsui-song", "jiuxun-jin"):
        assert slug in result.stdout
    assert "3 files: 3 ok, 0 with warnings, 0 with errors" in result.stdout
    assert "dropped (2): top of page · bottom of page" in result.stdout
    assert "warning:" not in result.stdout


@pytest.fixture
def messy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus with one good file and one of every kind of trouble."""
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 2000)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "same-person.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (tmp_path / "broken.txt").write_bytes(codecs.BOM_UTF16_LE + b"a\x00b")
    (tmp_path / "huge.txt").write_text("Why? " * 1000, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Shopping list\n\nBread. Milk.\n", encoding="utf-8")
    (tmp_path / "lost-name.txt").write_text(
        "What do you film?\n\nWater.\n\nWhy water?\n\n\n\nHow long?\n\n"
        + "Long answer words. " * 100,
        encoding="utf-8",
    )
    return tmp_path


def test_check_reports_every_kind_of_trouble(messy: Path) -> None:
    result = runner.invoke(app, ["check", str(messy), "--json"])
    assert result.exit_code == 1, result.output
    found = {
        Path(record["path"]).name: (
            [e["kind"] for e in record["errors"]],
            [w["kind"] for w in record["warnings"]],
        )
        for record in json.loads(result.stdout)
    }
    assert found == {
        "broken.txt": (["encoding"], []),
        "empty.txt": (["empty"], []),
        "good.txt": ([], []),
        "huge.txt": (["too-large"], []),
        "lost-name.txt": ([], ["guessed-name", "empty-answer", "long-answer"]),
        "notes.txt": (["no-questions"], ["guessed-name"]),
        "photo.jpg": (["binary"], []),
        "same-person.txt": ([], ["duplicate-slug"]),
    }


def test_check_messages_say_why(messy: Path) -> None:
    result = runner.invoke(app, ["check", str(messy), "--json"])
    records = {Path(r["path"]).name: r for r in json.loads(result.stdout)}
    assert records["huge.txt"]["errors"] == [
        {"kind": "too-large", "message": "too large for an interview (0.0 MB)"}
    ]
    assert records["same-person.txt"]["warnings"] == [
        {
            "kind": "duplicate-slug",
            "message": "slug 'ana-ruiz' is taken by another file; this one is 'ana-ruiz-2'",
        }
    ]
    assert records["same-person.txt"]["slug"] == "ana-ruiz-2"
    assert records["lost-name.txt"]["warnings"] == [
        {
            "kind": "guessed-name",
            "message": "name guessed from the file name: Lost Name; set it with front matter",
        },
        {"kind": "empty-answer", "message": "question 2 has no answer"},
        {
            "kind": "long-answer",
            "message": "answer 3 has 300 words, 300× the typical answer: a missed question?",
        },
    ]


def test_check_table_shows_errors_and_exits_1(messy: Path) -> None:
    result = runner.invoke(app, ["check", str(messy), "-f", "table"], env={"COLUMNS": "120"})
    assert result.exit_code == 1
    assert "8 files: 1 ok, 2 with warnings, 5 with errors" in result.stdout.replace("\n", " ")
    assert "error: binary data, not a text file [binary]" in result.stdout
    assert "warning: question 2 has no answer [empty-answer]" in result.stdout


def test_check_one_file(messy: Path) -> None:
    result = runner.invoke(app, ["check", str(messy / "good.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert [record["slug"] for record in json.loads(result.stdout)] == ["ana-ruiz"]


def test_check_a_missing_path_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "nope.txt"), "--json"])
    assert result.exit_code == 1
    [record] = json.loads(result.stdout)
    assert record["errors"] == [
        {
            "kind": "unreadable",
            "message": "cannot read (No such file or directory): check that it exists"
            " and that you may read it",
        }
    ]


def test_bad_files_never_stop_the_rest_loading(messy: Path) -> None:
    result = runner.invoke(app, ["--corpus", str(messy), "list", "--json"])
    assert result.exit_code == 0, result.output
    assert [item["slug"] for item in json.loads(result.stdout)] == [
        "ana-ruiz",
        "lost-name",
        "notes",
        "ana-ruiz-2",
    ]
    warnings = [line for line in result.stderr.splitlines() if line]
    assert warnings == [
        f"filmtalk: warning: skipped {messy / 'broken.txt'}: not valid UTF-16 text "
        "(truncated data)",
        f"filmtalk: warning: skipped {messy / 'empty.txt'}: empty file",
        f"filmtalk: warning: skipped {messy / 'huge.txt'}: too large for an interview (0.0 MB)",
        f"filmtalk: warning: skipped {messy / 'photo.jpg'}: binary data, not a text file",
        f"filmtalk: warning: duplicate slug 'ana-ruiz': {messy / 'same-person.txt'} is "
        "'ana-ruiz-2'",
    ]


def test_nothing_is_written_into_the_corpus(messy: Path) -> None:
    def snapshot() -> dict[str, tuple[int, int]]:
        return {
            str(path): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(messy.rglob("*"))
        }

    before = snapshot()
    for args in (["list"], ["show", "ana-ruiz"], ["search", "water"], ["check"]):
        runner.invoke(app, ["--corpus", str(messy), *args])
    runner.invoke(app, ["check", str(messy)])
    assert snapshot() == before


def test_check_uses_the_corpus_option(messy: Path) -> None:
    result = runner.invoke(app, ["--corpus", str(messy), "check", "--json"])
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 8


def test_check_an_empty_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "table"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "No files to check."
    piped = runner.invoke(app, ["check", str(tmp_path)])
    assert (piped.exit_code, piped.stderr) == (0, "No files to check.\n")
    assert piped.stdout.startswith("path\tslug\tname\t")


def test_one_question_over_a_very_long_answer_is_flagged(tmp_path: Path) -> None:
    (tmp_path / "lone.txt").write_text(
        "Interview with Ada Lone\n\nWhat do you film?\n\n" + "Rivers at dawn, mostly. " * 175,
        encoding="utf-8",
    )
    (tmp_path / "short.txt").write_text(
        "Interview with Bo Short\n\nWhat do you film?\n\n" + "Rivers at dawn, mostly. " * 140,
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(tmp_path), "--json"])
    records = {Path(r["path"]).name: r for r in json.loads(result.stdout)}
    assert records["lone.txt"]["warnings"] == [
        {
            "kind": "long-answer",
            "message": "answer 1 has 700 words with only 1 question found: missed questions?",
        }
    ]
    assert records["short.txt"]["warnings"] == []  # 560 words: a long answer, not a lost page
