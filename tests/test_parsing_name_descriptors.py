"""The interviewee's name is the run of capitalised words after what the page says the person
is ("London-based director …", "Senior …", "… native …", "Dir. …", "My guest is …"), never
the description itself; a surname that looks like a description stays."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview


def _name(page: str) -> str:
    return parse_interview(page).name


_QA = """
How did it start?

With a sketchbook and no money at all.

What came next?

A grant, and then a very long winter in the edit.
"""


def test_place_adjectives_before_the_name_are_not_the_name() -> None:
    page = (
        "Drawing in the dark\n\n"
        "Rio Grande-born, Paris-based animator Inês Carvalho has spent six years on one short, "
        "and it shows in every frame.\n" + _QA
    )
    assert _name(page) == "Inês Carvalho"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Q&A: Junior Maya Okonjo on her first short", "Maya Okonjo"),
        ("Q&A: Sophomore Dev Anand Rao on shooting at night", "Dev Anand Rao"),
        ("Q&A: Senior Editor Nell Amaro on cutting trailers", "Nell Amaro"),
        # the kept side: a surname or a first name that is also a school year or a description
        ("Young Jean Lee on her new play", "Young Jean Lee"),
        ("Q&A: Bill Senior on his first short", "Bill Senior"),
        ("Q&A: Junior Wells on the blues", "Junior Wells"),
    ],
)
def test_a_school_year_before_the_name_in_the_headline_is_dropped(headline: str, name: str) -> None:
    page = f"{headline}\n\nThe film screens on Friday in the student union.\n{_QA}"
    assert _name(page) == name


def test_a_news_story_names_the_person_it_keeps_mentioning() -> None:
    page = """Local documentary pulled from festival line-up

A documentary filmed entirely in Kings Hollow has been withdrawn from the Riverside Film Festival.

Festival director Omar Haley said the decision was final.

"Ash Season," the second film by Kings Hollow native Dana Whitby, was due to screen on Friday.

Whitby said she heard the news from a friend. We reached Whitby by phone.

Will the film screen elsewhere?

Yes, at the library, the same night.

Are you angry?

Tired, mostly.
"""
    assert _name(page) == "Dana Whitby"


def test_a_catalogue_entry_names_the_director_after_dir() -> None:
    page = """NIGHT SWIMMERS

Dir. Sanna Koivisto | Finland 2023 | 88 min

Screenings: Sat 4 May 18:00

Why water?

Because it forgets everything, every night.

Was it cold?

Always.
"""
    assert _name(page) == "Sanna Koivisto"


def test_my_guest_is_in_a_transcripts_intro_names_the_guest() -> None:
    page = """HOST: Good evening and welcome to the late show. My guest is Paulo Reyes.

GUEST: Thanks for having me.

HOST: Where did the idea come from?

GUEST: From a bus timetable, strangely enough.

HOST: And the ending?

GUEST: That came last, in the edit.
"""
    assert _name(page) == "Paulo Reyes"


@pytest.mark.parametrize(
    "line",
    [
        "Directed by Sanna Koivisto | Finland 2023 | 88 min",
        "This week Helsinki-based filmmaker Sanna Koivisto talks to us about the cold and luck.",
    ],
)
def test_the_name_after_a_description_ends_where_the_lowercase_goes_on(line: str) -> None:
    page = f"NIGHT SWIMMERS\n\n{line}\n{_QA}"
    assert _name(page) == "Sanna Koivisto"


def test_a_reply_subject_line_names_no_one() -> None:
    page = f"Subject: Re: your questions - Night Swimmers\n\nHi Tom,\n\nAnswers below.\n{_QA}"
    interview = parse_interview(page, path="swim-answers.txt")
    assert interview.name == "Swim Answers" and interview.name_guessed


def test_a_reply_subject_line_that_names_the_interviewee_still_does() -> None:
    page = f"Subject: Re: Interview with Sanna Koivisto\n\nHi Tom,\n\nAnswers below.\n{_QA}"
    assert _name(page) == "Sanna Koivisto"


@pytest.mark.parametrize(
    ("headline", "intro"),
    [
        ("Five Minutes With… Sanna Koivisto", "The film screens on Friday at the Orion."),
        ("Cold water", "Senior Sanna Koivisto premiered her thesis film at the Orion last week."),
        ("Hometown filmmaker Sanna Koivisto returns with a new feature", "It opens Friday."),
    ],
)
def test_more_ways_of_naming_the_interviewee(headline: str, intro: str) -> None:
    assert _name(f"{headline}\n\n{intro}\n{_QA}") == "Sanna Koivisto"


@pytest.mark.parametrize(
    "opening",
    [
        "Nell Amaro has made a film about a ferry, played by actor Tom Baker.",
        "We spoke to Nell Amaro about her film, which stars the actor Tom Baker.",
    ],
)
def test_the_person_the_intro_opens_with_outranks_one_it_mentions_more(opening: str) -> None:
    page = (
        f"Cold water\n\n{opening} Baker spent a month on the boat; Baker barely spoke, and the "
        f"crew say Baker slept on deck.\n{_QA}"
    )
    assert _name(page) == "Nell Amaro"


def test_a_director_of_photography_is_named_without_the_initials() -> None:
    page = "Lighting the dark: DP Nell Fairbanks on night shoots\n\n" + _QA
    assert _name(page) == "Nell Fairbanks"


def test_one_speaker_labelled_two_ways_is_one_person() -> None:
    from filmtalk.names import find_name

    found = find_name("", "", [], ["Regisseurin Ada Lind", "Ada Lind"], "", "")
    assert found.name == "Ada Lind"
    panel = find_name("", "", [], ["Ada Lind", "Bo Lind"], "", "")
    assert panel.name == "Ada Lind and Bo Lind"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        (
            "Valentina Rojas, directora de fotografía: “La luz es imposible de imitar”",
            "Valentina Rojas",
        ),
        ("Ana Ruiz, editor: 'Cutting is listening'", "Ana Ruiz"),
        ("Ana Ruiz: 'Cutting is listening'", "Ana Ruiz"),
    ],
)
def test_a_headline_names_the_person_before_a_description_and_a_quote(
    headline: str, name: str
) -> None:
    assert _name(headline + "\n\n" + _QA) == name
