"""Layouts met on pages nobody had seen: questions asked without a question mark, capitals
speaker labels, names in other languages, a site's masthead over the headline, Markdown
section headings and blockquote pull quotes. Short pages written for these tests."""

from __future__ import annotations

import pytest

from filmtalk.parsing import parse_interview


def questions_of(page: str) -> list[str]:
    return [pair.question for pair in parse_interview(page).pairs]


def answers_of(page: str) -> list[str]:
    return [pair.answer for pair in parse_interview(page).pairs]


@pytest.mark.parametrize(
    "request_line",
    [
        "Tell me about the location scouting.",
        "Talk me through the last scene.",
        "Walk me through a typical day on set.",
        "I'd love to hear about the music.",
        "Let's talk about the ending.",
        "I want to ask about the budget.",
        "Háblame de la música.",
        "Cuéntanos cómo empezó todo.",
        "Hablemos del montaje.",
        "Parlez-nous de la musique.",
        "Raconte-moi le tournage.",
        "Erzählen Sie von den Dreharbeiten.",
    ],
)
def test_a_request_that_names_the_asker_is_a_question(request_line: str) -> None:
    page = (
        "Harbour Lights, with Tove Lindqvist\n\n"
        "Tove Lindqvist made Harbour Lights on a ferry.\n\n"
        "How did the film start?\n\n"
        "With a ticket I never used.\n\n"
        f"{request_line}\n\n"
        "It was slower than we planned, and better.\n\n"
        "What's next?\n\n"
        "Sleep."
    )
    assert questions_of(page) == ["How did the film start?", request_line, "What's next?"]


def test_an_answer_that_opens_like_a_request_but_speaks_for_itself_stays_an_answer() -> None:
    page = (
        "Harbour Lights, with Tove Lindqvist\n\n"
        "Tove Lindqvist made Harbour Lights on a ferry.\n\n"
        "What do you want to make films about?\n\n"
        "I want to talk about work, because my parents never stopped working.\n\n"
        "Tell me about my family, they would say, and I did.\n\n"
        "What's next?\n\n"
        "Sleep."
    )
    assert questions_of(page) == ["What do you want to make films about?", "What's next?"]
    assert answers_of(page)[0].startswith("I want to talk about work")


def test_questions_each_over_its_answer_are_not_a_hard_wrapped_column() -> None:
    # Each question line ends its sentence: no wrap cut it, whatever their similar lengths.
    page = (
        "Snowline, with Petra Holm\n\n"
        "Petra Holm shot Snowline above the tree line.\n\n"
        "Describe the first week of shooting in the mountains.\n"
        "Cold. We lost a day to every storm.\n\n"
        "How did the local crew react to the snow machines?\n"
        "They laughed, then they helped.\n\n"
        "Which scene took the longest to get right, and why?\n"
        "The avalanche, because we only had one."
    )
    assert questions_of(page) == [
        "Describe the first week of shooting in the mountains.",
        "How did the local crew react to the snow machines?",
        "Which scene took the longest to get right, and why?",
    ]
    assert answers_of(page)[0] == "Cold. We lost a day to every storm."


def test_a_hard_wrapped_answer_is_still_joined() -> None:
    page = (
        "Snowline, with Petra Holm\n\n"
        "Petra Holm shot Snowline above the tree line.\n\n"
        "What was the hardest part?\n\n"
        "The cold, mostly, because the batteries died within twenty minutes and\n"
        "we had to keep them inside our jackets all day long, like small animals,\n"
        "which the crew found funnier than I did at the time.\n\n"
        "What's next?\n\n"
        "Sleep."
    )
    assert answers_of(page)[0] == (
        "The cold, mostly, because the batteries died within twenty minutes and we had to keep "
        "them inside our jackets all day long, like small animals, which the crew found funnier "
        "than I did at the time."
    )


RHYTHM_PAGE = (
    "Dry Season, with Mirela Kos\n\n"
    "Mirela Kos filmed Dry Season in one village over three summers.\n\n"
    "How did you find the village?\n"
    "A friend's grandmother lived there, and she let us stay.\n\n"
    "The villagers had never been filmed before.\n"
    "No, and some of them still think we were from the government.\n\n"
    "Which scene was hardest to film?\n"
    "The well running dry. We waited for it for two months.\n\n"
    "Most of the dialogue is improvised.\n"
    "All of it, really. I gave them situations, never lines.\n\n"
    "What comes next?\n"
    "Rain, I hope."
)


def test_a_statement_set_apart_like_the_questions_around_it_asks_too() -> None:
    assert questions_of(RHYTHM_PAGE) == [
        "How did you find the village?",
        "The villagers had never been filmed before.",
        "Which scene was hardest to film?",
        "Most of the dialogue is improvised.",
        "What comes next?",
    ]
    assert answers_of(RHYTHM_PAGE)[1] == (
        "No, and some of them still think we were from the government."
    )


def test_an_answer_broken_over_lines_keeps_its_first_line() -> None:
    # The answer's own short first line speaks for the speaker ("I…"), or is a one-word reply.
    page = RHYTHM_PAGE.replace(
        "The villagers had never been filmed before.\n", "I think so, yes.\n"
    ).replace("Most of the dialogue is improvised.\n", "Never.\n")
    assert questions_of(page) == [
        "How did you find the village?",
        "Which scene was hardest to film?",
        "What comes next?",
    ]
    assert answers_of(page)[0].endswith(
        "I think so, yes.\n\nNo, and some of them still think we were from the government."
    )


def test_statements_are_not_questions_where_questions_stand_alone() -> None:
    # The questions have a blank line under them: a line over a paragraph is the answer's.
    page = (
        "Dry Season, with Mirela Kos\n\n"
        "Mirela Kos filmed Dry Season in one village over three summers.\n\n"
        "How did you find the village?\n\n"
        "A friend's grandmother lived there.\n\n"
        "The villagers had never been filmed before.\n"
        "So the first weeks were slow.\n\n"
        "Which scene was hardest to film?\n\n"
        "The well running dry.\n\n"
        "What comes next?\n\n"
        "Rain, I hope."
    )
    assert questions_of(page) == [
        "How did you find the village?",
        "Which scene was hardest to film?",
        "What comes next?",
    ]


FESTIVAL_QA = (
    "The Long Field: post-screening Q&A\n\n"
    "A discussion with the director Jonas Pereira after the screening.\n\n"
    "HOST: Where did the film begin for you?\n\n"
    "PEREIRA: On my uncle's farm, the summer it was sold.\n\n"
    "HOST: Let's hear from the room.\n\n"
    "AUDIENCE MEMBER: Was the farm really sold?\n\n"
    "PEREIRA: Yes, to a solar company.\n\n"
    "AUDIENCE: How long did you shoot?\n\n"
    "PEREIRA: Forty days over two years."
)


def test_the_audience_asks_at_a_festival_q_and_a() -> None:
    interview = parse_interview(FESTIVAL_QA)
    assert [(pair.question, pair.answer) for pair in interview.pairs] == [
        ("Where did the film begin for you?", "On my uncle's farm, the summer it was sold."),
        ("Was the farm really sold?", "Yes, to a solar company."),
        ("How long did you shoot?", "Forty days over two years."),
    ]


WELCOME = (
    "HOST: Good evening. Please give Jonas a warm welcome.\n\n"
    "PEREIRA: Thank you, thank you all so much for coming out on a rainy night.\n\n"
)


def test_a_welcome_to_the_audience_and_the_guests_thanks_are_no_question() -> None:
    interview = parse_interview(FESTIVAL_QA.replace("HOST: Where", WELCOME + "HOST: Where", 1))
    assert interview.intro.endswith("Good evening. Please give Jonas a warm welcome.")
    assert interview.pairs[0].question == "Where did the film begin for you?"


def test_a_statement_question_answered_at_length_is_no_welcome() -> None:
    page = FESTIVAL_QA.replace(
        "HOST: Where",
        "HOST: You shot the film on your uncle's farm.\n\n"
        "PEREIRA: Thanks for noticing. It was sold the summer we shot, so it is a farewell.\n\n"
        "HOST: Where",
        1,
    )
    assert parse_interview(page).pairs[0].question == "You shot the film on your uncle's farm."


def test_a_welcome_said_to_the_guest_by_name_stays_the_first_exchange() -> None:
    welcome = "HOST: Jonas, welcome.\n\nPEREIRA: Thank you, it's good to be back in this room.\n\n"
    interview = parse_interview(FESTIVAL_QA.replace("HOST: Where", welcome + "HOST: Where", 1))
    assert interview.pairs[0].question == "Jonas, welcome."


def test_a_surname_label_in_capitals_is_named_as_the_intro_writes_it() -> None:
    assert parse_interview(FESTIVAL_QA).name == "Jonas Pereira"


def test_first_name_labels_take_the_surname_their_intro_gives_them_once() -> None:
    page = (
        "Two Hands: the Moreau twins\n\n"
        "Twin directors Claire and Sophie Moreau made Two Hands in their parents' barn.\n\n"
        "Q: Who holds the camera?\n\n"
        "Claire: I do, mostly.\n\n"
        "Sophie: She does. I hold the boom.\n\n"
        "Q: And who edits?\n\n"
        "Sophie: Nobody, until the deadline.\n\n"
        "Q: What's next?\n\n"
        "Claire: A western."
    )
    assert parse_interview(page).name == "Claire Moreau and Sophie Moreau"


def test_initials_and_names_the_intro_does_not_complete_stay_as_they_were() -> None:
    page = FESTIVAL_QA.replace("PEREIRA:", "JP:").replace("the director Jonas Pereira", "Jonas")
    # "JP" is nobody the intro names: the name is found the usual way, from the intro.
    assert parse_interview(page).name != "Jp"
    duo = (
        "Two Hands\n\n"
        "Two directors made Two Hands in a barn.\n\n"
        "Q: Who holds the camera?\n\n"
        "Claire: I do, mostly.\n\n"
        "Sophie: She does.\n\n"
        "Q: What's next?\n\n"
        "Claire: A western.\n\n"
        "Sophie: A musical."
    )
    assert parse_interview(duo).name == "Claire and Sophie"


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Entrevista a Mateo Rivas: «El mar no se ensaya»", "Mateo Rivas"),
        ("Entretien avec Hélène Marchal : « Filmer lentement »", "Hélène Marchal"),
        ("Interview mit Jörg Albers: Über das Warten", "Jörg Albers"),
        ("Intervista a Giulia Ferri", "Giulia Ferri"),
        ("Conversa com João Teixeira", "João Teixeira"),
        ("Une conversation avec la réalisatrice Inès Caron", "Inès Caron"),
        ("Gespräch mit der Regisseurin Anke Vogt", "Anke Vogt"),
    ],
)
def test_a_headline_in_another_language_names_the_interviewee(headline: str, name: str) -> None:
    page = (
        f"{headline}\n\n"
        "Un documentaire tourné en hiver, sans équipe.\n\n"
        "¿Cómo empezó todo?\n\n"
        "Con una llamada."
    )
    assert parse_interview(page).name == name


@pytest.mark.parametrize(
    "masthead",
    [
        "NORTH COAST FILM REVIEW\n\n",
        "Fotograma — Revista de cine\nInicio  Críticas  Archivo\n\n",
        # The menu under the masthead is itself dropped as chrome: still a masthead.
        "Fotograma — Revista de cine\nHome  News  Reviews  Subscribe\n\n",
    ],
)
def test_the_sites_masthead_is_not_the_title(masthead: str) -> None:
    page = (
        f"{masthead}"
        'Ines Duarte: "The river chose the ending"\n\n'
        "The Portuguese director talks about her second feature.\n\n"
        "How did the film begin?\n\n"
        "With a flood."
    )
    interview = parse_interview(page)
    assert interview.title == 'Ines Duarte: "The river chose the ending"'
    assert interview.name == "Ines Duarte"
    assert interview.intro == "The Portuguese director talks about her second feature."


def test_a_transcripts_own_headline_under_a_masthead_is_the_title() -> None:
    page = FESTIVAL_QA.replace(
        "The Long Field: post-screening Q&A", "KESTREL FILM WEEK 2025\n\nQ&A: THE LONG FIELD", 1
    )
    assert parse_interview(page).title == "Q&A: THE LONG FIELD"


def test_a_headline_over_its_deck_stays_the_title() -> None:
    page = (
        "The River Chose the Ending\n"
        "Ines Duarte on floods, luck and her second feature\n\n"
        "Ines Duarte made her film in a valley that flooded twice.\n\n"
        "How did the film begin?\n\n"
        "With a flood."
    )
    assert parse_interview(page).title == "The River Chose the Ending"


MARKDOWN_PAGE = (
    "# Salt and Light: a conversation with Noor Aziz\n\n"
    "Noor Aziz spent a winter on the salt flats. She says the light there lies to you every "
    "morning and tells the truth every evening.\n\n"
    "> She says the light there lies to you every morning and tells the truth every evening.\n\n"
    "**Why the salt flats?**\n\n"
    "My grandfather worked there for forty years and never once took a photograph of it.\n\n"
    "> My grandfather worked there\n\n"
    "**What was the hardest day?**\n\n"
    "The day the truck sank, because we lost every battery we had.\n\n"
    "**What's next?**\n\n"
    "Somewhere with trees."
)


def test_a_blockquote_pull_quote_repeating_the_text_is_dropped() -> None:
    interview = parse_interview(MARKDOWN_PAGE)
    assert interview.intro == (
        "Noor Aziz spent a winter on the salt flats. She says the light there lies to you every "
        "morning and tells the truth every evening."
    )
    # Six words at least: a shorter quote could repeat the answer by chance, and stays.
    assert interview.pairs[0].answer == (
        "My grandfather worked there for forty years and never once took a photograph of it."
        "\n\n> My grandfather worked there"
    )


def test_a_blockquote_that_asks_is_still_a_question() -> None:
    page = (
        "Notes from the edit with Ilse Berg\n\n"
        "Ilse Berg cut three films this year.\n\n"
        "> What makes a good editor, in your experience of these three films?\n\n"
        "Patience, and a bad memory.\n\n"
        "> Do you ever watch the rushes with the director?\n\n"
        "Never."
    )
    assert questions_of(page) == [
        "What makes a good editor, in your experience of these three films?",
        "Do you ever watch the rushes with the director?",
    ]


def test_markdown_section_headings_between_the_questions_are_no_text() -> None:
    page = MARKDOWN_PAGE.replace("**Why the salt", "## Beginnings\n\n**Why the salt", 1).replace(
        "**What was the hardest", "## The shoot\n\n**What was the hardest", 1
    )
    interview = parse_interview(page)
    assert interview.intro.endswith("tells the truth every evening.")
    assert interview.pairs[0].answer.endswith(
        "took a photograph of it.\n\n> My grandfather worked there"
    )
    assert "## The shoot" in interview.dropped and "## Beginnings" in interview.dropped


def test_a_plain_short_line_closing_one_answer_stays() -> None:
    page = MARKDOWN_PAGE.replace(
        "**What was the hardest", "Never once\n\n**What was the hardest", 1
    )
    assert parse_interview(page).pairs[0].answer.endswith("Never once")


def test_markdown_heading_questions_are_still_questions() -> None:
    page = (
        "# Salt and Light: a conversation with Noor Aziz\n\n"
        "Noor Aziz spent a winter on the salt flats.\n\n"
        "## Why the salt flats?\n\n"
        "My grandfather worked there.\n\n"
        "## The hardest day\n\n"
        "When the truck sank.\n\n"
        "## What's next?\n\n"
        "Somewhere with trees."
    )
    assert len(parse_interview(page).pairs) == 3


def test_a_show_opening_greeting_everyone_is_a_welcome_not_a_question() -> None:
    opening = (
        "HOST: Hi, everyone, welcome back to Reel Hour. My guest is Jonas Pereira, whose film "
        "The Long Field won in Porto. Jonas, welcome.\n\n"
        "PEREIRA: Thanks for having me.\n\n"
    )
    interview = parse_interview(FESTIVAL_QA.replace("HOST: Where", opening + "HOST: Where", 1))
    assert interview.intro.endswith("Jonas, welcome.")
    assert interview.pairs[0].question == "Where did the film begin for you?"


SIGN_OFF = (
    "\n\nHOST: Jonas Pereira, thank you so much. The Long Field is in cinemas on Friday. That's "
    "our show. Reel Hour is produced by Ana Lima. Rate and review us wherever you listen, and "
    "see you next week.\n\n"
    "PEREIRA: Thanks."
)


def test_the_hosts_long_sign_off_thanking_the_guest_is_no_question() -> None:
    interview = parse_interview(FESTIVAL_QA + SIGN_OFF)
    assert interview.pairs[-1].question == "How long did you shoot?"
    assert interview.pairs[-1].answer == "Forty days over two years."


def test_a_long_question_opening_with_thanks_before_the_last_is_still_asked() -> None:
    thanks_then_asks = (
        "HOST: Thanks for that. Now the ending: you shot three versions of it and kept the one "
        "nobody on the crew liked, and the producers fought you over it for months.\n\n"
        "PEREIRA: They did, and they were wrong, and we are still friends.\n\n"
    )
    page = FESTIVAL_QA.replace("AUDIENCE: How", thanks_then_asks + "AUDIENCE: How", 1)
    questions = [pair.question for pair in parse_interview(page + SIGN_OFF).pairs]
    assert questions[-2].startswith("Thanks for that. Now the ending")


INITIALS_PAGE = (
    "Ada Lind in conversation\n\n"
    "I spoke with Ada Lind about her film Glass Harbour.\n\n"
    "TK: Where did Glass Harbour start?\n\n"
    "AL: In a harbour, oddly enough.\n\n"
    "TK: What's next?\n\n"
    "AL: A film about a lighthouse.\n\n"
    "TK: Ada Lind, thank you.\n\n"
)


def test_the_page_under_the_guests_goodbye_is_no_answer() -> None:
    page = INITIALS_PAGE + "AL: Thanks, Tom.\n\nGlass Harbour is streaming now on MUBI."
    interview = parse_interview(page)
    assert interview.pairs[-1].answer == "A film about a lighthouse."
    assert "AL: Glass Harbour is streaming now on MUBI." in interview.dropped


def test_a_long_reply_to_the_thanks_stays_in_the_answer() -> None:
    page = INITIALS_PAGE + (
        "AL: Thank you for having me, and for watching the film three times, which nobody does."
    )
    assert parse_interview(page).pairs[-1].answer.endswith("which nobody does.")


@pytest.mark.parametrize("separator", [" | ", " — ", " - "])
def test_the_browser_tabs_title_over_the_headline_gives_way_to_it(separator: str) -> None:
    page = (
        f"Ada Lind on Glass Harbour{separator}Frame Weekly\n\n"
        "Ada Lind on Glass Harbour\n\n"
        "Ada Lind made Glass Harbour in a town with no cinema.\n\n"
        "Where did it start?\n\n"
        "In a harbour."
    )
    interview = parse_interview(page)
    assert interview.title == "Ada Lind on Glass Harbour"
    assert interview.intro == "Ada Lind made Glass Harbour in a town with no cinema."


def test_a_headline_with_a_site_name_over_other_text_stays_the_title() -> None:
    page = (
        "Ada Lind on Glass Harbour | Frame Weekly\n\n"
        "Ada Lind made Glass Harbour in a town with no cinema.\n\n"
        "Where did it start?\n\n"
        "In a harbour."
    )
    assert parse_interview(page).title == "Ada Lind on Glass Harbour | Frame Weekly"


DUO = (
    "Two Hands\n\n"
    "Claire and Sophie Moreau made Two Hands in a barn.\n\n"
    "Q: What's next?\n\n"
    "Claire: A western.\n\n"
    "Sophie: A musical.\n\n"
    "Q: Who decides?\n\n"
    "Claire: Our mother.\n\n"
    "Sophie: Always."
)


def test_a_release_note_under_a_panels_last_answer_is_dropped() -> None:
    interview = parse_interview(DUO + "\n\nTwo Hands is now playing in select cinemas.")
    assert interview.pairs[-1].answer == "Claire: Our mother.\n\nSophie: Always."
    assert "Two Hands is now playing in select cinemas." in interview.dropped


def test_a_panellists_own_last_words_about_the_release_stay() -> None:
    page = DUO.replace("Sophie: Always.", "Sophie: Two Hands is in cinemas on Friday.")
    assert parse_interview(page).pairs[-1].answer.endswith("Two Hands is in cinemas on Friday.")


def test_a_stage_direction_alone_in_a_transcript_is_dropped() -> None:
    page = FESTIVAL_QA.replace(
        "PEREIRA: Yes, to a solar company.", "PEREIRA: Yes, to a solar company.\n\n[Laughter]"
    ).replace("PEREIRA: Forty days", "PEREIRA: [laughs] Forty days")
    interview = parse_interview(page)
    assert interview.pairs[1].answer == "Yes, to a solar company."
    assert "[Laughter]" in interview.dropped
    # Inside an answer's words, the direction is part of the transcript and stays.
    assert interview.pairs[2].answer == "[laughs] Forty days over two years."


def test_a_release_note_over_the_sites_links_is_no_statement_question() -> None:
    page = RHYTHM_PAGE + (
        "\n\nDry Season is in cinemas from 8 March.\nOur ten favourite documentaries of the year"
    )
    assert "Dry Season is in cinemas from 8 March." not in questions_of(page)


def test_an_answers_show_me_or_give_me_is_no_request() -> None:
    page = (
        "Harbour Lights, with Tove Lindqvist\n\n"
        "Tove Lindqvist made Harbour Lights on a ferry.\n\n"
        "Do you trust documentaries?\n\n"
        "Never completely.\n\n"
        "Show me a documentary that does not lie.\n\n"
        "What's next?\n\n"
        "Sleep."
    )
    assert questions_of(page) == ["Do you trust documentaries?", "What's next?"]
