"""An optional YAML block at the top of an interview file that says what the parser would
otherwise have to guess:

    ---
    name: Chloë Åberg
    slug: chloe-aberg
    title: Salt and Silence
    source: https://example.org/interviews/aberg
    date: 2024-03-04
    outlet: Example Film Review
    ---
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "url" and "link" are what people also call the source; they all fill `source`.
_KEYS = {
    "name": "name",
    "slug": "slug",
    "title": "title",
    "source": "source",
    "url": "source",
    "link": "source",
    "date": "date",
    "outlet": "outlet",
    "publication": "outlet",
}
_BLOCK = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
# A front-matter block is short; a "---" rule far down the page is just a rule.
_MAX_BLOCK_CHARS = 4000


@dataclass(frozen=True)
class FrontMatter:
    """What the file's own header says; empty strings where it says nothing."""

    name: str = ""
    slug: str = ""
    title: str = ""
    source: str = ""
    date: str = ""
    outlet: str = ""
    problems: tuple[str, ...] = ()


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """(the front matter, the rest of the text); (None, text) when the file has none."""
    match = _BLOCK.match(text)
    if not match or match.end() > _MAX_BLOCK_CHARS:
        return None, text
    return _read_block(match.group("body") or ""), text[match.end() :]


def _read_block(body: str) -> FrontMatter:
    import yaml

    try:
        # BaseLoader keeps every value a string: "date: 2024-03-04" stays as written and a
        # name such as "No" or "Yes" is not turned into a boolean.
        data = yaml.load(body, Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds no objects
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        problem = str(error).splitlines()[0] if str(error) else "invalid YAML"
        return FrontMatter(problems=(f"front matter is not valid YAML ({problem}); ignored",))
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        return FrontMatter(problems=("front matter is not a list of `key: value` lines; ignored",))
    values: dict[str, str] = {}
    problems: list[str] = []
    for key, value in data.items():
        field_name = _KEYS.get(str(key).strip().lower())
        if field_name is None:
            problems.append(f"front matter key {key!r} is not used (known: {_known_keys()})")
        elif not isinstance(value, str):
            problems.append(f"front matter {key!r} should be plain text; ignored")
        elif value.strip():
            values[field_name] = " ".join(value.split())
    return FrontMatter(**values, problems=tuple(problems))


def _known_keys() -> str:
    return ", ".join(sorted(set(_KEYS)))
