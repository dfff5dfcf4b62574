"""The entry point's head start: guessing the corpus folder from the command line, and the
forked helper whose listing list_folder uses for that folder only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk import forked, prefetch
from filmtalk.cli import app, only_command
from filmtalk.launch import corpus_to_prefetch, read_command_line
from filmtalk.scan import Listing, list_folder


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["--corpus", "talks", "search", "covid"], {}, "talks"),
        (["--corpus=talks", "list"], {}, "talks"),
        (["--color", "never", "--corpus", "talks", "show", "x"], {}, "talks"),
        (["--no-cache", "index", "--rebuild"], {"FILMTALK_CORPUS": "talks"}, "talks"),
        # As Click hands the variable to --corpus: spaces and all.
        (["list"], {"FILMTALK_CORPUS": " talks "}, " talks "),
        (["--corpus", "talks", "search", "covid"], {"FILMTALK_CORPUS": "other"}, "talks"),
        # The bundled corpus is three files: not worth a helper.
        (["search", "covid"], {}, None),
        (["search", "covid"], {"FILMTALK_CORPUS": "  "}, None),
        # Help, version and completion never list the folder.
        (["--corpus", "talks", "--help"], {}, None),
        (["--corpus", "talks", "search", "--help"], {}, None),
        (["--corpus", "talks", "search", "-h"], {}, None),
        (["--version"], {"FILMTALK_CORPUS": "talks"}, None),
        (["-V"], {"FILMTALK_CORPUS": "talks"}, None),
        # `check` is often given files: its folder is not worth listing ahead.
        (["--corpus", "talks", "check", "notes.txt"], {}, None),
        (["--corpus", "talks", "list"], {"_FILMTALK_COMPLETE": "complete_bash"}, None),
        # No command, or one that is not ours: Typer will say so.
        (["--corpus", "talks"], {}, None),
        (["--corpus", "talks", "frobnicate"], {}, None),
        ([], {"FILMTALK_CORPUS": "talks"}, None),
    ],
)
def test_the_folder_to_prefetch_follows_the_cli_rules(
    argv: list[str],
    environ: dict[str, str],
    expected: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    wanted = None if expected is None else str(tmp_path / expected)
    assert corpus_to_prefetch(argv, environ) == wanted


def test_a_home_folder_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert corpus_to_prefetch(["--corpus", "~/talks", "list"], {}) == str(tmp_path / "talks")


def make_folder(root: Path) -> Path:
    folder = root / "talks"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text("Q: one?\nA: yes.\n", encoding="utf-8")
    (folder / "b" / "c.txt").write_text("Q: two?\nA: no.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    return folder


def test_the_helper_lists_the_folder_as_this_process_does(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    own = list_folder(folder)
    prefetch.start(str(folder))
    data = prefetch.collect(str(folder))
    # The very bytes the cache compares, as if marshalled here; the records only on demand.
    assert data == own.data
    assert Listing(data=data).files == own.files == Listing(data=own.data).files
    # Collected once: a second command in the same process lists the folder itself.
    assert prefetch.collect(str(folder)) is None


def test_a_listing_is_made_from_its_records_or_its_bytes_alike(tmp_path: Path) -> None:
    records = list_folder(make_folder(tmp_path)).files
    assert [Path(path).name for path, _size, _mtime in records] == ["a.txt", "c.txt"]
    from_records = Listing(files=records)
    from_bytes = Listing(data=from_records.data)
    assert from_bytes.files == records
    assert from_bytes.data == from_records.data == Listing(files=list(records)).data
    with pytest.raises(ValueError):
        Listing()


def test_list_folder_takes_the_prefetched_listing_for_that_folder_only(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    prefetch.start(str(folder))
    assert list_folder(other).files == []
    # A file added after the helper listed the folder is not in its listing: proof that
    # list_folder used it (a command sees the folder as it was when it started).
    before = list_folder(folder)  # waits for the helper
    (folder / "late.txt").write_text("Q: three?\nA: maybe.\n", encoding="utf-8")
    assert [Path(path).name for path, _size, _mtime in before.files] == ["a.txt", "c.txt"]
    assert len(list_folder(folder).files) == 3


def test_a_failed_helper_means_listing_without_it(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    prefetch.start(str(missing))
    assert Listing(data=prefetch.collect(str(missing))).files == []
    failing = forked.start(lambda: 1 // 0)
    assert failing is not None
    prefetch._pending["/nowhere"] = failing
    assert prefetch.collect("/nowhere") is None
    folder = make_folder(tmp_path)
    prefetch._pending[str(folder)] = forked.start(lambda: 1 // 0)  # type: ignore[assignment]
    assert [Path(path).name for path, _size, _mtime in list_folder(folder).files] == [
        "a.txt",
        "c.txt",
    ]


def test_a_forked_result_comes_back_whole_or_not_at_all() -> None:
    child = forked.start(lambda: [("a", 1, 2)] * 3)
    assert child is not None
    assert child.result() == [("a", 1, 2)] * 3
    failing = forked.start(lambda: 1 // 0)
    assert failing is not None
    assert failing.result() is None


def test_the_program_with_its_head_start_prints_what_the_cli_prints(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    environ = {**os.environ, "FILMTALK_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "filmtalk", "--corpus", str(folder), "list", "--json"]
    launched = subprocess.run(command, capture_output=True, text=True, env=environ, check=True)
    direct = CliRunner().invoke(app, ["--corpus", str(folder), "list", "--json"])
    assert direct.exit_code == 0
    assert json.loads(launched.stdout) == json.loads(direct.stdout)
    assert [row["path"] for row in json.loads(launched.stdout)] == [
        str(folder / "a.txt"),
        str(folder / "b" / "c.txt"),
    ]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--corpus", "x", "--color", "never", "search", "covid", "-n", "3"], "search"),
        (["--no-cache", "list"], "list"),
        (["list", "--corpus", "x"], "list"),
        (["--color", "list"], None),  # "list" is --color's value here: Typer will complain
        (["search", "--help"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_is_read_from_a_plain_command_line(
    argv: list[str], expected: str | None
) -> None:
    assert read_command_line(argv)[0] == expected


def test_only_the_command_run_is_built() -> None:
    narrowed = only_command("search")
    assert [getattr(info.callback, "__name__", None) for info in narrowed.registered_commands] == [
        "search"
    ]
    assert [info.name for info in only_command("list").registered_commands] == ["list"]
    assert [info.name for info in only_command("index").registered_commands] == ["index"]
    assert only_command("frobnicate") is app
    assert only_command(None) is app
    assert len(app.registered_commands) == 8  # the app itself is left whole


def run_program(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "filmtalk", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
    )


def test_the_program_still_knows_every_command() -> None:
    typo = run_program("serch", "covid")
    assert typo.returncode == 2
    assert "No such command 'serch'" in typo.stderr
    assert "Did you mean 'search'?" in typo.stderr
    listed = run_program("--help")
    for name in ("list", "show", "search", "compare", "stats", "export", "check", "index"):
        assert f"│ {name} " in listed.stdout
    assert "Usage: filmtalk search [OPTIONS] QUERY" in run_program("search", "--help").stdout


@pytest.mark.parametrize("argv", [["--version"], ["serch", "covid"], ["list", "--json"]])
def test_the_program_leaves_without_collecting_what_its_imports_made(argv: list[str]) -> None:
    # What the exit's garbage collection would search is frozen once the command is done,
    # however it ends (a normal exit, a usage error).
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count(), file=sys.stderr))\n"
        "from filmtalk import launch\n"
        f"sys.argv = ['filmtalk', *{argv!r}]\n"
        "launch.main()\n"
    )
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    frozen = int(ran.stderr.rpartition("frozen ")[2])
    assert frozen > 10_000
