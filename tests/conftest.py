"""Shared test set-up: no test may read or write the user's real index cache."""

from __future__ import annotations

from pathlib import Path

import pytest


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
