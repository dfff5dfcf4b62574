"""Pages in formats the first fixtures did not cover (news sites with a quote headline, a
listicle in Markdown, a roundtable whose answers carry the speaker's name, a podcast that signs
off, …), each written for these tests and read exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from filmtalk.corpus import read_interview
from filmtalk.parsing import parse_interview

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"

Pairs = list[tuple[str, str]]


def expected(name: str, slug: str, title: str, intro: str, pairs: Pairs) -> dict[str, Any]:
    return {"name": name, "slug": slug, "title": title, "intro": intro, "pairs": pairs}


EXPECTED = {
    "initials-interviewed-by.txt": expected(
        "Hiroshi Tanaka",
        "hiroshi-tanaka",
        "In Conversation: Hiroshi Tanaka",
        "",
        [
            (
                "Your new film is almost silent. Was that a decision from the start?",
                "Yes. I wrote the script with maybe twenty lines of dialogue. I wanted the "
                "audience to listen to the wind, the footsteps.",
            ),
            (
                "Tell me about the casting.",
                "The lead is my neighbour. She had never acted before. I watched her feed the "
                "cats every morning for a year.",
            ),
            (
                "Do you think about the audience when you write?",
                "Never. Is that arrogant? Maybe. But I think the audience can feel when you "
                "are trying to please them.",
            ),
        ],
    ),
    "listicle-bold-numbers.md": expected(
        "Priya Nair",
        "priya-nair",
        "10 Questions with Animator Priya Nair",
        "Priya Nair's stop-motion short *Paper Tigers* has screened at more than forty "
        "festivals. We sent her our ten questions.",
        [
            (
                "What was the first film that made you want to animate?",
                "My Neighbor Totoro. I watched it on a pirated VHS in Kochi and rewound the "
                "catbus scene until the tape broke.",
            ),
            (
                "Describe your studio in three words.",
                "Small, cold, glitter.",
            ),
            (
                "What does a normal day look like?",
                "There is no normal day. Some days I move a puppet's finger forty times and "
                "get two seconds of film.\n\nOther days I do emails.",
            ),
            (
                "Who would you most like to work with?",
                "Henry Selick. Or my mum, who sews better than anyone I know.",
            ),
        ],
    ),
    "news-quote-headline.txt": expected(
        "Marta Kowalczyk",
        "marta-kowalczyk",
        "“I wanted the sea to be a character”: Marta Kowalczyk on her debut Salt",
        "Polish director Marta Kowalczyk’s first feature Salt premiered at the Rotterdam "
        "festival this year. We spoke to her about shooting on a trawler, working with "
        "non-actors and what comes next.",
        [
            (
                "Where did the idea for Salt come from?",
                "I grew up in Gdańsk, and my grandfather was a fisherman. When he died I found "
                "his logbooks, and they read like poetry. I knew there was a film in "
                "them.\n\nIt took me six years to find the shape of it.",
            ),
            (
                "You cast real fishermen. Why?",
                "Because actors can't fake forty years at sea. Their hands, the way they stand "
                "on a moving deck – you can’t teach that in rehearsal.",
            ),
            (
                "How did you shoot on a working boat?",
                "With a crew of four. We had no lights, just the sun and the sodium lamps of "
                "the harbour. Was it dangerous? Sometimes. But it was also the only honest "
                "way.",
            ),
            (
                "What’s next for you?",
                "A comedy, believe it or not. Set in a retirement home.",
            ),
        ],
    ),
    "podcast-sign-off.txt": expected(
        "Kwame Mensah",
        "kwame-mensah",
        "THE FILM STAGE PODCAST — EPISODE 112",
        "Welcome back to the show. Today my guest is the documentary filmmaker Kwame Mensah, "
        "whose film The River Knows just won the jury prize. Kwame, welcome.",
        [
            (
                "Let's start at the beginning. How did you find this story?",
                "I was actually working on something else entirely. A friend sent me a "
                "newspaper clipping about the village, and I drove out there the next week.",
            ),
            (
                "So you arrived in the village. What happened then?",
                "Nobody wanted to talk to me at first. I spent three months just helping with "
                "the harvest before I took the camera out.",
            ),
        ],
    ),
    "q-a-photo-credit.txt": expected(
        "Sofia Reyes",
        "sofia-reyes",
        "Q&A: Sofia Reyes",
        "Sofia Reyes is a Mexican cinematographer based in Los Angeles. Her work on the "
        "Netflix series Tierra earned her an ASC nomination.\n\nHer latest feature, Night Bus, "
        "opens in theaters this Friday.",
        [
            (
                "How did you get started in cinematography?",
                "I studied photography in Guadalajara and started assisting on music videos. "
                "One day the DP didn't show up and I had to light the whole thing myself.",
            ),
            (
                "What is your approach to lighting faces of different skin tones?",
                "It starts in prep. I test with the actual cast, under the actual practicals, "
                "and I build the palette around them, not the other way around.",
            ),
            (
                "Any advice for young DPs?",
                "Shoot everything. Your phone is a camera.",
            ),
        ],
    ),
    "roundtable-answer-labels.txt": expected(
        "Ana Lucía Ortega, Ben Whitaker and Yusuf Demir",
        "ana-lucia-ortega-ben-whitaker-and-yusuf-demir",
        "ROUNDTABLE: THREE DIRECTORS ON FIRST FEATURES",
        "This week we brought together three filmmakers whose debut features premiered at "
        "Sundance: Ana Lucía Ortega, Ben Whitaker and Yusuf Demir.",
        [
            (
                "What was the hardest day of your shoot?",
                "Ana Lucía Ortega: The day our lead actor got food poisoning. We shot around "
                "him for ten hours.\n\nBen Whitaker: Day one. I didn't know anyone's name "
                "yet.\n\nYusuf Demir: Every day was hard, honestly. But the night shoots in "
                "Istanbul were the worst.",
            ),
            (
                "What advice would you give to someone making their first feature?",
                "Ben Whitaker: Sleep.\n\nAna Lucía Ortega: Protect your editor. They are the "
                "last writer of the film.\n\nYusuf Demir: Don't listen to advice.",
            ),
        ],
    ),
}


def test_every_fixture_has_expectations() -> None:
    assert sorted(path.name for path in UNSEEN.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("file_name", sorted(EXPECTED))
def test_fixture_reads_exactly(file_name: str) -> None:
    want = EXPECTED[file_name]
    interview = read_interview(UNSEEN / file_name)
    assert interview.name == want["name"]
    assert interview.slug == want["slug"]
    assert interview.title == want["title"]
    assert interview.intro == want["intro"]
    assert [(pair.question, pair.answer) for pair in interview.pairs] == want["pairs"]
    assert not interview.name_guessed


def test_roundtable_answers_keep_their_speakers() -> None:
    interview = read_interview(UNSEEN / "roundtable-answer-labels.txt")
    assert [pair.speakers for pair in interview.pairs] == [
        ("Ana Lucía Ortega", "Ben Whitaker", "Yusuf Demir"),
        ("Ben Whitaker", "Ana Lucía Ortega", "Yusuf Demir"),
    ]


def test_podcast_sign_off_is_dropped_not_answered() -> None:
    dropped = read_interview(UNSEEN / "podcast-sign-off.txt").dropped
    assert dropped[-2:] == ("Host: Kwame Mensah, thank you so much.", "Kwame Mensah: Thank you.")


def test_share_row_byline_and_closing_promo_are_dropped() -> None:
    news = read_interview(UNSEEN / "news-quote-headline.txt").dropped
    assert "Share on Facebook Share on Twitter" in news
    listicle = read_interview(UNSEEN / "listicle-bold-numbers.md").dropped
    assert listicle == (
        "*Posted in Interviews · 5 min read*",
        "---",
        "*Paper Tigers streams on Vimeo from June 1.*",
        "Subscribe to our newsletter",
    )


# --- Guards: the rules above, each on a page of its own -----------------------------------


def _pairs(page: str) -> Pairs:
    return [(pair.question, pair.answer) for pair in parse_interview(page).pairs]


def test_the_name_is_found_in_any_part_of_a_headline() -> None:
    for title in (
        "“The sea is a character”: Marta Kowalczyk on her debut Salt",
        "Salt and the sea | Marta Kowalczyk talks about her debut",
        "The sea as a character – Marta Kowalczyk on Salt",
    ):
        interview = parse_interview(f"{title}\n\nWhat is it about?\n\nThe sea.\n", path="a.txt")
        assert (interview.name, interview.notes) == ("Marta Kowalczyk", ())


def test_a_short_file_name_is_never_a_guessed_name() -> None:
    interview = parse_interview("What is it about?\n\nThe sea.\n", path="/corpus/a.txt")
    assert (interview.name, interview.name_guessed) == ("Unknown", True)


def test_a_rule_between_questions_does_not_end_the_article() -> None:
    page = "Jane Doe on Blue Hour\n\nWhat is it about?\n\nThe sea.\n\n---\n\nWhy?\n\nWhy not.\n"
    assert _pairs(page) == [("What is it about?", "The sea."), ("Why?", "Why not.")]


def test_answers_that_open_with_a_colon_phrase_keep_it() -> None:
    # "Short answer:" opens two answers, but the page never introduces anyone by that name.
    page = (
        "Jane Doe on Blue Hour\n\nJane Doe made Blue Hour.\n\n"
        "Was it hard?\n\nShort answer: yes.\n\nWould you do it again?\n\nShort answer: no.\n"
    )
    assert _pairs(page) == [
        ("Was it hard?", "Short answer: yes."),
        ("Would you do it again?", "Short answer: no."),
    ]


def test_one_interviewee_named_before_each_answer_loses_the_label() -> None:
    page = (
        "Salt\n\nMarta Kowalczyk made Salt on a trawler.\n\n"
        "Why the sea?\n\nKowalczyk: My grandfather was a fisherman.\n\n"
        "And next?\n\nKowalczyk: A comedy.\n\nSet in a retirement home.\n"
    )
    interview = parse_interview(page)
    assert interview.name == "Marta Kowalczyk"
    assert [(p.question, p.answer, p.speakers) for p in interview.pairs] == [
        ("Why the sea?", "My grandfather was a fisherman.", ("Kowalczyk",)),
        ("And next?", "A comedy.\n\nSet in a retirement home.", ("Kowalczyk", "Kowalczyk")),
    ]


def test_a_host_thanking_mid_interview_does_not_end_it() -> None:
    page = (
        "Host: What is Blue Hour about?\n\nJane Doe: Two sisters and a lighthouse.\n\n"
        "Host: Thank you for that.\n\n"
        "Jane Doe: And a dog, which I forgot to say, who steals every scene he is in.\n\n"
        "Host: Where did you shoot?\n\nJane Doe: In Brest.\n"
    )
    assert _pairs(page) == [
        (
            "What is Blue Hour about?",
            "Two sisters and a lighthouse.\n\n"
            "And a dog, which I forgot to say, who steals every scene he is in.",
        ),
        ("Where did you shoot?", "In Brest."),
    ]
