"""Pages that label both questions and answers ("Q:"/"A:", "D:"/"R:", "Frage:"/"Antwort:"):
the label decides, so a question written as a statement still asks, and its answer is its own."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview

# (question label, answer label), as different languages and sites write them.
LABEL_STYLES = [
    ("Q:", "A:"),
    ("Q.", "A."),
    ("Question:", "Answer:"),
    ("D:", "R:"),
    ("Domanda:", "Risposta:"),
    ("P:", "R:"),
    ("P.", "R."),
    ("Pregunta:", "Respuesta:"),
    ("F:", "A:"),
    ("Frage:", "Antwort:"),
    ("Q:", "R:"),
]


def _page(ask: str, answer: str) -> str:
    return (
        "A conversation with Mira Sandoval\n\n"
        "The painter turned director talked to us about her first feature.\n\n"
        f"{ask} Where did the film begin?\n\n"
        f"{answer} In a laundromat, at night, watching the machines turn.\n\n"
        f"{ask} The cast has never acted before.\n\n"
        f"{answer} Never. They are my neighbours and two cousins.\n\n"
        "We rehearsed in my kitchen for a month.\n\n"
        f"{ask} Lots of people compare it to early Varda.\n"
        f"{answer} That is kind, and wrong.\n\n"
        f"{ask} What comes next?\n\n"
        f"{answer} A film about a ferry.\n"
    )


@pytest.mark.parametrize(("ask", "answer"), LABEL_STYLES, ids=[" ".join(s) for s in LABEL_STYLES])
def test_a_labelled_statement_asks_and_keeps_its_answer(ask: str, answer: str) -> None:
    interview = parse_interview(_page(ask, answer), path="mira.txt")
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("Where did the film begin?", "In a laundromat, at night, watching the machines turn."),
        (
            "The cast has never acted before.",
            "Never. They are my neighbours and two cousins.\n\n"
            "We rehearsed in my kitchen for a month.",
        ),
        ("Lots of people compare it to early Varda.", "That is kind, and wrong."),
        ("What comes next?", "A film about a ferry."),
    ]
    # The answer's label is no speaker's name.
    assert all(not p.speakers or set(p.speakers) == {"Mira Sandoval"} for p in interview.pairs)


def test_initials_that_begin_a_name_are_no_labels() -> None:
    page = (
        "Notes on a retrospective\n\n"
        "D. W. Griffith was the first name on the programme.\n\n"
        "P. T. Anderson closed it.\n\n"
        "What did you think of the order?\n\n"
        "It told a story of its own.\n"
    )
    interview = parse_interview(page, path="notes.txt")
    assert [p.question for p in interview.pairs] == ["What did you think of the order?"]
    assert "D. W. Griffith" in interview.intro


BULLETS = ["▶", "►", "➤", "→", "■", "🎬", "▶️", "·"]


@pytest.mark.parametrize("bullet", BULLETS)
def test_a_symbol_setting_questions_off_is_no_part_of_them(bullet: str) -> None:
    page = (
        "Tomas Brandt on cutting trailers\n\n"
        "The editor talks about two minutes that sell two hours.\n\n"
        f"{bullet} How did you start cutting trailers?\n\n"
        "By answering the wrong job ad.\n\n"
        f"{bullet} What makes a trailer work?\n\n"
        "Three things:\n\n"
        f"{bullet} a sound you remember\n"
        "• one line of dialogue\n"
        "- no plot after the first minute\n\n"
        "The rest is taste.\n\n"
        f"{bullet} And the worst trailer you ever cut?\n\n"
        "The one that got the most views.\n"
    )
    interview = parse_interview(page, path="brandt.txt")
    assert [p.question for p in interview.pairs] == [
        "How did you start cutting trailers?",
        "What makes a trailer work?",
        "And the worst trailer you ever cut?",
    ]
    # A list inside an answer keeps its bullets, as written.
    assert interview.pairs[1].answer == (
        "Three things:\n\n"
        f"{bullet} a sound you remember\n\n• one line of dialogue\n\n"
        "- no plot after the first minute\n\nThe rest is taste."
    )


def _sections_page(contents: str, heading: str) -> str:
    return (
        "Anya Petrova: a life in sound\n\n"
        "The sound designer looks back on thirty years of films.\n\n"
        f"{contents}\n\n"
        f"{heading.format('The first job')}\n\n"
        "How did you get your first job?\n\n"
        "I swept the floor of a mixing stage.\n\n"
        f"{heading.format('Silence')}\n\n"
        "Is silence the hardest sound?\n\n"
        "Silence is the loudest sound there is.\n\n"
        f"{heading.format('Bells')}\n\n"
        "What are you working on?\n\n"
        "A film about bells.\n"
    )


@pytest.mark.parametrize(
    ("contents", "heading"),
    [
        ("In this interview\n1. The first job\n2. Silence\n3. Bells", "{}"),
        ("Contents\n• The first job\n• Silence\n• Bells", "## {}"),
        ("Jump to:\nThe first job\nSilence\nBells", "**{}**"),
    ],
    ids=["numbered", "bulleted", "plain"],
)
def test_a_table_of_contents_is_dropped_with_the_headings_it_lists(
    contents: str, heading: str
) -> None:
    interview = parse_interview(_sections_page(contents, heading), path="petrova.txt")
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("How did you get your first job?", "I swept the floor of a mixing stage."),
        ("Is silence the hardest sound?", "Silence is the loudest sound there is."),
        ("What are you working on?", "A film about bells."),
    ]
    assert interview.intro == "The sound designer looks back on thirty years of films."


def test_contents_that_list_the_questions_leave_the_questions() -> None:
    page = (
        "Anya Petrova: a life in sound\n\n"
        "The sound designer looks back on thirty years of films.\n\n"
        "1. How did you start?\n2. Is silence hard?\n3. What next?\n\n"
        "How did you start?\n\nI swept floors.\n\n"
        "Is silence hard?\n\nIt is the loudest sound.\n\n"
        "What next?\n\nBells.\n"
    )
    interview = parse_interview(page, path="petrova.txt")
    assert [(p.question, p.answer) for p in interview.pairs] == [
        ("How did you start?", "I swept floors."),
        ("Is silence hard?", "It is the loudest sound."),
        ("What next?", "Bells."),
    ]


def test_a_list_that_does_not_come_back_is_no_table_of_contents() -> None:
    page = (
        "Anya Petrova: a life in sound\n\n"
        "Her credits include:\n1. Salt\n2. Marrow\n3. The Bell Tower\n\n"
        "What links those films?\n\nSalt, marrow and bells: things that last.\n\n"
        "Which was hardest?\n\nThe Bell Tower.\n"
    )
    interview = parse_interview(page, path="petrova.txt")
    assert interview.intro == "Her credits include:\n\nSalt\n\nMarrow\n\nThe Bell Tower"
    assert [p.question for p in interview.pairs] == [
        "What links those films?",
        "Which was hardest?",
    ]


def _press_kit(first_answer: str, second_answer: str, between_pages: str) -> str:
    """A press kit copied from a PDF: wrapped at 70 columns, a page break inside an answer."""
    return (
        "THE LONG SWIM — Press Kit\n\n"
        "Interview with Oskar Lind\n\n"
        "Oskar Lind grew up on the island of Gotland and trained as a lifeguard\n"
        "before he turned to film. The Long Swim is his second feature.\n\n"
        "Your film follows a swimmer who crosses the Baltic at night. Where\n"
        "did that come from?\n\n"
        f"{first_answer}\n\n"
        "How did you film in open water?\n\n"
        f"{second_answer.replace('|', between_pages)}\n\n"
        "What comes next?\n\n"
        "A film on dry land, I promised my producer and my insurance company\n"
        "both, and they made me sign it twice.\n"
    )


@pytest.mark.parametrize(
    "between_pages",
    ["\n\n", "\n\f", "\n\n7\nTHE LONG SWIM — Press Kit\n\n", "\n\n\n"],
    ids=["blank-line", "form-feed", "page-number-and-header", "blank-lines"],
)
def test_a_word_hyphenated_over_a_line_or_a_page_is_whole_again(between_pages: str) -> None:
    page = _press_kit(
        "From my grandfather, who swam to the mainland once, for a bet, and\n"
        "never told anyone how he got back. The rest of it is pure docu-\n"
        "mentary: every stroke in the film was swum by somebody for real.",
        "With two boats, one camera in a housing and a great deal of pati-|ence, which "
        "is the only thing the sea respects.",
        between_pages,
    )
    if between_pages == "\n\n7\nTHE LONG SWIM — Press Kit\n\n":
        page += "\n8\nTHE LONG SWIM — Press Kit\n"
    interview = parse_interview(page, path="lind.txt")
    assert [p.question for p in interview.pairs] == [
        "Your film follows a swimmer who crosses the Baltic at night. Where did that come from?",
        "How did you film in open water?",
        "What comes next?",
    ]
    assert "The rest of it is pure documentary: every stroke" in interview.pairs[0].answer
    assert interview.pairs[1].answer == (
        "With two boats, one camera in a housing and a great deal of patience, which is the "
        "only thing the sea respects."
    )


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("a well-\nknown story", "a well-known story"),  # a compound's first half
        ("a self-\ntaught swimmer", "a self-taught swimmer"),
        ("slightly long-\ner than planned", "slightly longer than planned"),  # a word's ending
        ("a fair-\nweather crew, as fair-weather crews go", "a fair-weather crew"),  # the page
        ("a time-\ntable, and then a second timetable", "a timetable, and then"),
    ],
)
def test_a_hyphen_at_a_line_end_stays_where_the_word_has_one(broken: str, whole: str) -> None:
    page = (
        "Notes from the shoot\n\n"
        "How did the first week go?\n\n"
        f"It was {broken} and nobody on the crew had ever worked at sea before\n"
        "that week, which showed in everything we shot on the first three days.\n"
    )
    answer = parse_interview(page, path="lind.txt").pairs[0].answer
    assert whole in answer


@pytest.mark.parametrize(
    "note",
    [
        "Salt Light screens again at the Harbour Cinema on 3 May at 8 p.m.",
        "Salt Light world premieres in the Forum section on 14 February.",
        "Salt Light plays next at the Tromsø festival.",
    ],
)
def test_where_the_film_screens_next_closes_the_page(note: str) -> None:
    page = (
        "Five questions for Ida Berg\n\n"
        "How did Salt Light start?\n\nWith a lighthouse keeper's diary.\n\n"
        "What comes next?\n\nA film about the same coast in winter.\n\n"
        f"{note}\n"
    )
    interview = parse_interview(page, path="berg.txt")
    assert interview.pairs[-1].answer == "A film about the same coast in winter."
    assert note in interview.dropped


def test_prose_that_ends_asking_nobody_is_no_question() -> None:
    page = (
        "Festival programme: Orchard Road\n\n"
        "Director's note\n\n"
        "Orchard Road is a film about a street that is no longer there. It is about what we "
        "forget on purpose, and what we keep by accident. Who owns a street once everyone "
        "has left it?\n\n"
        "Two questions for Lena Okoro\n\n"
        "The street was demolished in 1998. Did you ever walk it yourself?\n\n"
        "Every day on the way to school.\n\n"
        "You used home movies from twelve families, some of them shot on Super 8 and some on "
        "video, and none of them made to be seen. How did you choose what to keep?\n\n"
        "I kept whatever the families forgot they had filmed.\n\n"
        "The footage was flown out of the valley by helicopter every second week, and the "
        "crew lived in tents for most of the winter. The generator failed twice. Was the "
        "cold the hardest part of the shoot?\n\n"
        "No, the boredom was.\n"
    )
    interview = parse_interview(page, path="okoro.txt")
    assert [p.question for p in interview.pairs] == [
        "The street was demolished in 1998. Did you ever walk it yourself?",
        "You used home movies from twelve families, some of them shot on Super 8 and some on "
        "video, and none of them made to be seen. How did you choose what to keep?",
        # Setting up at length about the film, the interviewer still asks.
        "The footage was flown out of the valley by helicopter every second week, and the "
        "crew lived in tents for most of the winter. The generator failed twice. Was the "
        "cold the hardest part of the shoot?",
    ]
    assert "Who owns a street once everyone has left it?" in interview.intro


@pytest.mark.parametrize(
    "station_id",
    [
        "You're listening to Night Shift on KXRT 101.5. My guest tonight is Petra Vos.",
        "This is Culture Desk on Radio North. I'm talking with the director Petra Vos.",
        "And joining me now is Petra Vos.",
    ],
)
def test_a_broadcasts_station_id_is_no_part_of_the_question(station_id: str) -> None:
    page = (
        "HOST: Welcome back to the programme.\n\n"
        "GUEST: Thank you.\n\n"
        "HOST: Your film was shot in a single night. How?\n\n"
        "GUEST: With four cameras and no second chances.\n\n"
        f"HOST: {station_id} Petra, the ending is very quiet. Why end on silence?\n\n"
        "GUEST: Because the night ends that way.\n"
    )
    interview = parse_interview(page, path="vos.txt")
    assert [p.question for p in interview.pairs] == [
        "Your film was shot in a single night. How?",
        "Petra, the ending is very quiet. Why end on silence?",
    ]


def test_an_email_answered_inline_is_read_from_its_quoted_questions() -> None:
    page = (
        "Subject: Re: questions for Harbour Lights\n\n"
        "Hello Priya,\n\n"
        "Here you go, all answered below.\n\n"
        "Tomas\n\n"
        "On Fri, 3 Mar 2023 at 09:00, Priya Raman <priya@example.org> wrote:\n"
        "> Hey Tomas,\n"
        ">\n"
        "> Here are my five questions, answer whichever you like.\n"
        ">\n"
        "> 1. Harbour Lights took nine years. Why so long?\n\n"
        "Money, then a pandemic, then money again.\n\n"
        "> 2) Who plays the harbour master?\n\n"
        "My uncle. He has never acted and never will again.\n\n"
        "He says.\n\n"
        "> Thanks so much!\n"
        "> Priya\n\n"
        "Sent from my phone\n"
    )
    interview = parse_interview(page, path="tomas.txt")
    assert [(p.question, p.answer) for p in interview.pairs] == [
        (
            "Harbour Lights took nine years. Why so long?",
            "Money, then a pandemic, then money again.",
        ),
        (
            "Who plays the harbour master?",
            "My uncle. He has never acted and never will again.\n\nHe says.",
        ),
    ]
    assert "Hello Priya," in interview.dropped
    assert "> Hey Tomas," in interview.dropped


def test_quoted_questions_in_markdown_keep_their_last_short_answer() -> None:
    page = (
        "# Lena Hart on westerns\n\n"
        "> Why westerns?\n\n"
        "Because the landscape does the talking.\n\n"
        "> Thanks for the coffee, and tell us about your next film.\n\n"
        "A western, again.\n"
    )
    interview = parse_interview(page, path="hart.txt")
    assert [p.answer for p in interview.pairs] == [
        "Because the landscape does the talking.",
        "A western, again.",
    ]
