"""Issue 5: text from the web is printed literally and can never drive the terminal."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.corpus import read_interview
from filmtalk.text import clean_text
from tests.terminal_corpus import UNTRUSTED_SLUG, write_corpus

runner = CliRunner()
MARKUP_LOOKALIKES = [
    "[laughs]",
    "[sic]",
    "[/bold]",
    "[link=https://evil.example]see the trailer[/link]",
    "[bold red]loud[/]",
    "[/].",
]
# Only SGR (colour and style) sequences may appear, and only from filmtalk's own styles.
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "interviews", untrusted=True)


def test_escape_sequences_are_stripped_when_a_file_is_loaded(corpus: Path) -> None:
    interview = read_interview(corpus / "cleo-marsh.txt")
    answer = interview.pairs[1].answer
    assert answer == "Keep calm and click here then rest now done end."
    for pair in interview.pairs:
        for text in (pair.question, pair.answer):
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert all(fragment in interview.pairs[0].answer for fragment in MARKUP_LOOKALIKES)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x1b[2Jb", "ab"),  # CSI: clear screen
        ("a\x1b[38;5;196mred\x1b[0m", "ared"),  # CSI: colour
        ("\x1b]8;;https://evil.example\x07link\x1b]8;;\x07", "link"),  # OSC 8 hyperlink
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8, ST ending
        ("copy\x1b]52;c;ZXZpbA==\x07me", "copyme"),  # OSC 52 clipboard write
        ("\x1b]0;pwned\x07title", "title"),  # OSC 0 window title
        ("c1\x9b2Jcsi", "c1csi"),  # C1 CSI
        ("c1\x9d0;t\x9cosc", "c1osc"),  # C1 OSC ended by C1 ST
        ("\x1bPdcs\x1b\\x", "x"),  # DCS
        ("lone\x1b esc", "lone esc"),  # a lone ESC
        ("bell\x07 nul\x00 del\x7f", "bell nul del"),
    ],
)
def test_clean_text_strips_each_kind_of_sequence(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_table_output_prints_markup_literally_with_only_our_own_styles(corpus: Path) -> None:
    result = runner.invoke(
        app, ["--corpus", str(corpus), "--color", "always", "show", UNTRUSTED_SLUG, "--no-pager"]
    )
    assert result.exit_code == 0, result.stderr
    assert "\x1b" in result.stdout  # colour is on, so the check below means something
    assert not SGR.sub("", result.stdout).count("\x1b")
    plain = " ".join(SGR.sub("", result.stdout).split())
    for fragment in MARKUP_LOOKALIKES:
        assert fragment in plain


def test_search_table_and_list_print_markup_literally(corpus: Path) -> None:
    result = runner.invoke(
        app, ["--corpus", str(corpus), "--color", "always", "search", "laughs producer"]
    )
    assert result.exit_code == 0, result.stderr
    plain = " ".join(SGR.sub("", result.stdout).split())
    assert "[laughs]" in plain
    assert "[sic]" in plain
    assert not SGR.sub("", result.stdout).count("\x1b")


def test_json_carries_the_brackets_and_no_escapes(corpus: Path) -> None:
    result = runner.invoke(app, ["--corpus", str(corpus), "show", UNTRUSTED_SLUG, "--json"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "\\u001b" not in result.stdout
    record = json.loads(result.stdout)
    assert record["pairs"][0]["answer"].startswith("It rained [laughs] and the producer [sic]")
