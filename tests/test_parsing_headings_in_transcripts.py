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
