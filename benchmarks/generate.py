"""Write a deterministic synthetic corpus of N interviews in the layouts of the bundled seeds.

Every interview is about 12 KB with about 10 question/answer pairs. Answer words follow a
Zipf-like law over a fixed vocabulary (a few hundred common English words, then made-up words),
so the index sees a realistic long tail. Two words are planted on purpose for the benchmarks:
"covid" in about 1% of the interviews (a rare word) and "story" in about 90% of the pairs (a
word nearly every pair holds). The same N and seed always give byte-identical files.

    python benchmarks/generate.py 10000 benchmarks/corpora/10k
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

COMMON = [
    "the",
    "and",
    "to",
    "of",
    "a",
    "i",
    "in",
    "that",
    "it",
    "was",
    "my",
    "is",
    "for",
    "with",
    "as",
    "on",
    "me",
    "but",
    "be",
    "at",
    "this",
    "have",
    "you",
    "so",
    "we",
    "film",
    "not",
    "they",
    "from",
    "all",
    "what",
    "an",
    "by",
    "were",
    "had",
    "or",
    "one",
    "about",
    "our",
    "more",
    "when",
    "there",
    "people",
    "their",
    "like",
    "would",
    "can",
    "time",
    "just",
    "also",
    "work",
    "very",
    "make",
    "how",
    "do",
    "into",
    "which",
    "out",
    "first",
    "who",
    "some",
    "because",
    "think",
    "been",
    "them",
    "he",
    "his",
    "she",
    "her",
    "really",
    "us",
    "if",
    "then",
    "made",
    "things",
    "could",
    "life",
    "way",
    "years",
    "did",
    "those",
    "much",
    "other",
    "family",
    "new",
    "know",
    "felt",
    "want",
    "world",
    "many",
    "always",
    "going",
    "project",
    "feel",
    "something",
    "new-york",
    "school",
    "short",
    "festival",
    "director",
    "camera",
    "scene",
    "actor",
    "writing",
    "wanted",
    "idea",
    "audience",
    "character",
    "home",
    "feature",
    "every",
    "through",
    "same",
    "even",
    "still",
    "together",
    "where",
    "back",
    "after",
    "while",
    "own",
    "day",
    "part",
    "never",
    "city",
    "moment",
    "before",
    "love",
    "found",
    "learned",
    "best",
    "most",
    "set",
    "moved",
    "shot",
    "screen",
    "started",
    "came",
    "help",
    "year",
    "country",
    "great",
    "play",
    "friends",
    "mother",
    "father",
    "night",
    "voice",
    "image",
    "light",
    "sound",
    "music",
    "edit",
    "editing",
    "cut",
    "producer",
    "team",
    "crew",
    "budget",
    "money",
    "support",
    "community",
    "culture",
    "language",
    "memory",
    "history",
    "truth",
]
RARE_WORD = "covid"
COMMON_WORD = "story"
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "ne",
    "sa",
    "mu",
    "lo",
    "pe",
    "vi",
    "da",
    "ze",
    "ho",
    "fu",
    "ga",
    "bi",
    "yo",
    "ma",
    "ku",
    "te",
    "su",
    "na",
    "wa",
    "chi",
]
FIRST = [
    "Ana",
    "Bo",
    "Chen",
    "Dara",
    "Elif",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jin",
    "Kofi",
    "Lena",
    "Mei",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tomas",
    "Uma",
    "Vera",
    "Wen",
    "Xia",
    "Yusuf",
    "Zoe",
    "Chloë",
    "Łukasz",
    "Trần",
    "Søren",
]
LAST = [
    "Abe",
    "Brandt",
    "Costa",
    "Diallo",
    "Eriksen",
    "Fujita",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lima",
    "Moreau",
    "Nguyen",
    "Okafor",
    "Park",
    "Quispe",
    "Rossi",
    "Sato",
    "Tanaka",
    "Ueda",
    "Varga",
    "Wu",
    "Xu",
    "Yilmaz",
    "Zhou",
]
QUESTIONS = [
    "What inspired you to make {title}?",
    "When did you realize that you wanted to make films?",
    "Would you say it’s been a smooth road, and if not what were the biggest challenges?",
    "Can you tell our readers more about what you do and what sets you apart?",
    "What was your first film project and how did it go?",
    "Have you learned any interesting or important lessons in the last few years?",
    "Who are your favorite directors and why?",
    "How did you find the people you worked with on {title}?",
    "What does a typical day on set look like for you?",
    "What advice would you give to young filmmakers?",
    "Where can audiences watch your work?",
    "What are you working on next?",
]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    """Common words first, then made-up words of two to four syllables, all distinct."""
    seen = set(COMMON) | {RARE_WORD, COMMON_WORD}
    words = list(COMMON)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def zipf_weights(size: int, exponent: float = 1.07) -> list[float]:
    total, cumulative = 0.0, []
    for rank in range(1, size + 1):
        total += 1.0 / rank**exponent
        cumulative.append(total)
    return cumulative


def surname(number: int) -> str:
    """A made-up surname, different for every number: the number written in syllables."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if not number:
            break
    return ("".join(parts) + "ren").title()


def sentence(rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    chosen = rng.choices(vocab, cum_weights=weights, k=rng.randint(8, 22))
    text = " ".join(chosen)
    return text[0].upper() + text[1:] + "."


def answer(rng: random.Random, vocab: list[str], weights: list[float], chars: int) -> str:
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < chars:
        sentences.append(sentence(rng, vocab, weights))
    if rng.random() < 0.9:
        sentences.insert(rng.randrange(len(sentences) + 1), f"That {COMMON_WORD} stayed with me.")
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paragraphs)


def interview(number: int, vocab: list[str], weights: list[float], seed: int) -> str:
    rng = random.Random(seed * 1_000_003 + number)
    name = f"{rng.choice(FIRST)} {surname(number)}"
    title = " ".join(rng.choices(vocab[200:2000], k=2)).title()
    questions = [q.format(title=title) for q in rng.sample(QUESTIONS, rng.randint(9, 11))]
    answers = [answer(rng, vocab, weights, rng.randint(700, 1300)) for _ in questions]
    if rng.random() < 0.01:
        answers[rng.randrange(len(answers))] += f" Then {RARE_WORD} closed every cinema in town."
    layout = number % 3
    if (
        layout == 0
    ):  # A magazine profile: chrome, a greeting, question and answer on adjacent lines.
        first = name.split()[0]
        lines = ["Connect", "To Top", "", f"Check Out {name}’s Story", ""]
        lines += [f"Today we’d like to introduce you to {name}.", ""]
        lines += [f"Hi {first}, we’d love for you to start by introducing yourself."]
        body = [f"{q}\n{a}\n" for q, a in zip(questions, answers, strict=True)]
        lines += [answers[0] + "\n", *body[1:], "Contact Info:", "", "Leave a Reply", ""]
    elif layout == 1:  # A festival page: a title line, blank lines between everything.
        lines = ["top of page", "", f"{name} talks about ‘{title}’", ""]
        lines += [f"{q}\n\n{a}\n" for q, a in zip(questions, answers, strict=True)]
    else:  # An "Interview with" page with an intro paragraph.
        lines = [f"Interview with {name}", "", f"{name}, director based in {title}.", ""]
        lines += [f"{q}\n{a}\n\n" for q, a in zip(questions, answers, strict=True)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many interviews")
    parser.add_argument("directory", type=Path, help="where to write them (created)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--vocabulary", type=int, default=60_000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocab = vocabulary(args.vocabulary, rng)
    weights = zipf_weights(len(vocab))
    # 1,000 files per sub-folder, as archives are usually split.
    for number in range(args.count):
        folder = args.directory / f"part-{number // 1000:03d}"
        if number % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = interview(number, vocab, weights, args.seed)
        (folder / f"interview-{number:06d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
