"""The interviewee is the person the page keeps coming back to: a site's or section's name at
the top ("Night Owl Notes", "PORTRAITS", a label over the answers) is written once and gives
way to a person's name the headline and intro both write; a bracketed addition after a name
("(BA Animation, 2019)") is not part of it."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview

_QA = """
Where did the idea come from?

From a notebook I kept on night buses.

What is next?

A feature, if the money holds.
"""


@pytest.mark.parametrize(
    ("top", "name"),
    [
        # a blog's name over an unfamiliar headline shape
        (
            "Night Owl Notes\n\nHanging out with Tobias Lindqvist and his paper puppets\n\n"
            "I met Tobias Lindqvist after a screening and he agreed to a few questions.",
            "Tobias Lindqvist",
        ),
        # a section's name over a headline whose colon has a space before it
        (
            "PORTRAITS\n\nMarguerite Doucet : « Le silence est un décor »\n\n"
            "Dans son premier film, Marguerite Doucet filme une île en hiver.",
            "Marguerite Doucet",
        ),
    ],
)
def test_a_name_written_once_at_the_top_gives_way_to_the_repeated_one(top: str, name: str) -> None:
    assert parse_interview(top + "\n" + _QA).name == name


def test_an_answer_label_the_intro_never_writes_gives_way_to_the_repeated_name() -> None:
    page = (
        "Spotlight — Saturday 3 May\n\n"
        "Odile Brauner's puppet film has sold out every screening. Odile Brauner talked to us "
        "before the tour.\n\n"
        "Q: How did it start?\n\n"
        "Arts Desk: With a sketchbook.\n\n"
        "Q: What next?\n\n"
        "Arts Desk: A feature.\n"
    )
    assert parse_interview(page).name == "Odile Brauner"


def test_a_bracketed_addition_after_the_name_is_not_part_of_it() -> None:
    page = (
        "Graduates\n\n"
        "Animator Kwame Asante (BA Animation, 2019) has made three shorts since leaving us.\n" + _QA
    )
    assert parse_interview(page).name == "Kwame Asante"


def test_a_film_title_repeated_more_than_its_director_does_not_win() -> None:
    page = (
        "The maker of Copper Lake on working with children\n\n"
        "Ines Ferro spent four years on Copper Lake, which opens on Friday. Copper Lake is "
        "her second feature.\n" + _QA
    )
    assert parse_interview(page).name == "Ines Ferro"
