"""`filmtalk stats`: TF-IDF on hand-made documents, and the command on the bundled corpus."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.corpus import bundled_corpus_dir, load_corpus
from filmtalk.models import Interview, QAPair
from filmtalk.stats import corpus_stats, distinctive_words

runner = CliRunner()


def scores(found: list[tuple[tuple[str, float], ...]]) -> list[list[tuple[str, float]]]:
    return [[(word, round(score, 6)) for word, score in document] for document in found]


def test_distinctive_words_are_tf_idf_over_the_documents() -> None:
    found = distinctive_words(["apple apple banana", "banana cherry"])
    # banana is in both documents: idf log(2/2) = 0, so it is nobody's distinctive word.
    assert scores(found) == [
        [("apple", round(2 / 3 * math.log(2), 6))],
        [("cherry", round(1 / 2 * math.log(2), 6))],
    ]


def test_distinctive_words_skip_stop_words_short_words_and_numbers() -> None:
    found = distinctive_words(["The ox and I saw 42 films in 1999", "Nothing else"])
    assert [word for word, _score in found[0]] == ["films", "saw"]


def test_distinctive_words_ties_go_alphabetically_and_respect_the_limit() -> None:
    found = distinctive_words(["delta alpha charlie bravo", "echo"], limit=3)
    assert [word for word, _score in found[0]] == ["alpha", "bravo", "charlie"]


def test_one_document_gets_its_most_frequent_words() -> None:
    found = distinctive_words(["cinema cinema light"])
    assert scores(found) == [[("cinema", round(2 / 3, 6)), ("light", round(1 / 3, 6))]]


def test_corpus_stats_counts_pairs_words_and_answer_lengths() -> None:
    interview = Interview(
        slug="ana",
        name="Ana",
        title="Ana talks",
        intro="Short intro.",
        pairs=(QAPair(1, "Why films?", "Because light moves."), QAPair(2, "And?", "")),
        path="ana.txt",
    )
    stats = corpus_stats([interview])
    assert (stats.interviews, stats.pairs, stats.words) == (1, 2, 8)
    (person,) = stats.people
    assert (person.pairs, person.words, person.answer_words) == (2, 8, (3, 0))


def test_empty_corpus_has_zero_everything() -> None:
    stats = corpus_stats([])
    assert (stats.interviews, stats.pairs, stats.words, stats.people) == (0, 0, 0, ())


# --- the command, on the bundled corpus ---


def test_stats_json_on_the_bundled_corpus() -> None:
    result = runner.invoke(app, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["interviews"], data["pairs"], data["words"]) == (3, 22, 1775)
    corpus = load_corpus(bundled_corpus_dir())
    assert [
        (p["slug"], p["name"], p["pairs"], p["words"], p["answer_words"]) for p in data["people"]
    ] == [
        (i.slug, i.name, len(i.pairs), i.words, [len(p.answer.split()) for p in i.pairs])
        for i in corpus.interviews
    ]
    assert [p["answer_words"] for p in data["people"]] == [
        [30, 35, 61, 17, 39, 84, 66, 15],
        [174, 126, 116, 144],
        [71, 96, 119, 19, 24, 48, 27, 66, 16, 46],
    ]
    assert data["people"][2]["distinctive_words"][:3] == [
        {"word": "fun", "score": 0.017},
        {"word": "media", "score": 0.017},
        {"word": "film", "score": 0.0141},
    ]
    assert [[w["word"] for w in p["distinctive_words"]] for p in data["people"]] == [
        ["complex", "emotions", "issues", "allow", "calligraphy", "explore", "freedom", "love"],
        ["make", "stories", "asian", "tell", "american", "editor", "thesis", "year"],
        ["fun", "media", "film", "experimental", "man", "person", "stop", "based"],
    ]


def test_stats_table_on_the_bundled_corpus() -> None:
    result = runner.invoke(app, ["stats", "--format", "table"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "3 interviews · 22 pairs · 1,775 words"
    assert any(re.search(r"Jiuxun Jin\s+│\s+10\s+│\s+626\s+│\s+fun, media, film", x) for x in lines)
    assert "Answer lengths (words)" in lines
    bars = [line for line in lines if re.search(r"#\d+ █", line)]
    assert len(bars) == 22
    # The longest answer (Jinsui Song's first, 174 words) has the longest bar.
    longest = max(bars, key=lambda line: line.count("█"))
    assert re.fullmatch(r"Jinsui Song\s+#1 █+\s+174", longest)
    assert all(len(line) <= 100 for line in lines)


def test_stats_on_an_empty_folder(tmp_path: Path) -> None:
    table = runner.invoke(app, ["--corpus", str(tmp_path), "stats", "--format", "table"])
    assert (table.exit_code, table.stdout) == (0, "")
    assert table.stderr == f"No interviews in {tmp_path}.\n"
    piped = runner.invoke(app, ["--corpus", str(tmp_path), "stats"])
    assert (piped.exit_code, piped.stderr) == (0, f"No interviews in {tmp_path}.\n")
    assert piped.stdout == "slug\tname\tpairs\twords\tanswer_words\tdistinctive_words\n"
    data = runner.invoke(app, ["--corpus", str(tmp_path), "stats", "--json"])
    assert json.loads(data.stdout) == {"interviews": 0, "pairs": 0, "words": 0, "people": []}


def test_stats_piped_is_a_tsv_line_per_interviewee() -> None:
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "slug\tname\tpairs\twords\tanswer_words\tdistinctive_words",
        "ashley-chin-chin-ip\tAshley (Chin Chin) Ip\t8\t514\t[30, 35, 61, 17, 39, 84, 66, 15]\t"
        '["complex", "emotions", "issues", "allow", "calligraphy", "explore", "freedom", "love"]',
        "jinsui-song\tJinsui Song\t4\t635\t[174, 126, 116, 144]\t"
        '["make", "stories", "asian", "tell", "american", "editor", "thesis", "year"]',
        "jiuxun-jin\tJiuxun Jin\t10\t626\t[71, 96, 119, 19, 24, 48, 27, 66, 16, 46]\t"
        '["fun", "media", "film", "experimental", "man", "person", "stop", "based"]',
    ]
    assert result.stdout == runner.invoke(app, ["stats", "--format", "tsv"]).stdout


def test_stats_line_formats_have_a_record_per_interviewee() -> None:
    lines = runner.invoke(app, ["stats", "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["slug"] for line in lines] == [
        "ashley-chin-chin-ip",
        "jinsui-song",
        "jiuxun-jin",
    ]
    assert json.loads(lines[1])["answer_words"] == [174, 126, 116, 144]
    csv_lines = runner.invoke(app, ["stats", "--format", "csv"]).stdout.splitlines()
    assert csv_lines[0] == "slug,name,pairs,words,answer_words,distinctive_words"
    assert csv_lines[2].startswith('jinsui-song,Jinsui Song,4,635,"[174, 126, 116, 144]",')
    # json stays the whole document, totals included.
    assert json.loads(runner.invoke(app, ["stats", "-f", "json"]).stdout)["pairs"] == 22
