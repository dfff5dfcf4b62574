"""Issue 5, the terminal-only behaviour, in a real terminal: colours, widths and the pager.

Each test starts a private tmux server (its own socket file, no config), runs filmtalk in a pane
of a known size, reads the screen with capture-pane and stops the server. Skipped without tmux.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
DONE = "__filmtalk_exit__"


class Pane:
    """One tmux pane of a fixed size running one shell command."""

    def __init__(self, socket: Path, cwd: Path) -> None:
        self.socket = socket
        self.cwd = cwd

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-S", str(self.socket), "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=10,
        )
        return done.stdout

    def start(
        self,
        command: str,
        *,
        width: int,
        height: int = 24,
        env: dict[str, str | None] | None = None,
    ) -> None:
        """Run `filmtalk <command>` (a shell line) with LESS and PAGER unset unless given."""
        settings = ["env", "-u", "LESS", "-u", "PAGER", "-u", "NO_COLOR", "-u", "FORCE_COLOR"]
        settings += ["-u", "COLUMNS", "-u", "LINES", "-u", "MANPAGER"]
        settings += [f"{name}={value}" for name, value in (env or {}).items() if value is not None]
        filmtalk = f"{shlex.join(settings)} {shlex.quote(sys.executable)} -m filmtalk"
        script = f"cd {shlex.quote(str(self.cwd))}; {command.replace('filmtalk', filmtalk)}"
        line = f'{script}; printf "\\n{DONE}%s\\n" "$?"; exec sleep 60'
        self.tmux(
            "new-session", "-d", "-s", "main", "-x", str(width), "-y", str(height),
            "sh", "-c", line,
        )  # fmt: skip

    def screen(self, *, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", "-t", "main", *(["-e"] if escapes else []))

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")

    def exit_code(self) -> int:
        screen = self.wait_for(DONE)
        return int(screen.split(DONE, 1)[1].split()[0])

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "main", *keys)


@pytest.fixture
def pane(tmp_path: Path) -> Iterator[Pane]:
    # A private server on a socket of its own (a short path: sockets have a length limit),
    # so the test neither sees nor leaves anything in the user's tmux.
    socket_dir = Path(tempfile.mkdtemp(prefix="filmtalk-tmux-"))
    started = Pane(socket_dir / "socket", tmp_path)
    yield started
    started.tmux("kill-server")
    shutil.rmtree(socket_dir, ignore_errors=True)


def test_colour_on_a_terminal_and_none_when_piped(pane: Pane) -> None:
    pane.start(
        "filmtalk list; echo PIPED; filmtalk list | cut -f1,4; echo FORCED;"
        " filmtalk list --format table | cat",
        width=80,
        height=40,
    )
    assert pane.exit_code() == 0
    screen = pane.screen(escapes=True).split(DONE)[0]
    terminal, rest = screen.split("PIPED\n")
    piped, forced = rest.split("FORCED\n")
    assert "┏" in terminal
    assert "\x1b[" in terminal  # the table drawn for the terminal has styles
    # Piped, the TSV form: a line a record that cut can take, no box, no style (tmux shows the
    # tab as spaces).
    assert [line.split() for line in piped.splitlines()] == [
        ["slug", "pairs"],
        ["ashley-chin-chin-ip", "8"],
        ["jinsui-song", "4"],
        ["jiuxun-jin", "10"],
    ]
    # --format table still draws the table into a pipe, without colour.
    assert "┏" in forced
    assert "\x1b[" not in forced


def test_piped_at_40_columns_is_lines_for_tools_and_show_a_document(pane: Pane) -> None:
    pane.start(
        "filmtalk search covid | cut -f1,3,7; filmtalk show jinsui-song | head -3",
        width=40,
        height=20,
    )
    assert pane.exit_code() == 0
    lines = pane.screen().split(DONE)[0].splitlines()
    assert [line.split() for line in lines[:2]] == [
        ["slug", "index", "score"],
        ["jinsui-song", "4", "7.981"],
    ]
    assert lines[2:4] == ["# Check Out Jinsui Song’s Story", ""]
    assert lines[4].startswith("Jinsui Song · `jinsui-song` · 4 question")  # the pane wraps it


@pytest.mark.parametrize(
    ("command", "env", "colour", "any_style"),
    [
        ("filmtalk list", {"NO_COLOR": "1"}, False, True),  # NO_COLOR keeps bold
        ("filmtalk --color never list", {}, False, False),
        ("filmtalk --color always list | cat", {}, True, True),  # the flag wins over the pipe
        ("filmtalk list", {"TERM": "dumb"}, False, False),
    ],
)
def test_colour_switches(
    pane: Pane, command: str, env: dict[str, str], colour: bool, any_style: bool
) -> None:
    pane.start(command, width=80, env=dict(env))
    assert pane.exit_code() == 0
    table = pane.screen(escapes=True).split(DONE)[0]
    assert "ashley-chin-chin-ip" in table
    assert ("\x1b[36m" in table) is colour  # the slug column is cyan
    assert ("\x1b[" in table) is any_style


def test_list_and_search_at_80_columns(pane: Pane) -> None:
    pane.start("filmtalk list && filmtalk search covid", width=80, height=40)
    assert pane.exit_code() == 0
    lines = pane.screen().split(DONE)[0].splitlines()
    assert (
        "│ jinsui-song         │ Jinsui Song       │ Check Out Jinsui   │     4 │   635 │" in lines
    )
    borders = [line for line in lines if line.startswith(("┏", "└"))]
    assert len(borders) == 4
    assert all(len(line) == 80 for line in borders)


def test_list_and_search_at_40_columns(pane: Pane) -> None:
    pane.start("filmtalk list && filmtalk search covid", width=40, height=40)
    assert pane.exit_code() == 0
    lines = [line.rstrip() for line in pane.screen().split(DONE)[0].splitlines()]
    for slug in ("ashley-chin-chin-ip", "jinsui-song", "jiuxun-jin"):
        assert slug in lines
    assert "1. Jinsui Song" in lines
    assert "   jinsui-song #4 · score 7.98" in lines
    assert not any(character in "".join(lines) for character in "┏┃│")


def test_show_pages_through_less_keeping_colours(pane: Pane) -> None:
    pane.start("filmtalk show jiuxun-jin", width=80, height=12)
    screen = pane.wait_for("Jiuxun Jin talks about")
    time.sleep(0.3)
    screen = pane.screen()
    assert DONE not in screen  # less is waiting for a key
    assert screen.rstrip().splitlines()[-1].startswith(":")  # less's prompt
    assert "\x1b[1m" in pane.screen(escapes=True)  # LESS=R lets bold through
    pane.keys("q")
    assert pane.exit_code() == 0
    assert "“war story”." in pane.screen()  # LESS=X leaves the page on the screen


def write_pager(directory: Path) -> Path:
    script = directory / "pager.sh"
    script.write_text('#!/bin/sh\nprintf %s "$LESS" > less.txt\ncat > paged.txt\n')
    script.chmod(0o755)
    return script


@pytest.mark.parametrize(("less", "expected"), [(None, "FRX"), ("-S", "-S")])
def test_show_uses_pager_and_sets_less_only_when_unset(
    pane: Pane, tmp_path: Path, less: str | None, expected: str
) -> None:
    pager = str(write_pager(tmp_path))
    pane.start("filmtalk show jinsui-song", width=80, env={"PAGER": pager, "LESS": less})
    assert pane.exit_code() == 0
    assert (tmp_path / "less.txt").read_text() == expected
    paged = (tmp_path / "paged.txt").read_text()
    assert "Check Out Jinsui Song’s Story" in paged
    assert "\x1b[" in paged  # styles are kept for the pager


@pytest.mark.parametrize(
    "command",
    [
        "filmtalk show jinsui-song --no-pager",
        "filmtalk show jinsui-song | cat",
        "filmtalk show jinsui-song --json",
        "filmtalk show jinsui-song < /dev/null",
    ],
)
def test_show_does_not_page(pane: Pane, tmp_path: Path, command: str) -> None:
    pane.start(command, width=80, height=60, env={"PAGER": str(write_pager(tmp_path))})
    assert pane.exit_code() == 0
    assert "with the audience in SF!" in pane.screen()
    assert not (tmp_path / "paged.txt").exists()
