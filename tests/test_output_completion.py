"""Issue 5: `--install-completion` works, and `show`/`--who` complete slugs from the index cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from filmtalk import completion
from tests.terminal_corpus import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "interviews")


def test_slugs_are_completed_by_prefix(corpus: Path) -> None:
    assert completion.complete_slug(corpus, "") == ["ada-brightwater", "bo-lindqvist"]
    assert completion.complete_slug(corpus, "b") == ["bo-lindqvist"]
    assert completion.complete_slug(corpus, "z") == []


def test_second_tab_reads_the_index_cache_not_the_files(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert completion.corpus_slugs(corpus) == ["ada-brightwater", "bo-lindqvist"]

    def no_parsing(*_: object) -> None:
        raise AssertionError("read the files again")

    monkeypatch.setattr("filmtalk.store.read_and_index", no_parsing)
    monkeypatch.setattr("filmtalk.store.IndexStore.interviews", no_parsing)
    monkeypatch.setattr("filmtalk.corpus.read_interview", no_parsing)  # the in-memory way
    assert completion.corpus_slugs(corpus) == ["ada-brightwater", "bo-lindqvist"]


def test_a_changed_folder_changes_the_slugs(corpus: Path) -> None:
    assert completion.corpus_slugs(corpus) == ["ada-brightwater", "bo-lindqvist"]
    (corpus / "bo-lindqvist.txt").unlink()
    assert completion.corpus_slugs(corpus) == ["ada-brightwater"]
    text = (corpus / "ada-brightwater.txt").read_text(encoding="utf-8")
    (corpus / "ada-brightwater.txt").write_text(
        text.replace("Ada Brightwater", "Ada Brightwell"), encoding="utf-8"
    )
    assert completion.corpus_slugs(corpus) == ["ada-brightwell"]


def test_duplicate_slugs_complete_as_show_takes_them(corpus: Path) -> None:
    (corpus / "zz-copy.txt").write_text(
        (corpus / "bo-lindqvist.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert completion.complete_slug(corpus, "bo") == ["bo-lindqvist", "bo-lindqvist-2"]


@pytest.mark.usefixtures("cache_dir_is_a_file")
def test_a_cache_folder_that_cannot_be_written_still_completes(corpus: Path) -> None:
    assert completion.corpus_slugs(corpus) == ["ada-brightwater", "bo-lindqvist"]


def test_no_cache_completion_neither_uses_nor_makes_the_index(
    corpus: Path, private_cache_dir: Path
) -> None:
    assert completion.complete_slug(corpus, "b", use_cache=False) == ["bo-lindqvist"]
    assert list(private_cache_dir.iterdir()) == []


def shell_complete(words: str, cword: int, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "filmtalk"],
        env={
            **os.environ,
            **env,
            "_FILMTALK_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(cword),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completes_show_and_who(corpus: Path, tmp_path: Path) -> None:
    env = {"FILMTALK_CORPUS": str(corpus)}
    assert shell_complete("filmtalk show a", 2, env) == ["ada-brightwater"]
    assert shell_complete("filmtalk search rain --who ", 4, env) == [
        "ada-brightwater",
        "bo-lindqvist",
    ]
    # --corpus on the command line wins over the environment.
    other = write_corpus(tmp_path / "other")
    (other / "ada-brightwater.txt").unlink()
    words = f"filmtalk --corpus {other} show "
    assert shell_complete(words, 4, env) == ["bo-lindqvist"]
    words = f"filmtalk --no-cache --corpus {other} show "
    assert shell_complete(words, 5, env) == ["bo-lindqvist"]


def test_completion_of_a_missing_folder_offers_nothing(tmp_path: Path) -> None:
    env = {"FILMTALK_CORPUS": str(tmp_path / "nowhere")}
    assert shell_complete("filmtalk show a", 2, env) == []


def test_install_completion_writes_the_bash_script(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "filmtalk", "--install-completion", "bash"],
        env={
            **os.environ,
            "HOME": str(tmp_path),
            "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "bash completion installed" in done.stdout
    script = (tmp_path / ".bash_completions" / "filmtalk.sh").read_text(encoding="utf-8")
    assert "_FILMTALK_COMPLETE=complete_bash" in script
    assert ".bash_completions/filmtalk.sh" in (tmp_path / ".bashrc").read_text(encoding="utf-8")
