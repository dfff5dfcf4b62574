"""Issue 5, start-up: the quick conversion of option values that keeps Typer's pydantic out of
`filmtalk list --json`, checked against Typer's own conversion."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
import typer

from filmtalk.cli import _NOT_QUICK, _quick_value, app

SAMPLES = [
    None, "", "json", "JSON", "Csv", "xml", "table", "auto", "NEVER", "pink", "3", "10", "0",
    "-1", "+2", "٣", "1.5", "abc", "all", "ALL", "question", "corpus", "/no/such/dir", "-",
]  # fmt: skip


def every_param() -> list[tuple[Any, Any]]:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    context = typer.Context(group)
    params: list[tuple[Any, Any]] = [(param, group) for param in group.get_params(context)]
    for command in group.commands.values():
        params += [(param, command) for param in command.get_params(typer.Context(command))]
    return [(param, command) for param, command in params if hasattr(param, "type_descriptor")]


@pytest.mark.parametrize("value", SAMPLES)
def test_quick_values_equal_typers_own(value: str | None) -> None:
    checked = 0
    for param, command in every_param():
        descriptor = param.type_descriptor
        quick = _quick_value(param, descriptor.annotation, descriptor.parameter_info, value)
        if quick is _NOT_QUICK:
            continue
        full = type(param).get_runtime_param(param)  # Typer's converter, not the quick one
        expected = full.coerce(value, param=param, ctx=typer.Context(command))
        assert (quick, type(quick)) == (expected, type(expected)), param.name
        checked += 1
    assert checked or value in ("-", "-1", "1.5", "٣", "+2")


def test_defaults_and_typed_values_are_quick() -> None:
    for param, _ in every_param():
        descriptor = param.type_descriptor
        default = param.default
        quick = _quick_value(param, descriptor.annotation, descriptor.parameter_info, default)
        assert quick is not _NOT_QUICK, param.name


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["--color", "never", "list", "--format", "CSV"],
        ["--corpus", "corpus", "show", "jinsui", "-q", "2", "--format", "jsonl"],
    ],
)
def test_record_commands_do_not_import_pydantic(args: list[str]) -> None:
    script = (
        "import sys\n"
        f"sys.argv = ['filmtalk', *{args!r}]\n"
        "from filmtalk.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    assert done.code in (0, None), done.code\n"
        "sys.__stderr__.write(str('pydantic' in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.stderr.splitlines()[-1] == "False", done.stderr
    assert done.stdout


def test_bad_values_still_get_typers_message() -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["search", "x", "--limit", "zero"])
    assert result.exit_code == 2
    assert "Invalid value for '--limit'" in result.stderr
    assert "valid integer" in result.stderr
