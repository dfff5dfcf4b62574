"""Whole-process start-up time: `filmtalk list --json` on the bundled corpus against
`python -c "import typer"`, run alternately, medians compared (issue 5's budget is 1.3x).

    python benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASELINE = [sys.executable, "-c", "import typer"]
# The installed console script, as a user runs it (not `python -m`, which adds runpy).
FILMTALK = [str(Path(sys.executable).with_name("filmtalk")), "list", "--json"]
# As on a user's machine: .pyc files are written once and reused (a development shell may
# set PYTHONDONTWRITEBYTECODE, which would recompile filmtalk's modules on every run).
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    env_note = os.environ.get("FILMTALK_CORPUS", "bundled corpus")
    for command in (BASELINE, FILMTALK):  # warm the file cache and .pyc files
        timed(command)
    baseline: list[float] = []
    filmtalk: list[float] = []
    for _ in range(runs):
        baseline.append(timed(BASELINE))
        filmtalk.append(timed(FILMTALK))
    base, ours = statistics.median(baseline), statistics.median(filmtalk)
    print(f"runs: {runs} each, alternated; corpus: {env_note}")
    print(f"python -c 'import typer'     median {base * 1000:6.1f} ms")
    print(f"filmtalk list --json         median {ours * 1000:6.1f} ms")
    print(f"ratio                        {ours / base:.2f}x (budget 1.30x)")


if __name__ == "__main__":
    main()
