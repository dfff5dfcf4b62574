"""Shared checks for the exact-expectation fixture pages (tests/fixtures/unseen, adversarial)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from filmtalk.cli import app
from filmtalk.corpus import read_interview
from filmtalk.parsing import parse_interview

Pairs = list[tuple[str, str]]


def expected(name: str, slug: str, title: str, intro: str, pairs: Pairs) -> dict[str, Any]:
    return {"name": name, "slug": slug, "title": title, "intro": intro, "pairs": pairs}


def pairs_of(page: str) -> Pairs:
    """The (question, answer) pairs the parser reads from a page given as text."""
    return [(pair.question, pair.answer) for pair in parse_interview(page).pairs]


def assert_reads_exactly(path: Path, want: dict[str, Any]) -> None:
    """The file parses to exactly the expected name, slug, title, intro and pairs."""
    interview = read_interview(path)
    assert interview.name == want["name"]
    assert interview.slug == want["slug"]
    assert interview.title == want["title"]
    assert interview.intro == want["intro"]
    assert [(pair.question, pair.answer) for pair in interview.pairs] == want["pairs"]
    assert not interview.name_guessed


def assert_show_json_matches(path: Path, want: dict[str, Any]) -> None:
    """`filmtalk show PATH --json` gives the same reading in the foundation's schema."""
    result = CliRunner().invoke(app, ["show", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    got = (data["name"], data["slug"], data["title"], data["intro"])
    assert got == (want["name"], want["slug"], want["title"], want["intro"])
    assert [(pair["question"], pair["answer"]) for pair in data["pairs"]] == want["pairs"]
