"""Issue 5: one --format option for list, show and search; machine formats never use Rich."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.output import OutputFormat, write_records
from tests.terminal_corpus import write_corpus

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "interviews")


def run(corpus: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--corpus", str(corpus), *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_list_json_is_an_array_of_records(corpus: Path) -> None:
    code, out, err = run(corpus, "list", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "slug": "ada-brightwater",
            "name": "Ada Brightwater",
            "title": "Meet Ada Brightwater",
            "pairs": 2,
            "words": 52,
            "path": str(corpus / "ada-brightwater.txt"),
        },
        {
            "slug": "bo-lindqvist",
            "name": "Bo Lindqvist",
            "title": "Talking with Bo Lindqvist",
            "pairs": 1,
            "words": 28,
            "path": str(corpus / "bo-lindqvist.txt"),
        },
    ]
    assert out.endswith("]\n")


def test_json_flag_is_shorthand_for_format_json(corpus: Path) -> None:
    assert run(corpus, "list", "--json") == run(corpus, "list", "--format", "json")
    assert run(corpus, "list", "--json", "--format", "json")[0] == 0


def test_list_jsonl_is_one_object_per_line(corpus: Path) -> None:
    code, out, _ = run(corpus, "list", "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["slug"] for line in lines] == ["ada-brightwater", "bo-lindqvist"]
    assert lines[0].startswith('{"slug": "ada-brightwater", "name": "Ada Brightwater",')


def test_list_csv_exact(corpus: Path) -> None:
    code, out, _ = run(corpus, "list", "-f", "csv")
    assert code == 0
    assert out == (
        "slug,name,title,pairs,words,path\n"
        f"ada-brightwater,Ada Brightwater,Meet Ada Brightwater,2,52,{corpus}/ada-brightwater.txt\n"
        f"bo-lindqvist,Bo Lindqvist,Talking with Bo Lindqvist,1,28,{corpus}/bo-lindqvist.txt\n"
    )


def test_list_tsv_exact(corpus: Path) -> None:
    code, out, _ = run(corpus, "list", "--format", "TSV")  # case does not matter
    assert code == 0
    assert out == (
        "slug\tname\ttitle\tpairs\twords\tpath\n"
        "ada-brightwater\tAda Brightwater\tMeet Ada Brightwater\t2\t52\t"
        f"{corpus}/ada-brightwater.txt\n"
        f"bo-lindqvist\tBo Lindqvist\tTalking with Bo Lindqvist\t1\t28\t{corpus}/bo-lindqvist.txt\n"
    )


def test_show_json_keeps_its_document_schema(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "bo", "--json")
    assert code == 0
    assert json.loads(out) == {
        "slug": "bo-lindqvist",
        "name": "Bo Lindqvist",
        "title": "Talking with Bo Lindqvist",
        "intro": "Today we'd like to introduce you to Bo Lindqvist.",
        "path": str(corpus / "bo-lindqvist.txt"),
        "pairs": [
            {
                "index": 1,
                "question": "Hi Bo, what got you into editing?",
                "answer": "A broken VHS deck in my uncle's basement.\n\nIts belt snapped twice.",
            }
        ],
    }


def test_show_csv_quotes_commas_quotes_and_line_breaks(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "ada", "--format", "csv")
    assert code == 0
    assert out == (
        "slug,name,index,question,answer\n"
        'ada-brightwater,Ada Brightwater,1,"Hi Ada, please tell us about yourself.",'
        '"I film rivers and the people who live by them, mostly at dawn."\n'
        "ada-brightwater,Ada Brightwater,2,What was your biggest challenge?,"
        '"Funding, always funding. The camera broke in the rain, so we kept going, '
        '""with tape"", on a budget."\n'
    )
    code, out, _ = run(corpus, "show", "bo", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1][4] == "A broken VHS deck in my uncle's basement.\n\nIts belt snapped twice."


def test_show_tsv_keeps_one_record_per_line(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "bo", "--format", "tsv")
    assert code == 0
    assert out == (
        "slug\tname\tindex\tquestion\tanswer\n"
        "bo-lindqvist\tBo Lindqvist\t1\tHi Bo, what got you into editing?\t"
        "A broken VHS deck in my uncle's basement.\\n\\nIts belt snapped twice.\n"
    )


def test_show_jsonl_is_one_pair_per_line(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "ada", "-q", "2", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {
            "slug": "ada-brightwater",
            "name": "Ada Brightwater",
            "index": 2,
            "question": "What was your biggest challenge?",
            "answer": "Funding, always funding. The camera broke in the rain, so we kept going, "
            '"with tape", on a budget.',
        }
    ]


def test_search_formats_agree(corpus: Path) -> None:
    code, out, _ = run(corpus, "search", "camera rain", "--json")
    assert code == 0
    records = json.loads(out)
    assert [(r["slug"], r["index"]) for r in records] == [("ada-brightwater", 2)]
    assert list(records[0]) == ["slug", "name", "index", "question", "answer", "snippet", "score"]
    jsonl = run(corpus, "search", "camera rain", "--format", "jsonl")[1]
    assert [json.loads(line) for line in jsonl.splitlines()] == records
    csv_out = run(corpus, "search", "camera rain", "--format", "csv")[1]
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    assert rows == [{key: str(value) for key, value in record.items()} for record in records]
    tsv_out = run(corpus, "search", "camera rain", "--format", "tsv")[1]
    assert tsv_out.splitlines()[0] == "slug\tname\tindex\tquestion\tanswer\tsnippet\tscore"
    assert tsv_out.splitlines()[1].startswith("ada-brightwater\tAda Brightwater\t2\t")


def test_no_results_is_success_with_empty_machine_output(corpus: Path) -> None:
    assert run(corpus, "search", "zeppelin", "--json") == (0, "[]\n", "")
    assert run(corpus, "search", "zeppelin", "--format", "jsonl") == (0, "", "")
    csv_header = "slug,name,index,question,answer,snippet,score\n"
    assert run(corpus, "search", "zeppelin", "--format", "csv") == (0, csv_header, "")
    code, out, err = run(corpus, "search", "zeppelin", "--format", "table")
    assert (code, out) == (0, "")
    assert "No matches for 'zeppelin'" in err
    tsv_header = "slug\tname\tindex\tquestion\tanswer\tsnippet\tscore\n"
    assert run(corpus, "search", "zeppelin", "--format", "tsv") == (0, tsv_header, "")
    # The piped default: what --format tsv prints, and the note for the person on stderr.
    code, out, err = run(corpus, "search", "zeppelin")
    assert (code, out) == (0, tsv_header)
    assert err == "No matches for 'zeppelin'. Try fewer or other words.\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv"])
def test_machine_formats_carry_no_escape_codes_even_when_colour_is_forced(
    corpus: Path, fmt: str
) -> None:
    for command in (["list"], ["show", "ada"], ["search", "funding"]):
        code, out, _ = run(
            corpus, "--color", "always", *command, "--format", fmt, env={"FORCE_COLOR": "1"}
        )
        assert code == 0
        assert out
        assert "\x1b" not in out


def test_conflicting_or_unknown_formats_are_usage_errors(corpus: Path) -> None:
    code, _, err = run(corpus, "list", "--json", "--format", "csv")
    assert code == 2
    assert "--json and --format csv disagree" in err
    code, _, err = run(corpus, "list", "--format", "xml")
    assert code == 2
    assert "xml" in err


def test_write_records_takes_explicit_columns_and_flattens_values() -> None:
    out = io.StringIO()
    records = [{"a": 1, "b": None, "c": ["x", "y"], "d": True}]
    write_records(records, OutputFormat.CSV, columns=["d", "c", "b"], out=out)
    assert out.getvalue() == 'd,c,b\ntrue,"[""x"", ""y""]",\n'
    out = io.StringIO()
    write_records([{"t": "a\tb\\c\r\nd"}], OutputFormat.TSV, out=out)
    assert out.getvalue() == "t\na\\tb\\\\c\\r\\nd\n"
    out = io.StringIO()
    write_records([], OutputFormat.CSV, out=out)
    assert out.getvalue() == ""
    with pytest.raises(ValueError):
        write_records([], OutputFormat.TABLE, out=io.StringIO())
