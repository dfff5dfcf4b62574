"""The stored form of one word's postings: pair ids, then counts in the question, then in the
answer, as three packed machine arrays in one bytes value.

Apart from filmtalk.postings (which builds and merges postings for the index cache): a warm
search only decodes the few it reads.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    Postings: TypeAlias = tuple[array[int], array[int], array[int]]
else:
    Postings = tuple


def encode(postings: Postings) -> bytes:
    """Bytes for the cache: all the ids, then all the question counts, then the answer ones."""
    docs, in_question, in_answer = postings
    return docs.tobytes() + in_question.tobytes() + in_answer.tobytes()


def decode(data: bytes) -> Postings:
    count = len(data) // 6
    docs = array("I")
    docs.frombytes(data[: 4 * count])
    return docs, array("B", data[4 * count : 5 * count]), array("B", data[5 * count :])
