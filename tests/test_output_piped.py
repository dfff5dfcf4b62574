"""Issue 5: with no format chosen, a pipe or a file gets plain text, never a Rich table.

CliRunner's stdout is not a terminal, so a plain `invoke` is the piped case; `--format table`,
`--color always` and FORCE_COLOR ask for the table a person reads.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.corpus import bundled_corpus_dir
from filmtalk.export import to_markdown
from tests.imported_modules import run_and_list_modules

runner = CliRunner()
CORPUS = bundled_corpus_dir()
ENV = {"FILMTALK_CORPUS": "", "NO_COLOR": "", "FORCE_COLOR": "", "COLUMNS": "80"}
COVID_ANSWER = (
    "My second-year project TEQUILA SUNSET was shut down a week before production in 2020 "
    "because of Covid. It was a rough experience because I had been in preproduction for so "
    "long and was so ready to make the film and tell the story I had been prepping to share. "
    "However, months of quarantine have taught me patience and allowed me to spend more time "
    "with the story and the characters. In the summer of 2021, we finally got to make the film. "
    "Everyone was having a good time on set and I felt grateful for the opportunity to build "
    "this community and to make films together, especially after the height of covid. It was "
    "featured in the UCLA Directors Spotlight in 2022 and will have its US premiere at CAAMfest "
    "this year. I can’t wait to share this film with the audience in SF!"
)
COVID_SNIPPET = (
    "…a week before production in 2020 because of Covid. It was a rough experience because I "
    "had been in preproduction for so long and was so ready to make the film and…"
)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={**ENV, **(env or {})})
    return result.exit_code, result.stdout, result.stderr


def test_list_piped_is_a_tsv_line_per_interview() -> None:
    code, out, err = run("list")
    assert (code, err) == (0, "")
    assert out == (
        "slug\tname\ttitle\tpairs\twords\tpath\n"
        "ashley-chin-chin-ip\tAshley (Chin Chin) Ip\tInterview with Ashley Chin Chin IP\t8\t514\t"
        f"{CORPUS / 'ashley-chin-chin-ip.txt'}\n"
        "jinsui-song\tJinsui Song\tCheck Out Jinsui Song’s Story\t4\t635\t"
        f"{CORPUS / 'jinsui-song.txt'}\n"
        "jiuxun-jin\tJiuxun Jin\tJiuxun Jin talks about ‘Ashes’\t10\t626\t"
        f"{CORPUS / 'jiuxun-jin.txt'}\n"
    )


def test_search_piped_is_a_tsv_line_per_hit() -> None:
    code, out, err = run("search", "covid", "-n", "2")
    assert (code, err) == (0, "")
    assert out == (
        "slug\tname\tindex\tquestion\tanswer\tsnippet\tscore\n"
        "jinsui-song\tJinsui Song\t4\t"
        "Have you learned any interesting or important lessons due to the Covid-19 Crisis?\t"
        f"{COVID_ANSWER}\t{COVID_SNIPPET}\t7.981\n"
    )


def test_search_piped_keeps_one_hit_a_line_in_rank_order() -> None:
    code, out, _err = run("search", "favorite directors", "-n", "3")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(row[0], row[2], row[6]) for row in rows] == [
        ("slug", "index", "score"),
        ("jiuxun-jin", "4", "9.555"),
        ("ashley-chin-chin-ip", "7", "1.607"),
        ("ashley-chin-chin-ip", "6", "0.425"),
    ]
    assert all(len(row) == 7 for row in rows)  # no tab or line break inside a field


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["search", "film", "-n", "5"],
        ["search", "zzyzx"],
        ["compare", "favorite directors"],
        ["check"],
        ["stats"],
    ],
)
def test_the_piped_default_is_exactly_the_tsv_format(command: list[str]) -> None:
    piped = run(*command)
    assert piped[1] == run(*command, "--format", "tsv")[1]
    assert piped[1].startswith(("slug\t", "path\t"))
    assert "\x1b" not in piped[1] and "┃" not in piped[1]


def test_index_piped_is_a_field_and_value_line_per_field() -> None:
    run("list")  # builds the cache
    code, out, _err = run("index")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == ["field", "value"]
    # A line per field of the --json record, in its order (the store may add fields).
    record = json.loads(run("index", "--json")[1])
    assert [line[0] for line in lines[1:]] == list(record)
    fields = dict(lines)
    assert (fields["corpus"], fields["state"], fields["pairs"]) == (str(CORPUS), "fresh", "22")
    assert fields["cache"] == record["cache"]


def test_show_piped_is_the_markdown_document() -> None:
    code, out, err = run("show", "jinsui-song")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:7] == [
        "# Check Out Jinsui Song’s Story",
        "",
        "Jinsui Song · `jinsui-song` · 4 questions",
        "",
        "Today we’d like to introduce you to Jinsui Song.",
        "",
        "## 1. Hi Jinsui, we’d love for you to start by introducing yourself.",
    ]
    assert lines[-1].endswith("I can’t wait to share this film with the audience in SF!")
    # The same text as the interview's part of `export --format markdown`.
    exported = run("export", "--format", "markdown")[1]
    assert out in exported
    assert "\x1b" not in out


def test_show_as_tsv_is_still_a_line_per_question() -> None:
    code, out, _err = run("show", "jinsui-song", "--format", "tsv")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[:3] for row in rows] == [
        ["slug", "name", "index"],
        *(["jinsui-song", "Jinsui Song", str(number)] for number in range(1, 5)),
    ]
    assert rows[0][3:] == ["question", "answer"]


def test_show_one_question_piped_has_only_that_question() -> None:
    code, out, _err = run("show", "jiuxun-jin", "-q", "4")
    assert code == 0
    assert out.splitlines()[:5] == [
        "# Jiuxun Jin talks about ‘Ashes’",
        "",
        "Jiuxun Jin · `jiuxun-jin` · 10 questions",  # the interview's, as on a terminal
        "",
        "## 4. Please name three of your most favorite directors?",
    ]
    assert out.count("## ") == 1


def test_show_piped_document_is_the_export_writer() -> None:
    from filmtalk.corpus import find_interview, load_corpus

    interview = find_interview(load_corpus(CORPUS), "ashley")
    assert run("show", "ashley")[1] == to_markdown([interview])


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["list", "--format", "table"], {}, False),
        (["--color", "always", "list"], {}, True),
        (["list"], {"FORCE_COLOR": "1"}, True),
        (["--color", "never", "list", "-f", "table"], {"FORCE_COLOR": "1"}, False),
    ],
)
def test_a_table_when_asked_for_even_into_a_pipe(
    args: list[str], env: dict[str, str], coloured: bool
) -> None:
    code, out, _err = run(*args, env=env)
    assert code == 0
    assert "┃ Slug" in re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert ("\x1b[" in out) is coloured


def test_never_colour_piped_is_still_the_tsv() -> None:
    code, out, _err = run("--color", "never", "list", env={"FORCE_COLOR": "1"})
    assert code == 0
    assert out.startswith("slug\tname\ttitle\tpairs\twords\tpath\n")


def test_search_table_when_asked_for_into_a_pipe() -> None:
    code, out, _err = run("search", "covid", "--format", "table")
    assert code == 0
    assert "Question and answer" in out and "│ Jinsui Song" in out
    code, out, _err = run("--color", "always", "search", "covid")
    assert "\x1b[" in out and "Question and answer" in out


@pytest.mark.parametrize(
    "command",
    [
        ["show", "jinsui-song"],
        ["stats"],
        ["check"],
        ["compare", "covid"],
        ["index"],
    ],
)
def test_colour_always_draws_the_view_a_person_reads(command: list[str]) -> None:
    plain = run(*command)[1]
    drawn = run("--color", "always", *command)[1]
    assert "\x1b[" in drawn
    assert "\x1b" not in plain
    assert drawn != plain


def test_export_is_unchanged_by_the_pipe() -> None:
    code, out, _err = run("export")
    assert code == 0
    assert json.loads(out.splitlines()[0])["id"] == "ashley-chin-chin-ip-1"


def _imported_rich(args: list[str], tmp_path: Path) -> tuple[str, list[str]]:
    """filmtalk's piped output for `args`, and the Rich modules it imported."""
    env = {**ENV, "PATH": "/usr/bin:/bin", "FILMTALK_CACHE_DIR": str(tmp_path)}
    out, modules = run_and_list_modules(args, env)
    return out, sorted(name for name in modules if name.split(".")[0] == "rich")


@pytest.mark.parametrize(
    "args",
    [
        ["search", "covid"],
        ["list"],
        ["show", "jinsui-song"],
        ["search", "zzyzx"],  # nothing found: the note on stderr costs no Rich either
    ],
)
def test_the_piped_default_never_imports_rich(args: list[str], tmp_path: Path) -> None:
    out, rich_modules = _imported_rich(args, tmp_path)
    assert out.startswith(("slug\t", "# "))
    assert rich_modules == []


def test_a_table_into_a_pipe_does_import_rich(tmp_path: Path) -> None:
    # The check above can fail: the same run asked for a table does import Rich.
    out, rich_modules = _imported_rich(["list", "--format", "table"], tmp_path)
    assert "┃" in out
    assert "rich.table" in rich_modules
