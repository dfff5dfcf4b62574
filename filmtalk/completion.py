"""Interview slugs for shell completion (`filmtalk show <TAB>`, `--who <TAB>`), kept in a small
cache file so that a TAB press does not parse every interview again.

The cache is keyed on each file's path, size and modification time: any change to the folder
rebuilds it, and deleting it is always safe. No Typer, no Rich.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/filmtalk, or ~/.cache/filmtalk."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "filmtalk"


def _fingerprint(files: list[Path]) -> list[list[object]]:
    stamps: list[list[object]] = []
    for path in files:
        stat = path.stat()
        stamps.append([str(path), stat.st_size, stat.st_mtime_ns])
    return stamps


def corpus_slugs(directory: Path) -> list[str]:
    """The slugs of the interviews in `directory`, from the cache when the folder is unchanged."""
    from filmtalk.corpus import interview_files, load_corpus

    files = interview_files(directory)
    key = _fingerprint(files)
    name = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
    cache_file = cache_dir() / f"slugs-{name}.json"
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached.get("files") == key:
            return [str(slug) for slug in cached["slugs"]]
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        pass  # no cache yet, or an unreadable one: rebuild it
    slugs = [interview.slug for interview in load_corpus(directory).interviews]
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = cache_file.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps({"files": key, "slugs": slugs}), encoding="utf-8")
        partial.replace(cache_file)
    except OSError:
        pass  # a read-only home still completes, just without the cache
    return slugs


def complete_slug(directory: Path, incomplete: str) -> list[str]:
    """Slugs that begin with what has been typed so far."""
    return [slug for slug in corpus_slugs(directory) if slug.startswith(incomplete)]
