"""The foundation commands through Typer's CliRunner, on the bundled corpus, as a user runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk import __version__
from filmtalk.cli import app
from filmtalk.corpus import bundled_corpus_dir

runner = CliRunner()
CORPUS = bundled_corpus_dir()
# A wide terminal, and no colour, so that table rows can be matched on one line.
ENV = {"FILMTALK_CORPUS": "", "COLUMNS": "200", "NO_COLOR": "1"}


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=ENV)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _err = run("--version")
    assert (code, out) == (0, f"filmtalk {__version__}\n")


def test_list_json_is_the_stable_schema() -> None:
    code, out, err = run("list", "--json")
    assert code == 0, err
    assert json.loads(out) == [
        {
            "slug": "ashley-chin-chin-ip",
            "name": "Ashley (Chin Chin) Ip",
            "title": "Interview with Ashley Chin Chin IP",
            "pairs": 8,
            "words": 514,
            "path": str(CORPUS / "ashley-chin-chin-ip.txt"),
        },
        {
            "slug": "jinsui-song",
            "name": "Jinsui Song",
            "title": "Check Out Jinsui Song’s Story",
            "pairs": 4,
            "words": 635,
            "path": str(CORPUS / "jinsui-song.txt"),
        },
        {
            "slug": "jiuxun-jin",
            "name": "Jiuxun Jin",
            "title": "Jiuxun Jin talks about ‘Ashes’",
            "pairs": 10,
            "words": 626,
            "path": str(CORPUS / "jiuxun-jin.txt"),
        },
    ]


def test_list_table_has_one_row_per_interview() -> None:
    code, out, _err = run("list", "--format", "table")
    assert code == 0
    for row in [
        r"ashley-chin-chin-ip\s+│\s+Ashley \(Chin Chin\) Ip\s+│"
        r"\s+Interview with Ashley Chin Chin IP\s+│\s+8\s+│\s+514",
        r"jinsui-song\s+│\s+Jinsui Song\s+│\s+Check Out Jinsui Song’s Story\s+│\s+4\s+│\s+635",
        r"jiuxun-jin\s+│\s+Jiuxun Jin\s+│\s+Jiuxun Jin talks about ‘Ashes’\s+│\s+10\s+│\s+626",
    ]:
        assert re.search(row, out), out
    assert "\x1b[" not in out


def test_show_json_gives_every_pair() -> None:
    code, out, _err = run("show", "jinsui-song", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["slug", "name", "title", "intro", "path", "pairs"]
    assert data["slug"] == "jinsui-song"
    assert data["intro"] == "Today we’d like to introduce you to Jinsui Song."
    assert [pair["index"] for pair in data["pairs"]] == [1, 2, 3, 4]
    assert data["pairs"][0]["question"] == (
        "Hi Jinsui, we’d love for you to start by introducing yourself."
    )
    assert data["pairs"][3]["answer"].endswith(
        "I can’t wait to share this film with the audience in SF!"
    )


@pytest.mark.parametrize("ref", ["jinsui-song", "jinsui", "jinsui song", "Jinsui Song", "song"])
def test_show_finds_an_interview_by_slug_prefix_or_name(ref: str) -> None:
    code, out, _err = run("show", ref, "--json")
    assert code == 0
    assert json.loads(out)["slug"] == "jinsui-song"


def test_show_by_loose_name_with_parenthesised_middle_names() -> None:
    code, out, _err = run("show", "ashley ip", "--json")
    assert code == 0
    assert json.loads(out)["slug"] == "ashley-chin-chin-ip"


def test_show_one_question() -> None:
    code, out, _err = run("show", "jiuxun-jin", "--question", "4", "--json")
    assert code == 0
    assert json.loads(out)["pairs"] == [
        {
            "index": 4,
            "question": "Please name three of your most favorite directors?",
            "answer": "No, Marie-Georges-Jean Méliès, Andrei Arsenyevich Tarkovsky, Terry Gilliam, "
            "Ernst Ingmar Bergman, Jan Švankmajer, Dziga Vertov, Jiang Wen, Akira Kurosawa……",
        }
    ]


def test_show_table_reads_as_an_interview() -> None:
    code, out, _err = run("show", "jiuxun-jin", "--format", "table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Jiuxun Jin talks about ‘Ashes’"
    assert lines[1].startswith("Jiuxun Jin · 10 questions · ")
    assert "1. What inspired you to make Ashes?" in lines
    assert "10. Why do you make films?" in lines
    assert "top of page" not in out and "bottom of page" not in out


def test_show_question_out_of_range_is_a_user_error() -> None:
    code, out, err = run("show", "jinsui-song", "--question", "9")
    assert (code, out) == (1, "")
    assert err == "filmtalk: jinsui-song has 4 questions; choose --question between 1 and 4\n"


def test_show_unknown_interview_suggests_the_closest_slugs() -> None:
    code, out, err = run("show", "jinsiu")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("filmtalk: no interview matches 'jinsiu': did you mean jinsui-song")


def test_show_reads_a_file_outside_the_corpus(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "A conversation with Mira Okafor\n\nWhat drew you to documentary?\n\nThe people.\n",
        encoding="utf-8",
    )
    code, out, _err = run("show", str(page), "--json")
    assert code == 0
    assert json.loads(out) == {
        "slug": "mira-okafor",
        "name": "Mira Okafor",
        "title": "A conversation with Mira Okafor",
        "intro": "",
        "path": str(page),
        "pairs": [
            {"index": 1, "question": "What drew you to documentary?", "answer": "The people."}
        ],
    }


def test_search_json_ranks_the_covid_answer_first() -> None:
    code, out, _err = run("search", "covid", "--json")
    assert code == 0
    hits = json.loads(out)
    assert list(hits[0]) == ["slug", "name", "index", "question", "answer", "snippet", "score"]
    assert (hits[0]["slug"], hits[0]["index"]) == ("jinsui-song", 4)
    assert "because of Covid" in hits[0]["snippet"]
    assert hits[0]["score"] > 0


def test_search_table_shows_who_question_snippet_and_score() -> None:
    code, out, _err = run("search", "tarkovksy", "--format", "table")
    assert code == 0
    assert "Jiuxun Jin" in out
    assert "jiuxun-jin #4" in out
    assert "Please name three of your most favorite directors?" in out
    assert "Tarkovsky" in out
    assert re.search(r"│\s+\d+\.\d\d\s+│", out)


def test_search_limit_who_and_field() -> None:
    code, out, _err = run("search", "film", "--limit", "2", "--json")
    assert code == 0
    assert len(json.loads(out)) == 2
    code, out, _err = run("search", "film", "--who", "ashley ip", "--json")
    assert code == 0
    assert {hit["slug"] for hit in json.loads(out)} == {"ashley-chin-chin-ip"}
    code, out, _err = run("search", "covid", "--in", "answer", "--json")
    assert [(h["slug"], h["index"]) for h in json.loads(out)] == [("jinsui-song", 4)]
    code, out, _err = run("search", "inspired", "--in", "question", "--json")
    assert [(h["slug"], h["index"]) for h in json.loads(out)][:1] == [("jiuxun-jin", 1)]


def test_search_without_results_is_friendly_and_succeeds() -> None:
    code, out, err = run("search", "zzyzx", "--format", "table")
    assert (code, out) == (0, "")
    assert err == "No matches for 'zzyzx'. Try fewer or other words.\n"
    # Piped, the default is the TSV form: its header, and the note still on stderr.
    code, out, err = run("search", "zzyzx")
    assert (code, out) == (0, "slug\tname\tindex\tquestion\tanswer\tsnippet\tscore\n")
    assert err == "No matches for 'zzyzx'. Try fewer or other words.\n"
    code, out, _err = run("search", "zzyzx", "--json")
    assert (code, out) == (0, "[]\n")


def test_search_empty_query_is_a_user_error() -> None:
    code, out, err = run("search", "  ")
    assert (code, out) == (1, "")
    assert (
        err == "filmtalk: the query is empty: give words to look for, e.g. filmtalk search covid\n"
    )


def test_missing_corpus_folder_names_the_fix(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    code, out, err = run("--corpus", str(missing), "list")
    assert (code, out) == (1, "")
    assert str(missing) in err and "--corpus" in err and "FILMTALK_CORPUS" in err


def test_corpus_from_the_environment(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "Interview with Ana Ruiz\n\nWhy film?\n\nBecause.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["list", "--json"], env={**ENV, "FILMTALK_CORPUS": str(tmp_path)})
    assert [row["slug"] for row in json.loads(result.stdout)] == ["ana-ruiz"]
    # The flag wins over the environment.
    result = runner.invoke(
        app,
        ["--corpus", str(CORPUS), "list", "--json"],
        env={**ENV, "FILMTALK_CORPUS": str(tmp_path)},
    )
    assert len(json.loads(result.stdout)) == 3


def test_markup_in_interview_text_prints_literally(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Interview with Ana Ruiz\n\nWhat happened [on set]?\n\n"
        "We laughed [laughs] a lot [/bold].\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["--corpus", str(tmp_path), "show", "ana-ruiz"], env=ENV)
    assert result.exit_code == 0, result.output
    assert "What happened [on set]?" in result.stdout
    assert "We laughed [laughs] a lot [/bold]." in result.stdout


def test_a_prefix_that_is_also_someones_surname_is_ambiguous() -> None:
    code, out, err = run("show", "jin")
    assert (code, out) == (1, "")
    assert err == "filmtalk: 'jin' could be jinsui-song or jiuxun-jin: give more of the slug\n"


def test_corpus_given_a_file_says_so(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Interview with Ana Ruiz\n\nWhy film?\n\nBecause.\n", encoding="utf-8")
    code, out, err = run("--corpus", str(page), "list")
    assert (code, out) == (1, "")
    assert err.startswith(f"filmtalk: {page} is a file, not a folder:")
    assert f"filmtalk show {page}" in err


def test_many_load_warnings_are_summed_up(tmp_path: Path) -> None:
    for number in range(8):
        (tmp_path / f"empty{number}.txt").write_text(" ", encoding="utf-8")
    (tmp_path / "good.txt").write_text(
        "Interview with Ana Ruiz\n\nWhy film?\n\nBecause.\n", encoding="utf-8"
    )
    code, out, err = run("--corpus", str(tmp_path), "list", "--json")
    assert code == 0 and json.loads(out)[0]["slug"] == "ana-ruiz"
    lines = err.splitlines()
    assert len(lines) == 6
    assert lines[-1] == "filmtalk: warning: … and 3 more; `filmtalk check` lists them all"
