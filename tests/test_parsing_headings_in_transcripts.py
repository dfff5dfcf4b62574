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


def test_a_section_name_over_the_headline_is_not_the_title() -> None:
    page = (
        "LA MIRADA\nCine de autor\n\n"
        "CONVERSACIONES\n\n"
        'Pilar Soto: "El silencio también es un personaje"\n\n'
        "La directora chilena presenta 'Invierno largo' en Madrid.\n\n"
        "¿Por qué tanto silencio?\nPorque en mi casa nadie hablaba en la mesa.\n\n"
        "¿Y el final?\nLo escribí la última noche.\n"
    )
    interview = parse_interview(page)
    assert interview.title == 'Pilar Soto: "El silencio también es un personaje"'


def test_a_search_box_under_the_masthead_is_not_the_prose() -> None:
    page = (
        "CINEMA DEL NORD\nHome  Recensioni  Interviste  Contatti\nSearch...\n\n"
        "Interviste\n\n"
        'Intervista a Marco Bassi: "Il Po è il mio western"\n\n'
        "Il regista ferrarese porta in sala il suo primo lungometraggio.\n\n"
        "Perché il Po?\nPerché è l'unico posto dove mi sento straniero a casa.\n\n"
        "E adesso?\nUn film in montagna.\n"
    )
    interview = parse_interview(page)
    assert interview.title == 'Intervista a Marco Bassi: "Il Po è il mio western"'
