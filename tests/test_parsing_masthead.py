"""A news site's or a feed's furniture above the headline (the date and the weather, a menu
with one link in lower case, "Updated 3 hrs ago", an issue's number, a post's counts, a
"+ Follow" button, a byline with an em dash) is no part of the intro; an answer's sentence
with a temperature or a count in it stays."""

from __future__ import annotations

import pytest

from filmtalk.chrome import is_chrome
from filmtalk.parsing import parse_interview

INTRO = "Rosa Lindqvist's debut, Ice Choir, follows a girls' choir through one Lapland winter."


@pytest.mark.parametrize(
    "furniture",
    [
        ["Friday, March 6, 2026 | 41°F Light rain"],
        ["Harlow 12°C"],
        ["Home  Local  Sport  Culture  Letters  Puzzles  e-Paper"],
        ["March 6, 2026 Updated 40 mins ago"],
        ["Volume 12 — Winter 2026"],
        ["1.4k · 32"],
        ["Ivo Brandt", "+ Follow"],
        ["Par Lucie Marin — 6 mars 2026"],
    ],
)
def test_masthead_lines_are_not_the_intro(furniture: list[str]) -> None:
    page = "\n\n".join(
        [
            "Rosa Lindqvist on Ice Choir",
            "\n".join(furniture),
            INTRO,
            "Why a choir?",
            "I sang in one for ten years. It is the loneliest crowd in the world.",
        ]
    )
    interview = parse_interview(page)
    assert interview.intro == INTRO
    assert all(line in interview.dropped for line in furniture)


@pytest.mark.parametrize(
    "line",
    [
        "It was minus 30°C on the lake.",
        "Issue after issue, the magazine ignored us.",
        "I was 22 · it was hard",
        "We had 3 · maybe 4 · singers left.",
        "Updated my script every night for a month.",
    ],
)
def test_an_answer_with_a_temperature_or_a_count_is_kept(line: str) -> None:
    assert not is_chrome(line)


def test_a_page_without_furniture_keeps_its_intro() -> None:
    page = "\n\n".join(
        [
            "Rosa Lindqvist on Ice Choir",
            INTRO,
            "How cold did it get on the lake?",
            "Colder than anything I had known. We measured it every morning.",
        ]
    )
    assert parse_interview(page).pairs[-1].answer.startswith("Colder")
