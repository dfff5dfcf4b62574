"""Whole-process timings of filmtalk on a generated corpus, each against its anchor.

Every pair of commands is run alternately, RUNS times each, in this one session, so both see
the same machine load; the script prints the medians, the ratio of the medians and each
command's peak memory (the child's max RSS). Commands, in pairs:

- warm `filmtalk --corpus DIR search covid --json` (a rare word) and `search story --json`
  (a word in about 90% of the pairs) against `python -c "import typer"`, the floor of any
  Typer program, and against a one-option Typer app, the floor of any Typer *command*;
- the search after touching one file (new mtime, same bytes) against a warm search;
- warm search against `rg -i -l covid DIR`, what a user would otherwise run;
- warm search against a SQLite FTS5 query (bm25, top 10) over the same pairs, in a fresh
  Python process, the embedded search engine anchor;
- the first run, building the cache (`filmtalk index --rebuild`), timed BUILDS times.

    python benchmarks/generate.py 10000 benchmarks/corpora/10k
    python benchmarks/bench.py benchmarks/corpora/10k

The cache goes where filmtalk puts it (the user cache folder) unless FILMTALK_CACHE_DIR is set.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PYTHON = sys.executable
# The installed console script, as users run it (python -m adds runpy's few milliseconds).
_SCRIPT = Path(PYTHON).with_name("filmtalk")
FILMTALK = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "filmtalk"]
TYPER_APP = """
import typer
app = typer.Typer()
@app.command()
def main(name: str) -> None:
    print(name)
app()
"""


def run(command: list[str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in MB of one run of `command`.

    The peak comes from GNU time: a child forked from this (bigger) Python process would
    report this process's memory as its own peak. Its ~1 ms is paid by both sides of a pair.
    """
    with tempfile.NamedTemporaryFile("r") as report:
        timed = ["/usr/bin/time", "-f", "%M", "-o", report.name, *command]
        started = time.perf_counter()
        code = subprocess.call(timed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        if code not in (0, 1):  # rg says 1 for "no match"
            raise SystemExit(f"failed ({code}): {' '.join(command)}")
        kilobytes = int(report.read().split()[-1])
    return elapsed, kilobytes // 1024


Step = Callable[[], tuple[float, int]]


def compare(label: str, first: Step, second: Step, runs: int) -> dict[str, float]:
    """Run the two steps alternately; print and return medians, ratio and memory peaks."""
    first(), second()  # warm the page cache and the index cache
    times: tuple[list[float], list[float]] = ([], [])
    peaks: tuple[list[int], list[int]] = ([], [])
    for _ in range(runs):
        for step, elapsed, peak in ((first, times[0], peaks[0]), (second, times[1], peaks[1])):
            seconds, megabytes = step()
            elapsed.append(seconds)
            peak.append(megabytes)
    a, b = statistics.median(times[0]), statistics.median(times[1])
    row = {"a": a, "b": b, "ratio": a / b, "peak_a": max(peaks[0]), "peak_b": max(peaks[1])}
    print(
        f"| {label} | {a * 1000:,.0f} ms | {b * 1000:,.0f} ms | {a / b:.2f}x "
        f"| {row['peak_a']} MB | {row['peak_b']} MB |",
        flush=True,
    )
    return row


def fts5_database(corpus: Path) -> Path:
    """An FTS5 table of the corpus's pairs (read through filmtalk's cache), built once."""
    target = corpus.with_name(corpus.name + ".fts5.sqlite3")
    if target.exists():
        return target
    from filmtalk.corpus import load_corpus

    interviews = load_corpus(corpus, use_cache=True).interviews
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as db:
        db.execute(
            "CREATE VIRTUAL TABLE pairs USING fts5(question, answer, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        db.executemany(
            "INSERT INTO pairs (question, answer) VALUES (?, ?)",
            ((p.question, p.answer) for i in interviews for p in i.pairs),
        )
    partial.rename(target)
    return target


def fts5_command(database: Path, word: str) -> list[str]:
    code = (
        "import sqlite3, sys\n"
        f"db = sqlite3.connect({str(database)!r})\n"
        "rows = db.execute('SELECT rowid, bm25(pairs, 2.0, 1.0) AS score FROM pairs"
        f" WHERE pairs MATCH ? ORDER BY score LIMIT 10', ({word!r},)).fetchall()\n"
        "print(rows)\n"
    )
    return [PYTHON, "-c", code]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--builds", type=int, default=1)
    parser.add_argument("--rare", default="covid")
    parser.add_argument("--common", default="story")
    args = parser.parse_args()
    # Absolute, as the CLI makes it: the cache records its folder, and another spelling of the
    # same folder (fts5_database reads through the cache too) would rebuild it.
    corpus: Path = args.corpus.resolve()
    files = sorted(corpus.rglob("*.txt"))
    # Byte-compile filmtalk as `pip install` does; an editable install run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run.
    import filmtalk

    compileall.compile_dir(Path(filmtalk.__file__).parent, quiet=1)

    def search(word: str) -> list[str]:
        return [*FILMTALK, "--corpus", str(corpus), "search", word, "--json"]

    def step(command: list[str]) -> Step:
        return lambda: run(command)

    def touched_search() -> tuple[float, int]:
        info = files[len(files) // 2].stat()
        os.utime(files[len(files) // 2], ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
        return run(search(args.rare))

    typer_floor = step([PYTHON, "-c", "import typer"])
    typer_app = step([PYTHON, "-c", TYPER_APP, "x"])
    print(f"corpus: {corpus} ({len(files):,} files), {args.runs} alternating runs per row\n")
    print("| command (a) vs anchor (b) | a median | b median | a/b | a peak | b peak |")
    print("|---|---|---|---|---|---|")
    for _ in range(args.builds):
        build = [*FILMTALK, "--corpus", str(corpus), "index", "--rebuild"]
        started = time.perf_counter()
        _seconds, peak = run(build)
        print(
            f"| first run: `index --rebuild` | {time.perf_counter() - started:,.1f} s | | "
            f"| {peak} MB | |",
            flush=True,
        )
    # A build leaves hundreds of MB of the new cache to be written out; that writeback would
    # slow the first rows below, so wait for it here.
    os.sync()
    rare, common = step(search(args.rare)), step(search(args.common))
    bundled = step([*FILMTALK, "search", args.rare])
    compare(
        f"bundled corpus: search {args.rare} (piped: plain text) vs import typer",
        bundled,
        typer_floor,
        args.runs,
    )
    compare(f"search {args.rare} vs import typer", rare, typer_floor, args.runs)
    compare(f"search {args.common} vs import typer", common, typer_floor, args.runs)
    compare(f"search {args.rare} vs one-option Typer app", rare, typer_app, args.runs)
    compare(f"search {args.common} vs one-option Typer app", common, typer_app, args.runs)
    compare(f"search {args.rare} after touching a file vs warm", touched_search, rare, args.runs)
    if shutil.which("rg"):
        rg = step(["rg", "-i", "-l", args.rare, str(corpus)])
        compare(f"search {args.rare} vs rg -i -l", rare, rg, args.runs)
        rg_common = step(["rg", "-i", "-l", args.common, str(corpus)])
        compare(f"search {args.common} vs rg -i -l", common, rg_common, args.runs)
    database = fts5_database(corpus)
    compare(
        f"search {args.rare} vs FTS5 query",
        rare,
        step(fts5_command(database, args.rare)),
        args.runs,
    )
    compare(
        f"search {args.common} vs FTS5 query",
        common,
        step(fts5_command(database, args.common)),
        args.runs,
    )
    no_cache = step(
        [*FILMTALK, "--no-cache", "--corpus", str(corpus), "search", args.rare, "--json"]
    )
    if len(files) <= 1_000:
        compare(f"--no-cache search {args.rare} vs warm", no_cache, rare, max(3, args.runs // 5))


if __name__ == "__main__":
    main()
