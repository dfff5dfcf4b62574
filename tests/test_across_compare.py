"""`filmtalk compare`: scoring on a small hand-made corpus, and the command on the bundled one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.compare import (
    RELEVANT,
    STEM_CREDIT,
    combine,
    compare,
    comparison_record,
    topic_words,
    word_similarity,
)
from filmtalk.corpus import bundled_corpus_dir, load_corpus
from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview, QAPair
from filmtalk.search import SearchIndex

runner = CliRunner()


def person(slug: str, name: str, *pairs: tuple[str, str]) -> Interview:
    return Interview(
        slug=slug,
        name=name,
        title=f"Talking with {name}",
        intro="",
        pairs=tuple(QAPair(i, q, a) for i, (q, a) in enumerate(pairs, start=1)),
        path=f"{slug}.txt",
    )


PEOPLE = (
    person(
        "ana-ruiz",
        "Ana Ruiz",
        ("Who are your favourite directors?", "Agnès Varda and Chantal Akerman, for patience."),
        ("How do you pay for your films?", "Grants, mostly, and a lot of credit cards."),
    ),
    person(
        "bo-chen",
        "Bo Chen",
        ("Which filmmakers shaped you?", "Hou Hsiao-hsien: directors who trust long silences."),
        ("Where did you grow up?", "In a small harbour town, watching boats."),
    ),
    person(
        "cy-dare",
        "Cy Dare",
        ("What is your next project?", "A documentary about my grandmother's bakery."),
        ("What camera do you shoot on?", "A borrowed 16mm Bolex."),
    ),
)


def run_compare(topic: str, **options: object) -> list[tuple[str, int | None]]:
    found = compare(PEOPLE, topic, SearchIndex.build(PEOPLE), **options)  # type: ignore[arg-type]
    return [(c.slug, c.match.pair.index if c.match else None) for c in found]


@pytest.mark.parametrize(
    ("wanted", "found", "expected"),
    [
        ("directors", "directors", 1.0),
        ("inspiration", "inspired", STEM_CREDIT),
        ("film", "films", STEM_CREDIT),
        ("interesting", "international", 0.0),
        ("covid", "crisis", 0.0),
    ],
)
def test_word_similarity(wanted: str, found: str, expected: float) -> None:
    assert word_similarity(wanted, found) == expected


def test_word_similarity_forgives_spelling_variants() -> None:
    assert 0.85 <= word_similarity("favorite", "favourite") < 1.0


def test_topic_words_drop_stop_words_unless_nothing_is_left() -> None:
    assert topic_words("What are your FAVORITE directors?") == ["favorite", "directors"]
    assert topic_words("what do you") == ["what", "do", "you"]
    with pytest.raises(FilmtalkError, match="no words"):
        topic_words(" ?! ")


def test_combine_lets_either_side_carry_and_both_reinforce() -> None:
    assert combine(0.0, 0.0) == 0.0
    assert combine(0.6, 0.0) == 0.6
    assert combine(0.0, 0.6) == 0.6
    assert combine(0.5, 0.5) == 0.75


def test_differently_worded_question_meets_the_topic() -> None:
    # "favourite" in the question, "favorite" in the topic.
    assert run_compare("favorite directors")[0] == ("ana-ruiz", 1)


def test_people_with_nothing_relevant_get_no_pair_after_those_with_one() -> None:
    assert run_compare("favorite directors") == [
        ("ana-ruiz", 1),
        ("bo-chen", None),
        ("cy-dare", None),
    ]


def test_the_threshold_is_what_keeps_weak_matches_out() -> None:
    # Bo's answer mentions "directors" once: with no threshold it would be shown.
    assert ("bo-chen", 1) in run_compare("favorite directors", threshold=0.0)
    assert RELEVANT == 0.5


def test_one_mention_of_a_rare_word_in_an_answer_is_enough() -> None:
    assert run_compare("bakery") == [("cy-dare", 1), ("ana-ruiz", None), ("bo-chen", None)]


def test_a_topic_nobody_touches_matches_nobody() -> None:
    assert run_compare("funding") == [("ana-ruiz", None), ("bo-chen", None), ("cy-dare", None)]


def test_slugs_restrict_without_changing_scores() -> None:
    index = SearchIndex.build(PEOPLE)
    everyone = compare(PEOPLE, "favorite directors", index)
    only_ana = compare(PEOPLE, "favorite directors", index, slugs=["ana-ruiz"])
    assert only_ana == everyone[:1]


def test_record_has_nulls_where_nothing_matched() -> None:
    found = compare(PEOPLE, "next project", SearchIndex.build(PEOPLE))
    assert [comparison_record(c) for c in found] == [
        {
            "slug": "cy-dare",
            "name": "Cy Dare",
            "index": 1,
            "question": "What is your next project?",
            "answer": "A documentary about my grandmother's bakery.",
            "score": 1.0,
        },
        {
            "slug": "ana-ruiz",
            "name": "Ana Ruiz",
            "index": None,
            "question": None,
            "answer": None,
            "score": None,
        },
        {
            "slug": "bo-chen",
            "name": "Bo Chen",
            "index": None,
            "question": None,
            "answer": None,
            "score": None,
        },
    ]


# --- the command, on the bundled corpus ---


def bundled_pair(slug: str, index: int) -> QAPair:
    interviews = {i.slug: i for i in load_corpus(bundled_corpus_dir()).interviews}
    return interviews[slug].pairs[index - 1]


def test_compare_json_favorite_directors() -> None:
    result = runner.invoke(app, ["compare", "favorite directors", "--json"])
    assert result.exit_code == 0, result.output
    jin = bundled_pair("jiuxun-jin", 4)
    ip = bundled_pair("ashley-chin-chin-ip", 7)
    assert jin.question == "Please name three of your most favorite directors?"
    assert ip.question.startswith("Share a couple of your favorite films")
    assert json.loads(result.stdout) == [
        {
            "slug": "jiuxun-jin",
            "name": "Jiuxun Jin",
            "index": 4,
            "question": jin.question,
            "answer": jin.answer,
            "score": 1.0,
        },
        {
            "slug": "ashley-chin-chin-ip",
            "name": "Ashley (Chin Chin) Ip",
            "index": 7,
            "question": ip.question,
            "answer": ip.answer,
            "score": 0.604,
        },
        {
            "slug": "jinsui-song",
            "name": "Jinsui Song",
            "index": None,
            "question": None,
            "answer": None,
            "score": None,
        },
    ]


def test_compare_table_is_side_by_side_on_a_wide_terminal() -> None:
    result = runner.invoke(
        app, ["compare", "favorite directors", "--format", "table"], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(re.search(r"Jiuxun Jin\s+┃\s+Ashley \(Chin Chin\) Ip", line) for line in lines)
    # Full answers, not snippets: the last director of Jin's list is there.
    assert "Kurosawa" in result.stdout
    assert lines[-1] == "Nothing relevant from Jinsui Song."


def test_compare_table_is_stacked_on_a_narrow_terminal() -> None:
    result = runner.invoke(
        app, ["compare", "favorite directors", "--format", "table"], env={"COLUMNS": "60"}
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert not any("Jiuxun Jin" in line and "Ashley" in line for line in lines)
    panel_titles = [line for line in lines if line.startswith("╭─ ")]
    assert [title.split(" ─")[0] for title in panel_titles] == [
        "╭─ Jiuxun Jin",
        "╭─ Ashley (Chin Chin) Ip",
    ]
    # The slug and pair number open each panel, whole, where no border can cut them.
    assert "│ jiuxun-jin #4" in result.stdout
    assert "│ ashley-chin-chin-ip #7" in result.stdout
    assert all(len(line) <= 60 for line in lines)


@pytest.mark.parametrize(
    "who",
    [["--who", "jiuxun,ashley"], ["--who", "jiuxun", "-w", "ashley ip"], ["-w", "jiuxun, ashley,"]],
)
def test_compare_who_is_repeatable_or_comma_separated(who: list[str]) -> None:
    result = runner.invoke(app, ["compare", "favorite directors", "--json", *who])
    assert result.exit_code == 0, result.output
    found = [(entry["slug"], entry["index"]) for entry in json.loads(result.stdout)]
    assert found == [("jiuxun-jin", 4), ("ashley-chin-chin-ip", 7)]


def test_compare_unknown_who_is_one_error_line() -> None:
    result = runner.invoke(app, ["compare", "covid", "--who", "nobody"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "filmtalk: no interview matches 'nobody': see `filmtalk list`\n"


def test_compare_topic_without_words_is_an_error() -> None:
    result = runner.invoke(app, ["compare", "?!"])
    assert result.exit_code == 1
    assert result.stderr.startswith("filmtalk: the topic has no words")


def test_compare_nobody_relevant_table_says_so_on_stderr() -> None:
    result = runner.invoke(app, ["compare", "xyzzy", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "No one answers 'xyzzy'. Try other or fewer words.\n"


def test_compare_nobody_relevant_piped_is_the_tsv_and_the_note() -> None:
    result = runner.invoke(app, ["compare", "xyzzy"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "slug\tname\tindex\tquestion\tanswer\tscore\n"
        "ashley-chin-chin-ip\tAshley (Chin Chin) Ip\t\t\t\t\n"
        "jinsui-song\tJinsui Song\t\t\t\t\n"
        "jiuxun-jin\tJiuxun Jin\t\t\t\t\n"
    )
    assert result.stdout == runner.invoke(app, ["compare", "xyzzy", "-f", "tsv"]).stdout
    assert result.stderr == "No one answers 'xyzzy'. Try other or fewer words.\n"


def test_compare_nobody_relevant_json_lists_everyone_with_nulls() -> None:
    result = runner.invoke(app, ["compare", "xyzzy", "--json"])
    assert result.exit_code == 0, result.output
    assert [(e["slug"], e["index"], e["score"]) for e in json.loads(result.stdout)] == [
        ("ashley-chin-chin-ip", None, None),
        ("jinsui-song", None, None),
        ("jiuxun-jin", None, None),
    ]


def test_compare_on_an_empty_folder(tmp_path: Path) -> None:
    table = runner.invoke(app, ["--corpus", str(tmp_path), "compare", "covid", "-f", "table"])
    assert (table.exit_code, table.stdout) == (0, "")
    assert table.stderr == f"No interviews in {tmp_path}.\n"
    piped = runner.invoke(app, ["--corpus", str(tmp_path), "compare", "covid"])
    assert (piped.exit_code, piped.stdout) == (0, "slug\tname\tindex\tquestion\tanswer\tscore\n")
    assert piped.stderr == f"No interviews in {tmp_path}.\n"
    data = runner.invoke(app, ["--corpus", str(tmp_path), "compare", "covid", "--json"])
    assert json.loads(data.stdout) == []


def test_compare_who_without_names_is_an_error() -> None:
    result = runner.invoke(app, ["compare", "covid", "--who", " , "])
    assert result.exit_code == 1
    assert result.stderr == "filmtalk: --who needs a slug or a name (see `filmtalk list`)\n"


def test_of_two_questions_on_topic_the_answer_that_uses_the_words_wins() -> None:
    # Ashley Ip's questions 6 and 8 both say "inspiration"; only answer 8 does too.
    result = runner.invoke(app, ["compare", "inspiration", "--who", "ashley", "--json"])
    assert result.exit_code == 0, result.output
    assert [(e["index"], e["score"]) for e in json.loads(result.stdout)] == [(8, 1.0)]
