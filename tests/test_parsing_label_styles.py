"""Speaker labels in every case and length: the outlet's name or the interviewer's in
capitals, the guest's full name in capitals, initials; and questions printed directly over
their answers."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview


def _transcript(ask: str, answer: str) -> str:
    return (
        "Second Life: Rosa Kettering on Her Forgotten Western\n\n"
        "Twenty years on, Rosa Kettering's western has found its audience. We asked how.\n\n"
        f"{ask}: When did people start watching it again?\n\n"
        f"{answer}: A student wrote to me about it. Then another, and another.\n\n"
        f"{ask}: What is the oddest reading of it you've heard?\n\n"
        f"{answer}: That the horse is the narrator. It is not. We had one horse.\n\n"
        f"{ask}: Would you go back to that world?\n\n"
        f"{answer}: Only with a bigger budget, and a second horse.\n"
    )


# The asker as an outlet that is also a platform people link to ("Instagram: @name"), so
# its "Name: …" lines look like chrome until they ask something.
@pytest.mark.parametrize("outlet", ["LETTERBOXD", "INSTAGRAM", "Letterboxd", "YOUTUBE"])
def test_an_outlet_named_like_a_platform_still_asks(outlet: str) -> None:
    interview = parse_interview(_transcript(outlet, "ROSA KETTERING"))
    assert [pair.question for pair in interview.pairs] == [
        "When did people start watching it again?",
        "What is the oddest reading of it you've heard?",
        "Would you go back to that world?",
    ]
    assert interview.pairs[2].answer == "Only with a bigger budget, and a second horse."


def test_a_platform_handle_is_still_chrome() -> None:
    page = _transcript("MAGAZINE", "ROSA KETTERING") + "\nInstagram: @rosakettering\n"
    interview = parse_interview(page)
    assert "Instagram: @rosakettering" in interview.dropped


# Who answers is the interviewee, however the label writes them; the title and intro spell
# the name.
@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("MAGAZINE", "ROSA KETTERING"),
        ("JONAS LEHTO", "ROSA KETTERING"),
        ("THE WESTERN REVIEW", "ROSA KETTERING"),
        ("JL", "RK"),
        ("Jonas", "RK"),
    ],
)
def test_a_label_in_capitals_or_initials_names_the_interviewee(ask: str, answer: str) -> None:
    interview = parse_interview(_transcript(ask, answer))
    assert interview.name == "Rosa Kettering"
    assert len(interview.pairs) == 3


def test_a_name_in_capitals_is_spelled_as_the_intro_spells_it() -> None:
    page = _transcript("Q", "ROSA MCKAY").replace("Rosa Kettering", "Rosa McKay")
    assert parse_interview(page).name == "Rosa McKay"


# A line after the interview in another style ("Newsletter: …" under "RK:") is the page's,
# not a second guest's: the one interviewee's label is taken off every answer.
@pytest.mark.parametrize(
    ("ask", "answer", "after"),
    [
        ("JL", "RK", "Newsletter: Get our picks every Friday."),
        ("MAGAZINE", "ROSA KETTERING", "Podcast: New episodes on Mondays."),
        ("Jonas", "RK", "Bookings: Fridays at the Rialto."),
        ("Jonas Lehto", "Rosa", "BOOKINGS: Fridays at the Rialto."),
    ],
)
def test_a_label_in_another_style_makes_no_panel(ask: str, answer: str, after: str) -> None:
    interview = parse_interview(_transcript(ask, answer) + f"\n{after}\n")
    assert interview.name == "Rosa Kettering"
    assert interview.pairs[0].answer == (
        "A student wrote to me about it. Then another, and another."
    )
    assert not any(pair.answer.startswith(f"{answer}:") for pair in interview.pairs)


def test_a_panellist_in_capitals_who_speaks_once_keeps_the_panel() -> None:
    page = (
        "Panel: First Features\n\n"
        "Three debut directors on the road to their first films.\n\n"
        "MODERATOR: What was the hardest part?\n\n"
        "ANA RUIZ: The money. Always the money.\n\n"
        "BEN ITO: The weather. We lost nine days to storms.\n\n"
        "MODERATOR: Would you do it again?\n\n"
        "ANA RUIZ: Tomorrow.\n"
    )
    interview = parse_interview(page)
    assert [pair.answer for pair in interview.pairs] == [
        "ANA RUIZ: The money. Always the money.\n\n"
        "BEN ITO: The weather. We lost nine days to storms.",
        "ANA RUIZ: Tomorrow.",
    ]


def _stacked(last_answer: str) -> str:
    return (
        "Where Are They Now: Lena Varga\n\n"
        "Lena Varga graduated in 2015 and now edits features. We caught up with her.\n\n"
        "What do you remember most from your first year?\n"
        "The cold edit suites. We worked in coats until March.\n\n"
        "Who taught you the most?\n"
        "The technicians. They knew every machine and every shortcut.\n\n"
        "What would you tell someone starting out?\n"
        f"{last_answer}\n\n"
        "Lena Varga's new film opens in March.\n"
    )


# The answer sits on the line under its question, and opens as a prompt might ("Say…",
# "Finally…", "Give…"): it answers, also in the last pair.
@pytest.mark.parametrize(
    "last_answer",
    [
        "Say yes to everything for five years. Then start saying no.",
        "Finally learn to type fast. It saves you hours.",
        "Give every cut one night's sleep before you keep it.",
    ],
)
def test_a_line_under_its_question_is_its_answer(last_answer: str) -> None:
    interview = parse_interview(_stacked(last_answer))
    assert [pair.question for pair in interview.pairs] == [
        "What do you remember most from your first year?",
        "Who taught you the most?",
        "What would you tell someone starting out?",
    ]
    assert interview.pairs[-1].answer.startswith(last_answer)


def test_a_question_over_a_second_question_asks_once() -> None:
    # A question that goes on asking on the next line is still one question.
    page = _stacked("Patience.").replace(
        "Who taught you the most?\n", "Who taught you the most?\nTell us about them.\n"
    )
    questions = [pair.question for pair in parse_interview(page).pairs]
    assert "Who taught you the most? Tell us about them." in questions


def test_a_line_under_a_middle_question_is_its_answer() -> None:
    page = _stacked("Patience.").replace("The technicians.", "First the technicians.")
    interview = parse_interview(page)
    assert interview.pairs[1].question == "Who taught you the most?"
    assert interview.pairs[1].answer.startswith("First the technicians.")


def _answers_labelled(label: str) -> str:
    return (
        "Second Life: Rosa Kettering on Her Western\n\n"
        "Twenty years on, Rosa Kettering's western has found its audience.\n\n"
        "When did people start watching it again?\n\n"
        f"{label}: A student wrote to me about it.\n\n"
        "What is the oddest reading of it?\n\n"
        f"{label}: That the horse is the narrator.\n\n"
        "Would you go back to that world?\n\n"
        f"{label}: Only with a bigger budget.\n"
    )


# Unlabelled questions over answers that open with the interviewee's label: taken off in
# every case the page writes it.
@pytest.mark.parametrize("label", ["Rosa Kettering", "ROSA KETTERING", "KETTERING", "RK"])
def test_the_interviewees_label_is_taken_off_the_answers(label: str) -> None:
    interview = parse_interview(_answers_labelled(label))
    assert interview.name == "Rosa Kettering"
    assert [pair.answer for pair in interview.pairs] == [
        "A student wrote to me about it.",
        "That the horse is the narrator.",
        "Only with a bigger budget.",
    ]


@pytest.mark.parametrize("label", ["FINAL THOUGHTS", "JM"])
def test_a_label_the_page_never_introduces_stays(label: str) -> None:
    interview = parse_interview(_answers_labelled(label))
    assert interview.pairs[0].answer == f"{label}: A student wrote to me about it."
