"""Issue 5: help with examples everywhere, every command in the README, a light --help."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from filmtalk.cli import app
from tests.imported_modules import run_and_list_modules

runner = CliRunner()
README = Path(__file__).resolve().parent.parent / "README.md"
# Typer's own options; their help text is Typer's.
TYPER_OPTIONS = {"install_completion", "show_completion", "help"}


def commands() -> dict[str, typer.core.TyperCommand]:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return dict(group.commands)  # type: ignore[arg-type]


def test_every_command_appears_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    names = sorted(commands())
    assert {"list", "show", "search"} <= set(names)
    missing = [name for name in names if f"filmtalk {name}" not in readme]
    assert missing == []


def test_every_command_has_help_with_an_example() -> None:
    for name, command in commands().items():
        assert command.help, name
        assert "Example: filmtalk " in command.help, name


def test_every_option_and_argument_has_help() -> None:
    group = typer.main.get_command(app)
    everything = [("filmtalk", group), *commands().items()]
    for name, command in everything:
        for param in command.params:
            if param.name in TYPER_OPTIONS:
                continue
            assert getattr(param, "help", None), f"{name} {param.name}"


def test_options_of_the_record_commands_give_examples() -> None:
    for name in ("list", "show", "search"):
        for param in commands()[name].params:
            if param.name in TYPER_OPTIONS:
                continue
            assert "e.g." in (getattr(param, "help", None) or ""), f"{name} {param.name}"


def test_help_shows_formats_and_colour_choices() -> None:
    result = runner.invoke(app, ["list", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "table|json|jsonl|csv|tsv" in result.stdout
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert "auto|always|never" in result.stdout
    assert "--install-completion" in result.stdout


HEAVY = ["rapidfuzz", "filmtalk.corpus", "filmtalk.parsing", "filmtalk.search"]


@pytest.mark.parametrize(
    ("args", "heavy"),
    [
        (["--help"], [*HEAVY, "pydantic"]),  # Typer's pydantic would cost more than Typer
        (["--version"], [*HEAVY, "pydantic"]),
        ([], HEAVY),
        (["search", "--help"], HEAVY),
    ],
)
def test_help_and_version_import_neither_rapidfuzz_nor_the_corpus(
    args: list[str], heavy: list[str]
) -> None:
    out, modules = run_and_list_modules(args)
    assert [name for name in heavy if name in modules] == []
    assert out


def test_version_prints_the_version() -> None:
    from filmtalk import __version__

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"filmtalk {__version__}\n")
