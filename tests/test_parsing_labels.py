"""Pages that label both questions and answers ("Q:"/"A:", "D:"/"R:", "Frage:"/"Antwort:"):
the label decides, so a question written as a statement still asks, and its answer is its own."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview

# (question label, answer label), as different languages and sites write them.
LABEL_STYLES = [
    ("Q:", "A:"),
    ("Q.", "A."),
    ("Question:", "Answer:"),
    ("D:", "R:"),
    ("Domanda:", "Risposta:"),
    ("P:", "R:"),
    ("P.", "R."),
    ("Pregunta:", "Respuesta:"),
    ("F:", "A:"),
    ("Frage:", "Antwort:"),
    ("Q:", "R:"),
]


def _page(ask: str, answer: str) -> str:
    return (
        "A conversation with Mira Sandoval\n\n"
        "The painter turned director talked to us about her first feature.\n\n"
        f"{ask} Where did the film begin?\n\n"
        f"{answer} In a laundromat, at night, watching the machines turn.\n\n"
        f"{ask} The cast has never acted before.\n\n"
        f"{answer} Never. They are my neighbours and two cousins.\n\n"
        "We rehearsed in my kitchen for a month.\n\n"
        f"{ask} Lots of people compare it to early Varda.\n"
        f"{answer} That is kind, and wrong.\n\n"
        f"{ask} What comes next?\n\n"
        f"{answer} A film about a ferry.\n"
    )


@pytest.mark.parametrize(("ask", "answer"), LABEL_STYLES, ids=[" ".join(s) for s in LABEL_STYLES])
def test_a_labelled_statement_asks_and_keeps_its_answer(ask: str, answer: str) -> None:
    interview = parse_interview(_page(ask, answer), path="mira.txt")
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("Where did the film begin?", "In a laundromat, at night, watching the machines turn."),
        (
            "The cast has never acted before.",
            "Never. They are my neighbours and two cousins.\n\n"
            "We rehearsed in my kitchen for a month.",
        ),
        ("Lots of people compare it to early Varda.", "That is kind, and wrong."),
        ("What comes next?", "A film about a ferry."),
    ]
    # The answer's label is no speaker's name.
    assert all(not p.speakers or set(p.speakers) == {"Mira Sandoval"} for p in interview.pairs)


def test_initials_that_begin_a_name_are_no_labels() -> None:
    page = (
        "Notes on a retrospective\n\n"
        "D. W. Griffith was the first name on the programme.\n\n"
        "P. T. Anderson closed it.\n\n"
        "What did you think of the order?\n\n"
        "It told a story of its own.\n"
    )
    interview = parse_interview(page, path="notes.txt")
    assert [p.question for p in interview.pairs] == ["What did you think of the order?"]
    assert "D. W. Griffith" in interview.intro


BULLETS = ["▶", "►", "➤", "→", "■", "🎬", "▶️", "·"]


@pytest.mark.parametrize("bullet", BULLETS)
def test_a_symbol_setting_questions_off_is_no_part_of_them(bullet: str) -> None:
    page = (
        "Tomas Brandt on cutting trailers\n\n"
        "The editor talks about two minutes that sell two hours.\n\n"
        f"{bullet} How did you start cutting trailers?\n\n"
        "By answering the wrong job ad.\n\n"
        f"{bullet} What makes a trailer work?\n\n"
        "Three things:\n\n"
        f"{bullet} a sound you remember\n"
        "• one line of dialogue\n"
        "- no plot after the first minute\n\n"
        "The rest is taste.\n\n"
        f"{bullet} And the worst trailer you ever cut?\n\n"
        "The one that got the most views.\n"
    )
    interview = parse_interview(page, path="brandt.txt")
    assert [p.question for p in interview.pairs] == [
        "How did you start cutting trailers?",
        "What makes a trailer work?",
        "And the worst trailer you ever cut?",
    ]
    # A list inside an answer keeps its bullets, as written.
    assert interview.pairs[1].answer == (
        "Three things:\n\n"
        f"{bullet} a sound you remember\n\n• one line of dialogue\n\n"
        "- no plot after the first minute\n\nThe rest is taste."
    )
