"""The inverted index's raw material: for each word, which pairs hold it and how often.

Postings are three parallel machine arrays (pair ids as 32-bit integers, then the word's count
in the question and in the answer as bytes) so they are stored as plain bytes and read back
without any per-item decoding. The in-memory index and the on-disk cache share this one
representation, which is what makes their search results identical.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain, filterfalse, repeat
from operator import iadd, mul

from filmtalk.models import Interview, QAPair
from filmtalk.packing import Postings, encode
from filmtalk.text import words

# Counts are stored in one byte. BM25 saturates long before: at 255 occurrences of a word in one
# answer, one more changes that pair's score by less than 0.01%.
MAX_COUNT = 255


def _consume(iterator: Iterator[object]) -> None:
    """Run a lazy map to its end at C speed (the loops below do their work in map())."""
    deque(iterator, maxlen=0)


@dataclass
class PostingsBuilder:
    """Collects postings pair by pair, numbering the pairs base, base + 1, ..."""

    base: int = 0
    # word -> [id, in question, in answer, id, ...]: one flat list per word is much cheaper to
    # grow than three arrays or a list of tuples, and indexing spends most of its time here.
    lists: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    question_lengths: array[int] = field(default_factory=lambda: array("I"))
    answer_lengths: array[int] = field(default_factory=lambda: array("I"))

    def add(self, pair: QAPair) -> int:
        question_words = words(pair.question)
        answer_words = words(pair.answer)
        doc = self.base + len(self.question_lengths)
        self.question_lengths.append(len(question_words))
        self.answer_lengths.append(len(answer_words))
        question = Counter(question_words)
        answer = Counter(answer_words)
        # The answer's words, then the question's others; each gets (doc, in question, in
        # answer) appended to its list. All in map() and zip(), at C speed: this runs for
        # every distinct word of every pair, and a Python loop here was most of indexing.
        keys = list(answer)
        keys += filterfalse(answer.__contains__, question)
        in_question: Iterator[int] = map(question.get, keys, repeat(0))
        in_answer: Iterator[int] = chain(answer.values(), repeat(0, len(keys) - len(answer)))
        if max(answer.values(), default=0) > MAX_COUNT:
            in_answer = map(min, in_answer, repeat(MAX_COUNT))
        if max(question.values(), default=0) > MAX_COUNT:
            in_question = map(min, in_question, repeat(MAX_COUNT))
        _consume(
            map(
                list.extend,
                map(self.lists.__getitem__, keys),
                zip(repeat(doc), in_question, in_answer),
            )
        )
        return doc

    def add_interviews(self, interviews: Iterable[Interview]) -> list[int]:
        """Add every pair of every interview; the number of pairs of each."""
        counts = []
        for interview in interviews:
            for pair in interview.pairs:
                self.add(pair)
            counts.append(len(interview.pairs))
        return counts

    def postings(self) -> dict[str, Postings]:
        return {word: split_flat(flat) for word, flat in self.lists.items()}

    def encoded(self) -> dict[str, bytes]:
        return {word: encode(split_flat(flat)) for word, flat in self.lists.items()}

    def packed(self) -> PackedPostings:
        """All the postings as flat columns, without one object per word."""
        flat = list(chain.from_iterable(self.lists.values()))
        docs = array("I", flat[0::3]).tobytes()
        del flat[0::3]  # leaves the counts, question and answer by turns
        return PackedPostings(
            pairs=len(self.question_lengths),
            words=list(self.lists),
            sizes=array("I", [len(entries) // 3 for entries in self.lists.values()]).tobytes(),
            docs=docs,
            counts=bytes(flat),
        )


@dataclass(frozen=True)
class PackedPostings:
    """The postings of a run of `pairs` pairs numbered from 0: word i owns the next sizes[i]
    entries of the ids and of the counts (two bytes an entry: in the question, in the answer).
    Plain bytes and strings, so worker processes send it cheaply."""

    pairs: int
    words: list[str]
    sizes: bytes
    docs: bytes
    counts: bytes


def split_flat(flat: list[int]) -> Postings:
    return array("I", flat[0::3]), array("B", flat[1::3]), array("B", flat[2::3])


def pair_words(pair: QAPair) -> set[str]:
    """The distinct words of a pair, i.e. the postings it appears in."""
    return {*words(pair.question), *words(pair.answer)}


def join_encoded(parts: list[bytes]) -> bytes:
    """One encoding from the encodings of consecutive runs of pair ids."""
    if len(parts) == 1:
        return parts[0]
    sizes = [len(part) // 6 for part in parts]
    docs = b"".join(part[: 4 * n] for part, n in zip(parts, sizes, strict=True))
    questions = b"".join(part[4 * n : 5 * n] for part, n in zip(parts, sizes, strict=True))
    answers = b"".join(part[5 * n :] for part, n in zip(parts, sizes, strict=True))
    return docs + questions + answers


def shift_ids(docs: bytes, by: int) -> bytes:
    """Add `by` to every 32-bit id of an encoded column, all at once: read as one big integer,
    the column plus by * (1 + 2**32 + 2**64 + ...) adds `by` to each id, and no id carries
    into the next as long as every new id fits in 32 bits (checked by the caller)."""
    if not by or not docs:
        return docs
    count = len(docs) // 4
    ones = int.from_bytes((1).to_bytes(4, sys.byteorder) * count, sys.byteorder)
    total = int.from_bytes(docs, sys.byteorder) + by * ones
    return total.to_bytes(len(docs), sys.byteorder)


# A merge holds at most about this many bytes of postings before it writes them out as a run.
MERGE_MEMORY_BYTES = 128 * 1024 * 1024
LARGEST_ID = 2**32 - 1


class PostingsMerger:
    """Merges the packed postings of consecutive runs of pairs into one encoding per word.

    Held in memory up to MERGE_MEMORY_BYTES; past that the merged postings so far are handed to
    `spill` as one sorted run (word, encoding), and `runs` gives back every run's rows sorted
    by word then run, so a corpus of any size is merged in bounded memory.
    """

    def __init__(
        self,
        spill: Callable[[int, Iterator[tuple[str, bytes]]], None] | None = None,
        runs: Callable[[], Iterator[tuple[str, bytes]]] | None = None,
    ) -> None:
        self._spill, self._runs = spill, runs
        self._docs: defaultdict[str, bytearray] = defaultdict(bytearray)
        self._counts: defaultdict[str, bytearray] = defaultdict(bytearray)
        self._held = 0
        self._spilled = 0

    def add(self, packed: PackedPostings, first_doc: int) -> None:
        """Add a run whose pairs, numbered from 0, are first_doc, first_doc + 1, ... here."""
        sizes = array("I")
        sizes.frombytes(packed.sizes)
        if not sizes:
            return
        if first_doc + packed.pairs - 1 > LARGEST_ID:
            raise OverflowError("too many pairs for 32-bit ids")
        ends = list(accumulate(sizes))
        starts = [0, *ends[:-1]]
        # Each word's stretch of each column joins what it had: map() rather than a Python
        # loop, as this runs for every word of every batch in the main process.
        for merged, column, width in (
            (self._docs, shift_ids(packed.docs, first_doc), 4),
            (self._counts, packed.counts, 2),
        ):
            parts = map(
                column.__getitem__,
                map(slice, map(mul, starts, repeat(width)), map(mul, ends, repeat(width))),
            )
            _consume(map(iadd, map(merged.__getitem__, packed.words), parts))
        self._held += len(packed.docs) + len(packed.counts)
        if self._spill is not None and self._held > MERGE_MEMORY_BYTES:
            self._spill(self._spilled, self._take())
            self._spilled += 1

    def _take(self) -> Iterator[tuple[str, bytes]]:
        """The words merged so far with their encodings, sorted, emptying the merger."""
        for word in sorted(self._docs):
            counts = self._counts.pop(word)
            yield word, b"".join((self._docs.pop(word), counts[0::2], counts[1::2]))
        self._held = 0

    def items(self) -> Iterator[tuple[str, bytes]]:
        """Every word with its whole encoding, sorted by word; the merger is empty after."""
        if not self._spilled or self._spill is None or self._runs is None:
            yield from self._take()
            return
        self._spill(self._spilled, self._take())
        self._spilled += 1
        word, parts = "", list[bytes]()
        for found, data in self._runs():
            if parts and found != word:
                yield word, join_encoded(parts)
                parts = []
            word = found
            parts.append(data)
        if parts:
            yield word, join_encoded(parts)
