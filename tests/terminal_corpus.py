"""A small corpus written by the terminal tests (issue 5): two plain interviews and one whose
text carries everything a scraped page could throw at a terminal."""

from __future__ import annotations

from pathlib import Path

ADA = """Meet Ada Brightwater

Today we'd like to introduce you to Ada Brightwater.

Hi Ada, please tell us about yourself.
I film rivers and the people who live by them, mostly at dawn.

What was your biggest challenge?
Funding, always funding. The camera broke in the rain, so we kept going, "with tape", on a budget.
"""

BO = """Talking with Bo Lindqvist

Today we'd like to introduce you to Bo Lindqvist.

Hi Bo, what got you into editing?
A broken VHS deck in my uncle's basement.

Its belt snapped twice.
"""

# Markup look-alikes, then every kind of escape sequence a page could smuggle in: CSI clear
# screen and colour, an OSC 8 hyperlink, an OSC 52 clipboard write, an OSC 0 window title,
# a C1 CSI (U+009B) and a C1 OSC (U+009D ... U+009C), plus a bare BEL.
UNTRUSTED = (
    "Meet Cleo Marsh\n"
    "\n"
    "Today we'd like to introduce you to Cleo Marsh.\n"
    "\n"
    "Hi Cleo, how did the first shoot go?\n"
    "It rained [laughs] and the producer [sic] quit [/bold] on day one "
    "[link=https://evil.example]see the trailer[/link] [bold red]loud[/] [/].\n"
    "\n"
    "What would you tell a new director?\n"
    "Keep\x1b[2J\x1b[31m calm\x1b[0m and \x1b]8;;https://evil.example\x07click here\x1b]8;;\x07 "
    "then\x1b]52;c;ZXZpbA==\x07 rest\x1b]0;pwned\x07 now\x9b2J done\x9d0;title\x9c end\x07.\n"
)

UNTRUSTED_SLUG = "cleo-marsh"


def write_corpus(directory: Path, *, untrusted: bool = False) -> Path:
    """Write the interviews into `directory` (created) and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "ada-brightwater.txt").write_text(ADA, encoding="utf-8")
    (directory / "bo-lindqvist.txt").write_text(BO, encoding="utf-8")
    if untrusted:
        (directory / "cleo-marsh.txt").write_text(UNTRUSTED, encoding="utf-8")
    return directory
