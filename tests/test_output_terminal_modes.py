"""Issue 5: colour decisions (TTY, NO_COLOR, FORCE_COLOR, TERM=dumb, --color) and layouts that
stay inside 80 and 40 columns. The real-terminal side of this is in test_output_tmux.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from tests.terminal_corpus import write_corpus

runner = CliRunner()
BUNDLED = ["list"], ["search", "covid"], ["show", "jinsui-song", "--no-pager"]


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    base = {"NO_COLOR": "", "FORCE_COLOR": "", "TERM": "xterm-256color", "COLUMNS": "80"}
    result = runner.invoke(app, list(args), env={**base, **(env or {})})
    assert result.exit_code == 0, result.stderr
    return result.exit_code, result.stdout


@pytest.mark.parametrize("command", BUNDLED)
def test_piped_output_has_no_escape_codes(command: list[str]) -> None:
    assert "\x1b" not in run(*command)[1]


@pytest.mark.parametrize(
    ("env", "args", "coloured"),
    [
        ({"FORCE_COLOR": "1"}, [], True),
        ({"FORCE_COLOR": "1"}, ["--color", "never"], False),
        ({}, ["--color", "always"], True),
        ({"NO_COLOR": "1"}, ["--color", "always"], True),  # the flag wins
        ({"TERM": "dumb"}, ["--color", "always"], True),
        ({"TERM": "dumb", "FORCE_COLOR": "1"}, [], False),
        ({}, ["--color", "auto"], False),
    ],
)
def test_colour_follows_environment_and_flag(
    env: dict[str, str], args: list[str], coloured: bool
) -> None:
    out = run(*args, "list", env=env)[1]
    assert ("\x1b[36m" in out or "\x1b[38;5;6m" in out) is coloured
    assert ("\x1b" in out) is coloured


def test_no_color_drops_colour_but_may_keep_bold() -> None:
    out = run("list", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})[1]
    assert "\x1b[36m" not in out
    assert "\x1b[1m" in out  # NO_COLOR removes colour, not emphasis (no-color.org)


@pytest.mark.parametrize("width", [80, 40])
@pytest.mark.parametrize("command", BUNDLED)
def test_output_fits_the_width(width: int, command: list[str]) -> None:
    out = run(*command, "--format", "table", env={"COLUMNS": str(width)})[1]
    assert out.strip()
    assert max(len(line) for line in out.splitlines()) <= width


def test_list_keeps_each_slug_whole_at_40_columns() -> None:
    out = run("list", "--format", "table", env={"COLUMNS": "40"})[1]
    lines = [line.strip() for line in out.splitlines()]
    for slug in ("ashley-chin-chin-ip", "jinsui-song", "jiuxun-jin"):
        assert slug in lines
    assert "┃" not in out  # the narrow layout, not a squeezed table


def test_list_is_a_table_at_80_columns() -> None:
    out = run("list", "--format", "table", env={"COLUMNS": "80"})[1]
    assert "│ ashley-chin-chin-ip │" in out


def test_search_cuts_long_answers_to_a_snippet(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    before = " ".join(f"before{number}" for number in range(400))
    after = " ".join(f"after{number}" for number in range(400))
    (corpus / "long.txt").write_text(
        "Meet Dee Long\n\nToday we'd like to introduce you to Dee Long.\n\n"
        f"What do you shoot?\n{before} zeppelin {after}\n",
        encoding="utf-8",
    )
    for width in (80, 40):
        out = run(
            "--corpus", str(corpus), "search", "zeppelin", "-f", "table",
            env={"COLUMNS": str(width)},
        )[1]  # fmt: skip
        assert "zeppelin" in out
        assert "before0 " not in out and "after399" not in out
        assert "…" in out
        assert len(out.splitlines()) < 15
        assert max(len(line) for line in out.splitlines()) <= width


def test_search_table_keeps_a_long_slug_on_one_line(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    (corpus / "long.txt").write_text(
        "Meet Maximiliana Oberwin\n\n"
        "Today we'd like to introduce you to Maximiliana Oberwin.\n\n"
        "What do you shoot?\nZeppelins over the lake, at dawn.\n",
        encoding="utf-8",
    )
    out = run("--corpus", str(corpus), "search", "zeppelin", "-f", "table")[1]
    assert "maximiliana-oberwin" in out.replace("│", " ").split()
    assert max(len(line) for line in out.splitlines()) <= 80


def test_search_at_40_columns_is_stacked_with_who_on_one_line() -> None:
    out = run("search", "covid", "--limit", "1", "-f", "table", env={"COLUMNS": "40"})[1]
    assert [line.rstrip() for line in out.splitlines()[:2]] == [
        "1. Jinsui Song",
        "   jinsui-song #4 · score 7.98",
    ]


def test_show_indents_without_trailing_blanks_and_hangs_the_question() -> None:
    out = run("show", "jinsui-song", "--no-pager", "-f", "table", env={"COLUMNS": "40"})[1]
    lines = out.splitlines()
    assert not [line for line in lines if line.endswith("  ")]
    start = lines.index("1. Hi Jinsui, we’d love for you to start")
    assert lines[start + 1] == "   by introducing yourself."
    assert lines[start + 2].startswith("   I have always been passionate")


def test_question_number_keeps_the_question_style() -> None:
    out = run("--color", "always", "show", "jiuxun-jin", "-q", "10", env={"COLUMNS": "40"})[1]
    assert "\x1b[1;36m10. \x1b[0m\x1b[1;36mWhy do you make films?" in out
