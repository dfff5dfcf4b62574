"""The inverted index's raw material: for each word, which pairs hold it and how often.

Postings are three parallel machine arrays (pair ids as 32-bit integers, then the word's count
in the question and in the answer as bytes) so they are stored as plain bytes and read back
without any per-item decoding. The in-memory index and the on-disk cache share this one
representation, which is what makes their search results identical.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from filmtalk.models import Interview, QAPair
from filmtalk.text import words

if TYPE_CHECKING:
    Postings: TypeAlias = tuple[array[int], array[int], array[int]]
else:
    Postings = tuple

# Counts are stored in one byte. BM25 saturates long before: at 255 occurrences of a word in one
# answer, one more changes that pair's score by less than 0.01%.
MAX_COUNT = 255


@dataclass
class PostingsBuilder:
    """Collects postings pair by pair, numbering the pairs base, base + 1, ..."""

    base: int = 0
    # word -> [id, in question, in answer, id, ...]: one flat list per word is much cheaper to
    # grow than three arrays or a list of tuples, and indexing spends most of its time here.
    lists: dict[str, list[int]] = field(default_factory=dict)
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
        lists = self.lists
        for word, count in answer.items():
            in_question = question.get(word, 0)
            entry = (
                doc,
                in_question if in_question <= MAX_COUNT else MAX_COUNT,
                count if count <= MAX_COUNT else MAX_COUNT,
            )
            found = lists.get(word)
            if found is None:
                lists[word] = list(entry)
            else:
                found += entry
        for word, count in question.items():
            if word in answer:
                continue
            entry = (doc, count if count <= MAX_COUNT else MAX_COUNT, 0)
            found = lists.get(word)
            if found is None:
                lists[word] = list(entry)
            else:
                found += entry
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


def split_flat(flat: list[int]) -> Postings:
    return array("I", flat[0::3]), array("B", flat[1::3]), array("B", flat[2::3])


def pair_words(pair: QAPair) -> set[str]:
    """The distinct words of a pair, i.e. the postings it appears in."""
    return {*words(pair.question), *words(pair.answer)}


def encode(postings: Postings) -> bytes:
    """Bytes for the cache: all the ids, then all the question counts, then the answer ones."""
    docs, in_question, in_answer = postings
    return docs.tobytes() + in_question.tobytes() + in_answer.tobytes()


def join_encoded(parts: list[bytes]) -> bytes:
    """One encoding from the encodings of consecutive runs of pair ids."""
    if len(parts) == 1:
        return parts[0]
    sizes = [len(part) // 6 for part in parts]
    docs = b"".join(part[: 4 * n] for part, n in zip(parts, sizes, strict=True))
    questions = b"".join(part[4 * n : 5 * n] for part, n in zip(parts, sizes, strict=True))
    answers = b"".join(part[5 * n :] for part, n in zip(parts, sizes, strict=True))
    return docs + questions + answers


def decode(data: bytes) -> Postings:
    count = len(data) // 6
    docs = array("I")
    docs.frombytes(data[: 4 * count])
    return docs, array("B", data[4 * count : 5 * count]), array("B", data[5 * count :])
