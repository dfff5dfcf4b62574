"""How did each interviewee answer the same question? For every person, the one pair that best
answers a topic, judged from two sides:

- the question: each topic word is matched against the question's words with rapidfuzz (typos,
  "favourite"/"favorite") or a shared stem ("inspiration"/"inspired"), and the matched words count
  by how rare they are in the corpus, so "film" alone says little and "directors" says much;
- the answer: the search index's BM25 score for the topic over the answers only, divided by
  what an average-length answer using every topic word once would score (the sum of the topic
  words' idf), so that the scale does not depend on how big the corpus is.

Both are scaled to 0..1 and combined as "either one is enough, both is better":
1 - (1 - question) * (1 - answer). A person whose best pair scores under RELEVANT has nothing
relevant and gets no pair, rather than the least bad one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview, QAPair
from filmtalk.search import SearchIndex
from filmtalk.stopwords import STOP_WORDS
from filmtalk.text import words

# Just enough: half of the (idf-weighted) topic in the question, or in the answer.
RELEVANT = 0.5
# Word similarity (rapidfuzz ratio, 0-100) from which two words count as the same word typed
# differently, and what a shared stem is worth.
SAME_WORD_RATIO = 85.0
STEM_CREDIT = 0.9
MIN_STEM_CHARS = 6


@dataclass(frozen=True)
class Match:
    """The pair that best answers the topic for one person, and how each side scored (0..1)."""

    pair: QAPair
    score: float
    question_score: float
    answer_score: float


@dataclass(frozen=True)
class Comparison:
    """One interviewee's answer to the topic; `match` is None when nothing is relevant."""

    slug: str
    name: str
    match: Match | None


def topic_words(topic: str) -> list[str]:
    """The words of a topic that carry meaning: stop words dropped unless nothing else is left."""
    all_words = list(dict.fromkeys(words(topic)))
    if not all_words:
        raise FilmtalkError(
            'the topic has no words to compare on: try `filmtalk compare "favorite directors"`'
        )
    content = [word for word in all_words if word not in STOP_WORDS]
    return content or all_words


def word_similarity(wanted: str, found: str) -> float:
    """1.0 for the same word, a little less for a typo or a shared stem, 0.0 otherwise."""
    if wanted == found:
        return 1.0
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Prefix

    ratio = fuzz.ratio(wanted, found)
    typed_differently = ratio / 100 if ratio >= SAME_WORD_RATIO else 0.0
    shared = Prefix.similarity(wanted, found)
    shorter = min(len(wanted), len(found))
    # "inspir-ation"/"inspir-ed", "film"/"film-s": one stem, other endings.
    same_stem = shared >= MIN_STEM_CHARS or (shared == shorter and shorter >= 4)
    return max(typed_differently, STEM_CREDIT if same_stem else 0.0)


def term_weights(interviews: Iterable[Interview], terms: Sequence[str]) -> dict[str, float]:
    """How much each topic word says: its idf over every pair's question and answer, as the
    search index computes it."""
    documents = [
        set(words(pair.question)) | set(words(pair.answer))
        for interview in interviews
        for pair in interview.pairs
    ]
    count = len(documents)
    weights = {}
    for term in terms:
        frequency = sum(term in document for document in documents)
        weights[term] = math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))
    return weights


def question_score(terms: Sequence[str], weights: dict[str, float], question: str) -> float:
    """The idf-weighted share of the topic's words that the question also uses (0..1)."""
    question_words = {word for word in words(question) if word not in STOP_WORDS}
    total = sum(weights[term] for term in terms)
    if not question_words or total <= 0:
        return 0.0
    matched = sum(
        weights[term] * max(word_similarity(term, word) for word in question_words)
        for term in terms
    )
    return matched / total


def answer_score(bm25: float, weights: dict[str, float]) -> float:
    """A BM25 score over 0..1: 1 from one use of every topic word in an average answer."""
    total = sum(weights.values())
    return min(bm25 / total, 1.0) if bm25 > 0 and total > 0 else 0.0


def combine(question: float, answer: float) -> float:
    """Either side alone can make a pair relevant; both together make it more so."""
    return 1 - (1 - question) * (1 - answer)


def compare(
    interviews: Sequence[Interview],
    topic: str,
    index: SearchIndex,
    *,
    slugs: Sequence[str] | None = None,
    threshold: float = RELEVANT,
) -> list[Comparison]:
    """For each interview (or those of `slugs`), the pair that best answers `topic`: best first,
    then the rest in corpus order with no match. `index` is the search index of `interviews`.

    Word weights come from all of `interviews` whoever is compared, so restricting to some
    people does not change their scores.
    """
    terms = topic_words(topic)
    weights = term_weights(interviews, terms)
    chosen = [i for i in interviews if slugs is None or i.slug in slugs]
    hits = index.search(
        " ".join(terms),
        limit=max(len(index), 1),
        slugs=[i.slug for i in chosen],
        field="answer",
    )
    bm25 = {(hit.slug, hit.pair.index): hit.score for hit in hits}

    results: list[Comparison] = []
    for interview in chosen:
        best: Match | None = None
        for pair in interview.pairs:
            asked = question_score(terms, weights, pair.question)
            answered = answer_score(bm25.get((interview.slug, pair.index), 0.0), weights)
            candidate = Match(pair, combine(asked, answered), asked, answered)
            # On a tie (two questions both fully on topic), the answer that uses the words wins.
            if candidate.score >= threshold and (best is None or _rank(candidate) > _rank(best)):
                best = candidate
        results.append(Comparison(interview.slug, interview.name, best))
    # Stable sort: people with no match keep corpus order at the end.
    results.sort(key=lambda c: -c.match.score if c.match else 1.0)
    return results


def _rank(match: Match) -> tuple[float, float]:
    return (match.score, match.answer_score)


COMPARE_COLUMNS = ("slug", "name", "index", "question", "answer", "score")


def comparison_record(comparison: Comparison) -> dict[str, Any]:
    """The `compare --json` schema: one object per interviewee, nulls where nothing matched."""
    match = comparison.match
    return {
        "slug": comparison.slug,
        "name": comparison.name,
        "index": match.pair.index if match else None,
        "question": match.pair.question if match else None,
        "answer": match.pair.answer if match else None,
        "score": round(match.score, 3) if match else None,
    }
