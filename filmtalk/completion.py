"""Interview slugs for shell completion (`filmtalk show <TAB>`, `--who <TAB>`).

They come from the corpus's index cache, so a TAB press lists the folder and reads the stored
slugs instead of parsing every interview; the cache is updated first if files changed, as for
any command. No Typer, no Rich.
"""

from __future__ import annotations

from pathlib import Path


def corpus_slugs(directory: Path) -> list[str]:
    """The slugs of the interviews in `directory`, in file order."""
    from filmtalk.corpus import load_corpus

    return load_corpus(directory, use_cache=True).slugs()


def complete_slug(directory: Path, incomplete: str) -> list[str]:
    """Slugs that begin with what has been typed so far."""
    return [slug for slug in corpus_slugs(directory) if slug.startswith(incomplete)]
