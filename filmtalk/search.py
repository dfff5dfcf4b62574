"""A ranked, typo-tolerant search over the question/answer pairs of a corpus.

Ranking is BM25 per field (the question weighs more than the answer), and each query word is
matched against the index vocabulary: exactly, with typos under Meilisearch's rule (none for
words of 1-4 letters, one for 5-8, two from 9; a wrong first letter costs two), and, for the
last word, as a prefix. An exact match always outweighs a typo match. A pair that matches more
of the query words ranks above one that matches fewer, as in Meilisearch's "words" rule.
"""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import compress, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Literal, Protocol

from filmtalk.errors import FilmtalkError
from filmtalk.models import Interview, QAPair
from filmtalk.packing import Postings
from filmtalk.results import SearchHit, Snippet, Span
from filmtalk.text import word_spans, words

Field = Literal["question", "answer", "all"]

# BM25's usual constants, as in SQLite FTS5 and Lucene.
K1 = 1.2
B = 0.75
K1_PLUS_1 = K1 + 1
QUESTION_WEIGHT = 2.0
# How much a non-exact match is worth next to an exact one.
PREFIX_WEIGHT = 0.8
TYPO_WEIGHTS = {1: 0.5, 2: 0.3}
MIN_PREFIX_CHARS = 3
SNIPPET_WORDS = 32


def allowed_typos(word: str) -> int:
    """Meilisearch's default budget: 0 typos up to 4 letters, 1 up to 8, 2 from 9."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


if TYPE_CHECKING:
    # Only for the type checker: creating a Protocol class costs a millisecond per command.
    class IndexSource(Protocol):
        """Where the index's numbers come from: built in memory, or read from the on-disk cache.

        Pair ids are opaque integers; `sort_keys` gives the corpus order that breaks ties.
        """

        @property
        def doc_count(self) -> int: ...
        @property
        def total_question(self) -> int: ...
        @property
        def total_answer(self) -> int: ...
        @property
        def question_lengths(self) -> Sequence[int]: ...
        @property
        def answer_lengths(self) -> Sequence[int]: ...
        def words_with_prefix(self, prefix: str) -> list[str]:
            """The vocabulary's words that begin with `prefix`, in sorted order."""
            ...

        def known_words(self, candidates: Iterable[str]) -> set[str]:
            """Those of `candidates` that are in the vocabulary."""
            ...

        def words_around(self, prefix: str, suffix: str) -> list[str]:
            """The vocabulary's words made of `prefix`, any one letter, then `suffix`."""
            ...

        def initials(self) -> list[str]:
            """Every first letter of the vocabulary's words."""
            ...

        def postings(self, word: str) -> Postings | None: ...
        def documents(self, docs: Sequence[int]) -> dict[int, tuple[str, str, QAPair]]: ...
        def sort_keys(self, docs: Sequence[int]) -> dict[int, tuple[list[str], int]]: ...
        def docs_of(self, slugs: Sequence[str]) -> set[int]: ...
        def snapshot(self) -> AbstractContextManager[None]:
            """Hold the numbers still while one query reads them."""
            ...


class MemorySource:
    """The index of a list of interviews, built in memory; pair ids follow the corpus order."""

    def __init__(self, interviews: Sequence[Interview]) -> None:
        from filmtalk.postings import PostingsBuilder

        builder = PostingsBuilder()
        builder.add_interviews(interviews)
        count = len(builder.question_lengths)
        self._postings = builder.postings()
        self._vocabulary: list[str] | None = None
        self._documents = [(i.slug, i.name, pair) for i in interviews for pair in i.pairs]
        self.doc_count = count
        self.question_lengths = builder.question_lengths
        self.answer_lengths = builder.answer_lengths
        self.total_question = sum(builder.question_lengths)
        self.total_answer = sum(builder.answer_lengths)

    def words_with_prefix(self, prefix: str) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = sorted(self._postings)
        return words_with_prefix(self._vocabulary, prefix)

    def known_words(self, candidates: Iterable[str]) -> set[str]:
        return {word for word in candidates if word in self._postings}

    def words_around(self, prefix: str, suffix: str) -> list[str]:
        size = len(prefix) + 1 + len(suffix)
        return [
            word
            for word in self.words_with_prefix(prefix)
            if len(word) == size and word.endswith(suffix)
        ]

    def initials(self) -> list[str]:
        return sorted({word[0] for word in self._postings})

    def postings(self, word: str) -> Postings | None:
        return self._postings.get(word)

    def documents(self, docs: Sequence[int]) -> dict[int, tuple[str, str, QAPair]]:
        return {doc: self._documents[doc] for doc in docs}

    def sort_keys(self, docs: Sequence[int]) -> dict[int, tuple[list[str], int]]:
        return {doc: ([], doc) for doc in docs}

    def docs_of(self, slugs: Sequence[str]) -> set[int]:
        wanted = set(slugs)
        return {doc for doc, (slug, _n, _p) in enumerate(self._documents) if slug in wanted}

    def snapshot(self) -> AbstractContextManager[None]:
        return nullcontext()


class SearchIndex:
    """A ranked, typo-tolerant index over every pair of a corpus. Build once, query many times."""

    def __init__(self, source: IndexSource) -> None:
        self._source = source

    @classmethod
    def build(cls, interviews: Iterable[Interview]) -> SearchIndex:
        return cls(MemorySource(list(interviews)))

    def __len__(self) -> int:
        with self._source.snapshot():
            return self._source.doc_count

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
        with self._source.snapshot():
            return self._search(terms, limit, slugs, field)

    def _search(
        self, terms: list[str], limit: int, slugs: Sequence[str] | None, field: Field
    ) -> list[SearchHit]:
        source = self._source
        limit = max(limit, 0)
        allowed = source.docs_of(slugs) if slugs is not None else None
        question_weight = 0.0 if field == "answer" else QUESTION_WEIGHT
        answer_weight = 0.0 if field == "question" else 1.0
        count = source.doc_count
        average_question = source.total_question / max(count, 1) or 1.0
        average_answer = source.total_answer / max(count, 1) or 1.0
        question_lengths = source.question_lengths
        answer_lengths = source.answer_lengths

        # Each pair's sum over query terms of its best weighted score, and how many terms matched.
        totals: dict[int, float] = {}
        covered: dict[int, int] = {}
        expanded: set[str] = set()
        # One term over all pairs: only each word's contenders can make the top `limit`.
        pick_contenders = len(terms) == 1 and allowed is None
        for position, term in enumerate(terms):
            best: dict[int, float] = {}
            for word, weight in self._expand(term, position == len(terms) - 1).items():
                postings = source.postings(word)
                if postings is None:
                    continue
                expanded.add(word)
                frequency = len(postings[0])
                idf = math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))
                if pick_contenders:
                    postings = contenders(postings, limit, (question_lengths, answer_lengths))
                _score_postings(
                    postings,
                    weight * idf,
                    (question_weight, answer_weight),
                    (question_lengths, answer_lengths),
                    (average_question, average_answer),
                    allowed,
                    best,
                )
            if len(terms) == 1:
                # One term: the sum is the score itself and coverage is 1, so skip both passes.
                totals = best
                break
            for doc, score in best.items():
                totals[doc] = totals.get(doc, 0.0) + score
                covered[doc] = covered.get(doc, 0) + 1

        scores = (
            totals
            if len(terms) == 1
            else {
                doc: total * (covered[doc] / len(terms)) * (covered[doc] / len(terms))
                for doc, total in totals.items()
            }
        )
        ranked = self._top(scores, limit)
        documents = source.documents([doc for doc, _score in ranked])
        return [
            _hit(*documents[doc], score, expanded, question_weight, answer_weight)
            for doc, score in ranked
        ]

    def _top(self, scores: dict[int, float], limit: int) -> list[tuple[int, float]]:
        """The `limit` best (pair, score), ties broken by corpus order, without a full sort."""
        if not limit or not scores:
            return []
        top = heapq.nlargest(limit + 1, scores.items(), key=itemgetter(1))
        if len(top) > limit and top[limit][1] == top[limit - 1][1]:
            # A tie across the cut: every pair with the last kept score competes for the place.
            threshold = top[limit - 1][1]
            top = [item for item in scores.items() if item[1] >= threshold]
        keys = self._source.sort_keys([doc for doc, _score in top])
        top.sort(key=lambda item: (-item[1], keys[item[0]]))
        return top[:limit]

    def _expand(self, term: str, is_last: bool) -> dict[str, float]:
        """Vocabulary words the term stands for, each with how much a match on it is worth."""
        source = self._source
        expansions = {
            word: TYPO_WEIGHTS[typos] for word, typos in typo_matches(term, source).items()
        }
        if is_last and len(term) >= MIN_PREFIX_CHARS:
            for word in source.words_with_prefix(term):
                expansions[word] = max(expansions.get(word, 0.0), PREFIX_WEIGHT)
        if source.known_words([term]):
            expansions[term] = 1.0
        return expansions


def typo_matches(term: str, source: IndexSource) -> dict[str, int]:
    """The vocabulary's words within the term's typo budget, with their number of typos.

    A wrong first letter counts as two typos, as in Meilisearch, so within a budget of one
    the first letter is kept. Words of 5-8 letters (a budget of one) are matched by spelling
    out every one-edit variant; longer words are measured with RapidFuzz's Damerau-Levenshtein
    among the words sharing their first letter (one sorted range of the vocabulary, not all of
    it), plus the few one-edit spellings that change the first letter, looked up directly.
    """
    budget = allowed_typos(term)
    if not budget:
        return {}
    if budget == 1:
        return dict.fromkeys(sorted(one_typo_words(term, source)), 1)
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import extract

    found: dict[str, int] = {}
    same_initial = source.words_with_prefix(term[0])
    for word, distance, _index in extract(
        term, same_initial, scorer=DamerauLevenshtein.distance, score_cutoff=budget, limit=None
    ):
        if distance:
            found[word] = int(distance)
    rest = term[1:]
    # The first letter replaced, dropped, added before, or swapped with the second.
    edits = {rest, rest[:1] + term[0] + rest[1:]}
    for initial in source.initials():
        edits.update((initial + rest, initial + term))
    for word in source.known_words(edit for edit in edits if edit[:1] != term[0]):
        found[word] = 2
    return found


def one_typo_words(term: str, source: IndexSource) -> set[str]:
    """The vocabulary's words one edit (Damerau-Levenshtein) from the term, first letter kept.

    Spelled out rather than measured: a deletion or a swap of two neighbours gives one
    spelling each, a substitution or an insertion one spelling pattern a position, and the
    index answers each in microseconds. (Any edit that keeps the first letter can be made at
    the second letter or later.) This keeps RapidFuzz, and its import, off most searches.
    """
    spellings = {term[:i] + term[i + 1 :] for i in range(1, len(term))}
    spellings.update(
        term[:i] + term[i + 1] + term[i] + term[i + 2 :] for i in range(1, len(term) - 1)
    )
    found = source.known_words(spellings)
    for i in range(1, len(term) + 1):
        found.update(source.words_around(term[:i], term[i:]))  # one letter inserted
        if i < len(term):
            found.update(source.words_around(term[:i], term[i + 1 :]))  # one letter replaced
    found.discard(term)
    return found


def words_with_prefix(vocabulary: Sequence[str], prefix: str) -> list[str]:
    """The words of a sorted vocabulary that begin with `prefix`."""
    found = []
    for word in islice(vocabulary, bisect_left(vocabulary, prefix), None):
        if not word.startswith(prefix):
            break
        found.append(word)
    return found


# Below this many postings, scoring them all costs no more than choosing contenders first.
CONTENDERS_MIN_POSTINGS = 2048
_NONZERO_TO_ONE = bytes([0] + [1] * 255)


def contenders(
    postings: Postings, limit: int, lengths: tuple[Sequence[int], Sequence[int]]
) -> Postings:
    """The postings of one word that can reach its `limit` best pairs, ties included.

    With a word's count in a field fixed, its BM25 score only falls as that field grows, and
    a match in the other field only adds to it. So among the pairs holding a word N times in
    their answers, only the `limit` with the shortest answers (and every pair tied with the
    last of them) can beat the rest on the answer alone; likewise for questions. Pairs
    holding the word in both fields are all kept. Every step is a C loop (translate,
    compress, itemgetter, nsmallest) where scoring each posting is a Python loop: for a word
    in 90% of 100,000 pairs, milliseconds, not a second. For a one-term query a pair's score
    is its best over the term's words, so the best pairs overall are among these.
    """
    docs, in_question, in_answer = postings
    if len(docs) < CONTENDERS_MIN_POSTINGS:
        return postings
    counts = (in_question.tobytes(), in_answer.tobytes())
    kept: Postings = (array("I"), array("B"), array("B"))
    holds = [field_counts.translate(_NONZERO_TO_ONE) for field_counts in counts]
    in_both = (int.from_bytes(holds[0], "little") & int.from_bytes(holds[1], "little")).to_bytes(
        len(docs), "little"
    )
    if in_both.count(1):
        kept[0].extend(compress(docs, in_both))
        kept[1].extend(compress(in_question, in_both))
        kept[2].extend(compress(in_answer, in_both))
    for field in (0, 1):
        field_counts = counts[field]
        present = set(field_counts)
        present.discard(0)
        for count in present:
            if len(present) == 1 and 0 not in field_counts:
                same = list(docs)  # the common case: the same count in every posting
            else:
                only_count = bytearray(256)
                only_count[count] = 1
                same = list(compress(docs, field_counts.translate(only_count)))
            shortest = _shortest(same, lengths[field], limit)
            kept[0].extend(shortest)
            kept[1 + field].extend(repeat(count, len(shortest)))
            # A pair also holding the word in the other field is kept whole above; here it
            # counts as this field only, which scores lower, and the higher score wins.
            kept[2 - field].extend(repeat(0, len(shortest)))
    return kept


def _shortest(docs: list[int], field_lengths: Sequence[int], limit: int) -> list[int]:
    """The `limit` docs with the shortest field, and every doc tied with the last of them."""
    if len(docs) <= limit:
        return docs
    if not limit:
        return []
    lengths = itemgetter(*docs)(field_lengths)  # at least two docs: a tuple
    cut = heapq.nsmallest(limit, lengths)[-1]
    return [doc for doc, length in zip(docs, lengths, strict=True) if length <= cut]


def _score_postings(
    postings: Postings,
    weight_idf: float,
    field_weights: tuple[float, float],
    lengths: tuple[Sequence[int], Sequence[int]],
    averages: tuple[float, float],
    allowed: set[int] | None,
    best: dict[int, float],
) -> None:
    """Keep in `best` each pair's highest score for one word: BM25 per field, weighted.

    This loop is where a search spends its time, so BM25's saturation is inlined and a field
    the word is absent from is skipped; the arithmetic is the same, term for term, as
    weight * idf * (question_weight * question_part + answer_weight * answer_part).
    """
    question_weight, answer_weight = field_weights
    question_lengths, answer_lengths = lengths
    average_question, average_answer = averages
    one_minus_b = 1 - B
    best_get = best.get
    for doc, in_question, in_answer in zip(*postings, strict=True):
        if allowed is not None and doc not in allowed:
            continue
        if in_answer:
            answer_part = (
                in_answer
                * K1_PLUS_1
                / (in_answer + K1 * (one_minus_b + B * answer_lengths[doc] / average_answer))
            )
            if in_question:
                question_part = (
                    in_question
                    * K1_PLUS_1
                    / (
                        in_question
                        + K1 * (one_minus_b + B * question_lengths[doc] / average_question)
                    )
                )
                score = weight_idf * (question_weight * question_part + answer_weight * answer_part)
            else:
                score = weight_idf * (answer_weight * answer_part)
        elif in_question:
            question_part = (
                in_question
                * K1_PLUS_1
                / (in_question + K1 * (one_minus_b + B * question_lengths[doc] / average_question))
            )
            score = weight_idf * (question_weight * question_part)
        else:
            continue
        if score > best_get(doc, 0.0):
            best[doc] = score


def _hit(
    slug: str,
    name: str,
    pair: QAPair,
    score: float,
    expanded: set[str],
    question_weight: float,
    answer_weight: float,
) -> SearchHit:
    # The words this pair matched: the expansions that occur in a field that counts.
    matched: set[str] = set()
    if question_weight:
        matched.update(word for word in words(pair.question) if word in expanded)
    if answer_weight:
        matched.update(word for word in words(pair.answer) if word in expanded)
    return SearchHit(
        slug=slug,
        name=name,
        pair=pair,
        score=score,
        snippet=make_snippet(pair.answer, matched),
        question_highlights=tuple(
            Span(start, end) for start, end, word in word_spans(pair.question) if word in matched
        ),
    )


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
