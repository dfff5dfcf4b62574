"""The corpus at a glance: how much each person said, and the words that set each one apart.

Distinctive words are TF-IDF over the corpus with one document per interviewee (their answers
only: the questions are the interviewer's words). Stop words, words under MIN_WORD_CHARS letters
and numbers are skipped, so what is left are names, places, films and topics.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from filmtalk.models import Interview
from filmtalk.stopwords import STOP_WORDS
from filmtalk.text import words

DISTINCTIVE_WORDS = 8
MIN_WORD_CHARS = 3


@dataclass(frozen=True)
class PersonStats:
    """One interviewee: pairs, words (as `filmtalk list` counts them), each answer's length in
    words, and the most distinctive words of their answers with their TF-IDF weights."""

    slug: str
    name: str
    pairs: int
    words: int
    answer_words: tuple[int, ...]
    distinctive: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class CorpusStats:
    interviews: int
    pairs: int
    words: int
    people: tuple[PersonStats, ...]


def answer_length(answer: str) -> int:
    """Words in an answer, counted as Interview.words counts them."""
    return len(answer.split())


def _terms(text: str) -> list[str]:
    return [
        word
        for word in words(text)
        if len(word) >= MIN_WORD_CHARS and word not in STOP_WORDS and not word.isdigit()
    ]


def distinctive_words(
    documents: Sequence[str], limit: int = DISTINCTIVE_WORDS
) -> list[tuple[tuple[str, float], ...]]:
    """For each document, its `limit` words with the highest TF-IDF, best first.

    tf is the word's share of the document's counted words and idf is log(n / df), so a word
    that everyone uses ("film") is not distinctive of anyone, and a word only one person uses
    counts most. With a single document, idf is 1: its most frequent words. Ties go
    alphabetically, to keep the output stable.
    """
    counts = [Counter(_terms(document)) for document in documents]
    frequency: Counter[str] = Counter()
    for count in counts:
        frequency.update(count.keys())
    total_documents = len(documents)
    result: list[tuple[tuple[str, float], ...]] = []
    for count in counts:
        total = sum(count.values())
        scored = [
            (word, n / total * idf)
            for word, n in count.items()
            if (idf := _idf(total_documents, frequency[word])) > 0
        ]
        scored.sort(key=lambda item: (-item[1], item[0]))
        result.append(tuple(scored[:limit]))
    return result


def _idf(documents: int, frequency: int) -> float:
    return 1.0 if documents == 1 else math.log(documents / frequency)


def corpus_stats(interviews: Sequence[Interview]) -> CorpusStats:
    answers = ["\n".join(pair.answer for pair in interview.pairs) for interview in interviews]
    people = tuple(
        PersonStats(
            slug=interview.slug,
            name=interview.name,
            pairs=len(interview.pairs),
            words=interview.words,
            answer_words=tuple(answer_length(pair.answer) for pair in interview.pairs),
            distinctive=distinctive,
        )
        for interview, distinctive in zip(interviews, distinctive_words(answers), strict=True)
    )
    return CorpusStats(
        interviews=len(people),
        pairs=sum(person.pairs for person in people),
        words=sum(person.words for person in people),
        people=people,
    )


def stats_record(stats: CorpusStats) -> dict[str, Any]:
    """The `stats --json` schema: the table's numbers, and every answer's length."""
    return {
        "interviews": stats.interviews,
        "pairs": stats.pairs,
        "words": stats.words,
        "people": [
            {
                **person_record(person),
                # The document keeps each distinctive word's score; the line formats do not.
                "distinctive_words": [
                    {"word": word, "score": round(score, 4)} for word, score in person.distinctive
                ],
            }
            for person in stats.people
        ],
    }


PERSON_COLUMNS = ("slug", "name", "pairs", "words", "answer_words", "distinctive_words")


def person_record(person: PersonStats) -> dict[str, Any]:
    """One interviewee, for the line formats of `stats` (jsonl, csv, tsv): the lists as lists."""
    return {
        "slug": person.slug,
        "name": person.name,
        "pairs": person.pairs,
        "words": person.words,
        "answer_words": list(person.answer_words),
        "distinctive_words": [word for word, _score in person.distinctive],
    }
