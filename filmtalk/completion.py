"""Interview slugs for shell completion (`filmtalk show <TAB>`, `--who <TAB>`).

They come from the corpus's index cache, so a TAB press lists the folder and reads the stored
slugs instead of parsing every interview; the cache is updated first if files changed, as for
any command. No Typer, no Rich.
"""

from __future__ import annotations

from pathlib import Path


def corpus_slugs(directory: Path, *, use_cache: bool = True) -> list[str]:
    """The slugs of the interviews in `directory`, in file order."""
    from filmtalk.corpus import load_corpus

    return load_corpus(directory, use_cache=use_cache).slugs()


def complete_slug(directory: Path, incomplete: str, *, use_cache: bool = True) -> list[str]:
    """Slugs that begin with what has been typed so far (`filmtalk --no-cache show <TAB>`
    neither uses nor updates the index, as for the command itself)."""
    slugs = corpus_slugs(directory, use_cache=use_cache)
    return [slug for slug in slugs if slug.startswith(incomplete)]
