"""The shared --format option on compare and check, as on list/show/search."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from filmtalk.cli import app

runner = CliRunner()
ENV = {"FILMTALK_CORPUS": "", "NO_COLOR": "1"}


def test_compare_as_csv_has_one_row_per_interviewee_with_blanks_for_nobody() -> None:
    result = runner.invoke(app, ["compare", "next project", "--format", "csv"], env=ENV)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["slug"], r["index"], r["score"]) for r in rows] == [
        ("jiuxun-jin", "9", "1.0"),
        ("jinsui-song", "3", "0.812"),
        ("ashley-chin-chin-ip", "", ""),
    ]


def test_compare_json_flag_and_format_json_agree() -> None:
    by_flag = runner.invoke(app, ["compare", "covid", "--json"], env=ENV).stdout
    by_format = runner.invoke(app, ["compare", "covid", "--format", "json"], env=ENV).stdout
    assert json.loads(by_flag) == json.loads(by_format)


def test_check_as_jsonl_is_one_record_per_file() -> None:
    result = runner.invoke(app, ["check", "--format", "jsonl"], env=ENV)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["slug"], r["pairs"], r["errors"]) for r in records] == [
        ("ashley-chin-chin-ip", 8, []),
        ("jinsui-song", 4, []),
        ("jiuxun-jin", 10, []),
    ]
    assert records[2]["dropped"] == ["top of page", "bottom of page"]


def test_check_and_stats_fit_a_40_column_terminal_with_slugs_whole() -> None:
    for command in (["check"], ["stats"], ["compare", "inspiration"]):
        result = runner.invoke(app, [*command, "--format", "table"], env={**ENV, "COLUMNS": "40"})
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= 40, command
        assert any("ashley-chin-chin-ip" in line for line in lines), command


def test_check_at_80_columns_is_a_table_with_whole_slugs() -> None:
    result = runner.invoke(app, ["check", "--format", "table"], env={**ENV, "COLUMNS": "80"})
    assert result.exit_code == 0
    assert any(
        "│ ashley-chin-chin-ip │" in line and "│ ok " in line for line in result.stdout.splitlines()
    )


def test_check_names_a_file_it_could_not_read_in_its_row(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(tmp_path), "--format", "table"], env={**ENV, "COLUMNS": "80"}
    )
    assert result.exit_code == 1
    assert any("│ blank.txt" in line and "error" in line for line in result.stdout.splitlines())
    # Piped, the same file is one TSV line, and the exit status is the same.
    piped = runner.invoke(app, ["check", str(tmp_path)], env=ENV)
    assert piped.exit_code == 1
    assert piped.stdout.splitlines()[1].startswith(f"{tmp_path / 'blank.txt'}\t\t\t\t")
