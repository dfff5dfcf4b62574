"""A warm command reads the cache and never imports what only building it needs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from filmtalk.corpus import load_corpus
from tests.imported_modules import run_and_list_modules

BUILD_ONLY = {
    "filmtalk.parsing",
    "filmtalk.chrome",
    "filmtalk.reading",
    "filmtalk.postings",
    "multiprocessing",
    "concurrent.futures",
    "hashlib",
}


def test_a_warm_search_imports_neither_the_parser_nor_the_indexer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "talks"
    folder.mkdir()
    page = folder / "ana.txt"
    page.write_text(
        "Interview with Ana Lima\n\nQ: How did Covid change the shoot?\nA: We stopped.\n",
        encoding="utf-8",
    )
    # An old file: one changed just now would be hashed again, to be sure (store.RACY_NS).
    os.utime(page, (1_600_000_000, 1_600_000_000))
    monkeypatch.setenv("FILMTALK_CACHE_DIR", str(tmp_path / "cache"))
    environ = dict(os.environ)
    load_corpus(folder, use_cache=True)  # the cache is built here, not in the command below
    output, modules = run_and_list_modules(["--corpus", str(folder), "search", "covid"], environ)
    assert "How did Covid change the shoot?" in output
    assert not modules & BUILD_ONLY
    # A one-typo word is spelled out and looked up: no matcher to import either.
    assert "rapidfuzz" not in modules
    if sys.platform.startswith("linux") and environ.get("HOME", "").startswith("/"):
        without_cache_dir = {k: v for k, v in environ.items() if k != "FILMTALK_CACHE_DIR"}
        without_cache_dir["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
        _output, modules = run_and_list_modules(["search", "covid"], without_cache_dir)
        assert "platformdirs" not in modules
