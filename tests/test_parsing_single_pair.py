"""A labelled page with a single exchange: "Q:" then "A:" is a transcript even with one pair,
while one fact line ("Note:", "Director:", "Update:") or two name labels stay plain text."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview

PATH = "interviews/ana-ruiz.txt"
GUESSED = ("name guessed from the file name: Ana Ruiz",)


def _pairs(page: str, path: str = PATH) -> list[tuple[str, str]]:
    return [(p.question, p.answer) for p in parse_interview(page, path=path).pairs]


@pytest.mark.parametrize(
    "page",
    [
        "Q: Why films?\nA: Because I cannot paint.\n",
        "Question: Why films?\nAnswer: Because I cannot paint.\n",
        "Q: Why films?\n\nA: Because I cannot paint.\n",
        "Q: Why films?\nA:\nBecause I cannot paint.\n",
        "Interviewer: Why films?\nInterviewee: Because I cannot paint.\n",
        "**Q: Why films?**\n\n**A:** Because I cannot paint.\n",
    ],
    ids=["q-a", "question-answer", "blank-between", "answer-below-label", "interviewer", "bold"],
)
def test_one_labelled_exchange_is_one_pair(page: str) -> None:
    interview = parse_interview(page, path=PATH)
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("Why films?", "Because I cannot paint.")
    ]
    # The question is not taken for a title; the name comes from the file name.
    assert interview.title == "Interview with Ana Ruiz"
    assert interview.intro == ""
    assert interview.name == "Ana Ruiz"
    assert interview.notes == GUESSED
    assert interview.dropped == ()


def test_a_titled_single_exchange_loses_its_answer_label() -> None:
    page = "Interview with Ana Ruiz\n\nQ: Why films?\nA: Because I cannot paint.\n"
    interview = parse_interview(page, path="interviews/page.txt")
    assert interview.title == "Interview with Ana Ruiz"
    assert interview.name == "Ana Ruiz"
    assert interview.notes == ()
    assert interview.intro == ""
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("Why films?", "Because I cannot paint.")
    ]


def test_a_single_exchange_keeps_its_intro() -> None:
    page = (
        "Ana Ruiz on Blue Hour\n\n"
        "We met the director in Lyon.\n\n"
        "Q: Why films?\nA: Because I cannot paint.\nAnd I like the dark.\n"
    )
    interview = parse_interview(page, path=PATH)
    assert interview.title == "Ana Ruiz on Blue Hour"
    assert interview.intro == "We met the director in Lyon."
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("Why films?", "Because I cannot paint.\n\nAnd I like the dark.")
    ]


@pytest.mark.parametrize(
    ("page", "title", "intro"),
    [
        (
            "Ana Ruiz talks about film.\n\nNote: this was edited.\n",
            "Ana Ruiz talks about film.",
            "Note: this was edited.",
        ),
        (
            "Ana Ruiz on her first film.\n\nDirector: Jane Doe\n\nShe spoke to us about it.\n",
            "Ana Ruiz on her first film.",
            "Director: Jane Doe\n\nShe spoke to us about it.",
        ),
        (
            "Ana Ruiz on her first film.\n\nUpdate: the film is now streaming.\n",
            "Ana Ruiz on her first film.",
            "Update: the film is now streaming.",
        ),
    ],
    ids=["note", "director", "update"],
)
def test_one_fact_line_stays_plain(page: str, title: str, intro: str) -> None:
    interview = parse_interview(page, path=PATH)
    assert interview.pairs == ()
    assert interview.title == title
    assert interview.intro == intro


def test_two_name_labels_are_no_single_exchange() -> None:
    # Only the explicit asking and answering labels lower the bar; names still need three turns.
    interview = parse_interview("Ana: Why films?\nBen: Because I cannot paint.\n", path=PATH)
    assert interview.pairs == ()
    assert interview.title == "Ana: Why films?"
    assert interview.intro == "Ben: Because I cannot paint."


def test_a_lone_question_label_is_no_exchange() -> None:
    interview = parse_interview("Q: Why films?\nBecause I cannot paint.\n", path=PATH)
    assert interview.pairs == ()
    assert interview.title == "Why films?"
    assert interview.intro == "Because I cannot paint."
