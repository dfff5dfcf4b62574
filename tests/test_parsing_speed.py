"""The parser's cost grows with the page, not with the square of it: a pull-quote check that
compared every paragraph with the whole page made a 3 MB page take half a minute."""

from __future__ import annotations

import time

import pytest

from filmtalk.chrome import is_chrome
from filmtalk.parsing import parse_interview


def _page_of_similar_paragraphs(count: int) -> str:
    # Every paragraph opens with the same words, the worst case for finding pull quotes.
    paragraphs = [
        f"The director worked on the film for a long time on day {day} and then went home."
        for day in range(count)
    ]
    return "Jane Doe on Blue Hour\n\n" + "\n\n".join(paragraphs)


def test_a_three_megabyte_page_parses_in_seconds() -> None:
    page = _page_of_similar_paragraphs(37_000)
    assert len(page) > 3_000_000
    started = time.perf_counter()
    interview = parse_interview(page)
    # About 1.5 s here; the quadratic version took 30 s.
    assert time.perf_counter() - started < 12
    assert interview.pairs == ()


def test_a_pull_quote_is_still_found_among_similar_paragraphs() -> None:
    body = "\n\n".join(
        [
            "What was the shoot like?",
            "Cold. The director worked on the film for a long time and never once complained "
            "about the weather on the island.",
            "And the crew?",
            "They complained for all of us.",
        ]
    )
    quote = "“The director worked on the film for a long time and never once complained”"
    interview = parse_interview(f"Jane Doe on Blue Hour\n\n{quote}\n\n{body}")
    assert interview.dropped == (quote,)
    assert len(interview.pairs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "This episode is supported by Lumen Lights.",
        "Support for this podcast comes from Frame Insurance.",
        "Host: This show is made possible by listeners like you.",
        "Mia Chen: This episode is sponsored by Lumen Lights.",
    ],
)
def test_ad_reads_without_a_brought_to_you_are_chrome(line: str) -> None:
    assert is_chrome(line)
