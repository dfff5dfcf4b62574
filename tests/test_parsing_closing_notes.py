"""The outlet's notes under the last answer (where the film plays, the writer's bio, who
funded the piece) are dropped; the interviewee's last words that sound like them are kept."""

from __future__ import annotations

import pytest

from filmtalk.chrome import is_closing_note, is_end_of_article, is_release_note
from filmtalk.parsing import parse_interview

LAST_ANSWER = "A ghost story on a ferry. I have the ending and nothing else."


def _page(*closing: str) -> str:
    return "\n\n".join(
        [
            "Jonas Weber on Harbour Lights",
            "What drew you to the harbour?",
            "My uncle ran the night ferry, and I spent every summer on it.",
            "What comes next?",
            LAST_ANSWER,
            *closing,
        ]
    )


@pytest.mark.parametrize(
    "notes",
    [
        ["Harbour Lights is now playing in selected theatres."],
        ["Harbour Lights is released by Northway Pictures in June."],
        ["Ana Brandão writes about film for Night Screen. Follow her on Mastodon."],
        ["Ola Svensson is a contributing editor at Frame North."],
        ["Coastline Cinema is supported by the Regional Arts Council."],
        [
            "Harbour Lights is in cinemas from 2 May.",
            "Ana Brandão writes about film for Night Screen.",
        ],
        ["Harbour Lights is in UK and Irish cinemas now."],
        ["Harbour Lights hits theaters on Friday."],
        ["Harbour Lights is now showing at the Rio and streaming on Kanopy."],
        ["Ola Svensson (@olasv) is a critic based in Malmö."],
        ["«Luces del puerto» se estrena en cines el 2 de mayo."],
        ["« Les Feux du port » sort en salles le 2 mai."],
        # the film + a screening verb (and an adverb) + a place or a date
        ["Harbour Lights screens again at the Quayside Arts Centre on 3 June. Entry is free."],
        ["Harbour Lights world premieres in the Rotterdam Bright Future strand on 28 January."],
        ["The film plays at the Rio through Sunday."],
        ["Harbour Lights is available to rent or buy on most digital platforms."],
    ],
)
def test_notes_under_the_last_answer_are_dropped(notes: list[str]) -> None:
    interview = parse_interview(_page(*notes))
    assert interview.pairs[-1].answer == LAST_ANSWER
    assert all(note in interview.dropped for note in notes)


@pytest.mark.parametrize(
    "last_words",
    [
        "I'd love people to watch it in cinemas, when it opens.",
        "It opens Friday at the Rio.",
        "The film was funded by a small fund in Lyon.",
        "Nadia Ruiz is a brilliant editor, and she cut it in three weeks.",
        "Nadia Ruiz is the editor of the film, and she saved it.",
        "We premiere in Rotterdam next month, if the print is ready.",
        "Nadia still plays in a band.",
        "Gennaro was supported by his daughter until the end.",
        "Mi película se estrena en cines el viernes.",
        "Harbour Lights is the story of my uncle, and of that ferry.",
        "Cinemas in small towns are closing, and nobody says anything.",
        "Everybody was showing at the same festival that year, so it was crowded.",
    ],
)
def test_the_interviewees_last_words_are_kept(last_words: str) -> None:
    interview = parse_interview(_page(last_words))
    assert interview.pairs[-1].answer == f"{LAST_ANSWER}\n\n{last_words}"


def test_a_note_under_a_transcripts_last_turn_is_dropped() -> None:
    page = (
        "Ines Moreau in conversation\n\n"
        "PK: Where did the film start?\n\n"
        "IM: In a laundrette in Lille. I sat there every night for a month.\n\n"
        "PK: And what now?\n\n"
        "IM: A holiday.\n\n"
        "Then a musical, if anyone pays for it.\n\n"
        "Spin Cycle is now playing in select cinemas.\n"
    )
    interview = parse_interview(page)
    assert interview.pairs[-1].answer == "A holiday.\n\nThen a musical, if anyone pays for it."
    assert "Spin Cycle is now playing in select cinemas." in interview.dropped


def test_a_release_note_spoken_in_a_transcript_is_kept() -> None:
    page = (
        "Ines Moreau in conversation\n\n"
        "PK: Where did the film start?\n\n"
        "IM: In a laundrette in Lille. I sat there every night for a month.\n\n"
        "PK: And where can people see it?\n\n"
        "IM: Anywhere, soon.\n\n"
        "IM: Spin Cycle is now playing in select cinemas.\n"
    )
    interview = parse_interview(page)
    assert interview.pairs[-1].answer.endswith("Spin Cycle is now playing in select cinemas.")


@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        ("Paulo Reis writes on cinema for Folha Nova.", True),
        ("Supported by the Nordic Film Fund.", True),
        ("Paulo Reis is a great editor.", False),
        ("Gennaro covers the booth every night.", False),
    ],
)
def test_closing_notes(paragraph: str, note: bool) -> None:
    assert is_closing_note(paragraph) is note


@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        ("Tidal ist ab 3. Mai im Kino.", True),
        ("«Marea» estreia nos cinemas a 3 de maio.", True),
        ("Ich hoffe, er ist bald im Kino.", False),
        ("Elle sort en salles le 3 mai, je crois.", False),
    ],
)
def test_release_notes_abroad(paragraph: str, note: bool) -> None:
    assert is_release_note(paragraph) is note


@pytest.mark.parametrize(
    "signature",
    [
        "Best,\nIlse",
        "All best,\nIlse Varga\nProducer, Northway",
        "--\nIlse Varga | Northway Pictures\n+44 20 7946 0000",
        "> Looking forward to your answers!\n>\n> Tom\n> --\n> Tom Reyes, Reel Notes",
        "Sent from my iPad",
    ],
)
def test_an_emailed_interviews_sign_off_and_signature_are_dropped(signature: str) -> None:
    page = (
        "Re: questions for Ilse Varga\n\n"
        "> 1. Why a ferry?\n\nBecause my uncle ran one, every night for thirty years.\n\n"
        "> 2. What comes next?\n\n"
        f"{LAST_ANSWER}\n\n{signature}\n"
    )
    interview = parse_interview(page)
    assert interview.pairs[-1].answer == LAST_ANSWER


def test_a_news_article_going_on_under_its_short_interview_is_dropped() -> None:
    news = [
        "Mayor Ellen Price, who sits on the cinema trust, said the board would meet in May.",
        '"Nobody wants the Rio to close, but the roof will not fix itself," Price said.',
        "The Harbour Film Week runs 4 to 9 June. Tickets for the gala are on sale at the Rio.",
        "Tom Reyes covers culture for the Gazette.",
    ]
    page = "\n\n".join(
        [
            "Rio cinema may close, says director",
            "The Rio has shown films since 1931. The Gazette asked Jonas Weber about it.",
            "Will Harbour Lights still screen there?",
            "Yes, on the last night. We sold out in an hour.",
            "What comes next?",
            LAST_ANSWER,
            *news,
            "Most Read\n1. Ferry fares rise again\n2. New bakery on Quay Street",
        ]
    )
    interview = parse_interview(page)
    assert interview.pairs[-1].answer == LAST_ANSWER
    assert all(paragraph in interview.dropped for paragraph in news)


@pytest.mark.parametrize(
    "last_words",
    [
        '"Keep rolling," my father said, so we kept rolling.',
        "Ana Ruiz, my editor, said we should cut the ending.",
        "Ana said it best: the sea decides.",
    ],
)
def test_an_answers_last_words_that_quote_someone_are_kept(last_words: str) -> None:
    interview = parse_interview(_page(last_words))
    assert interview.pairs[-1].answer == f"{LAST_ANSWER}\n\n{last_words}"


@pytest.mark.parametrize("heading", ["Most Read", "Popular now", "Trending stories", "Top stories"])
def test_a_news_sites_lists_end_the_article(heading: str) -> None:
    assert is_end_of_article(heading)


@pytest.mark.parametrize(
    "footer",
    [
        # a news site's footer headings
        ["Topics", "Reuse this content"],
        ["From the Archives", "“Lighthouses” — our first talk with Weber (2011)"],
        # a box about the guest, a shop box, a reader-engagement widget
        ["About the Filmmaker", "Jonas Weber makes films about the North Sea coast."],
        ["Equipment featured in this interview", "Bolex H16 — from $900 — Buy now"],
        ["Like this:", "Like Loading..."],
        ["Was this article helpful? Yes / No"],
        ["Disclaimer: The opinions expressed here are the interviewee's own."],
    ],
)
def test_footer_headings_and_widgets_under_the_last_answer_end_the_article(
    footer: list[str],
) -> None:
    interview = parse_interview(_page(*footer))
    assert interview.pairs[-1].answer == LAST_ANSWER


@pytest.mark.parametrize(
    "last_words",
    [
        "Topics like grief keep coming back to me.",
        "About the director of photography I can only say good things.",
        "Loading the magazines took longer than shooting them.",
        "From the archive footage we built the whole second act.",
        "Disclaimer: I have never been on a ferry in a storm.",
    ],
)
def test_answers_that_open_like_a_footer_stay(last_words: str) -> None:
    interview = parse_interview(_page(last_words))
    assert interview.pairs[-1].answer == f"{LAST_ANSWER}\n\n{last_words}"


@pytest.mark.parametrize(
    "bio",
    [
        "Jonas Weber, born 1979 in Kiel, studied film at the DFFB in Berlin.",
        "Jonas Weber studied directing at the National Film School and lives in Hamburg.",
        "Jonas Weber, geboren 1979 in Kiel, lebt in Hamburg. Sein erster Film lief in Hof.",
        "Ana Ribeiro, nascida em 1988 no Porto, estudou cinema em Lisboa.",
    ],
)
def test_the_guests_bio_under_the_last_answer_is_dropped(bio: str) -> None:
    interview = parse_interview(_page(bio))
    assert interview.pairs[-1].answer == LAST_ANSWER
    assert bio in interview.dropped


@pytest.mark.parametrize(
    "last_words",
    [
        "Agnès Varda, born in Brussels, taught me to look at the beach.",
        "Werner Herzog, geboren 1942, ich habe ihn nie getroffen.",
        "Stanley Kubrick studied every frame.",
        "My father, born 1950 in Leeds, never saw a single film of mine.",
    ],
)
def test_last_words_about_someones_life_stay(last_words: str) -> None:
    interview = parse_interview(_page(last_words))
    assert interview.pairs[-1].answer == f"{LAST_ANSWER}\n\n{last_words}"


@pytest.mark.parametrize(
    "note",
    [
        "Harbour Lights premieres June 3 on Nordflix.",
        "Harbour Lights opens on 12 September in Hamburg.",
        "Harbour Lights runs at the Quayside Cinema until 30 May.",
        "Harbour Lights is streaming on Nordflix from 1 July.",
    ],
)
def test_a_release_on_a_date_or_a_run_at_a_venue_is_dropped(note: str) -> None:
    interview = parse_interview(_page(note))
    assert interview.pairs[-1].answer == LAST_ANSWER


@pytest.mark.parametrize(
    "last_words",
    [
        "The shutter runs at 180 degrees, always.",
        "The ferry runs at night, so we shot at night.",
        "Harbour Lights opens in my head every time I see a ferry.",
    ],
)
def test_last_words_that_run_or_open_stay(last_words: str) -> None:
    interview = parse_interview(_page(last_words))
    assert interview.pairs[-1].answer == f"{LAST_ANSWER}\n\n{last_words}"
