"""Bytes to text (every encoding a saved page comes in), front matter, and readable slugs."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmtalk.decoding import decode_text
from filmtalk.errors import FilmtalkError
from filmtalk.frontmatter import FrontMatter, split_front_matter
from filmtalk.parsing import parse_interview
from filmtalk.text import slugify

SAMPLE = "Chloë said “yes” – twice.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_reads_each_encoding(data: bytes, encoding: str) -> None:
    assert decode_text(data) == (SAMPLE, encoding)


def test_decode_falls_back_to_latin1_when_cp1252_cannot_be_meant() -> None:
    # 0x81 is undefined in cp1252, so this page can only be Latin-1.
    assert decode_text("Ånæs\x81".encode("latin-1")) == ("Ånæs\x81", "latin-1")


@pytest.mark.parametrize(
    ("parts", "text"),
    [
        # Whole lines of each.
        (
            [("Chloë said “yes”.\n", "utf-8"), ("Then Zoë wrote “no”.\n", "cp1252")],
            "Chloë said “yes”.\nThen Zoë wrote “no”.\n",
        ),
        # Far more legacy bytes than UTF-8 characters: still each line as written.
        (
            [("One — dash.\n", "utf-8"), ("“a” ‘b’ “c” – “d” é…\n", "cp1252")],
            "One — dash.\n“a” ‘b’ “c” – “d” é…\n",
        ),
        # Both in one line: the stray legacy bytes are read as cp1252.
        ([("Méliès’ café ", "utf-8"), ("crème\r\n", "cp1252")], "Méliès’ café crème\r\n"),
        # Vietnamese, Polish and Romanian letters are a Latin page's too.
        ([("Trần, Łódź, Ștefan\n", "utf-8"), ("naïve\n", "cp1252")], "Trần, Łódź, Ștefan\nnaïve\n"),
    ],
)
def test_decode_reads_a_page_pasted_from_utf8_and_cp1252_parts_each_as_written(
    parts: list[tuple[str, str]], text: str
) -> None:
    data = b"".join(part.encode(encoding) for part, encoding in parts)
    assert decode_text(data) == (text, "utf-8+cp1252")


@pytest.mark.parametrize(
    "text",
    [
        # An accented letter before a curly quote or an ellipsis can be UTF-8 by its bytes
        # ("é…”" would read as a CJK character, "ß“" as an N'Ko letter).
        "She said: “Touché…” and left.\nAll of it.\n",
        "Das macht Spaß“, sagt sie.\nIn München.\n",
        "JOSÉ’s film\nréel\n",
    ],
)
def test_decode_keeps_a_legacy_page_legacy_despite_bytes_that_read_as_utf8(text: str) -> None:
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not a text file"),
        (bytes(range(1, 9)) * 20, "binary data, not a text file"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "not valid UTF-16 text (truncated data)"),
    ],
)
def test_decode_rejects_what_is_not_text(data: bytes, message: str) -> None:
    with pytest.raises(FilmtalkError) as error:
        decode_text(data)
    assert str(error.value) == message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_raises_nothing_but_filmtalk_error(data: bytes) -> None:
    try:
        text, encoding = decode_text(data)
    except FilmtalkError:
        return
    assert isinstance(text, str)
    assert encoding


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_parse_never_raises_on_any_text(raw: str) -> None:
    interview = parse_interview(raw, path="any.txt")
    assert interview.slug
    assert [pair.index for pair in interview.pairs] == list(range(1, len(interview.pairs) + 1))


_LINES = st.sampled_from(
    [
        "---",
        "name: A",
        "Q: Why?",
        "A: Because.",
        "Host (00:01): Hi there.",
        "1. What now?",
        "**Bold?**",
        "## Heading",
        "- Tell us more.",
        "Share this:",
        "",
        "Why do I do it? I do not know.",
        "KM: How?",
        "Ana Ruiz: Fine.",
        "x" * 80,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=40))
def test_parse_never_raises_on_interview_like_lines(lines: list[str]) -> None:
    interview = parse_interview("\n".join(lines))
    assert all(pair.question for pair in interview.pairs)


def test_front_matter_is_read_and_removed() -> None:
    text = (
        "---\nname: Hana Kobayashi\n# a comment\nurl: 'https://example.org/a'\n"
        "date: 2024-02-11\npublication: Film Review\n---\nBody"
    )
    front, body = split_front_matter(text)
    assert front == FrontMatter(
        name="Hana Kobayashi",
        source="https://example.org/a",
        date="2024-02-11",
        outlet="Film Review",
    )
    assert body == "Body"


def test_front_matter_keeps_yes_and_no_as_names() -> None:
    front, _body = split_front_matter("---\nname: No\nslug: yes\n---\n")
    assert front == FrontMatter(name="No", slug="yes")


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("---\nname: [unclosed\n---\nBody", ("front matter is not valid YAML",)),
        ("---\n- a list\n---\nBody", ("front matter is not a list of `key: value` lines",)),
        ("---\ndirector: Ana\n---\nBody", ("front matter key 'director' is not used",)),
        ("---\nname:\n  first: Ana\n---\nBody", ("front matter 'name' should be plain text",)),
    ],
)
def test_front_matter_problems_are_reported(text: str, problems: tuple[str, ...]) -> None:
    front, body = split_front_matter(text)
    assert front is not None
    assert body == "Body"
    assert len(front.problems) == len(problems)
    for found, start in zip(front.problems, problems, strict=True):
        assert found.startswith(start)


def test_a_rule_that_is_not_at_the_top_is_not_front_matter() -> None:
    text = "Title\n---\nname: X\n---\n"
    assert split_front_matter(text) == (None, text)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Chloë Åberg", "chloe-aberg"),
        ("Łukasz Nowak", "lukasz-nowak"),
        ("Trần Minh Khoa", "tran-minh-khoa"),
        ("Wu Lan (吴岚)", "wu-lan"),
        ("Kaʻiulani", "kaiulani"),
        ("Ashley (Chin Chin) Ip", "ashley-chin-chin-ip"),
        ("Sinéad O’Connor", "sinead-oconnor"),
        ("吴岚", "wulan"),
    ],
)
def test_slugs_are_readable_ascii(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_readme_front_matter_example_reads_as_documented() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    interview = parse_interview(block + "What do you film?\n\nWater.\n")
    assert (interview.name, interview.slug, interview.title) == (
        "Chloë Åberg",
        "chloe-aberg",
        "Salt and Silence",
    )
    assert (interview.source, interview.date, interview.outlet) == (
        "https://example.org/interviews/aberg",
        "2024-03-04",
        "Example Film Review",
    )
    assert interview.notes == ()
