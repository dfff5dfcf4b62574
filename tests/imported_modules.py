"""Run filmtalk in a fresh interpreter, as a shell would (through its entry point), and see
which modules it imported."""

from __future__ import annotations

import json
import subprocess
import sys


def run_and_list_modules(
    args: list[str], env: dict[str, str] | None = None
) -> tuple[str, set[str]]:
    """filmtalk's stdout (a pipe) for `args`, and every module in sys.modules at its end."""
    script = (
        "import json, sys\n"
        f"sys.argv = ['filmtalk', *{args!r}]\n"
        "from filmtalk.launch import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.__stderr__.write(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    return done.stdout, set(json.loads(done.stderr.splitlines()[-1]))
