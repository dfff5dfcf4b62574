"""Under a site's masthead, the headline is the line that names whom or what the first
paragraph of prose is about; a site's name, tagline or section kicker names nothing it writes."""

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
    ("top", "title"),
    [
        # a blog's name and tagline over a headline of an unfamiliar shape
        (
            "Small Screen Diary\na blog about little films\n\n"
            "Hanging out with Tobias Lindqvist and his paper puppets\n\n"
            "I met Tobias Lindqvist after a screening and he agreed to a few questions.",
            "Hanging out with Tobias Lindqvist and his paper puppets",
        ),
        # a site's name in capitals, then its section kicker, which reads like a headline
        (
            "CINÉ-LUMIÈRE\nAccueil | Critiques\n\nENTRETIENS\n\n"
            "Marguerite Doucet : « Le silence est un décor »\n\n"
            "Dans son premier film, Marguerite Doucet filme une île en hiver.",
            "Marguerite Doucet : « Le silence est un décor »",
        ),
    ],
)
def test_the_headline_is_the_line_the_prose_echoes(top: str, title: str) -> None:
    interview = parse_interview(top + "\n" + _QA)
    assert interview.title == title
    assert "Small Screen Diary" not in interview.intro


def test_a_headline_the_prose_echoes_stays_the_title() -> None:
    page = (
        "Ada Moreno on Salt Flats\nFeatures | Reviews\n\n"
        "A quieter film than her last\n\n"
        "Ada Moreno shot Salt Flats in eleven days with a crew of four.\n" + _QA
    )
    assert parse_interview(page).title == "Ada Moreno on Salt Flats"


def test_a_headline_without_names_is_found_by_the_words_the_prose_shares() -> None:
    page = (
        "THE HARBOUR HERALD\nProudly serving Eastport since 1902\nMonday, May 5, 2025\n\n"
        "ARTS\n\n"
        "Young director turns fishing village legend into a feature\n\n"
        "When Eastport native Ruth Calloway heard the legend of the drowned bell as a girl, "
        "she never imagined it would become her first feature.\n" + _QA
    )
    assert parse_interview(page).title == (
        "Young director turns fishing village legend into a feature"
    )
