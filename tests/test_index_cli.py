"""`filmtalk index` and `--no-cache`, through the command line."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.render import file_size
from filmtalk.store import cache_path
from tests.index_corpus import write_corpus

runner = CliRunner()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "interviews"
    write_corpus(folder, count=12)
    return folder


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_index_json_before_and_after_the_first_search(
    corpus_dir: Path, private_cache_dir: Path
) -> None:
    code, out, _err = invoke("--corpus", str(corpus_dir), "index", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["state"] == "missing"
    assert status["cache"] == str(cache_path(corpus_dir))
    assert Path(status["cache"]).parent == private_cache_dir

    assert invoke("--corpus", str(corpus_dir), "search", "covid", "--json")[0] == 0
    code, out, _err = invoke("--corpus", str(corpus_dir), "index", "--json")
    status = json.loads(out)
    assert code == 0
    assert {k: status[k] for k in ("state", "files", "interviews", "pairs", "added")} == {
        "state": "fresh",
        "files": 13,
        "interviews": 12,
        "pairs": 60,
        "added": 0,
    }
    assert status["words"] > 30
    assert status["built"].endswith("Z")


def test_index_table_reports_what_changed(corpus_dir: Path) -> None:
    invoke("--corpus", str(corpus_dir), "list", "--json")
    (corpus_dir / "part-a" / "interview-000.txt").unlink()
    (corpus_dir / "extra.txt").write_text("Interview with Ny One\n\nWhy?\nBecause.\n")
    # index has no --format: --color always asks for the view a person reads.
    code, out, _err = invoke("--color", "always", "--corpus", str(corpus_dir), "index")
    assert code == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "out of date: 1 added, 0 changed, 1 removed" in " ".join(out.split())
    assert str(cache_path(corpus_dir)) in "".join(out.split())
    # Piped, a "field<TAB>value" line per field of the --json record.
    code, out, _err = invoke("--corpus", str(corpus_dir), "index")
    assert code == 0
    fields = dict(line.split("\t") for line in out.splitlines())
    assert fields["field"] == "value"  # the header line
    assert (fields["state"], fields["added"], fields["removed"]) == ("stale", "1", "1")
    assert fields["cache"] == str(cache_path(corpus_dir))


def test_index_rebuild_and_clear(corpus_dir: Path) -> None:
    code, out, _err = invoke("--corpus", str(corpus_dir), "index", "--rebuild", "--json")
    assert code == 0
    assert json.loads(out)["state"] == "fresh"
    assert cache_path(corpus_dir).exists()
    code, out, err = invoke("--corpus", str(corpus_dir), "index", "--clear")
    assert code == 0
    assert err == "Deleted the index cache.\n"
    assert "state\tmissing\n" in out
    assert "built\t\n" in out  # null: never built
    assert not cache_path(corpus_dir).exists()
    code, out, err = invoke("--corpus", str(corpus_dir), "index", "--clear")
    assert (code, err) == (0, "There was no index cache.\n")


def test_a_cache_folder_that_is_a_file_is_reported_not_a_crash(
    corpus_dir: Path, cache_dir_is_a_file: Path
) -> None:
    blocker = cache_dir_is_a_file
    code, out, err = invoke("--corpus", str(corpus_dir), "index", "--json")
    assert (code, json.loads(out)["state"], err) == (0, "unwritable", "")
    code, out, err = invoke("--corpus", str(corpus_dir), "index", "--clear", "--json")
    assert (code, err) == (0, "There was no index cache.\n")
    code, out, err = invoke("--corpus", str(corpus_dir), "index", "--rebuild")
    assert code == 1
    assert err.startswith(f"filmtalk: cannot write the index cache in {blocker}")
    assert err.count("\n") == 1
    code, out, err = invoke("--color", "always", "--corpus", str(corpus_dir), "index")
    out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "cannot be made: the cache folder cannot be written" in " ".join(out.split())
    assert invoke("--corpus", str(corpus_dir), "list", "--json")[0] == 0


def test_a_cache_that_cannot_be_deleted_is_one_error_line(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert invoke("--corpus", str(corpus_dir), "index", "--rebuild")[0] == 0

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    code, _out, err = invoke("--corpus", str(corpus_dir), "index", "--clear")
    assert code == 1
    assert err == (
        f"filmtalk: cannot delete the index cache {cache_path(corpus_dir)}: Permission denied\n"
    )


def test_clear_on_a_read_only_disk_without_a_cache_says_there_was_none(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "unlink", read_only)
    code, _out, err = invoke("--corpus", str(corpus_dir), "index", "--clear")
    assert (code, err) == (0, "There was no index cache.\n")


def test_a_cache_folder_that_may_not_be_entered_is_unwritable(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = cache_path(corpus_dir).parent
    original = Path.exists

    def locked(self: Path, *, follow_symlinks: bool = True) -> bool:
        if self.is_relative_to(folder):
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "exists", locked)
    code, out, err = invoke("--corpus", str(corpus_dir), "index", "--json")
    assert (code, json.loads(out)["state"], err) == (0, "unwritable", "")


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 KB"), (100, "1 KB"), (36_864, "36 KB"), (1_048_575, "1.0 MB"),
     (214_708_224, "204.8 MB"), (1_073_741_823, "1.0 GB"), (2_117_992_448, "2.0 GB")],
)  # fmt: skip
def test_index_sizes_read_as_people_read_them(size: int, shown: str) -> None:
    assert file_size(size) == shown


def test_rebuild_and_clear_together_is_an_error(corpus_dir: Path) -> None:
    code, _out, err = invoke("--corpus", str(corpus_dir), "index", "--rebuild", "--clear")
    assert code == 1
    assert err == "filmtalk: choose --rebuild or --clear, not both\n"


def test_no_cache_gives_the_same_output_and_writes_nothing(corpus_dir: Path) -> None:
    commands = [["search", "story", "--json"], ["list", "--json"], ["show", "ana-abe-2", "--json"]]
    uncached = []
    for args in commands:
        code, out, err = invoke("--no-cache", "--corpus", str(corpus_dir), *args)
        assert code == 0, err
        uncached.append(out)
    assert not cache_path(corpus_dir).exists()
    for args, expected in zip(commands, uncached, strict=True):
        assert invoke("--corpus", str(corpus_dir), *args)[1] == expected  # builds or reads
        assert invoke("--corpus", str(corpus_dir), *args)[1] == expected  # reads
    assert cache_path(corpus_dir).exists()


def test_no_progress_bar_off_a_terminal(corpus_dir: Path) -> None:
    code, _out, err = invoke("--corpus", str(corpus_dir), "search", "covid")
    assert code == 0
    assert "Indexing" not in err


def test_help_stays_light() -> None:
    """`filmtalk --help` must not pay for the index: no SQLite, rapidfuzz or cache code."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from filmtalk.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sqlite3', 'rapidfuzz', 'platformdirs') or m == 'filmtalk.store'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "[]\n"


def test_one_folder_spelled_two_ways_shares_one_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Interview with Ana Ruiz\n\nWhy film?\n\nBecause.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(app, ["--corpus", "interviews", "list", "--json"])
    second = CliRunner().invoke(app, ["--corpus", str(folder), "list", "--json"])
    assert first.stdout == second.stdout
    assert json.loads(first.stdout)[0]["path"] == str(folder / "a.txt")
    # The cache stores every file's path: both spellings must list the same paths.
    from filmtalk.corpus import corpus_dir, corpus_files

    assert corpus_files(corpus_dir(Path("interviews"))) == corpus_files(corpus_dir(folder))
