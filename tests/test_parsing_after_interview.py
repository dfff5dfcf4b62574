"""What a page carries after the interview ends (the next section, the writer's address, a
prompt to the readers, a row of links, the outlet's thanks) is no part of the last answer;
an answer that only looks like it is kept."""

from __future__ import annotations

import pytest

from filmtalk.chrome import is_chrome, is_end_of_article, is_section_kicker, thanked_name
from filmtalk.parsing import parse_interview

LAST_ANSWER = "A film about two brothers and a lighthouse. We shoot in March."


def _page(*after: str, last: tuple[str, ...] = (LAST_ANSWER,)) -> str:
    return "\n\n".join(
        [
            "Talking shop with Odile Marchand",
            "Odile Marchand's second feature, Salt Harbour, opens the Northern Lights series.",
            "Why the coast again?",
            "I grew up there. Every story I know starts with a boat.",
            "What's next?",
            *last,
            *after,
        ]
    )


@pytest.mark.parametrize(
    "after",
    [
        # the newsletter's next section, in capitals, over its own prose
        [
            "ALUMNI NEWS",
            "The class of 2019 took the jury prize at Tampere for their graduation film.",
            "Applications for the spring residency close on 4 May.",
        ],
        # the next article, under its section's kicker
        ["BOOKS / Review: a quiet debut about a bakery", "Four stars for a modest first novel."],
        ["THEATRE", "Review: The Glass Orchard is a triumph of small gestures."],
        # the writer's address
        ["Lena Oakes can be reached at loakes@harbourtimes.example."],
        ["Email me at notes@quietreel.example with your questions."],
        # a prompt to the readers and the reactions under it
        [
            "Which debut surprised you this year? Let me know in the comments!",
            "91 reactions · 12 comments",
        ],
        ["Did you study here too? Share your memories with us: alumni@school.example"],
        # the streaming site's buttons and its next row of links
        ["Watch Salt Harbour now", "More From The Festival:", "• Ten films to see this week"],
        # the outlet thanks the interviewee, named in the intro
        ["Thanks so much Odile!! Salt Harbour tours the festivals this spring."],
        ["Thank you, Odile, for your time."],
    ],
)
def test_what_follows_the_interview_is_not_the_last_answer(after: list[str]) -> None:
    interview = parse_interview(_page(*after))
    assert interview.pairs[-1].answer == LAST_ANSWER
    assert len(interview.pairs) == 2


@pytest.mark.parametrize(
    "last",
    [
        # an answer quoting a sign in capitals, then going on in the first person
        (LAST_ANSWER, "NO FILMING BEYOND THIS POINT", "I still have that sign in my office."),
        # shouting a word after a colon
        ("The whole crew shouted one word at the end:", "WRAP", "And then we went home."),
        # the guest thanks the interviewer, in her own voice
        (LAST_ANSWER, "Thanks, Marco, I really enjoyed talking about it."),
        # a name the intro never mentions
        (LAST_ANSWER, "Thank you, Bruno, for the lift."),
        # "watch" and "email" in a sentence of the answer
        (LAST_ANSWER, "Watch how the light moves on the water now and then."),
        (LAST_ANSWER, "More than anything, I want people to see it in a cinema."),
        (LAST_ANSWER, "Tell me which scene made you laugh, because nobody ever says."),
    ],
)
def test_an_answer_that_goes_on_is_kept(last: tuple[str, ...]) -> None:
    interview = parse_interview(_page(last=last))
    assert interview.pairs[-1].answer == "\n\n".join(last)


def test_the_line_tests() -> None:
    assert is_section_kicker("STUDENT NEWS")
    assert is_section_kicker("FILM / Interview: a director at work")
    assert not is_section_kicker("NO!")
    assert not is_section_kicker("PV: Yes.")
    assert not is_section_kicker("Music")
    assert thanked_name("Thanks so much Dana!!") == "Dana"
    assert thanked_name("Thanks. So we began.") == ""
    assert is_chrome("Ravi Shah can be reached at rshah@example.com.")
    assert is_chrome("1.2k reactions · 88 comments")
    assert not is_chrome("You can reach the island at low tide.")
    assert is_end_of_article("What's your favourite ending? Tell us in the comments.")
    assert is_end_of_article("More Film Features")
    assert not is_end_of_article("More than that:")
