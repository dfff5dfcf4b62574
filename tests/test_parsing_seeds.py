"""The three bundled interviews must keep parsing exactly as they do now: every question,
the first and last words of every answer, the intro, the title, the name and the slug."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmtalk.corpus import read_interview
from filmtalk.models import Interview

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _first_last(answer: str, count: int = 4) -> tuple[str, str]:
    words = answer.split()
    return " ".join(words[:count]), " ".join(words[-count:])


SEEDS = {
    "ashley-chin-chin-ip.txt": {
        "slug": "ashley-chin-chin-ip",
        "name": "Ashley (Chin Chin) Ip",
        "title": "Interview with Ashley Chin Chin IP",
        "intro": (
            "Ashley (Chin Chin) Ip, producer, writer and director based in Brooklyn, New "
            "York.\n\nAshley worked in the fashion world and later in journalism, now "
            "commercial directing and editing. Drawing from her rich Chinese heritage and "
            "juxtaposing it with modern society, Ashley seeks to share the tales of "
            "characters who overcome challenges with the support of compassionate humans and "
            "a leap of faith."
        ),
        "pairs": [
            (
                "Could you briefly describe your project for our audience?",
                '"The Calligraphy Lesson" uses',
                "for belonging and freedom.",
            ),
            (
                "What were your main aspirations or goals when creating this project?",
                "When I create I",
                "overwhelmed by their circumstances.",
            ),
            (
                "Share some memorable moments from the shooting process or any pleasant surprises.",
                "When the child actors",
                "smoother and more enriching.",
            ),
            (
                (
                    "Who is the primary target audience for your film, and what do you "
                    "hope they will take away from it?"
                ),
                "I aim to inspire",
                "struggling with similar issues.",
            ),
            (
                (
                    "How would you define your unique filmmaking style, and what distinct "
                    "qualities characterize your film?"
                ),
                "To be honest I'm",
                "the way for now.",
            ),
            (
                "Do you have a filmmaker or source of inspiration who has influenced your work?",
                "I love filmmakers who",
                "to happen in cinema.",
            ),
            (
                "Share a couple of your favorite films and what resonates with you about them:",
                "My favorite list has",
                "resonate deeply with me.",
            ),
            (
                "Where do you typically find inspiration for your film projects?",
                "I find inspiration in",
                "of individuals facing challenges.",
            ),
        ],
    },
    "jinsui-song.txt": {
        "slug": "jinsui-song",
        "name": "Jinsui Song",
        "title": "Check Out Jinsui Song’s Story",
        "intro": ("Today we’d like to introduce you to Jinsui Song."),
        "pairs": [
            (
                "Hi Jinsui, we’d love for you to start by introducing yourself.",
                "I have always been",
                "Chinese and Chinese-American women.",
            ),
            (
                (
                    "Would you say it’s been a smooth road, and if not what are some of "
                    "the biggest challenges you’ve faced along the way?"
                ),
                "When I first came",
                "full of Cantonese speakers.",
            ),
            (
                (
                    "Can you tell our readers more about what you do and what you think "
                    "sets you apart from others?"
                ),
                "Currently, I’m working as",
                "many facets of womanhood.",
            ),
            (
                "Have you learned any interesting or important lessons due to the Covid-19 Crisis?",
                "My second-year project TEQUILA",
                "the audience in SF!",
            ),
        ],
    },
    "jiuxun-jin.txt": {
        "slug": "jiuxun-jin",
        "name": "Jiuxun Jin",
        "title": "Jiuxun Jin talks about ‘Ashes’",
        "intro": (""),
        "pairs": [
            ("What inspired you to make Ashes?", "It was the first", "than a “war story”."),
            (
                "When did you realize that you wanted to make films?",
                "It’s hard to say",
                "will suit me well.",
            ),
            (
                "What was your first film project and how did it go?",
                "I’ve been worked on",
                "film and essay film.",
            ),
            (
                "Please name three of your most favorite directors?",
                "No, Marie-Georges-Jean Méliès, Andrei",
                "Jiang Wen, Akira Kurosawa……",
            ),
            (
                "What genre of filmmaking do you like to work on?",
                "There is no genre",
                "sci-fi, comedy, and Drama.",
            ),
            (
                "What is the most challenging aspect of making a film for you?",
                "“One man film crew”",
                "a project by myself.",
            ),
            (
                "What is your plan for the distribution of Ashes?",
                "It would be great",
                "in the near future.",
            ),
            (
                (
                    "How can cinema and films such as Ashes change the world and have an "
                    "impact on society?"
                ),
                "From my perspective, one",
                "it comes from “us”.",
            ),
            ("What is your next film project?", "I am currently working", "about WWII in Asia."),
            ("Why do you make films?", "I think filmmaking is", "bigger than its filmmaker’s."),
        ],
    },
}


def _read(file_name: str) -> Interview:
    return read_interview(CORPUS / file_name)


@pytest.mark.parametrize("file_name", sorted(SEEDS))
def test_seed_identity(file_name: str) -> None:
    expected = SEEDS[file_name]
    interview = _read(file_name)
    assert (interview.slug, interview.name, interview.title, interview.intro) == (
        expected["slug"],
        expected["name"],
        expected["title"],
        expected["intro"],
    )


@pytest.mark.parametrize("file_name", sorted(SEEDS))
def test_seed_pairs(file_name: str) -> None:
    interview = _read(file_name)
    found = [(p.question, *_first_last(p.answer)) for p in interview.pairs]
    assert found == SEEDS[file_name]["pairs"]
    assert [p.index for p in interview.pairs] == list(range(1, len(found) + 1))


def test_seed_pair_counts() -> None:
    counts = {name: len(_read(name).pairs) for name in SEEDS}
    assert counts == {
        "ashley-chin-chin-ip.txt": 8,
        "jinsui-song.txt": 4,
        "jiuxun-jin.txt": 10,
    }
