"""What a labelled transcript's page sets around its turns without anybody speaking: the
outlet's name in capitals as its masthead, a headline that comes back over the second page,
a section's name or a search box above the headline."""

from __future__ import annotations

from filmtalk.parsing import parse_interview

MASTHEAD_OVER_LABELS = """\
REELPOST
Le magazine du cinéma

Cinéaste Hana Berger: « Je filme ce qui disparaît »

Avec « Marée basse », Hana Berger signe son troisième long métrage.

REELPOST: Pourquoi la côte bretonne?
Hana Berger: Parce que je la connais depuis l'enfance. Tout y change chaque jour.

REELPOST: Le tournage a été difficile, on l'a beaucoup lu dans la presse.
Hana Berger: Très. La mer ne respecte pas le plan de travail.

REELPOST: Et maintenant?
Hana Berger: Un documentaire, enfin.
"""


def test_the_outlets_name_alone_over_its_tagline_is_no_turn() -> None:
    interview = parse_interview(MASTHEAD_OVER_LABELS)
    assert [pair.question for pair in interview.pairs] == [
        "Pourquoi la côte bretonne?",
        "Le tournage a été difficile, on l'a beaucoup lu dans la presse.",
        "Et maintenant?",
    ]
    assert interview.pairs[0].answer.startswith("Parce que")
    assert interview.name == "Hana Berger"
    assert interview.title == "Cinéaste Hana Berger: « Je filme ce qui disparaît »"


def test_a_name_in_capitals_alone_still_labels_a_script() -> None:
    page = (
        "MODERATOR\nWhere did the film start?\n\n"
        "ANA RUIZ\nIn my grandmother's kitchen, with a radio on.\n\n"
        "MODERATOR\nWhy black and white?\n\n"
        "ANA RUIZ\nBecause her memories are.\n"
    )
    interview = parse_interview(page)
    assert [pair.answer for pair in interview.pairs] == [
        "In my grandmother's kitchen, with a radio on.",
        "Because her memories are.",
    ]


TWO_PAGES = """\
Salt Roads: A Conversation with Mina Okoro

Mina Okoro has spent ten years filming the salt flats of her childhood.

SAM WEST: Why the salt flats?
MINA OKORO: Because nothing there stays put for long.

SAM WEST: How long did you shoot?
MINA OKORO: Four winters. The light is only right then.

Page 1 of 2

Salt Roads: A Conversation with Mina Okoro

SAM WEST: What comes next?
MINA OKORO: A film about my father's boat.
"""


def test_a_headline_repeated_over_the_second_page_is_no_speaker() -> None:
    interview = parse_interview(TWO_PAGES)
    assert interview.name == "Mina Okoro"
    assert interview.title == "Salt Roads: A Conversation with Mina Okoro"
    assert [pair.answer for pair in interview.pairs] == [
        "Because nothing there stays put for long.",
        "Four winters. The light is only right then.",
        "A film about my father's boat.",
    ]


def test_a_speaker_who_says_the_same_sentence_twice_still_speaks() -> None:
    page = (
        "Q: Did you expect the prize?\nA: No, not at all.\n\n"
        "Q: Not even after the premiere?\nA: No, not at all.\n\n"
        "Q: What now?\nA: Sleep.\n"
    )
    interview = parse_interview(page)
    assert [pair.answer for pair in interview.pairs] == [
        "No, not at all.",
        "No, not at all.",
        "Sleep.",
    ]
