"""Shared test set-up: no test may read or write the user's real index cache."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set while pytest imports the test modules, before any of them runs: an environment copied at
# import time (for a subprocess) then points at a throwaway folder too, not the user's cache.
_SESSION_CACHE = tempfile.mkdtemp(prefix="filmtalk-test-cache-")
os.environ["FILMTALK_CACHE_DIR"] = _SESSION_CACHE


@pytest.fixture(autouse=True, scope="session")
def _remove_session_cache() -> Iterator[None]:
    yield
    shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


@pytest.fixture(autouse=True)
def private_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point FILMTALK_CACHE_DIR at a fresh folder for every test."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FILMTALK_CACHE_DIR", str(folder))
    # FORCE_COLOR (set by some CI services) would make every test's output a coloured table.
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return folder


@pytest.fixture
def cache_dir_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """FILMTALK_CACHE_DIR names a file: no cache can be made there (as on a read-only disk)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("FILMTALK_CACHE_DIR", str(blocker))
    return blocker
