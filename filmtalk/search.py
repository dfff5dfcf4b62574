"""A ranked, typo-tolerant search over the question/answer pairs of a corpus.

Ranking is BM25 per field (the question weighs more than the answer), and each query word is
matched against the index vocabulary: exactly, with typos under Meilisearch's rule (none for
words of 1-4 letters, one for 5-8, two from 9; a wrong first letter costs two), and, for the
last word, as a prefix. An exact match always outweighs a typo match. A pair that matches more
of the query words ranks above one that matches fewer, as in Meilisearch's "words" rule.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview, QAPair, SearchHit, Snippet, Span
from filmtalk.text import word_spans, words

Field = Literal["question", "answer", "all"]

# BM25's usual constants, as in SQLite FTS5 and Lucene.
K1 = 1.2
B = 0.75
QUESTION_WEIGHT = 2.0
# How much a non-exact match is worth next to an exact one.
PREFIX_WEIGHT = 0.8
TYPO_WEIGHTS = {1: 0.5, 2: 0.3}
MIN_PREFIX_CHARS = 3
SNIPPET_WORDS = 32


def allowed_typos(word: str) -> int:
    """Meilisearch's default budget: 0 typos up to 4 letters, 1 up to 8, 2 from 9."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


@dataclass(frozen=True)
class _Document:
    slug: str
    name: str
    pair: QAPair
    question_length: int
    answer_length: int


@dataclass(frozen=True)
class _Posting:
    doc: int
    in_question: int
    in_answer: int


class SearchIndex:
    """An in-memory inverted index over every pair of a corpus. Build once, query many times."""

    def __init__(self, documents: list[_Document], postings: dict[str, list[_Posting]]) -> None:
        self._documents = documents
        self._postings = postings
        self._vocabulary = sorted(postings)
        count = max(len(documents), 1)
        self._average_question = sum(d.question_length for d in documents) / count or 1.0
        self._average_answer = sum(d.answer_length for d in documents) / count or 1.0

    @classmethod
    def build(cls, interviews: Iterable[Interview]) -> SearchIndex:
        documents: list[_Document] = []
        postings: dict[str, list[_Posting]] = defaultdict(list)
        for interview in interviews:
            for pair in interview.pairs:
                question_words = Counter(words(pair.question))
                answer_words = Counter(words(pair.answer))
                doc = len(documents)
                documents.append(
                    _Document(
                        slug=interview.slug,
                        name=interview.name,
                        pair=pair,
                        question_length=sum(question_words.values()),
                        answer_length=sum(answer_words.values()),
                    )
                )
                for word in question_words.keys() | answer_words.keys():
                    postings[word].append(
                        _Posting(doc, question_words.get(word, 0), answer_words.get(word, 0))
                    )
        return cls(documents, dict(postings))

    def __len__(self) -> int:
        return len(self._documents)

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        slugs: Sequence[str] | None = None,
        field: Field = "all",
    ) -> list[SearchHit]:
        """The best `limit` pairs for `query`, best first; FilmtalkError for an empty query."""
        terms = list(dict.fromkeys(words(query)))
        if not terms:
            raise FilmtalkError("the query has no words to search for: try `filmtalk search covid`")
        allowed = set(slugs) if slugs is not None else None
        question_weight = 0.0 if field == "answer" else QUESTION_WEIGHT
        answer_weight = 0.0 if field == "question" else 1.0

        # For every pair: the best weighted score of each query term, and the words it matched.
        term_scores: dict[int, dict[int, float]] = defaultdict(dict)
        matched: dict[int, set[str]] = defaultdict(set)
        for position, term in enumerate(terms):
            is_last = position == len(terms) - 1
            for word, weight in self._expand(term, is_last).items():
                idf = self._idf(word)
                for posting in self._postings[word]:
                    if allowed is not None and self._documents[posting.doc].slug not in allowed:
                        continue
                    doc = self._documents[posting.doc]
                    question_part = _saturate(
                        posting.in_question, doc.question_length, self._average_question
                    )
                    answer_part = _saturate(
                        posting.in_answer, doc.answer_length, self._average_answer
                    )
                    score = (
                        weight
                        * idf
                        * (question_weight * question_part + answer_weight * answer_part)
                    )
                    if score <= 0:
                        continue
                    matched[posting.doc].add(word)
                    if score > term_scores[posting.doc].get(position, 0.0):
                        term_scores[posting.doc][position] = score

        ranked: list[tuple[float, int]] = []
        for doc_id, scores in term_scores.items():
            coverage = len(scores) / len(terms)
            ranked.append((sum(scores.values()) * coverage * coverage, doc_id))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        return [self._hit(i, score, matched[i]) for score, i in ranked[: max(limit, 0)]]

    def _idf(self, word: str) -> float:
        count = len(self._documents)
        frequency = len(self._postings[word])
        return math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))

    def _expand(self, term: str, is_last: bool) -> dict[str, float]:
        """Vocabulary words the term stands for, each with how much a match on it is worth."""
        from rapidfuzz.distance import DamerauLevenshtein
        from rapidfuzz.process import extract

        expansions: dict[str, float] = {}
        budget = allowed_typos(term)
        if budget:
            found = extract(
                term,
                self._vocabulary,
                scorer=DamerauLevenshtein.distance,
                score_cutoff=budget,
                limit=None,
            )
            for word, distance, _index in found:
                # A wrong first letter counts as two typos, as in Meilisearch.
                typos = int(distance) + (1 if word[:1] != term[:1] else 0)
                if 0 < typos <= budget:
                    expansions[word] = TYPO_WEIGHTS[typos]
        if is_last and len(term) >= MIN_PREFIX_CHARS:
            start = bisect_left(self._vocabulary, term)
            for word in self._vocabulary[start:]:
                if not word.startswith(term):
                    break
                expansions[word] = max(expansions.get(word, 0.0), PREFIX_WEIGHT)
        if term in self._postings:
            expansions[term] = 1.0
        return expansions

    def _hit(self, doc: int, score: float, matched: set[str]) -> SearchHit:
        document = self._documents[doc]
        return SearchHit(
            slug=document.slug,
            name=document.name,
            pair=document.pair,
            score=score,
            snippet=make_snippet(document.pair.answer, matched),
            question_highlights=tuple(
                Span(start, end)
                for start, end, word in word_spans(document.pair.question)
                if word in matched
            ),
        )


def _saturate(frequency: int, length: int, average: float) -> float:
    if not frequency:
        return 0.0
    return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / average))


def make_snippet(text: str, matched: set[str], size: int = SNIPPET_WORDS) -> Snippet:
    """The window of `size` words holding the most matched words, with "…" where text was cut."""
    spans = word_spans(text)
    if len(spans) <= size:
        start_word, end_word = 0, len(spans)
    else:
        hits = [i for i, (_s, _e, word) in enumerate(spans) if word in matched]
        best_start, best_count = 0, -1
        for first in hits or [0]:
            # Start a little before the first match, so the match has some context.
            start = max(0, min(first - size // 4, len(spans) - size))
            window = {spans[i][2] for i in hits if start <= i < start + size}
            if len(window) > best_count:
                best_start, best_count = start, len(window)
        start_word, end_word = best_start, best_start + size
    if not spans:
        return Snippet(text=text.strip(), highlights=())
    begin = 0 if start_word == 0 else spans[start_word][0]
    end = len(text) if end_word >= len(spans) else spans[end_word - 1][1]
    prefix = "" if begin == 0 else "…"
    suffix = "" if end >= len(text.rstrip()) else "…"
    # Paragraph breaks inside a snippet read better as one line.
    body = " ".join(text[begin:end].split())
    highlights = tuple(
        Span(s + len(prefix), e + len(prefix)) for s, e, word in word_spans(body) if word in matched
    )
    return Snippet(text=prefix + body + suffix, highlights=highlights)
