"""Page chrome, one line at a time: what a saved page carries around an interview is dropped,
and interview sentences that merely look like it are kept."""

from __future__ import annotations

import textwrap

import pytest

from filmtalk.chrome import is_chrome, is_end_of_article
from filmtalk.parsing import parse_interview


@pytest.mark.parametrize(
    "line",
    [
        # cookie banners and consent buttons
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Accept all",
        "Manage preferences",
        # menus and breadcrumbs
        "Home | Reviews | Interviews | Festivals | About",
        "Home › Interviews › Marcus Webb",
        "Sign in | Subscribe",
        "Skip to content",
        "top of page",
        # bylines, dates, reading times
        "By Marta Lind",
        "By Tom Baker, March 3, 2024",
        "Written by Staff Writer",
        "Posted by admin | 12 comments",
        "Published on June 2, 2023 by Reel Islands staff",
        "Updated 14 May 2024",
        "Updated: Mar 3",
        "March 4, 2024",
        "Monday, 4 March 2024 at 10:30",
        "2024-03-04",
        "5 min read",
        "0 views0 comments",
        # captions and credits
        "Photo: Łukasz Nowak on set. Courtesy of the artist.",
        "Photo credit: Amir Levi",
        "Still from The Quiet Ones (2024)",
        "Photo by Ana Ruiz on Unsplash",
        "© 2024 Frame Weekly. All rights reserved.",
        # share, subscribe, follow
        "Share on Facebook",
        "Share this article",
        "Click to share on Twitter (Opens in new window)",
        "Follow Amara on Instagram @amaraokafor",
        "Subscribe to our YouTube channel",
        "Instagram: @reelislands",
        # ads, counters, pages
        "ADVERTISEMENT",
        "Advertisement - Continue Reading Below",
        "Page 2 of 2",
        "You are visitor number 48,213",
        "12,345 visitors",
        "Page views: 1024",
        # podcast ad reads and breaks, also after a speaker label
        "This episode is brought to you by Lumen Lights.",
        "Host (00:21): Use code FRAME for ten percent off your first order.",
        "Host (01:20): We'll be right back after a short break.",
        # comment forms and footers
        "Cancel reply",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Contact us: hello@example.org",
        "Tags: Sarah Lindqvist, Northern Lights",
        "Post not marked as liked",
    ],
)
def test_chrome_is_dropped(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end I was exhausted.",
        "Written in one night, the script was bad.",
        "Interviewer: Tell us more",
        "Ana Ruiz | Director",
        "Sana Qureshi — Interview",
        "Frame by Frame — Episode 42: Wu Lan",
        "Why a mine?",
        "Thank you.",
        "Share a moment from the shoot that surprised you.",
        "Follow your instincts, always.",
        "The film was sponsored by a small arts council in Wales.",
        "Photographs were my first love.",
        "Home is where the film is.",
        "Host (00:41): Where did the tigers come from?",
    ],
)
def test_interview_text_is_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Leave a Reply", True),
        ("Related posts", True),
        ("You might also like", True),
        ("Contact Info:", True),
        ("About the author", True),
        ("Related to that, I started painting.", False),
        ("Comments from the crew helped a lot.", False),
    ],
)
def test_end_of_article(line: str, ends: bool) -> None:
    assert is_end_of_article(line) is ends


ANSWER = (
    "Everything my father rented from the shop on the corner, and one day he came back with a "
    "tape of La Grande Illusion, the great film by Jean Renoir, which I watched again and again "
    "until the tape broke and I walked home."
)


# Wrapped at 66 columns a line starts "by Jean Renoir,"; at 73 the last line is "home.".
@pytest.mark.parametrize("width", [66, 73])
def test_the_end_of_a_wrapped_sentence_is_never_chrome(width: int) -> None:
    page = (
        "Growing Up With Renoir\n\nWhat did you watch growing up?\n\n"
        + textwrap.fill(ANSWER, width)
        + "\n\nWhat now?\n\nSleep.\n"
    )
    interview = parse_interview(page)
    assert [pair.answer for pair in interview.pairs] == [ANSWER, "Sleep."]
    assert interview.dropped == ()


@pytest.mark.parametrize(
    "line",
    [
        # Markdown images, reactions, link buttons
        "![The director at the editing desk](https://img.example.net/desk.png)",
        '[![Poster](https://img.example.net/p.jpg "Poster")](https://example.net/film)',
        "❤️ 87 · 🔁 12",
        "♥ 3.4k",
        "Book tickets for Northern Tide ›",
        "Read our review →",
        # newsletter boxes
        "Sign up to get our weekly picks straight to your inbox.",
        "The week in cinema, delivered to your inbox every Monday.",
        "Enter your e-mail",
        "Email address:",
        # podcast and streaming platforms
        "Subscribe free on Pocket Casts, Overcast or RSS",
        "Listen now on Apple Podcasts",
        # captions that end with their credit; funding notes
        "Tomas Berg and Ilse Roos in Low Country. Photo by Mark Ossi.",
        "Ilse Roos in Low Country (Courtesy of Wild Bunch)",
        "This series is supported by the Nordic Film Fund.",
        "The podcast is made possible by our readers.",
    ],
)
def test_glued_chrome_is_dropped(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'd love people to watch it in cinemas, on a big screen.",
        "Watch it on a big screen if you can.",
        "The film was supported by a small fund in Lyon.",
        "My mother found the reel. Photo by photo, we rebuilt the story.",
        "We borrowed the print from an archive (courtesy of a friend).",
        "Nobody reads what lands in your inbox anymore.",
        "The email address on the script was wrong.",
        "My favourite is «Viridiana»",
        "Listen on repeat, that's my advice.",
    ],
)
def test_answers_that_look_like_glued_chrome_are_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Log in   Register",
        "Accept  Reject  Cookie settings",
        "Inicio  Cine  Series  Festivales  Contacto",
        "Home  Reviews  Interviews  Podcasts",
    ],
)
def test_buttons_and_menus_apart_by_spaces_are_dropped(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "we  shot  it  in  a  week",
        "Home  is where the  film is",
        "I said no.  Then I said yes.",
        "Close  to home",
    ],
)
def test_lines_with_wide_spaces_that_say_something_are_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "This transcript was machine-generated and has not been checked.",
        "This interview was transcribed automatically; errors are possible.",
    ],
)
def test_a_note_on_how_the_transcript_was_made_is_dropped(line: str) -> None:
    assert is_chrome(line)


def test_a_sentence_about_generated_images_is_kept() -> None:
    assert not is_chrome("The storm was generated in a computer, but the dust was real.")


@pytest.mark.parametrize(
    "line",
    [
        "A version of this interview first appeared in Sight Lines.",
        "This conversation was originally published in issue 12.",
        "Read our review of Northern Tide.",
        "Read the full transcript here",
        "Support independent film writing: become a member today.",
        "Become a patron for early access to every episode.",
        "Never miss an interview: follow us wherever you get podcasts.",
        "Liked this conversation? Share it with a friend.",
    ],
)
def test_notes_around_the_piece_are_dropped(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "This interview was the hardest part of the whole release.",
        "Read the room, that was my only rule.",
        "Support from my family kept me going.",
        "Never miss a chance to shoot at dawn.",
        "Loved this job, honestly.",
    ],
)
def test_answers_that_sound_like_those_notes_are_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        # share buttons copied as their icons
        "Share: ✉  🔗  ♥",
        "Follow us:  f  𝕏  ▶",
        "✉  🔗  ⎙",
        # audio players
        "Listen (31:07)   Download MP3   Subscribe",
        "▶ Play episode 00:00 / 31:07",
        "Download the episode",
        # notes on a transcript's state
        "This is a rush transcript. Check the recording before quoting.",
        "Transcripts may contain errors.",
        # a comment thread's votes, buttons and meta lines
        "▲ 2.3k ▼",
        "▲ 57",
        "Reply   Share   Report",
        "u/reel_owl OP · 3h",
        "OP · 12h",
        "Sort by: Top",
        "[deleted]",
        "View more comments",
        # a mail app's signature
        "Sent from my Galaxy",
        "Get Outlook for Android",
        "On Tue, 3 Jun 2025 at 09:12, Ola Berg <ola@example.org> wrote:",
        "-----Original Message-----",
    ],
)
def test_icons_players_threads_and_mail_apps_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "✓ No",
        "Share it.",
        "Listen to the sea for an hour before you shoot.",
        "I sent from my phone the first cut to Ana.",
        "Play it again.",
        "She reported it.",
        "On the set in 2019 my mother wrote:",
    ],
)
def test_lines_that_only_look_like_icons_players_or_threads_are_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Text by Ola Berg — 6 min read",
        "Published 8:10 a.m. Mar. 3, 2025 | Updated 11:02 a.m.",
        "Air date: March 3, 2025",
        "Subscribe for £2",
        "Start your trial for just $0.99 a week",
        "di Paola Neri | 3 marzo 2025",
        "Reviews / Short Film",
        "News | Sundance 2025",
    ],
)
def test_bylines_dates_offers_and_breadcrumbs_over_the_article_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["By the end — we wept.", "Home / Away", "Di solito giro di notte.", "Love / Hate"],
)
def test_titles_and_answers_like_those_lines_are_kept(line: str) -> None:
    assert not is_chrome(line)
