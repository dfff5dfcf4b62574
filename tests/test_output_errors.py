"""Issue 5: exit codes (0, 1, 2, 130) and one clear stderr line for each user error."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk import cli
from filmtalk.cli import app
from tests.terminal_corpus import write_corpus

runner = CliRunner()


def buffered_env() -> dict[str, str]:
    """This test's environment with buffered stdout, as for a user.

    A development shell's PYTHONUNBUFFERED would hide the case where the broken pipe only
    shows when Python flushes its buffer. Built when the test runs, so that it carries the
    test's private FILMTALK_CACHE_DIR.
    """
    return {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "interviews")


def one_line_error(args: list[str], env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("filmtalk: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def test_missing_corpus_folder_names_it_and_how_to_set_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    line = one_line_error(["--corpus", str(missing), "list"])
    assert str(missing) in line
    assert "--corpus" in line and "FILMTALK_CORPUS" in line
    line = one_line_error(["list"], env={"FILMTALK_CORPUS": str(missing)})
    assert str(missing) in line


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_empty_query_says_what_to_type(corpus: Path, query: str) -> None:
    line = one_line_error(["--corpus", str(corpus), "search", query])
    assert "query is empty" in line
    assert "filmtalk search covid" in line


def test_empty_query_is_reported_before_the_corpus_is_read(tmp_path: Path) -> None:
    line = one_line_error(["--corpus", str(tmp_path / "nowhere"), "search", " "])
    assert "query is empty" in line


def test_unknown_interview_suggests_the_closest_slug(corpus: Path) -> None:
    line = one_line_error(["--corpus", str(corpus), "show", "ada-brightwatr"])
    assert line == "filmtalk: no interview matches 'ada-brightwatr': did you mean ada-brightwater?"
    line = one_line_error(["--corpus", str(corpus), "search", "rain", "--who", "bo-lindkvist"])
    assert "did you mean bo-lindqvist?" in line


@pytest.mark.parametrize("ref", ["{corpus}/nope.txt", "nope.txt", "AC/DC"])
def test_a_path_that_is_not_a_file_says_so(corpus: Path, ref: str) -> None:
    ref = ref.format(corpus=corpus)
    line = one_line_error(["--corpus", str(corpus), "show", ref])
    assert line == (
        f"filmtalk: {ref} is not a file, nor an interview's slug or name: see `filmtalk list`"
    )


def test_a_folder_given_to_show_says_so(corpus: Path) -> None:
    line = one_line_error(["--corpus", str(corpus), "show", str(corpus)])
    assert line == f"filmtalk: {corpus} is a folder, not an interview file: see `filmtalk list`"


def test_a_system_error_the_core_did_not_foresee_is_one_line(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(directory: Path, **_: object) -> None:
        raise PermissionError(13, "Permission denied", str(directory / "locked"))

    monkeypatch.setattr("filmtalk.corpus.load_corpus", refused)
    line = one_line_error(["--corpus", str(corpus), "list"])
    assert line == f"filmtalk: {corpus / 'locked'}: Permission denied"


def test_show_of_a_path_behind_a_locked_folder_is_one_line(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for test in ("is_file", "is_dir"):
        original = getattr(Path, test)

        def locked(self: Path, original: Callable[[Path], bool] = original) -> bool:
            if str(self).startswith("/locked"):
                raise PermissionError(13, "Permission denied", str(self))
            return original(self)

        monkeypatch.setattr(Path, test, locked)
    line = one_line_error(["--corpus", str(corpus), "--no-cache", "show", "/locked/x.txt"])
    assert "/locked/x.txt is not a file" in line


def test_unreadable_file_is_named(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = corpus.parent / "outside"
    outside.mkdir()
    unreadable = outside / "secret.txt"
    unreadable.write_text((corpus / "bo-lindqvist.txt").read_text(), encoding="utf-8")
    original = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name in ("secret.txt", "bo-lindqvist.txt"):
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (corpus / "bo-lindqvist.txt").rename(corpus.parent / "aside.txt")
    line = one_line_error(["--corpus", str(corpus), "show", str(unreadable)])
    assert line == (
        f"filmtalk: {unreadable}: cannot read (Permission denied): "
        "check that it exists and that you may read it"
    )
    # In a folder, an unreadable file is a warning on stderr and the rest still works.
    (corpus.parent / "aside.txt").rename(corpus / "bo-lindqvist.txt")
    result = runner.invoke(app, ["--corpus", str(corpus), "list", "--json"])
    assert result.exit_code == 0
    assert "warning: skipped" in result.stderr and "bo-lindqvist.txt" in result.stderr
    assert '"ada-brightwater"' in result.stdout


def test_question_out_of_range_says_the_range(corpus: Path) -> None:
    line = one_line_error(["--corpus", str(corpus), "show", "ada", "-q", "9"])
    assert "choose --question between 1 and 2" in line


@pytest.mark.parametrize(
    "args",
    [["list", "--bogus"], ["show"], ["search", "x", "--limit", "0"], ["--color", "pink", "list"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_no_results_exit_0(corpus: Path) -> None:
    assert runner.invoke(app, ["--corpus", str(corpus), "search", "zeppelin"]).exit_code == 0


def test_ctrl_c_during_a_command_exits_130(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(directory: Path, **options: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("filmtalk.corpus.load_corpus", interrupted)
    result = runner.invoke(app, ["--corpus", str(corpus), "list"])
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr


def test_main_turns_a_late_ctrl_c_into_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(**_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "app", interrupted)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 130


def test_main_passes_typer_exit_codes_through(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(**_: object) -> None:
        raise SystemExit(2)

    monkeypatch.setattr(cli, "app", fails)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2


def big_corpus(directory: Path) -> Path:
    """One interview far larger than a pipe's buffer, so that `| head -1` really breaks it."""
    write_corpus(directory)
    answer = " ".join(f"frame{number}" for number in range(40_000))
    (directory / "huge.txt").write_text(
        "Meet Eve Huge\n\nToday we'd like to introduce you to Eve Huge.\n\n"
        f"What did you shoot?\n{answer}\n\nWhat next?\n{answer}\n",
        encoding="utf-8",
    )
    return directory


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv"])
def test_broken_pipe_ends_quietly(tmp_path: Path, fmt: str) -> None:
    corpus = big_corpus(tmp_path / "c")
    command = [sys.executable, "-m", "filmtalk", "--corpus", str(corpus)]
    process = subprocess.Popen(
        [*command, "show", "eve-huge", "--format", fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=buffered_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read()
    code = process.wait(timeout=30)
    assert first
    assert err == b""
    assert code == 0


@pytest.mark.parametrize("args", [["list", "--json"], ["list", "--format", "csv"], ["list"]])
def test_reader_gone_before_the_first_write_ends_quietly(corpus: Path, args: list[str]) -> None:
    # Small output sits in Python's buffer until exit; without the handler in main() the
    # final flush prints "Exception ignored ... BrokenPipeError" and exits 120.
    process = subprocess.Popen(
        [sys.executable, "-m", "filmtalk", "--corpus", str(corpus), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=buffered_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    assert err == b""
    assert process.wait(timeout=30) == 0


def test_main_flushes_inside_the_broken_pipe_handler() -> None:
    # Output still buffered when the command returns is flushed by main() itself, so a reader
    # that has gone away ends the process quietly with status 0 instead of a traceback.
    script = (
        "import sys\n"
        "from filmtalk import cli\n"
        "cli.app = lambda **_: sys.stdout.write('x' * 100)\n"
        "cli.main()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=buffered_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    assert process.stderr.read() == b""
    assert process.wait(timeout=30) == 0


def test_a_real_sigint_exits_130_without_a_traceback(corpus: Path) -> None:
    import signal

    script = (
        "import sys, time\n"
        "import filmtalk.corpus\n"
        "def slow(directory, **options):\n"
        "    sys.stderr.write('loading\\n'); sys.stderr.flush(); time.sleep(30)\n"
        "filmtalk.corpus.load_corpus = slow\n"
        f"sys.argv = ['filmtalk', '--corpus', {str(corpus)!r}, 'list']\n"
        "from filmtalk.cli import main\n"
        "main()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stderr is not None and process.stdout is not None
    assert process.stderr.readline() == b"loading\n"
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 130
    assert process.stderr.read() == b""
    assert process.stdout.read() == b""
