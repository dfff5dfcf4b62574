"""The loader: reading folders, skipping what cannot be read, and looking interviews up."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmtalk.corpus import bundled_corpus_dir, find_interview, load_corpus
from filmtalk.decoding import decode_bytes
from filmtalk.errors import FilmtalkError
from filmtalk.parsing import parse_interview
from filmtalk.text import clean_text, fold, slugify, words

PAGE = "Interview with {name}\n\nWhat is your next film?\n\nA comedy.\n"


def test_bundled_corpus_has_the_three_seeds_and_22_pairs() -> None:
    corpus = load_corpus(bundled_corpus_dir())
    assert [(i.slug, len(i.pairs)) for i in corpus.interviews] == [
        ("ashley-chin-chin-ip", 8),
        ("jinsui-song", 4),
        ("jiuxun-jin", 10),
    ]
    assert corpus.warnings == ()


def test_unreadable_files_are_warnings_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(PAGE.format(name="Ana Ruiz"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / ".hidden.txt").write_text(PAGE.format(name="Nobody Here"), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [i.slug for i in corpus.interviews] == ["ana-ruiz"]
    assert corpus.warnings == (
        f"skipped {tmp_path / 'empty.txt'}: empty file",
        f"skipped {tmp_path / 'image.png'}: binary data, not a text file",
    )


def test_duplicate_slugs_are_made_unique_and_reported(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PAGE.format(name="Ana Ruiz"), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [i.slug for i in corpus.interviews] == ["ana-ruiz", "ana-ruiz-2"]
    assert corpus.warnings == (f"duplicate slug 'ana-ruiz': {tmp_path / 'b.txt'} is 'ana-ruiz-2'",)


def test_legacy_and_utf16_files_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(PAGE.format(name="Chloë Åberg").encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes(PAGE.format(name="Łukasz Żak").encode("utf-16"))
    names = [i.name for i in load_corpus(tmp_path).interviews]
    assert names == ["Chloë Åberg", "Łukasz Żak"]


def test_ambiguous_reference_names_the_candidates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE.format(name="Ana Ruiz"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE.format(name="Ana Lopez"), encoding="utf-8")
    with pytest.raises(FilmtalkError, match="'ana' could be ana-ruiz or ana-lopez"):
        find_interview(load_corpus(tmp_path), "ana")


def test_clean_text_strips_escape_sequences_and_controls() -> None:
    raw = "a\x1b[2Jb\x1b]0;title\x07c\x1b]52;c;ZXZpbA==\x07d\x1b]8;;http://x\x1b\\e\x9b31mf\x00g\r\nh\ri"
    assert clean_text(raw) == "abcdefg\nh\ni"


def test_fold_and_words_share_one_normalisation() -> None:
    assert fold("Méliès ŠVANKMAJER Łódź straße") == "melies svankmajer lodz strasse"
    assert words("Covid-19, Bong Joon-ho!") == ["covid", "19", "bong", "joon", "ho"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Jinsui Song", "jinsui-song"),
        ("Ashley (Chin Chin) Ip", "ashley-chin-chin-ip"),
        ("Chloë Åberg", "chloe-aberg"),
        ("Łukasz", "lukasz"),
        ("Trần Minh Khoa", "tran-minh-khoa"),
    ],
)
def test_slugs_are_readable_ascii(name: str, slug: str) -> None:
    assert slugify(name) == slug


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsing_never_raises_on_any_text(raw: str) -> None:
    parsed = parse_interview(raw, path="page.txt")
    assert parsed.slug and parsed.name
    assert [pair.index for pair in parsed.pairs] == list(range(1, len(parsed.pairs) + 1))


@settings(max_examples=300, deadline=None)
@given(st.binary())
def test_decoding_never_raises_anything_but_a_user_error(data: bytes) -> None:
    with contextlib.suppress(FilmtalkError):
        decode_bytes(data)
