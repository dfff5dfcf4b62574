"""Issue 5, start-up: option values are converted by Typer itself, with its usual messages."""

from __future__ import annotations

from typer.testing import CliRunner

from filmtalk.cli import app


def test_bad_values_get_typers_message() -> None:
    result = CliRunner().invoke(app, ["search", "x", "--limit", "zero"])
    assert result.exit_code == 2
    assert "Invalid value for '--limit'" in result.stderr
    assert "valid integer" in result.stderr
