"""Whole-process start-up time: `filmtalk list --json` on the bundled corpus against
`python -c "import typer"`, run alternately, medians compared (issue 5's budget is 1.3x).

    python benchmarks/startup.py [RUNS]

Wall-clock time is what a user feels; CPU time (user + system, from wait4) is printed too,
because it moves less when other work shares the machine.
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


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{command} failed with status {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    for command in (BASELINE, FILMTALK):  # warm the file cache and write the .pyc files
        timed(command)
    results: dict[str, list[tuple[float, float]]] = {"baseline": [], "filmtalk": []}
    for _ in range(runs):
        results["baseline"].append(timed(BASELINE))
        results["filmtalk"].append(timed(FILMTALK))
    print(f"runs: {runs} each, alternated; bundled corpus; {sys.executable}")
    for kind, index in (("wall", 0), ("cpu", 1)):
        base = statistics.median(run[index] for run in results["baseline"])
        ours = statistics.median(run[index] for run in results["filmtalk"])
        print(
            f"{kind:4s}  python -c 'import typer' {base * 1000:6.1f} ms   "
            f"filmtalk list --json {ours * 1000:6.1f} ms   ratio {ours / base:.2f}x (budget 1.30x)"
        )


if __name__ == "__main__":
    main()
