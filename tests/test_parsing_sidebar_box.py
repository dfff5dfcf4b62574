"""A box of headlines set into an article ("Most read", "Trending now") is dropped, and the
interview goes on under it; the same heading under the last answer still ends the article."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview

HEAD = (
    "Talking tides with Mira Olsen\n\n"
    "Mira Olsen's Ebb follows a harbour pilot through one winter. We met her in Bergen.\n\n"
    "Why a harbour pilot?\n\n"
    "My uncle was one, and he never once talked about the ships he had lost.\n\n"
)
TAIL = (
    "How long did you film?\n\n"
    "Two winters, because the first one was far too mild for what the story needed.\n\n"
    "What comes next?\n\n"
    "A comedy, if anyone will let me make one after this.\n"
)


@pytest.mark.parametrize("heading", ["MOST READ", "Trending now", "Related stories", "Top stories"])
def test_a_box_between_two_answers_is_dropped_and_the_interview_goes_on(heading: str) -> None:
    box = (
        f"{heading}\n"
        "Council approves new ferry timetable\n"
        "Five cafés to try this weekend\n"
        "Storm warning for the west coast\n\n"
    )
    interview = parse_interview(HEAD + box + TAIL)
    assert [pair.question for pair in interview.pairs] == [
        "Why a harbour pilot?",
        "How long did you film?",
        "What comes next?",
    ]
    assert interview.pairs[0].answer.endswith("the ships he had lost.")
    assert "Council approves" not in " ".join(pair.answer for pair in interview.pairs)


def test_the_same_heading_under_the_last_answer_ends_the_article() -> None:
    page = (
        HEAD + TAIL + "\nRelated stories\nCouncil approves new ferry timetable\n\n"
        "Leave a Reply\n\nWill it stream anywhere?\n\nI hope so, it looked wonderful on the big "
        "screen last night.\n"
    )
    interview = parse_interview(page)
    assert len(interview.pairs) == 3
    assert interview.pairs[-1].answer == "A comedy, if anyone will let me make one after this."


def test_a_long_run_of_text_under_the_heading_is_no_box() -> None:
    story = "\n".join(f"Another headline about the harbour, number {n}" for n in range(14))
    reader = "Is the ferry late again?\n\nYes, it is late again, and the council says nothing.\n"
    page = HEAD + TAIL + f"\nMost read\n{story}\n\n{reader}"
    assert len(parse_interview(page).pairs) == 3
