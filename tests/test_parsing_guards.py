"""Plain pages that must stay plain: the format heuristics must not fire on text that only
resembles a transcript, a pull quote, a setup line or a kicker."""

from __future__ import annotations

from filmtalk.parsing import parse_interview


def test_a_credits_block_does_not_make_a_transcript() -> None:
    page = (
        "Jane Doe on Blue Hour\n\n"
        "Director: Jane Doe\nProducer: Sam Lee\nRuntime: 90 min\nCountry: France\n\n"
        "What is Blue Hour about?\n\nTwo sisters and a lighthouse.\n\n"
        "Why France?\n\nMy mother is from Brest.\n"
    )
    interview = parse_interview(page)
    assert interview.name == "Jane Doe"
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("What is Blue Hour about?", "Two sisters and a lighthouse."),
        ("Why France?", "My mother is from Brest."),
    ]
    assert (
        interview.intro
        == "Director: Jane Doe\n\nProducer: Sam Lee\n\nRuntime: 90 min\n\nCountry: France"
    )


def test_a_short_answer_repeated_in_another_is_no_pull_quote() -> None:
    page = (
        "Jane Doe on Blue Hour\n\n"
        "What did the crew think?\n\nI do not know what they thought.\n\n"
        "And the actors?\n\nHonestly, I do not know what they thought either.\n"
    )
    interview = parse_interview(page)
    assert [p.answer for p in interview.pairs] == [
        "I do not know what they thought.",
        "Honestly, I do not know what they thought either.",
    ]
    assert interview.dropped == ()


def test_the_end_of_an_answer_is_no_setup_line() -> None:
    page = (
        "Jane Doe on Blue Hour\n\n"
        "What did you learn?\n\n"
        "I learned that you cannot plan the weather.\n"
        "Where will it screen?\n\n"
        "In Brest first.\n"
    )
    interview = parse_interview(page)
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("What did you learn?", "I learned that you cannot plan the weather."),
        ("Where will it screen?", "In Brest first."),
    ]


def test_a_name_in_capitals_is_the_title_not_a_kicker() -> None:
    page = "JANE DOE\n\nDirector of Blue Hour\n\nWhat is it about?\n\nTwo sisters.\n"
    interview = parse_interview(page)
    assert (interview.title, interview.name) == ("JANE DOE", "Jane Doe")
    assert interview.intro == "Director of Blue Hour"
