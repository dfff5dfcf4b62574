"""Where the index cache lives: filmtalk's shortcut for Linux agrees with platformdirs."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from platformdirs import user_cache_dir

from filmtalk.store import CACHE_ENV, cache_dir

# The environment as a test module sees it while pytest imports it (what a module-level copy
# handed to a subprocess would carry).
ENVIRONMENT_AT_IMPORT = dict(os.environ)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rules")


@linux_only
@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        (None, "/home/ana"),
        ("/var/cache/ana", "/home/ana"),
        ("", "/home/ana"),
        ("relative/cache", "/home/ana"),  # not absolute: ignored, as the XDG spec says
        (None, "/home/ana/"),
        (None, "/"),
        ("/xdg/", "/home/ana"),
    ],
)
def test_the_cache_folder_is_where_platformdirs_puts_it(
    xdg: str | None, home: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    assert cache_dir() == Path(user_cache_dir("filmtalk", appauthor=False))


def test_the_environment_variable_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/else")
    assert cache_dir() == tmp_path / "mine"


@linux_only
def test_an_unusual_home_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "relative/home")
    assert cache_dir() == Path(user_cache_dir("filmtalk", appauthor=False))
    assert "relative" not in str(cache_dir())


def test_even_the_environment_at_import_time_keeps_tests_out_of_the_users_cache() -> None:
    folder = Path(ENVIRONMENT_AT_IMPORT[CACHE_ENV])
    assert folder.is_relative_to(tempfile.gettempdir())
    assert folder.name.startswith("filmtalk-test-cache-")
