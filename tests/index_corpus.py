"""A small generated corpus for the index cache tests: a few dozen interviews, written by a
seeded generator, with the awkward cases a cache must get right (repeated slugs, an unreadable
file, non-ASCII text, pairs so alike that their scores tie, files in sub-folders)."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "film",
    "story",
    "camera",
    "light",
    "sound",
    "edit",
    "director",
    "festival",
    "covid",
    "lockdown",
    "memory",
    "family",
    "city",
    "night",
    "actor",
    "budget",
    "crew",
    "script",
    "producer",
    "documentary",
    "archive",
    "voice",
    "music",
    "montage",
    "frame",
    "lens",
    "grain",
    "color",
    "silence",
    "rhythm",
    "audience",
    "premiere",
    "cinema",
]
FIRST_NAMES = ["Ana", "Bo", "Chloë", "Dara", "Émile", "Farah", "Łukasz", "Mei", "Trần"]
SURNAMES = ["Abe", "Brandt", "Costa", "Diallo", "Søren", "Ueda", "Varga", "Zhou"]


def answer(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 5)):
        chosen = rng.choices(WORDS, k=rng.randint(6, 14))
        sentences.append(" ".join(chosen).capitalize() + ".")
    return " ".join(sentences)


def write_corpus(folder: Path, count: int = 30, seed: int = 3) -> list[Path]:
    """Write `count` interviews (and one empty file) under `folder`; their paths."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        # Names repeat on purpose, so some slugs must be made unique.
        name = f"{FIRST_NAMES[number % 9]} {SURNAMES[number % 3]}"
        lines = [f"Interview with {name}", "", f"{name} makes films.", ""]
        for question in rng.sample(
            [
                "What inspired your film?",
                "How did covid change your work?",
                "Who are your favorite directors?",
                "What does a day on set look like?",
                "Where can people watch your story?",
            ],
            4,
        ):
            lines += [question, answer(rng), ""]
        # The same pair in several files: equal scores, so the tie-break decides the order.
        lines += ["What is one word for cinema?", "Montage.", ""]
        sub = folder / ("part-b" if number % 2 else "part-a")
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"interview-{number:03d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return paths
